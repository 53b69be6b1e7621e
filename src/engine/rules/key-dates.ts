/**
 * Dates and periods fixed by the AI Act for general-purpose AI models (RULES.md §1, R66–R72, R83, R87), read
 * from the dated parameter table (../law/parameters.ts) — the names the rules use.
 */
import { law } from '../law/parameters';

/** R66: Chapter V applies (Art. 113(b)). */
export const CHAPTER_V_APPLIES = law('chapterVApplies');
/** R68: last day on which a model counts as placed "before 2 August 2025" (legacy). */
export const LEGACY_LAST_PLACING_DAY = law('legacyLastPlacingDay');
/** R71: the Commission can fine providers (Art. 101 applies). */
export const FINES_APPLY = law('finesApply');
/** R68: legacy models must comply by (Art. 111(3)). */
export const LEGACY_COMPLIANCE_DEADLINE = law('legacyComplianceDeadline');
/** R35, R87: notification within two weeks (a period under Reg. 1182/71). */
export const NOTIFICATION_PERIOD = law('notificationPeriod');
/** R39, R87: reassessment of a designation, at the earliest after six months (a period). */
export const REASSESSMENT_PERIOD = law('reassessmentPeriod');
/** R83, R93: the Act's general date of application (Art. 113) — Art. 50 transparency duties apply. */
export const GENERAL_APPLICATION = law('generalApplication');
/** R83, R93: high-risk rules for Annex III systems (Art. 113 as amended by 2026/1744). */
export const ANNEX_III_HIGH_RISK_APPLIES = law('annexIIIHighRiskApplies');
