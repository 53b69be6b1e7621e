/**
 * Worked scenarios for rules revision 2 (RULES.md 2026-11-30): at least one for every rule marked "(rev. 2)"
 * (R2, R8, R10, R17, R22, R34, R35, R38, R56, R61, R62, R63, R70, E7, E8, E11, E24) and for every rule and
 * edge case added (R87–R94, E27–E30), with cases exactly at and just beside each threshold and date.
 * Written from RULES.md and ADR 0050 only, never from the engine's code (ADR 0040). Conventions: ./kit.ts.
 *
 * Weekdays used below (checked against the calendar): Sat 10 Jan 2026 (default placing date), Mon 5 Jan,
 * Mon 19 Jan, Mon 26 Jan, Mon 2 Feb, Mon 16 Feb, Tue 10 Mar, Tue 24 Mar, Tue 14 Apr, Tue 28 Apr, Fri 12 Jun,
 * Sat 13 Jun, Tue 16 Jun, Wed 17 Jun, Fri 26 Jun, Sat 27 Jun, Mon 29 Jun, Tue 30 Jun, Wed 1 Jul, Sun 2 Aug,
 * Sun 13 Sep, Mon 14 Sep, Mon 21 Sep, Sun 27 Sep, Mon 28 Sep, Wed 30 Sep, Mon 5 Oct, Mon 19 Oct, Mon 23 Nov,
 * Mon 7 Dec, Wed 16 Dec 2026; Sat 2 Aug, Sat 16 Aug, Mon 18 Aug, Wed 6 Aug, Wed 20 Aug 2025.
 */
import {
  ART55,
  AS_OF,
  art55On,
  art55PrepareFrom,
  BASE,
  base,
  baseNonEu,
  compute,
  designatedEu,
  developer,
  integrator,
  modifier,
  NO_DUTIES,
  narrow,
  notYetPlaced,
  OPEN,
  openDeveloper,
  PROVIDER_BASE,
  PROVIDER_SR,
  placing,
  plannedCompute,
  presumedEu,
  presumedNonEu,
  type Scenario,
  SYSTEM_SIGNPOSTS,
  sorted,
  sr,
} from './kit';

/** A provider of a presumed-SR model placed on Sat 10 Jan 2026 that crossed 10^25 later, on `met` (E20). */
function crossedOn(met: string, over: Parameters<typeof developer>[0] = {}) {
  return developer({ compute: compute(1.2e25), systemicRisk: sr({ thresholdMetDate: met }), ...over });
}

/** R88: a model still in training, meant (or not) to be placed, with planned cumulative compute. */
function inTraining(
  intention: 'yes' | 'no' | 'undecided',
  planned: number | 'unknown',
  thresholdKnownDate?: string,
  over: Parameters<typeof developer>[0] = {},
) {
  return developer({
    compute: plannedCompute(6e24, planned),
    placing: notYetPlaced(intention),
    ...(thresholdKnownDate === undefined
      ? {}
      : { systemicRisk: sr({ thresholdMetDate: thresholdKnownDate }) }),
    ...over,
  });
}

/** Not GPAI, not a provider, nothing owed (R2, R7, R10). */
const NOT_GPAI = {
  ...NO_DUTIES,
  isGPAI: false,
  role: 'out-of-scope' as const,
  systemicRisk: 'none' as const,
};

const NOT_YET_PLACED = {
  ...NO_DUTIES,
  isGPAI: false,
  role: 'not-placed' as const,
  systemicRisk: 'none' as const,
};

const R88_NOTE =
  'R88: only the Art. 52(1) notification is owed before placing; the other duties start at placing (R67), here at a date not yet decided. Whether the report lists them now (upcoming, date unknown) or only at placing is presentation, so both exact sets are accepted; if listed, none may be shown as in force, overdue or done.';

const R2_INTENDED_NOTE =
  'RULES.md §4 step 1 (rev. 2) sets isGPAI = false only for a model never placed "and no intention to place"; a model meant to be placed goes through the normal steps, so it is a GPAI model of a provider-to-be whose duties start at placing (R67). What is checked is that none of them is shown as owed now (not in force, overdue or done).';

