/**
 * Legal predicates on the facts, defined once and read by both the rules and the questionnaire's visibility
 * (so the wizard can never ask or hide a question on a different reading from the report). Inputs are
 * structural and partial: a draft in the wizard fits as well as parsed answers. Rule numbers: RULES.md rev. 2.
 */
import { exceeds, SYSTEMIC_RISK_THRESHOLD_FLOP } from '../compute';
import { law } from '../law/parameters';
import { knownCumulativeFlop, PLACING_CHANNELS } from './facts';

export interface PredicateAnswers {
  role?: string;
  outputModalities?: readonly string[] | 'unknown';
  generalityFacts?: {
    parameterCount?: number | 'unknown';
    largeBroadData?: string;
    selfSupervised?: string;
    tasks?: readonly string[] | 'unknown';
    singleTask?: string;
  };
  compute?: {
    parameterUpdateFlop?: number | 'unknown';
    syntheticDataFlop?: number | 'unknown';
    inheritedWeightsFlop?: number | 'unknown';
    plannedCumulativeFlop?: number | 'unknown';
  };
  modification?: {
    originalComputeFlop?: number | 'unknown';
    modificationFlop?: number | 'unknown';
    syntheticDataFlop?: number | 'unknown';
    originalSystemicRisk?: string;
  };
  placing?: {
    channels?: readonly string[];
    euExcluded?: string;
    placingDate?: string;
    intention?: string;
    internalUseLocation?: string;
    commercial?: readonly string[];
    euAvailability?: string;
  };
  systemicRisk?: { designated?: string };
}

/** Roles that develop, or have developed, the model they ask about (R14, R22, E10, E11). */
export const BUILDER_ROLES: readonly string[] = [
  'developer',
  'commissioned',
  'research',
  'hobbyist',
  'consortium',
];

export function isBuilder(a: PredicateAnswers): boolean {
  return a.role !== undefined && BUILDER_ROLES.includes(a.role);
}

// ── GPAI (R7, R8, R10, E27) ──────────────────────────────────────────────────────────────────────────────

/** R7, R10: language (text, audio containing speech), text-to-image, text-to-video. */
export const QUALIFYING_MODALITIES: readonly string[] = ['text', 'speech', 'image', 'video'];

/** The modality half of R7; unknown or unanswered is read as met (conservative). */
export function qualifyingModality(a: PredicateAnswers): boolean {
  const m = a.outputModalities;
  if (m === undefined || m === 'unknown' || m.length === 0) return true;
  return m.some((x) => QUALIFYING_MODALITIES.includes(x));
}

/** R8 (GL ¶18): at least 1 billion parameters. */
export const BROAD_PARAMETER_COUNT: number = law('broadParameterCount');
/** E27: "a wide range of distinct tasks" — three or more is this tool's reading (ADR 0050). */
export const BROAD_TASK_COUNT = 3;

export type GeneralityIndication = 'narrow' | 'broad' | 'none';

/**
 * E27: what the facts say about generality. Built for one named task → narrow (R10), whatever else is said.
 * ≥ 1 B parameters with large, broad data and self-supervision at scale (R8), or ≥ 3 distinct tasks → broad.
 * Otherwise (or unknown) → none: the indicative criterion decides.
 */
export function generalityIndication(a: PredicateAnswers): GeneralityIndication {
  const g = a.generalityFacts;
  if (!g) return 'none';
  if (g.singleTask !== undefined && g.singleTask !== 'none' && g.singleTask !== 'unknown') return 'narrow';
  const scaleFacts =
    typeof g.parameterCount === 'number' &&
    g.parameterCount >= BROAD_PARAMETER_COUNT &&
    g.largeBroadData === 'yes' &&
    g.selfSupervised === 'yes';
  const manyTasks = Array.isArray(g.tasks) && g.tasks.length >= BROAD_TASK_COUNT;
  return scaleFacts || manyTasks ? 'broad' : 'none';
}

// ── Placing (R2, R3, R15–R20, R88, E8) ───────────────────────────────────────────────────────────────────

function channelsOf(a: PredicateAnswers): readonly string[] {
  return a.placing?.channels ?? [];
}

export function hasPlacingChannelIn(channels: readonly string[]): boolean {
  return channels.some((c) => (PLACING_CHANNELS as readonly string[]).includes(c));
}

const RESEARCH_CHANNELS: readonly string[] = ['notYet', 'researchPartners'];
export const INTERNAL_CHANNELS: readonly string[] = [
  'internalOnly',
  'internalEssential',
  'internalAffectsPeople',
];

/** Not made available at all yet: every channel is "not yet" or research partners. */
export function notMadeAvailable(a: PredicateAnswers): boolean {
  const c = channelsOf(a);
  return c.length > 0 && c.every((x) => RESEARCH_CHANNELS.includes(x));
}

/** R22, E30: the user reports a fact of commercial activity. */
export function commercialFactsReported(a: PredicateAnswers): boolean {
  return (a.placing?.commercial ?? []).length > 0;
}

/** R3: shared only with research partners, solely for research — unless facts of commerce say otherwise (E30). */
export function soleResearch(a: PredicateAnswers): boolean {
  return (
    isBuilder(a) &&
    notMadeAvailable(a) &&
    channelsOf(a).includes('researchPartners') &&
    !commercialFactsReported(a)
  );
}

/** R88: a model not made available yet that is meant to be placed; undecided or unanswered counts as meant. */
export function intendedForPlacing(a: PredicateAnswers): boolean {
  return channelsOf(a).includes('notYet') && a.placing?.intention !== 'no';
}

