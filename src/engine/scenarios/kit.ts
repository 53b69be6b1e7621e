/**
 * Types and building blocks of the worked scenarios (scenarios.ts, scenarios-rev2.ts). Data only: no engine
 * code is imported here, so the expectations stay independent of the implementation (ADR 0040).
 *
 * Conventions used throughout:
 * - `expected.obligations` lists the obligations that APPLY (not exempted), sorted; `expected.exempted` lists
 *   the ones shown as exempted by the open-source carve-out (R48). Both are compared as exact sets.
 * - `role` / `systemicRisk` may list several acceptable values where the label (not the legal outcome) is a
 *   product choice RULES.md does not settle; the `note` says why.
 * - For a modifier, `compute.parameterUpdateFlop` is the modification's own compute and
 *   `compute.inheritedWeightsFlop` is the original's training compute (the weights it starts from, R33, E5),
 *   mirroring `modification.modificationFlop` / `modification.originalComputeFlop`.
 * - `obligationDates` pins the date an obligation applies from or is due by (either field may carry it).
 * - Periods (R87): "two weeks" after an event ends on the same weekday 14 days later (`nominal`); a nominal
 *   last day on a Saturday or Sunday moves to the next Monday (`lastDay`). Dates were chosen away from the
 *   Commission's public holidays (Christmas–New Year, Easter, 1 and 9 May, Ascension, Whit Monday, 15 August,
 *   1–2 November) so that a holiday list cannot change any expected date.
 */
import type { z } from 'zod';
import type {
  AnswersInput,
  generalityFactsSchema,
  licenceSchema,
  modificationSchema,
  placingSchema,
  stepsTakenSchema,
  systemicRiskSchema,
} from '../answers';
import type { IsoDate, ObligationId, ObligationStatus, ProviderRole, RuleRef, Signpost } from '../report';

export type LicenceInput = z.input<typeof licenceSchema>;
export type ModificationInput = z.input<typeof modificationSchema>;
export type PlacingInput = z.input<typeof placingSchema>;
export type SystemicRiskInput = z.input<typeof systemicRiskSchema>;
export type GeneralityFactsInput = z.input<typeof generalityFactsSchema>;
export type StepsTakenInput = z.input<typeof stepsTakenSchema>;
export type SystemicRiskVerdict = 'presumed' | 'designated' | 'none';
export type SignpostId = Signpost['id'];

/** The end of a period as a reader of Reg. 1182/71 computes it (R87); `from` and `bound` checked when given. */
export interface PeriodExpectation {
  from?: IsoDate;
  nominal: IsoDate;
  lastDay: IsoDate;
  bound?: 'exact' | 'atLatest';
}