export const REV2_SCENARIOS: readonly Scenario[] = [
  // --- R87 / R35: periods under Reg. 1182/71 ---------------------------------------------------------------
  {
    id: 'r87-notification-saturday-rolls-to-monday',
    title:
      'Threshold met on Saturday 13 June 2026: the two weeks end on Saturday 27 June, so the notification is due on Monday 29 June 2026, and the report says it moved and why.',
    rules: ['R87', 'R35', 'R62', 'E20'],
    answers: crossedOn('2026-06-13'),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      notificationDeadline: '2026-06-29',
      notificationPeriod: {
        from: '2026-06-13',
        nominal: '2026-06-27',
        lastDay: '2026-06-29',
        bound: 'exact',
        moved: true,
      },
      statuses: { art52_1: 'overdue' },
      complianceDeadline: '2026-06-13',
      obligationDates: { art52_1: '2026-06-29', ...art55On('2026-06-13') },
    },
  },
  {
    id: 'r87-notification-sunday-rolls-to-monday',
    title:
      'Threshold met on Sunday 13 September 2026: the two weeks end on Sunday 27 September, so the notification is due on Monday 28 September 2026.',
    rules: ['R87', 'R35'],
    answers: crossedOn('2026-09-13'),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      notificationDeadline: '2026-09-28',
      notificationPeriod: {
        from: '2026-09-13',
        nominal: '2026-09-27',
        lastDay: '2026-09-28',
        bound: 'exact',
        moved: true,
      },
    },
  },
  {
    id: 'r87-notification-wednesday-does-not-move',
    title:
      'Threshold met on Wednesday 17 June 2026: the two weeks end on Wednesday 1 July 2026, a working day, so nothing moves.',
    rules: ['R87', 'R35'],
    answers: crossedOn('2026-06-17'),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      notificationDeadline: '2026-07-01',
      notificationPeriod: {
        from: '2026-06-17',
        nominal: '2026-07-01',
        lastDay: '2026-07-01',
        bound: 'exact',
        moved: false,
      },
    },
  },
  {
    id: 'r87-notification-friday-does-not-move',
    title:
      'Threshold met on Friday 12 June 2026, the day before the Saturday case: the two weeks end on Friday 26 June 2026 and do not move.',
    rules: ['R87', 'R35'],
    answers: crossedOn('2026-06-12'),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      notificationDeadline: '2026-06-26',
      notificationPeriod: { nominal: '2026-06-26', lastDay: '2026-06-26', moved: false },
    },
  },
  {
    id: 'r87-not-overdue-between-nominal-end-and-last-day',
    title:
      'Threshold met on Saturday 13 June 2026, evaluated on Sunday 28 June: the nominal end (Saturday 27 June) has passed but the legal last day is Monday 29 June, so the notification is not overdue yet.',
    rules: ['R87', 'R35'],
    answers: crossedOn('2026-06-13'),
    asOf: '2026-06-28',
    expected: {
      ...PROVIDER_SR,
      notificationDeadline: '2026-06-29',
      statuses: { art52_1: 'upcoming' },
    },
  },
  {
    id: 'r87-not-overdue-on-the-last-day',
    title:
      'The same notification evaluated on Monday 29 June 2026, its legal last day: still not overdue (the period ends at the end of that day).',
    rules: ['R87', 'R35'],
    answers: crossedOn('2026-06-13'),
    asOf: '2026-06-29',
    expected: {
      ...PROVIDER_SR,
      notificationDeadline: '2026-06-29',
      statuses: { art52_1: ['upcoming', 'in-force'] },
    },
    note: 'Due today is not "overdue" (report.ts: overdue = a one-off deadline that lies before asOf); whether the engine calls it upcoming or in force is a label.',
  },
  {
    id: 'r87-overdue-the-day-after-the-last-day',
    title: 'The same notification evaluated on Tuesday 30 June 2026, the day after its last day: overdue.',
    rules: ['R87', 'R35'],
    answers: crossedOn('2026-06-13'),
    asOf: '2026-06-30',
    expected: {
      ...PROVIDER_SR,
      notificationDeadline: '2026-06-29',
      statuses: { art52_1: 'overdue' },
    },
  },
  {
    id: 'r87-fixed-dates-of-application-never-move',
    title:
      'Fixed dates of application are not periods: Commission enforcement and Art. 50(2) apply from Sunday 2 August 2026 (not Monday 3 August), and a model placed on Saturday 10 January 2026 owes its duties from that Saturday.',
    rules: ['R87', 'R71', 'R94', 'R93', 'R67'],
    answers: developer({ placing: placing({ channels: ['ownApp'] }) }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      complianceDeadline: '2026-01-10',
      obligationDates: { art53_1_a: '2026-01-10', art53_1_d: '2026-01-10' },
      timeline: ['2025-08-02', '2026-01-10', '2026-08-02'],
      datesNotShown: ['2026-08-03', '2026-01-12'],
      enforcement: true,
      signposts: SYSTEM_SIGNPOSTS,
      signpostDates: { art50_2: '2026-08-02' },
    },
  },
  {
    id: 'r87-six-months-month-end-on-a-weekday',
    title:
      'Designation notified on Tuesday 31 March 2026: six months later there is no 31 September, so the period ends on Wednesday 30 September 2026, a working day, and does not move.',
    rules: ['R87', 'R39', 'R38'],
    answers: developer({
      compute: compute(5e24),
      systemicRisk: sr({ designated: 'yes', designationInformedDate: '2026-03-31' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'designated',
      obligations: designatedEu,
      notificationDeadline: null,
      complianceDeadline: '2026-03-31',
      obligationDates: art55On('2026-03-31'),
      timeline: ['2026-03-31', '2026-09-30'],
      periods: [{ from: '2026-03-31', nominal: '2026-09-30', lastDay: '2026-09-30' }],
    },
  },

  // --- R2 / R88: notification before placing ---------------------------------------------------------------
  {
    id: 'r88-intended-planned-above-1e25-notify-now',
    title:
      'A lab is training a model it means to place on the EU market (no date yet): 6 × 10^24 FLOP so far, 3 × 10^25 planned, known since Monday 21 Sept 2026. It owes the Art. 52(1) notification by Monday 5 Oct 2026 — now overdue — and everything else only from placing.',
    rules: ['R88', 'R2', 'R35', 'R87', 'R62'],
    answers: inTraining('yes', 3e25, '2026-09-21'),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      obligationsAlternative: ['art52_1'],
      notificationDeadline: '2026-10-05',
      notificationPeriod: {
        from: '2026-09-21',
        nominal: '2026-10-05',
        lastDay: '2026-10-05',
        bound: 'exact',
        moved: false,
      },
      statuses: { art52_1: 'overdue' },
      notYetOwed: [...BASE, ...ART55],
    },
    note: `${R88_NOTE} Issue 8 names this as a realistic wrong answer of revision 1 ("told it owes nothing").`,
  },
  {
    id: 'r88-undecided-read-as-intended',
    title:
      'The same lab has not decided whether to place the model on the EU market: "undecided" is read as intended (the conservative reading), flagged, so the notification is still owed.',
    rules: ['R88', 'R2', 'R35'],
    answers: inTraining('undecided', 3e25, '2026-09-21'),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      obligationsAlternative: ['art52_1'],
      notificationDeadline: '2026-10-05',
      statuses: { art52_1: 'overdue' },
      notYetOwed: [...BASE, ...ART55],
      ambiguityMentions: ['R88'],
    },
    note: `R88: "Undecided → conservative reading (intended) with an ambiguity flag". RULES.md gives the flag no edge-case number, so any ambiguity naming R88 is accepted. ${R88_NOTE}`,
  },
  {
    id: 'r88-no-intention-nothing-owed',
    title:
      'The same model with no intention ever to place it on the EU market: it stays wholly outside the GPAI definition (R2), so nothing is owed, not even the notification.',
    rules: ['R2', 'R88'],
    answers: inTraining('no', 3e25, '2026-09-21'),
    asOf: AS_OF,
    expected: { ...NOT_YET_PLACED, notificationDeadline: null, enforcement: false },
  },
  {
    id: 'r88-planned-exactly-1e25-nothing-yet',
    title:
      'A model meant for placing whose planned cumulative compute is exactly 10^25 FLOP: "exceeds" is not met, so no notification is owed before placing, and the Art. 53 duties start only at placing.',
    rules: ['R88', 'R32', 'E2', 'R2'],
    answers: inTraining('yes', 1e25),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, notificationDeadline: null, notYetOwed: BASE },
    note: R2_INTENDED_NOTE,
  },
  {
    id: 'r88-planned-just-above-1e25-notify',
    title:
      'The same model planned at 1.0000001 × 10^25 FLOP, known since Monday 5 Oct 2026: just above the threshold, so the notification is owed by Monday 19 Oct 2026.',
    rules: ['R88', 'R32', 'E2', 'R35'],
    answers: inTraining('yes', 1.0000001e25, '2026-10-05'),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      obligationsAlternative: ['art52_1'],
      notificationDeadline: '2026-10-19',
      statuses: { art52_1: 'overdue' },
      notYetOwed: [...BASE, ...ART55],
    },
    note: R88_NOTE,
  },
  {
    id: 'r2-intended-below-1e25-nothing-before-placing',
    title:
      'A model meant for placing, planned at 8 × 10^24 FLOP: below 10^25, so nothing is owed before it is placed; its Art. 53 duties start at placing.',
    rules: ['R2', 'R88'],
    answers: inTraining('yes', 8e24),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, notificationDeadline: null, notYetOwed: BASE },
    note: R2_INTENDED_NOTE,
  },
  {
    id: 'r88-notified-before-placing-done',
    title:
      'The lab of r88-intended-planned-above-1e25-notify-now notified the Commission on 30 Sept 2026: the notification shows as done.',
    rules: ['R88', 'R35', 'R62'],
    answers: inTraining('yes', 3e25, undefined, {
      systemicRisk: sr({ thresholdMetDate: '2026-09-21', notifiedDate: '2026-09-30' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      obligationsAlternative: ['art52_1'],
      notificationDeadline: '2026-10-05',
      statuses: { art52_1: 'done' },
      notYetOwed: [...BASE, ...ART55],
    },
    note: R88_NOTE,
  },
  {
    id: 'r88-date-known-unknown-open-question',
    title:
      'A model meant for placing, planned at 3 × 10^25 FLOP, but the lab does not know since when the threshold was foreseeable: the notification is owed and the date is an open question.',
    rules: ['R88', 'R35'],
    answers: inTraining('yes', 3e25, 'unknown'),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      obligationsAlternative: ['art52_1'],
      notYetOwed: [...BASE, ...ART55],
      openQuestions: ['systemicRisk.thresholdMetDate'],
    },
    note: `Not placed, so R89's bound from placing is not available; no deadline is asserted. ${R88_NOTE}`,
  },

  {
    id: 'r35-placed-model-known-to-cross-notifies-before-crossing',
    title:
      'A model placed on 10 Jan 2026 (8 × 10^24 FLOP so far) is being trained further; since Monday 14 Sept 2026 it is known the run will reach 1.5 × 10^25 FLOP. The notification is owed two weeks after it became known (28 Sept 2026), before the threshold is met; Art. 55 only from the crossing itself.',
    rules: ['R35', 'E20', 'R34', 'R13'],
    answers: developer({
      compute: plannedCompute(8e24, 1.5e25),
      systemicRisk: sr({ thresholdMetDate: '2026-09-14' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: ['presumed', 'none'],
      obligations: presumedEu,
      obligationsAlternative: sorted(...BASE, 'art52_1'),
      notificationDeadline: '2026-09-28',
      statuses: { art52_1: 'overdue' },
      notYetOwed: ART55,
    },
    note: 'Art. 52(1) and R35: "within two weeks after that requirement is met or it becomes known that it will be met" — for a placed model too, not only before placing (R88). Classification and Art. 55 start when 10^25 is actually exceeded (R34), a date not yet known, so Art. 55 may be listed but not as owed now, and the systemic-risk label may read either way until the crossing.',
  },

  // --- R89: threshold date unknown for a placed model --------------------------------------------------------
  {
    id: 'r89-placed-on-a-tuesday-date-unknown',
    title:
      'A 2 × 10^25 FLOP model placed on Tuesday 10 March 2026, threshold date unknown: the notification was due at the latest on Tuesday 24 March 2026 (no move), is overdue, and Art. 55 applies from placing.',
    rules: ['R89', 'R87', 'R35', 'R34'],
    answers: developer({
      compute: compute(2e25),
      placing: placing({ placingDate: '2026-03-10' }),
      systemicRisk: sr({ thresholdMetDate: 'unknown' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      notificationDeadline: '2026-03-24',
      notificationPeriod: {
        from: '2026-03-10',
        nominal: '2026-03-24',
        lastDay: '2026-03-24',
        bound: 'atLatest',
        moved: false,
      },
      statuses: { art52_1: 'overdue' },
      obligationDates: art55On('2026-03-10'),
      complianceDeadline: '2026-03-10',
      openQuestions: ['systemicRisk.thresholdMetDate'],
    },
  },
  {
    id: 'r89-notified-shows-done',
    title:
      'A 2 × 10^25 FLOP model placed on 10 Jan 2026, threshold date unknown, notified on 20 Jan 2026: the bound is still Monday 26 Jan 2026 and the notification shows as done.',
    rules: ['R89', 'R87', 'R62'],
    answers: developer({
      compute: compute(2e25),
      systemicRisk: sr({ thresholdMetDate: 'unknown', notifiedDate: '2026-01-20' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      notificationDeadline: '2026-01-26',
      notificationPeriod: { nominal: '2026-01-24', lastDay: '2026-01-26', bound: 'atLatest', moved: true },
      statuses: { art52_1: 'done' },
    },
  },
  {
    id: 'r89-bound-still-ahead',
    title:
      'A 2 × 10^25 FLOP model placed on Monday 23 Nov 2026, threshold date unknown, evaluated on 30 Nov: the notification is due at the latest on Monday 7 Dec 2026 — upcoming, not overdue.',
    rules: ['R89', 'R87'],
    answers: developer({
      compute: compute(2e25),
      placing: placing({ placingDate: '2026-11-23' }),
      systemicRisk: sr({ thresholdMetDate: 'unknown' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      notificationDeadline: '2026-12-07',
      notificationPeriod: { nominal: '2026-12-07', lastDay: '2026-12-07', bound: 'atLatest', moved: false },
      statuses: { art52_1: 'upcoming' },
    },
  },
  {
    id: 'r89-placing-and-threshold-dates-unknown',
    title:
      'A placed 2 × 10^25 FLOP model whose placing date and threshold date are both unknown: the notification is due without delay and shown as overdue (never "date unknown"); both dates are open questions.',
    rules: ['R89', 'R35'],
    answers: developer({
      compute: compute(2e25),
      placing: placing({ placingDate: 'unknown' }),
      systemicRisk: sr({ thresholdMetDate: 'unknown' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      statuses: { art52_1: 'overdue' },
      openQuestions: ['systemicRisk.thresholdMetDate', 'placing.placingDate'],
    },
    note: 'ADR 0050 reading 3: placed, both dates unknown → due now ("without delay"), overdue unless notified. R89: a placed systemic-risk model never shows its notification as "date unknown".',
  },

  // --- R34 / E28: Art. 55 from placing, "prepare from" the threshold date ----------------------------------
  {
    id: 'e28-threshold-before-placing-prepare-from',
    title:
      'Threshold met on 5 Jan 2026, model placed on 2 Feb 2026: notification by 19 Jan 2026; Art. 55 applies from placing, with "prepare from" 5 Jan 2026 (the guidelines’ earlier reading, flagged).',
    rules: ['E28', 'R34', 'R35', 'R67'],
    answers: developer({
      compute: compute(1.5e25),
      placing: placing({ placingDate: '2026-02-02' }),
      systemicRisk: sr({ thresholdMetDate: '2026-01-05' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      notificationDeadline: '2026-01-19',
      complianceDeadline: '2026-02-02',
      obligationDates: { art52_1: '2026-01-19', ...art55On('2026-02-02') },
      prepareFrom: art55PrepareFrom('2026-01-05'),
      ambiguities: ['E28'],
    },
  },
  {
    id: 'e28-threshold-on-placing-day-no-prepare-from',
    title:
      'Threshold met on the placing day itself (10 March 2026): Art. 55 applies from that day, with no earlier "prepare from" date; notification by 24 March 2026.',
    rules: ['E28', 'R34', 'R35'],
    answers: developer({
      compute: compute(1.5e25),
      placing: placing({ placingDate: '2026-03-10' }),
      systemicRisk: sr({ thresholdMetDate: '2026-03-10' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      notificationDeadline: '2026-03-24',
      obligationDates: art55On('2026-03-10'),
      prepareFrom: art55PrepareFrom(null),
    },
  },
  {
    id: 'e28-not-yet-placed-notified-prepare-from',
    title:
      'A trained 1.2 × 10^25 FLOP model planned for release on 1 March 2027 met the threshold on 14 Sept 2026 and was notified on 21 Sept: the notification is done; Art. 55 applies from the release, "prepare from" 14 Sept 2026.',
    rules: ['E28', 'R34', 'R88', 'R35', 'R62'],
    answers: developer({
      compute: compute(1.2e25),
      placing: notYetPlaced('yes', { placingDate: '2027-03-01' }),
      systemicRisk: sr({ thresholdMetDate: '2026-09-14', notifiedDate: '2026-09-21' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      notificationDeadline: '2026-09-28',
      complianceDeadline: '2027-03-01',
      obligationDates: art55On('2027-03-01'),
      prepareFrom: art55PrepareFrom('2026-09-14'),
      statuses: {
        art52_1: 'done',
        art55_1_a: 'upcoming',
        art55_1_b: 'upcoming',
        art55_1_c: 'upcoming',
        art55_1_d: 'upcoming',
      },
      ambiguities: ['E28'],
    },
  },
  {
    id: 'e14-open-model-crosses-1e25-after-placement',
    title:
      'An Apache-2.0 model placed on 10 Jan 2026 crosses 10^25 FLOP through continued training on 16 June 2026: the exemption ends that day, so Art. 53(1)(a)–(b) and Art. 55 are owed from 16 June, the notification by 30 June 2026.',
    rules: ['E14', 'E20', 'R48', 'R34', 'R35'],
    answers: openDeveloper(OPEN, {
      compute: compute(1.2e25),
      systemicRisk: sr({ thresholdMetDate: '2026-06-16' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      notificationDeadline: '2026-06-30',
      complianceDeadline: '2026-06-16',
      obligationDates: {
        art53_1_a: '2026-06-16',
        art53_1_b: '2026-06-16',
        art53_1_c: '2026-01-10',
        art53_1_d: '2026-01-10',
        ...art55On('2026-06-16'),
      },
    },
    note: 'Issue 8 "Dates": obligations an open-source exemption had removed become owed from the day the exemption ends (crossing 10^25), not from placing; ADR 0050 reading 5 sets the summary deadline to the later date.',
  },

  // --- R70 / E7 / E29: around 2 August 2025 ---------------------------------------------------------------
  {
    id: 'r70-placed-on-2-aug-2025-threshold-met-earlier',
    title:
      'A 3 × 10^25 FLOP model that met the threshold on 15 July 2025 and was placed on 2 August 2025 (not a legacy model): the notification was due two weeks after 2 Aug 2025 — Saturday 16 Aug, so Monday 18 Aug 2025.',
    rules: ['R70', 'R87', 'R67', 'R68'],
    answers: developer({
      compute: compute(3e25),
      placing: placing({ placingDate: '2025-08-02' }),
      systemicRisk: sr({ thresholdMetDate: '2025-07-15' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      notificationDeadline: '2025-08-18',
      notificationPeriod: { from: '2025-08-02', nominal: '2025-08-16', lastDay: '2025-08-18', moved: true },
      complianceDeadline: '2025-08-02',
      obligationDates: art55On('2025-08-02'),
    },
    note: 'Placed on 2 Aug 2025 is not legacy (R68: legacy = on or before 1 Aug 2025). Either way the Art. 52(1) duty only applied from 2 Aug 2025, so its two weeks run from that day.',
  },
  {
    id: 'r70-threshold-met-after-2-aug-2025-own-two-weeks',
    title:
      'A model that met the threshold on Wednesday 6 Aug 2025 and was placed on 1 Sept 2025: its own two weeks apply (Wednesday 20 Aug 2025), not the guidelines’ 18 August expectation.',
    rules: ['R70', 'R35', 'R87', 'E28'],
    answers: developer({
      compute: compute(3e25),
      placing: placing({ placingDate: '2025-09-01' }),
      systemicRisk: sr({ thresholdMetDate: '2025-08-06' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      notificationDeadline: '2025-08-20',
      notificationPeriod: { from: '2025-08-06', nominal: '2025-08-20', lastDay: '2025-08-20', moved: false },
      complianceDeadline: '2025-09-01',
      obligationDates: art55On('2025-09-01'),
      prepareFrom: art55PrepareFrom('2025-08-06'),
      datesNotShown: ['2025-08-16', '2025-08-18'],
    },
  },
  {
    id: 'e7-legacy-placed-1-aug-2025-no-august-expectation',
    title:
      'The same model as r70-placed-on-2-aug-2025-threshold-met-earlier but placed one day earlier, on 1 August 2025: a legacy model — 2 August 2027 is the legal outer limit (flagged), and the 16/18 August 2025 expectation is not shown.',
    rules: ['E7', 'R70', 'R68'],
    answers: developer({
      compute: compute(3e25),
      placing: placing({ placingDate: '2025-08-01' }),
      systemicRisk: sr({ thresholdMetDate: '2025-07-15' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      notificationDeadline: '2027-08-02',
      complianceDeadline: '2027-08-02',
      ambiguities: ['E7'],
      datesNotShown: ['2025-08-16', '2025-08-18'],
    },
  },
  {
    id: 'e29-legacy-model-crosses-1e25-in-2026',
    title:
      'A model placed on 3 March 2025 crosses 10^25 FLOP through the same provider’s continued training on 14 April 2026: still the legacy model’s lifecycle, so 2 August 2027 is the outer legal limit (flagged E29), with notification by 28 April 2026 shown as recommended.',
    rules: ['E29', 'E7', 'R13', 'R68', 'E20'],
    answers: developer({
      compute: compute(1.3e25),
      placing: placing({ placingDate: '2025-03-03', lifecycle: 'laterVersion' }),
      systemicRisk: sr({ thresholdMetDate: '2026-04-14' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      notificationDeadline: '2027-08-02',
      complianceDeadline: '2027-08-02',
      ambiguities: ['E29'],
      datesShown: ['2026-04-28'],
      datesNotShown: ['2025-08-16', '2025-08-18'],
    },
    note: 'ADR 0050 reading 3: legacy → 2 Aug 2027 as the outer limit; E29 when crossed after 2 Aug 2025, with the two-week date (14 Apr + 14 days = Tue 28 Apr 2026) shown as recommended — where it is shown (timeline, period) is presentation, so any place is accepted.',
  },
  {
    id: 'e29-legacy-model-crosses-just-after-chapter-v',
    title:
      'A model placed on 20 July 2025 crosses 10^25 FLOP on Wednesday 6 August 2025, days after Chapter V applied: E29, not E7 — outer limit 2 August 2027, recommended 20 August 2025.',
    rules: ['E29', 'E7', 'R68'],
    answers: developer({
      compute: compute(1.3e25),
      placing: placing({ placingDate: '2025-07-20', lifecycle: 'laterVersion' }),
      systemicRisk: sr({ thresholdMetDate: '2025-08-06' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      notificationDeadline: '2027-08-02',
      complianceDeadline: '2027-08-02',
      ambiguities: ['E29'],
      datesShown: ['2025-08-20'],
      datesNotShown: ['2025-08-18'],
    },
  },

  // --- R8 / E27: generality from facts ------------------------------------------------------------------
  {
    id: 'e27-one-billion-parameters-below-criterion-is-gpai',
    title:
      'A text model trained with 5 × 10^22 FLOP that has exactly 1 billion parameters, large and broad training data and self-supervision at scale: the facts indicate significant generality, so it is exceptionally a GPAI model (flagged).',
    rules: ['R8', 'E27', 'R9'],
    answers: developer({
      generalityFacts: { parameterCount: 1e9, largeBroadData: 'yes', selfSupervised: 'yes' },
      compute: compute(5e22),
    }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, ambiguities: ['E27'] },
    note: 'Rec. 98 / GL ¶18: "at least a billion" parameters — exactly 10^9 meets it.',
  },
  {
    id: 'e27-just-under-one-billion-parameters-criterion-decides',
    title:
      'The same model with 999 999 999 parameters: no broad indication on that route, no other facts, so the compute criterion decides — not a GPAI model.',
    rules: ['R8', 'E27', 'R7'],
    answers: developer({
      generalityFacts: { parameterCount: 999_999_999, largeBroadData: 'yes', selfSupervised: 'yes' },
      compute: compute(5e22),
    }),
    asOf: AS_OF,
    expected: NOT_GPAI,
  },
  {
    id: 'r8-no-self-supervision-no-broad-indication',
    title:
      'A 7-billion-parameter text model on large, broad data but not trained with self-supervision at scale, at 5 × 10^22 FLOP: the R8 facts are not all present, so the criterion decides — not a GPAI model.',
    rules: ['R8', 'E27'],
    answers: developer({
      generalityFacts: { parameterCount: 7e9, largeBroadData: 'yes', selfSupervised: 'no' },
      compute: compute(5e22),
    }),
    asOf: AS_OF,
    expected: NOT_GPAI,
  },
  {
    id: 'e27-three-distinct-tasks-below-criterion-is-gpai',
    title:
      'A text model at 5 × 10^22 FLOP that performs three distinct tasks (translation, summarisation, question answering): exceptionally a GPAI model (flagged).',
    rules: ['E27', 'R1', 'R9'],
    answers: developer({
      generalityFacts: { tasks: ['translation', 'summarisation', 'questionAnswering'], singleTask: 'none' },
      compute: compute(5e22),
    }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, ambiguities: ['E27'] },
    note: 'ADR 0050 reading 1: at least three distinct tasks is the broad indication (the count is the tool’s reading of "a wide range of distinct tasks").',
  },
  {
    id: 'e27-two-distinct-tasks-criterion-decides',
    title:
      'The same model performing only two distinct tasks: no broad indication, so the criterion decides — not a GPAI model.',
    rules: ['E27', 'R7'],
    answers: developer({
      generalityFacts: { tasks: ['translation', 'summarisation'], singleTask: 'none' },
      compute: compute(5e22),
    }),
    asOf: AS_OF,
    expected: NOT_GPAI,
  },
  {
    id: 'e27-single-task-wins-over-broad-facts',
    title:
      'A 2-billion-parameter speech-transcription model trained self-supervised on large, broad audio, at 10^24 FLOP: it was built for one task, and the narrow indication prevails — not a GPAI model (flagged).',
    rules: ['E27', 'R10', 'R9', 'R8'],
    answers: developer({
      generalityFacts: {
        parameterCount: 2e9,
        largeBroadData: 'yes',
        selfSupervised: 'yes',
        singleTask: 'transcription',
      },
      compute: compute(1e24),
    }),
    asOf: AS_OF,
    expected: { ...NOT_GPAI, ambiguities: ['E27'] },
    note: 'ADR 0050 reading 1: "narrow wins over broad"; GL §2.1 names speech transcription as not GPAI even at 10^24 FLOP.',
  },
  {
    id: 'e27-all-facts-unknown-above-criterion',
    title:
      'Every generality fact answered "I don’t know", text model at 2 × 10^23 FLOP: the criterion decides — a GPAI model.',
    rules: ['E27', 'R7', 'E1'],
    answers: developer({
      generalityFacts: {
        parameterCount: 'unknown',
        largeBroadData: 'unknown',
        selfSupervised: 'unknown',
        tasks: 'unknown',
        singleTask: 'unknown',
      },
      compute: compute(2e23),
    }),
    asOf: AS_OF,
    expected: PROVIDER_BASE,
  },
  {
    id: 'e27-all-facts-unknown-below-criterion',
    title: 'The same unknowns at 5 × 10^22 FLOP: the criterion decides — not a GPAI model.',
    rules: ['E27', 'R7', 'E1'],
    answers: developer({
      generalityFacts: {
        parameterCount: 'unknown',
        largeBroadData: 'unknown',
        selfSupervised: 'unknown',
        tasks: 'unknown',
        singleTask: 'unknown',
      },
      compute: compute(5e22),
    }),
    asOf: AS_OF,
    expected: NOT_GPAI,
  },

  // --- R10: modalities ---------------------------------------------------------------------------------
  {
    id: 'r10-audio-without-speech-fails-modality',
    title:
      'A model whose only output is audio without speech (sound, music), 2 × 10^24 FLOP, no other facts: audio counts as language only when it contains speech, so the criterion is not met — not a GPAI model.',
    rules: ['R10', 'R7', 'R11'],
    answers: developer({
      outputModalities: ['otherAudio'],
      generalityFacts: undefined,
      compute: compute(2e24),
    }),
    asOf: AS_OF,
    expected: NOT_GPAI,
  },
  {
    id: 'r10-speech-output-counts-as-language',
    title:
      'A model that outputs speech, 2 × 10^24 FLOP, no other facts: audio containing speech is language, so the criterion is met — a GPAI model.',
    rules: ['R10', 'R7'],
    answers: developer({ outputModalities: ['speech'], generalityFacts: undefined, compute: compute(2e24) }),
    asOf: AS_OF,
    expected: PROVIDER_BASE,
  },
  {
    id: 'r10-text-to-speech-single-task',
    title:
      'A text-to-speech model (speech output, 10^24 FLOP) built for that one task: the Commission’s example of a narrow model — not a GPAI model (flagged).',
    rules: ['R10', 'E27', 'R9'],
    answers: developer({
      outputModalities: ['speech'],
      generalityFacts: narrow('textToSpeech'),
      compute: compute(1e24),
    }),
    asOf: AS_OF,
    expected: { ...NOT_GPAI, ambiguities: ['E27'] },
  },
  {
    id: 'r10-image-to-image-only-fails-modality',
    title:
      'A model that only edits images (image-to-image: upscaling, inpainting), 2 × 10^24 FLOP, no other facts: image output counts only when generated from text, so the criterion is not met.',
    rules: ['R10', 'R7'],
    answers: developer({
      outputModalities: ['imageEdit'],
      generalityFacts: undefined,
      compute: compute(2e24),
    }),
    asOf: AS_OF,
    expected: NOT_GPAI,
  },
  {
    id: 'r10-upscaling-single-task',
    title: 'An image-upscaling model at 10^24 FLOP, built for that one task: not a GPAI model.',
    rules: ['R10', 'E27'],
    answers: developer({
      outputModalities: ['imageEdit'],
      generalityFacts: narrow('upscaling'),
      compute: compute(1e24),
    }),
    asOf: AS_OF,
    expected: NOT_GPAI,
  },
  {
    id: 'r10-text-to-image-with-editing-meets-modality',
    title:
      'A model that generates images from text and also edits images, 2 × 10^24 FLOP, no other facts: text-to-image meets the modality half, so the criterion is met — a GPAI model.',
    rules: ['R10', 'R7'],
    answers: developer({
      outputModalities: ['image', 'imageEdit'],
      generalityFacts: undefined,
      compute: compute(2e24),
    }),
    asOf: AS_OF,
    expected: PROVIDER_BASE,
  },

  // --- R17 / E8: internal use and its location ------------------------------------------------------------
  {
    id: 'e8-non-eu-internal-use-outside-eu-not-placed',
    title:
      'A provider established outside the EU uses its 2 × 10^25 FLOP model only internally, outside the EU, and makes it available nowhere in the Union: not placed on the Union market, so no duties under the Act.',
    rules: ['E8', 'R17', 'R20', 'R4'],
    answers: developer({
      euEstablished: 'no',
      compute: compute(2e25),
      placing: placing({
        channels: ['internalOnly'],
        placingDate: undefined,
        internalUseLocation: 'outsideEu',
      }),
      systemicRisk: sr({ thresholdMetDate: '2026-02-02' }),
    }),
    asOf: AS_OF,
    expected: {
      ...NO_DUTIES,
      isGPAI: true,
      role: 'not-placed',
      systemicRisk: ['none', 'presumed'],
      notificationDeadline: null,
      enforcement: false,
    },
    note: 'Issue 8 names this as a realistic wrong answer of revision 1 (told it owes Art. 54 and 55). Whether the model’s own systemic-risk label reads "presumed" while the user owes nothing is presentation, so both labels are accepted.',
  },
  {
    id: 'e8-internal-use-in-and-outside-eu-systemic-risk',
    title:
      'The same non-EU provider uses the model internally both in and outside the EU: there is a Union nexus, so the E8 reading applies — treated as provider (flagged), notification by 16 Feb 2026.',
    rules: ['E8', 'R17', 'R16', 'R61'],
    answers: developer({
      euEstablished: 'no',
      compute: compute(2e25),
      placing: placing({ channels: ['internalOnly'], placingDate: undefined, internalUseLocation: 'both' }),
      systemicRisk: sr({ thresholdMetDate: '2026-02-02' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      obligations: presumedNonEu,
      notificationDeadline: '2026-02-16',
      ambiguities: ['E8'],
    },
  },
  {
    id: 'e8-internal-use-location-unknown-read-as-eu',
    title:
      'The same provider does not know where the internal use takes place: read as in the EU (conservative), treated as provider (flagged), and the location is an open question.',
    rules: ['E8', 'R17'],
    answers: developer({
      euEstablished: 'no',
      compute: compute(2e25),
      placing: placing({
        channels: ['internalOnly'],
        placingDate: undefined,
        internalUseLocation: 'unknown',
      }),
      systemicRisk: sr({ thresholdMetDate: '2026-02-02' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      obligations: presumedNonEu,
      notificationDeadline: '2026-02-16',
      ambiguities: ['E8'],
      openQuestions: ['placing.internalUseLocation'],
    },
  },
  {
    id: 'r17-decisions-about-people-outside-eu-not-placed',
    title:
      'A non-EU company uses its own broad model internally, outside the EU, to decide about its local customers: the use affects no one in the Union, so the model is not placed on the Union market.',
    rules: ['R17', 'R15', 'R20'],
    answers: developer({
      euEstablished: 'no',
      placing: placing({
        channels: ['internalAffectsPeople'],
        placingDate: undefined,
        internalUseLocation: 'outsideEu',
      }),
    }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: true, role: 'not-placed', systemicRisk: 'none' },
    note: 'R15 counts internal use affecting "the rights of natural persons in the Union"; R17 (rev. 2): internal use outside the Union is not placing on the Union market.',
  },

  // --- R22 / E11 / E30: facts of commercial activity ---------------------------------------------------------
  {
    id: 'e30-hobbyist-with-a-price-is-provider',
    title:
      'A self-described hobbyist uploads a broad 2 × 10^23 FLOP model to a hub and charges a price for it: the price is a fact of commercial activity, so the label is overridden — provider (and the report says why).',
    rules: ['E30', 'R22', 'E11', 'R5'],
    answers: developer({
      role: 'hobbyist',
      compute: compute(2e23),
      placing: placing({ channels: ['hub'], commercial: ['price'] }),
    }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, complianceDeadline: '2026-01-10', citesRules: ['E30'], enforcement: true },
  },
  {
    id: 'e30-hobbyist-runs-an-api-business',
    title:
      'A self-described hobbyist offers a broad model through an API run as a business: provider, the label overridden.',
    rules: ['E30', 'R22'],
    answers: developer({
      role: 'hobbyist',
      compute: compute(2e23),
      placing: placing({ channels: ['api'], commercial: ['apiOrAppBusiness'] }),
    }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, citesRules: ['E30'] },
  },
  {
    id: 'r22-hobbyist-regular-supply',
    title:
      'A self-described hobbyist supplies a broad model to others regularly, not as a one-off: regular supply is a fact of commercial activity — provider.',
    rules: ['R22', 'E30', 'E11'],
    answers: developer({
      role: 'hobbyist',
      compute: compute(2e23),
      placing: placing({ channels: ['hub'], commercial: ['regularSupply'] }),
    }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, citesRules: ['E30'] },
  },
  {
    id: 'e30-hobbyist-public-release-above-1e25',
    title:
      'A self-described hobbyist publicly releases, free and under Apache-2.0, a model trained with 2 × 10^25 FLOP: a public release above 10^25 is assessed as making available — provider of a systemic-risk model, no exemption.',
    rules: ['E30', 'R22', 'E14', 'R48', 'R35'],
    answers: openDeveloper(OPEN, {
      role: 'hobbyist',
      compute: compute(2e25),
      placing: placing({ channels: ['hub'], placingDate: '2026-03-10', commercial: [] }),
      systemicRisk: sr({ thresholdMetDate: '2026-03-10' }),
    }),
    asOf: AS_OF,
    expected: { ...PROVIDER_SR, notificationDeadline: '2026-03-24', citesRules: ['E30'] },
  },
  {
    id: 'e30-research-lab-with-other-monetisation',
    title:
      'A research lab offers its broad model on a hub with paid tiers tied to access: monetisation is a fact of commercial activity — provider, the "research" label overridden.',
    rules: ['E30', 'R22', 'E10'],
    answers: developer({
      role: 'research',
      compute: compute(3e23),
      placing: placing({ channels: ['hub'], commercial: ['otherMonetisation'] }),
    }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, citesRules: ['E30'] },
  },
  {
    id: 'e11-hobbyist-no-commercial-facts',
    title:
      'A hobbyist uploads a broad 2 × 10^23 FLOP model to a hub and answers that there is no price, no monetisation, no business and no regular supply: most defensibly not placing on the market (flagged).',
    rules: ['E11', 'R22'],
    answers: developer({
      role: 'hobbyist',
      compute: compute(2e23),
      placing: placing({ channels: ['hub'], commercial: [] }),
    }),
    asOf: AS_OF,
    expected: {
      ...NO_DUTIES,
      isGPAI: true,
      role: 'not-placed',
      systemicRisk: 'none',
      ambiguities: ['E11'],
      enforcement: false,
    },
  },

  // --- R90 / R91: modifiers ------------------------------------------------------------------------------
  {
    id: 'r90-modification-compute-unknown-conservative',
    title:
      'A fine-tuner of a 3 × 10^24 FLOP model does not know its own fine-tuning compute: never resolved in its favour — read as provider of the modified model (duties limited to the modification), flagged, with the compute as an open question.',
    rules: ['R90', 'R28', 'R24'],
    answers: modifier({ originalComputeFlop: 3e24, originalSystemicRisk: 'no', modificationFlop: 'unknown' }),
    asOf: AS_OF,
    expected: {
      isGPAI: true,
      isProvider: true,
      role: 'modification-provider',
      systemicRisk: 'none',
      openSourceExemption: false,
      obligations: base,
      complianceDeadline: '2026-01-15',
      scopeLimitedToModification: true,
      ambiguityMentions: ['R90'],
      openQuestions: ['modification.modificationFlop'],
    },
    note: 'Rev. 2 (R90; ADR 0050 reading 6) supersedes ADR 0003 item 1. No systemic-risk presumption: without a figure the cumulative compute is unknown, and the original is below 10^25.',
  },
  {
    id: 'r90-modification-compute-unknown-sr-original',
    title:
      'A fine-tuner of a 3 × 10^25 FLOP systemic-risk model, own compute unknown, placed on Thursday 15 Jan 2026: conservative reading — provider of a modified systemic-risk model (flagged); with no threshold date, the notification was due at the latest on Thursday 29 Jan 2026.',
    rules: ['R90', 'R29', 'R89', 'R33', 'E5'],
    answers: modifier(
      { originalComputeFlop: 3e25, originalSystemicRisk: 'yes', modificationFlop: 'unknown' },
      { systemicRisk: sr({ thresholdMetDate: 'unknown' }) },
    ),
    asOf: AS_OF,
    expected: {
      isGPAI: true,
      isProvider: true,
      role: 'modification-provider',
      systemicRisk: 'presumed',
      openSourceExemption: false,
      obligations: presumedEu,
      notificationDeadline: '2026-01-29',
      notificationPeriod: { nominal: '2026-01-29', lastDay: '2026-01-29', bound: 'atLatest', moved: false },
      statuses: { art52_1: 'overdue' },
      ambiguityMentions: ['R90'],
    },
    note: 'Conservative reading (R90) → provider of a modification of an SR model → presumed SR (R29); the modified model’s cumulative compute includes the inherited 3 × 10^25 (R33, E5), so it was above 10^25 when placed and R89’s bound applies.',
  },
  {
    id: 'r91-modifier-acting-for-the-original-provider',
    title:
      'A company fine-tunes a 3 × 10^24 FLOP model with 2 × 10^24 FLOP on behalf of the original provider: not a downstream modifier — the modification is part of the original model’s lifecycle, so it is not a provider.',
    rules: ['R91', 'R13', 'R23'],
    answers: modifier({
      originalComputeFlop: 3e24,
      originalSystemicRisk: 'no',
      modificationFlop: 2e24,
      onBehalfOfOriginal: 'yes',
    }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: true, role: 'contractor', systemicRisk: 'none' },
    note: 'ADR 0050 reading 6: acting for the original provider → "contractor".',
  },
  {
    id: 'r91-developer-for-a-client-under-the-client-name',
    title:
      'A firm trains a broad model for a client, who places it under the client’s own name: the client is the provider, the firm is not.',
    rules: ['R91', 'R14', 'R5'],
    answers: developer({ placing: placing({ nameOnModel: 'client' }) }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: true, role: 'contractor', systemicRisk: 'none', enforcement: false },
  },
  {
    id: 'r91-on-behalf-unknown-conservative',
    title:
      'A fine-tuner above one third does not know whether it acts on behalf of the original provider: read as acting on its own (conservative) — provider of the modified model, with the question open.',
    rules: ['R91', 'R23', 'R24'],
    answers: modifier({
      originalComputeFlop: 3e24,
      originalSystemicRisk: 'no',
      modificationFlop: 2e24,
      onBehalfOfOriginal: 'unknown',
    }),
    asOf: AS_OF,
    expected: {
      isGPAI: true,
      isProvider: true,
      role: 'modification-provider',
      systemicRisk: 'none',
      openSourceExemption: false,
      obligations: base,
      openQuestions: ['modification.onBehalfOfOriginal'],
    },
    note: 'Reading: PRODUCT principle 4 and R90’s "never in the user’s favour": an unknown fact that would remove the duties is read against the user and asked.',
  },
  {
    id: 'r91-name-on-model-unknown-conservative',
    title:
      'A developer does not know under whose name the model will be made available: read as its own name (conservative) — provider, with the question open.',
    rules: ['R91', 'R5'],
    answers: developer({ placing: placing({ nameOnModel: 'unknown' }) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, openQuestions: ['placing.nameOnModel'] },
  },

  // --- R92 / R38: designation risk and designation ---------------------------------------------------------
  {
    id: 'r92-ten-thousand-business-users-designation-risk',
    title:
      'A 5 × 10^24 FLOP model made available to at least 10 000 registered EU business users: Annex XIII presumes high impact, so the report warns of designation risk — but no systemic-risk duty arises without a designation.',
    rules: ['R92', 'R38', 'R31'],
    answers: developer({ compute: compute(5e24), systemicRisk: sr({ euBusinessUsers: 'atLeast10000' }) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, notificationDeadline: null, warningsIncludeRule: ['R92'] },
  },
  {
    id: 'r92-fewer-business-users-no-change',
    title:
      'The same model with fewer than 10 000 registered EU business users: the obligations are the same Art. 53 duties.',
    rules: ['R92'],
    answers: developer({ compute: compute(5e24), systemicRisk: sr({ euBusinessUsers: 'fewer' }) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, notificationDeadline: null },
  },
  {
    id: 'r38-designated-after-placement',
    title:
      'A 5 × 10^24 FLOP model with at least 10 000 EU business users, placed on 10 Jan 2026, designated (informed 16 June 2026): Art. 55 applies from 16 June, the compliance deadline is that later date, no Art. 52(1) notification, reassessment from 16 Dec 2026.',
    rules: ['R38', 'R92', 'R39', 'R63'],
    answers: developer({
      compute: compute(5e24),
      systemicRisk: sr({
        designated: 'yes',
        designationInformedDate: '2026-06-16',
        euBusinessUsers: 'atLeast10000',
      }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'designated',
      obligations: designatedEu,
      notificationDeadline: null,
      complianceDeadline: '2026-06-16',
      obligationDates: art55On('2026-06-16'),
      timeline: ['2026-06-16', '2026-12-16'],
    },
  },

  // --- R93 / R94: signposts and enforcement ----------------------------------------------------------------
  {
    id: 'r93-integrator-signposts',
    title:
      'An integrator building on a third-party model’s API owes no model duties; the report names the AI-system duties it does not assess: Art. 50(1), Art. 50(2) from Sunday 2 Aug 2026, the high-risk check, the Annex XII information it may ask for, the complaint right.',
    rules: ['R93', 'R21', 'R83', 'R87'],
    answers: integrator(),
    asOf: AS_OF,
    expected: {
      ...NO_DUTIES,
      isGPAI: true,
      role: 'downstream-system-provider',
      systemicRisk: 'none',
      signposts: [...SYSTEM_SIGNPOSTS, 'annex-xii-info', 'complaint'],
      signpostDates: { art50_2: '2026-08-02' },
      enforcement: false,
    },
  },
  {
    id: 'r93-own-system-systemic-risk-provider',
    title:
      'A provider runs its own 1.2 × 10^25 FLOP model in its own chatbot: all model duties apply, and the AI-system duties are named as signposts, not assessed.',
    rules: ['R93', 'R16', 'E9'],
    answers: crossedOn('2026-06-17', { placing: placing({ channels: ['ownApp'] }) }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      notificationDeadline: '2026-07-01',
      signposts: SYSTEM_SIGNPOSTS,
      enforcement: true,
    },
  },
  {
    id: 'r93-modifier-below-threshold-signposts',
    title:
      'A fine-tune of 10^23 FLOP on a 3 × 10^24 FLOP model stays below one third: no model duties, and the report names the AI-system duties instead of "nothing applies".',
    rules: ['R93', 'R30', 'R24'],
    answers: modifier({ originalComputeFlop: 3e24, originalSystemicRisk: 'no', modificationFlop: 1e23 }),
    asOf: AS_OF,
    expected: {
      ...NO_DUTIES,
      isGPAI: true,
      role: ['downstream-system-provider', 'not-placed'],
      systemicRisk: 'none',
      signposts: SYSTEM_SIGNPOSTS,
    },
  },
  {
    id: 'e24-unmodified-open-weights-of-an-sr-model',
    title:
      'A company runs the unmodified open weights of a systemic-risk model inside its own product: still not a model provider (the uploader is); the AI-system signposts are shown.',
    rules: ['E24', 'R21', 'R30', 'R93'],
    answers: integrator({
      compute: compute(2e25),
      integration: { systemInEu: 'yes', upstreamExcludedEu: 'no', systemPlacingDate: '2026-09-14' },
    }),
    asOf: AS_OF,
    expected: {
      ...NO_DUTIES,
      isGPAI: true,
      role: 'downstream-system-provider',
      systemicRisk: ['none', 'presumed'],
      signposts: SYSTEM_SIGNPOSTS,
      enforcement: false,
    },
  },
  {
    id: 'r94-provider-enforcement-section',
    title:
      'A non-EU provider of a 1.2 × 10^25 FLOP model: the report states the Commission’s enforcement powers once — information requests (Art. 91), evaluations (Art. 92), measures (Art. 93) and fines under Art. 101(1)(a)–(d) up to 3 % or EUR 15 million — from 2 Aug 2026.',
    rules: ['R94', 'R74', 'R71', 'R73'],
    answers: crossedOn('2026-06-17', { euEstablished: 'no' }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      obligations: presumedNonEu,
      notificationDeadline: '2026-07-01',
      enforcement: true,
      timeline: ['2026-08-02'],
    },
  },

  // --- R56 / R61 / R62 / R63: what to produce, steps already taken ------------------------------------------
  {
    id: 'r56-r63-annex-xi-section-2-is-documentation',
    title:
      'For a systemic-risk model, Annex XI Section 2 (evaluations, adversarial testing) is part of the Art. 53(1)(a) documentation, not of the Art. 55(1)(a) evaluation duty; Section 1 includes what the model optimises for and the number of data points.',
    rules: ['R56', 'R63'],
    answers: crossedOn('2026-06-17'),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      produceMentions: { art53_1_a: [['Section 2', '§2'], 'optimi', 'data points'] },
      produceOmits: { art55_1_a: ['Section 2', '§2'] },
    },
  },
  {
    id: 'r56-section-1-items-non-sr',
    title:
      'For a model without systemic risk, the Art. 53(1)(a) documentation still lists the added Section 1 items: what the model optimises for and the data points used.',
    rules: ['R56'],
    answers: developer(),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, produceMentions: { art53_1_a: ['optimi', 'data points'] } },
  },
  {
    id: 'r62-signatory-still-owes-notification',
    title:
      'A full signatory of the Code of Practice whose model crossed 10^25 on 17 June 2026 and did not notify: the notification has no Code chapter and signing does not show it was made — overdue.',
    rules: ['R62', 'R75', 'E22'],
    answers: crossedOn('2026-06-17', { codeOfPractice: 'full' }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_SR,
      notificationDeadline: '2026-07-01',
      statuses: { art52_1: 'overdue' },
      codeOfPracticeChapter: { art52_1: false, art53_1_c: true, art55_1_a: true },
    },
  },
  {
    id: 'r61-authorised-representative-appointed-done',
    title:
      'A non-EU provider that has appointed its EU authorised representative by written mandate: Art. 54 shows as done, cited to GL §3.1.',
    rules: ['R61', 'R4', 'E12'],
    answers: developer({ euEstablished: 'no', stepsTaken: { authorisedRepresentative: 'yes' } }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      obligations: baseNonEu,
      statuses: { art54: 'done' },
      stepTaken: { art54: 'yes' },
      citationsInclude: { art54: ['GL §3.1'] },
    },
  },
  {
    id: 'r61-authorised-representative-missing-overdue',
    title:
      'A non-EU provider placed on 10 Jan 2026 that has not appointed a representative: Art. 54 required it before placing, so it is overdue.',
    rules: ['R61'],
    answers: developer({ euEstablished: 'no', stepsTaken: { authorisedRepresentative: 'no' } }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      obligations: baseNonEu,
      statuses: { art54: 'overdue' },
      stepTaken: { art54: 'no' },
    },
  },
  {
    id: 'r61-representative-before-planned-placing-upcoming',
    title:
      'A non-EU provider planning to place on 1 March 2027 has not yet appointed a representative: due before placing, so upcoming, not overdue.',
    rules: ['R61', 'R67'],
    answers: developer({
      euEstablished: 'no',
      placing: placing({ placingDate: '2027-03-01' }),
      stepsTaken: { authorisedRepresentative: 'no' },
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      obligations: baseNonEu,
      complianceDeadline: '2027-03-01',
      statuses: { art54: 'upcoming' },
    },
  },
  {
    id: 'steps-taken-mixed-answers',
    title:
      'A provider placed on 10 Jan 2026 has its documentation and training summary in place, no downstream information, and does not know about its copyright policy: done, done, overdue, and in force (status from the dates).',
    rules: ['R56', 'R57', 'R58', 'R59', 'R60'],
    answers: developer({
      stepsTaken: {
        technicalDocumentation: 'yes',
        downstreamInformation: 'no',
        copyrightPolicy: 'unknown',
        trainingSummary: 'yes',
      },
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      statuses: {
        art53_1_a: 'done',
        art53_1_b: 'overdue',
        art53_1_c: 'in-force',
        art53_1_d: 'done',
        art53_3: 'in-force',
      },
      stepTaken: {
        art53_1_a: 'yes',
        art53_1_b: 'no',
        art53_1_c: 'unknown',
        art53_1_d: 'yes',
        art53_3: null,
      },
    },
  },
  {
    id: 'steps-taken-legacy-not-overdue-before-2027',
    title:
      'A legacy model placed on 3 March 2025 without technical documentation yet, evaluated on 30 Nov 2026: the duty must be met by 2 Aug 2027, so it is not overdue.',
    rules: ['R68', 'R56'],
    answers: developer({
      placing: placing({ placingDate: '2025-03-03' }),
      stepsTaken: { technicalDocumentation: 'no' },
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      complianceDeadline: '2027-08-02',
      statuses: { art53_1_a: ['upcoming', 'in-force'] },
      stepTaken: { art53_1_a: 'no' },
    },
  },

  // --- v2 facts: lifecycle (R13), consortium (R14), downstream supply (R15, R18) -------------------------------
  {
    id: 'r13-later-version-keeps-first-placing-date',
    title:
      'A later version of a model first placed on 3 March 2025, by the same provider: same lifecycle, so still a legacy model with 2 Aug 2027 to comply.',
    rules: ['R13', 'R68', 'E19'],
    answers: developer({ placing: placing({ placingDate: '2025-03-03', lifecycle: 'laterVersion' }) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, complianceDeadline: '2027-08-02' },
  },
  {
    id: 'r13-new-pre-training-run-is-a-new-model',
    title:
      'A new large pre-training run by the same provider, placed on 4 May 2026: a new model, with duties from its own placing date.',
    rules: ['R13', 'R67', 'E19'],
    answers: developer({ placing: placing({ placingDate: '2026-05-04', lifecycle: 'newModel' }) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, complianceDeadline: '2026-05-04' },
  },
  {
    id: 'r14-consortium-coordinator-is-provider',
    title: 'The coordinator of a consortium that develops and places a broad model: the provider.',
    rules: ['R14', 'R5'],
    answers: developer({ role: 'consortium', consortiumRole: 'coordinator' }),
    asOf: AS_OF,
    expected: PROVIDER_BASE,
  },
  {
    id: 'r14-consortium-role-unknown',
    title:
      'A consortium participant that does not know whether it coordinates: read as the coordinator (conservative) — provider, with the question open.',
    rules: ['R14'],
    answers: developer({ role: 'consortium', consortiumRole: 'unknown' }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, openQuestions: ['consortiumRole'] },
    note: 'ADR 0050 table: consortium role absent or unknown → coordinator (conservative), open question.',
  },
  {
    id: 'r18-supplied-to-a-downstream-integrator-in-eu',
    title:
      'A developer first supplies its broad model to another company in the EU that builds it into its AI system: that is placing on the market, and the developer is the model provider.',
    rules: ['R18', 'R15', 'R14'],
    answers: developer({ placing: placing({ channels: ['downstreamSupply'] }) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, complianceDeadline: '2026-01-10' },
  },
];
