/**
 * The rules module version. Bump RULES_VERSION whenever a change could alter any report for the same answers
 * and date, and add a changelog line. Share links carry it so an old link can say "the rules changed".
 */
export const RULES_VERSION = '2026.11.1';

/** RULES.md research cut-off: the newest sources are dated September–October 2026. */
export const RULES_SOURCES_AS_OF = '2026-10-31';

export interface ChangelogEntry {
  version: string;
  date: string;
  changes: string[];
}

export const RULES_CHANGELOG: readonly ChangelogEntry[] = [
  {
    version: '2026.11.1',
    date: '2026-11-25',
    changes: [
      'First release: rules R1–R86 and edge cases E1–E26 of the reference, as of the AI Act consolidated with Regulation (EU) 2026/1744 (in force 27 July 2026) and the Commission guidelines C(2025) 5045.',
    ],
  },
];