export interface ScenarioExpectation {
  isGPAI: boolean;
  isProvider: boolean;
  /** One role, or several acceptable labels (see the scenario's note). */
  role: ProviderRole | readonly ProviderRole[];
  /** One value, or several acceptable values (see the scenario's note). */
  systemicRisk: SystemicRiskVerdict | readonly SystemicRiskVerdict[];
  openSourceExemption: boolean;
  /** Obligations that apply (not exempted), sorted. Compared as an exact set: no extra ones. */
  obligations: ObligationId[];
  /**
   * A second exact set that is also accepted (sorted). Used only where listing duties that start at an
   * undecided placing date is presentation, not law (R88: only Art. 52(1) is owed before placing); the note
   * says why.
   */
  obligationsAlternative?: ObligationId[];
  /** Obligations listed as exempted (R48); absent = none. */
  exempted?: ObligationId[];
  /** Art. 52(1) notification deadline (the legal last day, R87); absent = not checked. */
  notificationDeadline?: IsoDate | null;
  /** R87, R89: how the Art. 52(1) deadline was computed (the obligation's `period`). */
  notificationPeriod?: PeriodExpectation & { moved: boolean };
  /** Periods that must appear on an obligation or a timeline milestone (e.g. the Art. 52(5) six months). */
  periods?: PeriodExpectation[];
  /** Compliance deadline (placement, 2 Aug 2027 for legacy, or the later SR/designation date); absent = not checked. */
  complianceDeadline?: IsoDate | null;
  /** Edge cases that must be flagged (subset check on report.ambiguities[].edgeCase). */
  ambiguities?: RuleRef[];
  /** Rules that must be named by some ambiguity, as its edgeCase or among its rules (R88, R90 flags). */
  ambiguityMentions?: RuleRef[];
  /** Rules the report's reasoning must name somewhere (trace, verdicts, ambiguities, warnings). */
  citesRules?: RuleRef[];
  /** Answer fields that must appear as open questions (subset check on report.openQuestions[].field). */
  openQuestions?: string[];
  /** Date an obligation applies from or is due by (matches appliesFrom or dueBy). */
  obligationDates?: Partial<Record<ObligationId, IsoDate>>;
  /** E28: the obligation's prepareFrom (null = must not carry one). */
  prepareFrom?: Partial<Record<ObligationId, IsoDate | null>>;
  /** Status of an obligation (one or several acceptable). The obligation must be listed. */
  statuses?: Partial<Record<ObligationId, ObligationStatus | readonly ObligationStatus[]>>;
  /** R88: obligations that are not owed yet: if listed at all, not in force, overdue or done. */
  notYetOwed?: ObligationId[];
  /** Steps already taken: what the obligation echoes as `stepTaken`. */
  stepTaken?: Partial<Record<ObligationId, 'yes' | 'no' | 'unknown' | null>>;
  /** Warnings that must be present. nearThreshold: a warning citing R43 or E2 (estimate within ±30 %). */
  warnings?: { nearThreshold?: true };
  /** Rules that some warning must cite (e.g. R92 designation risk). */
  warningsIncludeRule?: RuleRef[];
  /** Dates that must appear on the timeline (subset check on report.timeline[].date). */
  timeline?: IsoDate[];
  /** Dates that must appear somewhere: timeline, an obligation's dates or period, the summary deadlines. */
  datesShown?: IsoDate[];
  /** Dates that must appear nowhere of those places (E7: no 16/18 August 2025 for legacy models). */
  datesNotShown?: IsoDate[];
  /** R28: every applying Art. 53(1) obligation carries a scope note (limited to the modification). */
  scopeLimitedToModification?: true;
  /** R93: signposts that must be listed (subset; the list is then never empty, all "not-assessed"). */
  signposts?: SignpostId[];
  /** R93: the date a signpost applies from (fixed dates of application, never moved, R87). */
  signpostDates?: Partial<Record<SignpostId, IsoDate>>;
  /** R94: true = an enforcement section with Arts. 91–93, 101(1)(a)–(d) and the ceiling, from 2 Aug 2026; false = none. */
  enforcement?: boolean;
  /**
   * R56, R63: words (case-insensitive) the obligation's "what to produce" list must contain; an inner array
   * lists spellings of the same thing, any one of which is enough ("Section 2" / "§2").
   */
  produceMentions?: Partial<Record<ObligationId, (string | string[])[]>>;
  /** R56, R63: words (case-insensitive) the obligation's "what to produce" list must not contain. */
  produceOmits?: Partial<Record<ObligationId, string[]>>;
  /** R62: true = the obligation names a Code of Practice chapter; false = it names none. */
  codeOfPracticeChapter?: Partial<Record<ObligationId, boolean>>;
  /** Citation refs the obligation must carry (exact `ref`, e.g. "GL §3.1"). */
  citationsInclude?: Partial<Record<ObligationId, string[]>>;
}

export interface Scenario {
  id: string;
  title: string;
  rules: RuleRef[];
  answers: AnswersInput;
  asOf: IsoDate;
  expected: ScenarioExpectation;
  /** The reading chosen where RULES.md leaves room, or the rev. 2 rule that changed the expectation. */
  note?: string;
}

