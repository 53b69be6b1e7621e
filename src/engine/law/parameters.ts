/**
 * The law's numbers and dates, as dated and referenced parameters (in the manner of OpenFisca's parameters):
 * each value holds from a date, cites its article or guideline, and names its rule in RULES.md. The engine
 * reads every threshold, period and date of application through `law(id, on)`; a test fails if a date or
 * threshold literal appears in engine code outside this file. The methodology page renders this table.
 */
import type { IsoDate, RuleRef } from '../report';

export type PeriodValue = { weeks: number } | { months: number };
export type ParameterValue = number | IsoDate | PeriodValue;

export interface DatedValue<T extends ParameterValue> {
  /** The first day the value holds. */
  from: IsoDate;
  value: T;
}

export interface LawParameter<T extends ParameterValue = ParameterValue> {
  label: string;
  /** How the value is written for people ("more than 10^25 FLOP", "2 weeks", a date). */
  kind: 'flop' | 'number' | 'date' | 'period' | 'percent' | 'eur';
  reference: string;
  rules: readonly RuleRef[];
  /** Oldest first. */
  values: readonly DatedValue<T>[];
}

/** Entry into force of Regulation (EU) 2024/1689 (Art. 113): the first day any of its values holds. */
const IN_FORCE = '2024-08-01';
/** Guidelines C(2025) 5045, 18 July 2025. */
const GUIDELINES = '2025-07-18';
/** Regulation (EU) 2026/1744 in force (omnibus dates). */
const OMNIBUS = '2026-07-27';

const one = <T extends ParameterValue>(from: IsoDate, value: T): readonly DatedValue<T>[] => [
  { from, value },
];

export const LAW = {
  gpaiThresholdFlop: {
    label: 'Indicative GPAI criterion: training compute greater than',
    kind: 'flop',
    reference: 'GL ¶17',
    rules: ['R7'],
    values: one(GUIDELINES, 1e23),
  },
  systemicRiskThresholdFlop: {
    label: 'Systemic-risk presumption: cumulative training compute greater than',
    kind: 'flop',
    reference: 'Art. 51(2)',
    rules: ['R32'],
    values: one(IN_FORCE, 1e25),
  },
  modificationShareDenominator: {
    label: 'A modifier becomes provider above one part in',
    kind: 'number',
    reference: 'GL ¶60',
    rules: ['R24'],
    values: one(GUIDELINES, 3),
  },
  estimateTolerance: {
    label: 'Acceptable overall error of a compute estimate',
    kind: 'percent',
    reference: 'GL Annex A.2',
    rules: ['R43'],
    values: one(GUIDELINES, 0.3),
  },
  broadParameterCount: {
    label: 'Parameters from which a model trained on large data with self-supervision shows generality',
    kind: 'number',
    reference: 'GL ¶18; Rec. 98',
    rules: ['R8'],
    values: one(GUIDELINES, 1e9),
  },
  designationBusinessUsers: {
    label: 'Registered EU business users presumed to have a high impact (designation)',
    kind: 'number',
    reference: 'Annex XIII(f)',
    rules: ['R92'],
    values: one(IN_FORCE, 10_000),
  },
  notificationPeriod: {
    label: 'Notification to the Commission after the threshold is met or known',
    kind: 'period',
    reference: 'Art. 52(1); Reg. 1182/71 Art. 3',
    rules: ['R35', 'R87'],
    values: one<PeriodValue>(IN_FORCE, { weeks: 2 }),
  },
  reassessmentPeriod: {
    label: 'Earliest request to reassess a designation',
    kind: 'period',
    reference: 'Art. 52(5); Reg. 1182/71 Art. 3',
    rules: ['R39', 'R87'],
    values: one<PeriodValue>(IN_FORCE, { months: 6 }),
  },
  chapterVApplies: {
    label: 'Obligations for general-purpose AI models apply',
    kind: 'date',
    reference: 'Art. 113(b)',
    rules: ['R66'],
    values: one(IN_FORCE, '2025-08-02'),
  },
  legacyLastPlacingDay: {
    label: 'Last placing day of a model placed “before 2 August 2025”',
    kind: 'date',
    reference: 'Art. 111(3)',
    rules: ['R68'],
    values: one(IN_FORCE, '2025-08-01'),
  },
  legacyComplianceDeadline: {
    label: 'Models placed before 2 August 2025 comply by',
    kind: 'date',
    reference: 'Art. 111(3)',
    rules: ['R68'],
    values: one(IN_FORCE, '2027-08-02'),
  },
  finesApply: {
    label: 'The Commission can fine providers and use its enforcement powers',
    kind: 'date',
    reference: 'Art. 113; Art. 101',
    rules: ['R71', 'R74', 'R94'],
    values: one(IN_FORCE, '2026-08-02'),
  },
  generalApplication: {
    label: 'General date of application (Art. 50 transparency duties)',
    kind: 'date',
    reference: 'Art. 113',
    rules: ['R83', 'R93'],
    values: one(IN_FORCE, '2026-08-02'),
  },
  art50MarkingLegacyDeadline: {
    label: 'Machine-readable marking for generative systems placed before 2 August 2026',
    kind: 'date',
    reference: 'Art. 111(4)',
    rules: ['R83', 'R93'],
    values: one(OMNIBUS, '2026-12-02'),
  },
  annexIIIHighRiskApplies: {
    label: 'High-risk rules for Annex III AI systems apply',
    kind: 'date',
    reference: 'Art. 113 as amended by Reg. (EU) 2026/1744',
    rules: ['R83', 'R93'],
    values: [
      { from: IN_FORCE, value: '2026-08-02' },
      { from: OMNIBUS, value: '2027-12-02' },
    ],
  },
  annexIHighRiskApplies: {
    label: 'High-risk rules for Annex I product AI systems apply',
    kind: 'date',
    reference: 'Art. 113 as amended by Reg. (EU) 2026/1744',
    rules: ['R83', 'R93'],
    values: [
      { from: IN_FORCE, value: '2027-08-02' },
      { from: OMNIBUS, value: '2028-08-02' },
    ],
  },
  fineCeilingPercent: {
    label: 'Fine ceiling: share of worldwide annual turnover (whichever is higher)',
    kind: 'percent',
    reference: 'Art. 101(1)',
    rules: ['R74'],
    values: one(IN_FORCE, 0.03),
  },
  fineCeilingEur: {
    label: 'Fine ceiling: fixed amount (whichever is higher)',
    kind: 'eur',
    reference: 'Art. 101(1)',
    rules: ['R74'],
    values: one(IN_FORCE, 15_000_000),
  },
  representativeRecordYears: {
    label: 'Years the authorised representative keeps the technical documentation',
    kind: 'number',
    reference: 'Art. 54(3)(b)',
    rules: ['R61'],
    values: one(IN_FORCE, 10),
  },
} as const satisfies Record<string, LawParameter>;

export type LawId = keyof typeof LAW;
type ValueOf<K extends LawId> = (typeof LAW)[K]['values'][number]['value'];

/**
 * The value of a parameter that holds on a date (default: the latest). Dates compare as ISO strings. Before
 * the first value's date the first value is returned: these are the only values the law has ever had.
 */
export function law<K extends LawId>(id: K, on?: IsoDate): ValueOf<K> {
  const values = LAW[id].values as readonly DatedValue<ParameterValue>[];
  let found = values[0] as DatedValue<ParameterValue>;
  for (const v of values) if (on === undefined || v.from <= on) found = v;
  return found.value as ValueOf<K>;
}