/**
 * R2: used only for research, development or prototyping with no intention to place it — outside the GPAI
 * definition, nothing owed. Also R3 (research partners only, no commerce).
 */
export function researchOnly(a: PredicateAnswers): boolean {
  if (!isBuilder(a) || !notMadeAvailable(a)) return false;
  if (soleResearch(a)) return true;
  return !channelsOf(a).includes('researchPartners') && a.placing?.intention === 'no';
}

/** R88: not yet placed but meant to be (a planned placement), with no placing channel in use yet. */
export function plannedPlacement(a: PredicateAnswers): boolean {
  return intendedForPlacing(a) && !hasPlacingChannelIn(channelsOf(a)) && !researchOnly(a);
}

/**
 * R17, R20, E8 (rev. 2): the only use is internal and takes place outside the Union — no Union nexus, so not
 * placed on the Union market, whatever the systemic risk.
 */
export function internalUseOutsideUnionOnly(a: PredicateAnswers): boolean {
  const c = channelsOf(a);
  return (
    c.length > 0 &&
    c.every((x) => INTERNAL_CHANNELS.includes(x)) &&
    a.placing?.internalUseLocation === 'outsideEu'
  );
}

/**
 * Where the channels put the model, in the order the rules take them (R88 planned placement, R2 not meant to
 * be placed, R3/E30 research partners only, R17/E8 internal use outside the Union, R17 internal use only, else
 * the placing channels of R15). One definition for the engine's placement and the questionnaire's visibility.
 */
export type PlacementBasis =
  | 'planned'
  | 'not-meant'
  | 'research-partners'
  | 'internal-outside-union'
  | 'internal-only'
  | 'channels';

export function placementBasis(a: PredicateAnswers): PlacementBasis | null {
  const c = channelsOf(a);
  if (c.length === 0) return null;
  if (plannedPlacement(a)) return 'planned';
  if (c.every((x) => x === 'notYet')) return 'not-meant';
  if (c.includes('researchPartners') && !hasPlacingChannelIn(c) && !c.includes('internalOnly'))
    return 'research-partners';
  if (internalUseOutsideUnionOnly(a)) return 'internal-outside-union';
  return hasPlacingChannelIn(c) ? 'channels' : 'internal-only';
}

/**
 * R4, R19, R20: the first making available reaches the Union market — not when the model is never made
 * available there, nor when it reaches it only through others after the Union was clearly excluded. Unknown
 * availability is read as reaching it (conservative).
 */
export function reachesUnionMarket(a: PredicateAnswers): boolean {
  const p = a.placing;
  if (p?.euAvailability === 'none') return false;
  return !(p?.euAvailability === 'viaDownstream' && p.euExcluded === 'yes');
}

// ── Systemic risk (R32, R33, R88) ────────────────────────────────────────────────────────────────────────

/** R35, R88: cumulative compute planned for the model (a run still to come, or continued training). */
export function plannedCumulative(a: PredicateAnswers): number | null {
  const planned = a.compute?.plannedCumulativeFlop;
  return a.role !== 'modifier' && typeof planned === 'number' ? planned : null;
}

/**
 * Art. 51(1)(a) on the facts: cumulative compute (or its known part) exceeds 10^25 FLOP (R32, R33, E5) — for a
 * model not yet placed, also the compute planned for it (R88) — or a modifier significantly modified a model
 * with systemic risk (R29).
 */
export function presumptionOnFacts(a: PredicateAnswers): boolean {
  if (a.role === 'modifier' && a.modification?.originalSystemicRisk === 'yes') return true;
  const planned = channelsOf(a).includes('notYet') ? (plannedCumulative(a) ?? 0) : 0;
  return exceeds(Math.max(knownCumulativeFlop(a), planned), SYSTEMIC_RISK_THRESHOLD_FLOP);
}

/**
 * R35: the Art. 52(1) notification is owed once it is known the threshold will be met — also for a placed
 * model whose continued training is planned above 10^25 FLOP, before the crossing presumes systemic risk.
 */
export function notificationOnFacts(a: PredicateAnswers): boolean {
  const planned = plannedCumulative(a);
  return presumptionOnFacts(a) || (planned !== null && exceeds(planned, SYSTEMIC_RISK_THRESHOLD_FLOP));
}

/** Systemic risk on the facts before provider status: designated, or the presumption holds (for E8, E30). */
export function systemicRiskConditionOnFacts(a: PredicateAnswers): boolean {
  return a.systemicRisk?.designated === 'yes' || presumptionOnFacts(a);
}

/** Channels that put the model in the public's hands (E30: a public release above 10^25 FLOP). */
export const PUBLIC_RELEASE_CHANNELS: readonly string[] = ['api', 'package', 'hub', 'ownApp', 'cloud'];

/** E30: a public release of a model above 10^25 FLOP is a fact of commercial activity. */
export function publicReleaseAboveThreshold(a: PredicateAnswers): boolean {
  return channelsOf(a).some((c) => PUBLIC_RELEASE_CHANNELS.includes(c)) && presumptionOnFacts(a);
}

/** E30: facts that override a hobbyist or research self-description. */
export function labelOverriddenByFacts(a: PredicateAnswers): boolean {
  return (
    (a.role === 'hobbyist' || a.role === 'research') &&
    (commercialFactsReported(a) || publicReleaseAboveThreshold(a))
  );
}
