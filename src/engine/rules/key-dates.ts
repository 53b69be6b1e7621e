/** Dates fixed by the AI Act for general-purpose AI models (RULES.md §1, R66–R72). */

/** R66: Chapter V applies (Art. 113(b)). */
export const CHAPTER_V_APPLIES = '2025-08-02';
/** R68: last day on which a model counts as placed "before 2 August 2025" (legacy). */
export const LEGACY_LAST_PLACING_DAY = '2025-08-01';
/** R71: the Commission can fine providers (Art. 101 applies). */
export const FINES_APPLY = '2026-08-02';
/** R68: legacy models must comply by (Art. 111(3)). */
export const LEGACY_COMPLIANCE_DEADLINE = '2027-08-02';
/** R35, R87: notification within two weeks (a period under Reg. 1182/71). */
export const NOTIFICATION_PERIOD = { weeks: 2 } as const;
/** R39, R87: reassessment of a designation, at the earliest after six months (a period). */
export const REASSESSMENT_PERIOD = { months: 6 } as const;
/** R83, R93: the Act's general date of application (Art. 113) — Art. 50 transparency duties apply. */
export const GENERAL_APPLICATION = '2026-08-02';
/** R83, R93: Art. 50(2) marking for generative systems placed before 2 August 2026 (Art. 111(4)). */
export const ART50_2_LEGACY_DEADLINE = '2026-12-02';
/** R83, R93: high-risk rules for Annex III systems (Art. 113 as amended by 2026/1744). */
export const ANNEX_III_HIGH_RISK_APPLIES = '2027-12-02';
/** R83, R93: high-risk rules for Annex I product systems. */
export const ANNEX_I_HIGH_RISK_APPLIES = '2028-08-02';
