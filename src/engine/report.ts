/**
 * The report object returned by evaluate(answers, asOf). The CLI prints exactly this (JSON). The UI, PDF and
 * calendar exports are thin layers over it. Text fields are plain English sentences meant for end users.
 */

/** A calendar date written YYYY-MM-DD. Dates never carry a time or a zone. */
export type IsoDate = string;

/** A rule or edge case of RULES.md: "R24", "E7". */
export type RuleRef = `R${number}` | `E${number}`;

export type SourceCode = 'AIA' | 'GL' | 'TPL' | 'COP' | 'OMNI';

export interface Citation {
  /** As written in the report: "Art. 53(1)(a)", "Rec. 97", "GL §3.2", "GL ¶60", "Annex XI". */
  ref: string;
  source: SourceCode;
  /** Link to the official text (EUR-Lex anchor, Commission page). */
  url: string;
}

export type VerdictKey = 'gpai' | 'provider' | 'systemicRisk' | 'openSource';

export interface DecisiveAnswer {
  /** Dotted path in the answers object, e.g. "compute.parameterUpdateFlop". */
  field: string;
  /** The question in short. */
  label: string;
  /** The answer in words ("3.8 × 10^25 FLOP", "Yes", "I don't know"). */
  value: string;
}

export interface Verdict {
  key: VerdictKey;
  /** One sentence in plain words. */
  summary: string;
  /** Short value for a badge: "Yes", "No", "Presumed", "Not applicable"… */
  label: string;
  decisiveAnswers: DecisiveAnswer[];
  rules: RuleRef[];
  citations: Citation[];
  /** Edge cases met that make this verdict uncertain (ids into report.ambiguities). */
  ambiguous: RuleRef[];
}

export interface TraceStep {
  /** Which verdict this step belongs to. */
  verdict: VerdictKey | 'obligations' | 'dates';
  question: string;
  /** The answer(s) considered, in words. */
  answer: string;
  rule: RuleRef;
  outcome: string;
  citations: Citation[];
}

export type ObligationId =
  | 'art53_1_a'
  | 'art53_1_b'
  | 'art53_1_c'
  | 'art53_1_d'
  | 'art53_3'
  | 'art54'
  | 'art52_1'
  | 'art55_1_a'
  | 'art55_1_b'
  | 'art55_1_c'
  | 'art55_1_d';

export type ObligationStatus =
  /** Applies from a date on or before asOf. */
  | 'in-force'
  /** Applies from / is due on a date after asOf. */
  | 'upcoming'
  /** A one-off deadline (notification) that lies before asOf. */
  | 'overdue'
  /** Exempted (open source) — listed for transparency. */
  | 'exempted'
  /** Date depends on an unknown answer. */
  | 'date-unknown'
  /** A one-off act the answers say was done (the Art. 52(1) notification was made). */
  | 'done';

export interface Obligation {
  id: ObligationId;
  /** Written like "Art. 53(1)(a)". */
  article: string;
  title: string;
  /** Plain explanation of what the obligation means. */
  explanation: string;
  /** What to produce: Annex XI / XII items, template, policy contents, Code of Practice chapter. */
  produce: string[];
  /** Code of Practice chapter that covers it, if any. */
  codeOfPracticeChapter: string | null;
  /** Scope note, e.g. "Limited to the modification (R28)". */
  scope: string | null;
  appliesFrom: IsoDate | null;
  dueBy: IsoDate | null;
  status: ObligationStatus;
  /** Whole days from asOf to dueBy (or appliesFrom when no dueBy); negative = in the past; null = no date. */
  daysFromAsOf: number | null;
  exempted: boolean;
  exemptionReason: string | null;
  rules: RuleRef[];
  citations: Citation[];
}

export interface NotApplicableObligation {
  id: ObligationId;
  article: string;
  title: string;
  reason: string;
  rules: RuleRef[];
}

export type MilestoneKind = 'law' | 'model' | 'deadline' | 'designation' | 'reassessment';

export interface Milestone {
  id: string;
  date: IsoDate;
  kind: MilestoneKind;
  label: string;
  description: string;
  /** Whole days from asOf (negative = since). */
  daysFromAsOf: number;
  rules: RuleRef[];
  citations: Citation[];
}

export interface Ambiguity {
  edgeCase: RuleRef;
  title: string;
  readingChosen: string;
  alternative: string;
  rules: RuleRef[];
  citations: Citation[];
}

export interface ReportWarning {
  id: string;
  message: string;
  rules: RuleRef[];
}

export interface OpenQuestion {
  /** Dotted path of the unknown answer. */
  field: string;
  question: string;
  /** Who in the organisation can answer it. */
  askWhom: string;
  /** What the engine assumed meanwhile. */
  assumption: string;
  rules: RuleRef[];
}

export interface Counterfactual {
  id: string;
  /** "With more than 3.3 × 10^24 FLOP of fine-tuning…" */
  change: string;
  /** "…you would become the provider of the modified model." */
  effect: string;
  rules: RuleRef[];
}

export type ProviderRole =
  | 'provider' // develops / has developed and places (R5, R14)
  | 'modification-provider' // downstream modifier above one third (R23–R28)
  | 'integrator-as-model-provider' // non-EU chain with EU exclusion (R19, E13)
  | 'downstream-system-provider' // only builds on a third-party model (R21, E24)
  | 'host' // hosts others' models (R14, E23)
  | 'not-placed' // never placed on the Union market (R2, R17, R20, R22)
  | 'out-of-scope'; // sole-purpose scientific research (R3) or not a GPAI model

export interface ComputeSummary {
  parameterUpdateFlop: number | null;
  /** Cumulative compute for the 10^25 test (R33): parameter updates + non-public synthetic + inherited weights. */
  cumulativeFlop: number | null;
  /** ±30 % band around the figure used (R43). */
  band: { low: number; high: number } | null;
}

export interface Report {
  isGPAI: boolean;
  isProvider: boolean;
  role: ProviderRole;
  systemicRisk: 'presumed' | 'designated' | 'none';
  openSourceExemption: boolean;
  verdicts: Record<VerdictKey, Verdict>;
  obligations: Obligation[];
  notApplicable: NotApplicableObligation[];
  /** Art. 52(1): met/known date + 14 days (R35), null when not owed or unknown. */
  notificationDeadline: IsoDate | null;
  /** Date by which the Art. 53/54 (and 55) obligations must be met: placement, or 2 Aug 2027 for legacy (R67, R68). */
  complianceDeadline: IsoDate | null;
  timeline: Milestone[];
  trace: TraceStep[];
  ambiguities: Ambiguity[];
  warnings: ReportWarning[];
  openQuestions: OpenQuestion[];
  counterfactuals: Counterfactual[];
  compute: ComputeSummary;
  rulesVersion: string;
  asOf: IsoDate;
}
