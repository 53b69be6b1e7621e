/**
 * The rules module version. Bump RULES_VERSION whenever a change could alter any report for the same answers
 * and date, and add a changelog line. Share links carry it so an old link can say "the rules changed".
 */
export const RULES_VERSION = '2026.11.2';

/** RULES.md research cut-off: the newest sources are dated September–October 2026. */
export const RULES_SOURCES_AS_OF = '2026-10-31';

/** One line of a revision: `rule` is its stable id within the revision (the first rule it names). */
export interface ChangelogChange {
  rule: string;
  text: string;
}

export interface ChangelogEntry {
  version: string;
  date: string;
  changes: ChangelogChange[];
}

export const RULES_CHANGELOG: readonly ChangelogEntry[] = [
  {
    version: '2026.11.2',
    date: '2026-11-30',
    changes: [
      {
        rule: 'R1',
        text: 'Rules revision 2 (R1–R94, E1–E30): corrected R2, R8, R10, R17, R22, R34, R35, R38, R56, R61–R63, R70, E7, E8, E11, E24; new R87–R94 and E27–E30. Answers made under 2026.11.1 are migrated and the report lists what changed.',
      },
      {
        rule: 'R87',
        text: 'Periods under Reg. (EEC, Euratom) No 1182/71 (R87): a deadline ending on a Saturday or Sunday moves to the next working day and the report says so; the guidelines’ two weeks after 2 August 2025 end on Monday 18 August 2025 (R70). Fixed dates of application never move.',
      },
      {
        rule: 'R88',
        text: 'Art. 52(1) before placing (R88): a model meant to be placed whose planned cumulative compute exceeds 10^25 FLOP owes the notification now; a placed model with an unknown threshold date owes it at the latest two weeks after first placing (R89).',
      },
      {
        rule: 'E28',
        text: 'Art. 55 from placing at the latest, “prepare from” the threshold date (E28); legacy models crossing 10^25 later keep 2 August 2027 as the outer limit (E29); the 16/18 August 2025 expectation is no longer shown for models placed before 2 August 2025 (E7).',
      },
      {
        rule: 'R17',
        text: 'Internal use only outside the EU is not placing on the Union market (R17, E8). Facts of commercial activity override an “individual” or “research lab” description (E30). Acting for the original provider or under a client’s name is not providing (R91). Unknown modification compute is no longer read in the user’s favour (R90).',
      },
      {
        rule: 'R8',
        text: 'Generality from facts, not a self-assessment (R8, E27); audio counts as language only with speech, image-to-image work is not text-to-image (R10).',
      },
      {
        rule: 'R56',
        text: 'Annex XI Section 2 is listed under Art. 53(1)(a) for models with systemic risk (R56); the notification has no Code of Practice chapter (R62); designation risk from ≥ 10 000 EU business users (R92); AI-system duties not assessed are signposted (R93); one enforcement section (R94). Steps already taken turn obligations into “done”.',
      },
    ],
  },
  {
    version: '2026.11.1',
    date: '2026-11-25',
    changes: [
      {
        rule: 'R1',
        text: 'First release: rules R1–R86 and edge cases E1–E26 of the reference, as of the AI Act consolidated with Regulation (EU) 2026/1744 (in force 27 July 2026) and the Commission guidelines C(2025) 5045.',
      },
    ],
  },
];