// ---------------------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------------------

export const AS_OF = '2026-11-30';

export const sorted = (...ids: ObligationId[]): ObligationId[] => [...new Set(ids)].sort();

/** §3: every GPAI provider (R56–R60). */
export const BASE: ObligationId[] = ['art53_1_a', 'art53_1_b', 'art53_1_c', 'art53_1_d', 'art53_3'];
/** §3: Art. 55(1)(a)–(d) for GPAI-SR (R63). */
export const ART55: ObligationId[] = ['art55_1_a', 'art55_1_b', 'art55_1_c', 'art55_1_d'];
/** §3: what survives the open-source exemption (R49). */
export const OPEN_SOURCE_KEPT: ObligationId[] = ['art53_1_c', 'art53_1_d', 'art53_3'];

export const base = sorted(...BASE);
export const baseNonEu = sorted(...BASE, 'art54');
export const presumedEu = sorted(...BASE, 'art52_1', ...ART55);
export const presumedNonEu = sorted(...BASE, 'art54', 'art52_1', ...ART55);
export const designatedEu = sorted(...BASE, ...ART55);
export const openSourceEu = sorted(...OPEN_SOURCE_KEPT);

/**
 * Facts a careful reader would call "broad" on every route of ADR 0050 reading 1 (E27): ≥ 1 billion
 * parameters with large, broad data and self-supervision at scale (R8, GL ¶18), five distinct tasks, and not
 * built for a single task. Replaces the v1 answer `generality: 'broad'`.
 */
export const BROAD: GeneralityFactsInput = {
  parameterCount: 7e9,
  largeBroadData: 'yes',
  selfSupervised: 'yes',
  tasks: ['conversation', 'writing', 'summarisation', 'translation', 'code'],
  singleTask: 'none',
};

/** Built for one specific task (R10's examples): replaces the v1 answer `generality: 'narrow'`. */
export const narrow = (
  singleTask: NonNullable<GeneralityFactsInput['singleTask']>,
): GeneralityFactsInput => ({
  singleTask,
});

/** A model a careful reader would classify as GPAI in any reading: broad text model, 2×10^24 FLOP. */
export function developer(over: Partial<AnswersInput> = {}): AnswersInput {
  return {
    schemaVersion: 2,
    role: 'developer',
    euEstablished: 'yes',
    outputModalities: ['text'],
    generalityFacts: BROAD,
    compute: { parameterUpdateFlop: 2e24, method: 'architecture' },
    placing: { channels: ['api'], euAvailability: 'direct', placingDate: '2026-01-10' },
    codeOfPractice: 'none',
    ...over,
  };
}

/** Compute block: parameter updates plus optional non-public synthetic data and inherited weights (R33). */
export function compute(
  parameterUpdateFlop: number | 'unknown',
  syntheticDataFlop = 0,
  inheritedWeightsFlop = 0,
) {
  return { parameterUpdateFlop, syntheticDataFlop, inheritedWeightsFlop, method: 'measured' as const };
}

/** A model still being trained: compute so far, and the cumulative compute planned for it (R88). */
export function plannedCompute(parameterUpdateFlop: number, plannedCumulativeFlop: number | 'unknown') {
  return { ...compute(parameterUpdateFlop), plannedCumulativeFlop };
}

export function placing(over: Partial<PlacingInput> = {}): PlacingInput {
  return { channels: ['api'], euAvailability: 'direct', placingDate: '2026-01-10', ...over };
}

/** Not made available yet (R2, R88): `intention` is the rev. 2 fact; a date only when one is planned. */
export function notYetPlaced(
  intention: NonNullable<PlacingInput['intention']>,
  over: Partial<PlacingInput> = {},
): PlacingInput {
  return { channels: ['notYet'], euAvailability: 'direct', intention, ...over };
}

