/**
 * The report object returned by evaluate(answers, asOf). Its text fields are `S`: evaluate() returns
 * `Report<Text>` (message ids with typed parameters, src/engine/text.ts) and never prose; `localize()` in
 * src/i18n turns that into `Report<string>` (the default) in the reader's language, which the UI, PDF, Word,
 * calendar and CLI read (issue #11, ADR 0100).
 */

import type { Text } from './text';

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

export interface DecisiveAnswer<S = string> {
  /** Dotted path in the answers object, e.g. "compute.parameterUpdateFlop". */
  field: string;
  /** The question in short. */
  label: S;
  /** The answer in words ("3.8 × 10^25 FLOP", "Yes", "I don't know"). */
  value: S;
}

export interface Verdict<S = string> {
  key: VerdictKey;
  /** One sentence in plain words. */
  summary: S;
  /** Short value for a badge: "Yes", "No", "Presumed", "Not applicable"… */
  label: S;
  decisiveAnswers: DecisiveAnswer<S>[];
  rules: RuleRef[];
  citations: Citation[];
  /** Edge cases met that make this verdict uncertain (ids into report.ambiguities). */
  ambiguous: RuleRef[];
}

export interface TraceStep<S = string> {
  /** Which verdict this step belongs to. */
  verdict: VerdictKey | 'obligations' | 'dates';
  question: S;
  /** The answer(s) considered, in words. */
  answer: S;
  rule: RuleRef;
  outcome: S;
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

/**
 * R87 (rev. 2): how a period's last day was found under Reg. (EEC, Euratom) No 1182/71. The day of the event
 * is not counted; a period in weeks ends on the same weekday, in months on the same date; a last day on a
 * Saturday, Sunday or listed public holiday moves to the next working day.
 */
export interface PeriodEnd<S = string> {
  /** The event the period runs from ("threshold met", "first placing", "designation"). */
  from: IsoDate;
  /** "2 weeks", "6 months". */
  length: S;
  /** Last day before any move (Art. 3(2)). */
  nominal: IsoDate;
  /** Legal last day (Art. 3(4)); equal to nominal when it did not move. */
  lastDay: IsoDate;
  /** Why it moved ("16 August 2025 is a Saturday"), or null. */
  movedBecause: S | null;
  /** "exact": from a known event date; "atLatest": a bound from placing when the real date is unknown (R89). */
  bound: 'exact' | 'atLatest';
}

export interface Obligation<S = string> {
  id: ObligationId;
  /** Written like "Art. 53(1)(a)". */
  article: S;
  title: S;
  /** Plain explanation of what the obligation means. */
  explanation: S;
  /** What to produce: Annex XI / XII items, template, policy contents, Code of Practice chapter. */
  produce: S[];
  /** Code of Practice chapter that covers it, if any. */
  codeOfPracticeChapter: S | null;
  /** Scope note, e.g. "Limited to the modification (R28)". */
  scope: S | null;
  appliesFrom: IsoDate | null;
  dueBy: IsoDate | null;
  /** E28: the earlier date from which to prepare (the guidelines' reading), when it precedes appliesFrom. */
  prepareFrom: IsoDate | null;
  /** R87, R89: how the deadline of a period was computed (the Art. 52(1) notification). */
  period: PeriodEnd<S> | null;
  /** Steps already taken: what the user answered about this obligation, when asked. */
  stepTaken: 'yes' | 'no' | 'unknown' | null;
  status: ObligationStatus;
  /** Whole days from asOf to dueBy (or appliesFrom when no dueBy); negative = in the past; null = no date. */
  daysFromAsOf: number | null;
  exempted: boolean;
  exemptionReason: S | null;
  rules: RuleRef[];
  citations: Citation[];
}

export interface NotApplicableObligation<S = string> {
  id: ObligationId;
  article: S;
  title: S;
  reason: S;
  rules: RuleRef[];
}

export type MilestoneKind = 'law' | 'model' | 'deadline' | 'designation' | 'reassessment';

export interface Milestone<S = string> {
  id: string;
  date: IsoDate;
  kind: MilestoneKind;
  label: S;
  description: S;
  /** Whole days from asOf (negative = since). */
  daysFromAsOf: number;
  rules: RuleRef[];
  citations: Citation[];
  /** R87: present when the date is the end of a period. */
  period?: PeriodEnd<S>;
}

export interface Ambiguity<S = string> {
  edgeCase: RuleRef;
  title: S;
  readingChosen: S;
  alternative: S;
  rules: RuleRef[];
  citations: Citation[];
}

export interface ReportWarning<S = string> {
  id: string;
  message: S;
  rules: RuleRef[];
}

export interface OpenQuestion<S = string> {
  /** Dotted path of the unknown answer. */
  field: string;
  question: S;
  /** Who in the organisation can answer it. */
  askWhom: S;
  /** What the engine assumed meanwhile. */
  assumption: S;
  rules: RuleRef[];
}

export interface Counterfactual<S = string> {
  id: string;
  /** "With more than 3.3 × 10^24 FLOP of fine-tuning…" */
  change: S;
  /** "…you would become the provider of the modified model." */
  effect: S;
  rules: RuleRef[];
}

export const PROVIDER_ROLES = [
  'provider', // develops / has developed and places (R5, R14)
  'modification-provider', // downstream modifier above one third (R23–R28)
  'integrator-as-model-provider', // non-EU chain with EU exclusion (R19, E13)
  'downstream-system-provider', // only builds on a third-party model (R21, E24)
  'host', // hosts others' models (R14, E23)
  'contractor', // develops or modifies it for another who places it under its own name (R14, R91)
  'not-placed', // never placed on the Union market (R2, R17, R20, R22)
  'out-of-scope', // sole-purpose scientific research (R3) or not a GPAI model
] as const;

export type ProviderRole = (typeof PROVIDER_ROLES)[number];

/**
 * R93 (rev. 2): duties of AI-system providers and deployers that this tool does not assess, named so that a
 * report never says "none apply" to someone who builds or runs a system on a GPAI model.
 */
export interface Signpost<S = string> {
  id: 'art50_1' | 'art50_2' | 'high-risk' | 'annex-xii-info' | 'complaint' | 'art25';
  article: S;
  title: S;
  text: S;
  /** The date it applies from, when the Act fixes one. */
  appliesFrom: IsoDate | null;
  status: 'not-assessed';
  rules: RuleRef[];
  citations: Citation[];
}

/** R74, R94 (rev. 2): the Commission's enforcement powers and the fine ceiling, stated once. */
export interface EnforcementSection<S = string> {
  appliesFrom: IsoDate;
  /** Arts. 91–93. */
  powers: { article: S; text: S }[];
  /** Art. 101(1)(a)–(d). */
  fineGrounds: { point: string; text: S }[];
  ceiling: S;
  rules: RuleRef[];
  citations: Citation[];
}

export interface ComputeSummary {
  parameterUpdateFlop: number | null;
  /** Cumulative compute for the 10^25 test (R33): parameter updates + non-public synthetic + inherited weights. */
  cumulativeFlop: number | null;
  /** ±30 % band around the figure used (R43). */
  band: { low: number; high: number } | null;
}

export interface Report<S = string> {
  isGPAI: boolean;
  isProvider: boolean;
  role: ProviderRole;
  systemicRisk: 'presumed' | 'designated' | 'none';
  openSourceExemption: boolean;
  verdicts: Record<VerdictKey, Verdict<S>>;
  obligations: Obligation<S>[];
  notApplicable: NotApplicableObligation<S>[];
  /** Art. 52(1): two weeks after met/known, rolled to a working day (R35, R87); at the latest two weeks after
   * placing when the date is unknown (R89); null when not owed. */
  notificationDeadline: IsoDate | null;
  /** Date by which the obligations must be met: placement, or 2 Aug 2027 for legacy (R67, R68); the later date
   * when systemic risk, a designation or the end of an exemption arises after placing (rev. 2). */
  complianceDeadline: IsoDate | null;
  timeline: Milestone<S>[];
  trace: TraceStep<S>[];
  ambiguities: Ambiguity<S>[];
  warnings: ReportWarning<S>[];
  openQuestions: OpenQuestion<S>[];
  counterfactuals: Counterfactual<S>[];
  /** R93: AI-system duties not assessed here. */
  signposts: Signpost<S>[];
  /** R94: enforcement, for providers of GPAI models; null otherwise. */
  enforcement: EnforcementSection<S> | null;
  compute: ComputeSummary;
  rulesVersion: string;
  asOf: IsoDate;
}

/** What evaluate() returns: every text a message id with parameters. */
export type EngineReport = Report<Text>;
