/** Dates fixed by the AI Act for general-purpose AI models (RULES.md §1, R66–R72). */

/** R66: Chapter V applies (Art. 113(b)). */
export const CHAPTER_V_APPLIES = '2025-08-02';
/** R68: last day on which a model counts as placed "before 2 August 2025" (legacy). */
export const LEGACY_LAST_PLACING_DAY = '2025-08-01';
/** R71: the Commission can fine providers (Art. 101 applies). */
export const FINES_APPLY = '2026-08-02';
/** R68: legacy models must comply by (Art. 111(3)). */
export const LEGACY_COMPLIANCE_DEADLINE = '2027-08-02';
/** R35: notification within two weeks. */
export const NOTIFICATION_DAYS = 14;
/** R39: reassessment of a designation, at the earliest after six months. */
export const REASSESSMENT_MONTHS = 6;