/** A downstream modifier of a broad text model that places its modified model on a hub in the EU. */
export function modifier(
  mod: Omit<ModificationInput, 'viaOriginalProviderPlatform'> &
    Partial<Pick<ModificationInput, 'viaOriginalProviderPlatform'>>,
  over: Partial<AnswersInput> = {},
): AnswersInput {
  const placingDate = mod.modificationPlacingDate ?? '2026-01-15';
  return {
    schemaVersion: 2,
    role: 'modifier',
    euEstablished: 'yes',
    outputModalities: ['text'],
    generalityFacts: BROAD,
    compute: {
      parameterUpdateFlop: mod.modificationFlop,
      inheritedWeightsFlop: mod.originalComputeFlop,
      syntheticDataFlop: 0,
      method: 'measured',
    },
    placing: { channels: ['hub'], euAvailability: 'direct', placingDate },
    modification: { viaOriginalProviderPlatform: 'no', modificationPlacingDate: placingDate, ...mod },
    codeOfPractice: 'none',
    ...over,
  };
}

/** Builds only on a third-party model (R21): the AI system is placed in the EU. */
export function integrator(over: Partial<AnswersInput> = {}): AnswersInput {
  return {
    schemaVersion: 2,
    role: 'integrator',
    euEstablished: 'yes',
    outputModalities: ['text'],
    generalityFacts: BROAD,
    integration: { systemInEu: 'yes', upstreamExcludedEu: 'no', systemPlacingDate: '2026-04-01' },
    codeOfPractice: 'none',
    ...over,
  };
}

/** Apache-2.0 style: all four rights, all public, no monetisation (R48–R55). */
export const OPEN: LicenceInput = {
  name: 'Apache-2.0',
  access: 'yes',
  use: 'yes',
  modify: 'yes',
  distribute: 'yes',
  restrictions: ['attributionShareAlike'],
  weightsPublic: 'yes',
  architecturePublic: 'yes',
  usageInfoPublic: 'yes',
  monetisation: [],
  microenterpriseDeal: 'no',
};
export const licence = (over: Partial<LicenceInput>): LicenceInput => ({ ...OPEN, ...over });

/** Open-weights developer, placed on a public hub on 2026-01-10 (R15). */
export function openDeveloper(lic: LicenceInput, over: Partial<AnswersInput> = {}): AnswersInput {
  return developer({
    placing: placing({ channels: ['hub'] }),
    licence: lic,
    ...over,
  });
}

export function sr(over: SystemicRiskInput = {}): SystemicRiskInput {
  return { designated: 'no', contest: 'none', ...over };
}

/** Not a provider of anything: no obligations, no exemption. */
export const NO_DUTIES = { isProvider: false, openSourceExemption: false, obligations: [] as ObligationId[] };

/** Provider of a non-SR GPAI model, EU-established, placed 2026-01-10. */
export const PROVIDER_BASE = {
  isGPAI: true,
  isProvider: true,
  role: 'provider' as const,
  systemicRisk: 'none' as const,
  openSourceExemption: false,
  obligations: base,
};

/** Provider of a model presumed to have systemic risk, EU-established. */
export const PROVIDER_SR = { ...PROVIDER_BASE, systemicRisk: 'presumed' as const, obligations: presumedEu };

/** Art. 55(1)(a)–(d) all on one date. */
export const art55On = (date: IsoDate): Partial<Record<ObligationId, IsoDate>> =>
  Object.fromEntries(ART55.map((id) => [id, date]));

/** Art. 55(1)(a)–(d) all with the same prepareFrom (E28). */
export const art55PrepareFrom = (date: IsoDate | null): Partial<Record<ObligationId, IsoDate | null>> =>
  Object.fromEntries(ART55.map((id) => [id, date]));

/** R93: the signposts every builder or runner of an AI system on a GPAI model must see. */
export const SYSTEM_SIGNPOSTS: SignpostId[] = ['art50_1', 'art50_2', 'high-risk'];
