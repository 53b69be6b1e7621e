/**
 * Visibility conditions: can an answer on a screen still change the result? Each condition reads only facts
 * answered on earlier screens (or earlier on the same screen) and mirrors how evaluate() reads them (ADR 0050,
 * src/engine/rules/*). The legal predicates themselves are shared with the engine (../rules/predicates.ts), so
 * the wizard never asks or hides a question on a different reading from the report. A missing answer counts
 * as "may still matter", so the progress indicator never under-counts what remains. Rule numbers: RULES.md
 * revision 2.
 */
import {
  exceeds,
  exceedsFallbackOneThird,
  exceedsOneThird,
  GPAI_THRESHOLD_FLOP,
  SYSTEMIC_RISK_THRESHOLD_FLOP,
} from '../compute';
import {
  BROAD_PARAMETER_COUNT,
  BROAD_TASK_COUNT,
  BUILDER_ROLES,
  generalityIndication,
  INTERNAL_CHANNELS,
  internalUseOutsideUnionOnly,
  isBuilder,
  notificationOnFacts,
  notMadeAvailable,
  PUBLIC_RELEASE_CHANNELS,
  placementBasis,
  plannedCumulative,
  plannedPlacement,
  presumptionOnFacts,
  qualifyingModality,
  reachesUnionMarket,
  researchOnly,
} from '../rules/predicates';
import type { DraftAnswers } from './types';

export {
  BUILDER_ROLES,
  generalityIndication,
  INTERNAL_CHANNELS,
  internalUseOutsideUnionOnly,
  isBuilder,
  notificationOnFacts,
  plannedPlacement,
  presumptionOnFacts,
  qualifyingModality,
};

/** Channels that put the weights in the public's hands — without them the open-source exemption cannot apply (R55). */
export const WEIGHTS_CHANNELS: readonly string[] = ['hub', 'package'];

/** R51: licence terms that defeat the open-source exemption. */
const DISQUALIFYING_RESTRICTIONS: readonly string[] = [
  'nonCommercial',
  'userCap',
  'separateCommercialLicence',
  'noDistribution',
];

/** R53: monetisation that defeats the exemption (optional paid extras do not, R54). */
export const MONETISING: readonly string[] = [
  'price',
  'dualLicence',
  'requiredPaidSupport',
  'exclusivePaidHosting',
  'personalData',
];

type Flop = number | 'unknown' | undefined;

function channels(a: DraftAnswers): readonly string[] | undefined {
  const c = a.placing?.channels;
  return c && c.length > 0 ? c : undefined;
}

// ── Research and development only (R2, R3, E10, E30) ─────────────────────────────────────────────────────

/**
 * Outside the GPAI definition on the answers so far (R2, R3): not made available and not meant to be placed,
 * or shared only with research partners. Facts of commercial activity not yet asked count as possible (E30:
 * they turn "research partners only" into making available), so this is true only once nothing can change it.
 */
export function researchOnlyOnFacts(a: DraftAnswers): boolean {
  if (!researchOnly(a)) return false;
  return !(channels(a)?.includes('researchPartners') && a.placing?.commercial === undefined);
}

/** Shared only with research partners: no placing channel and no internal use (R3, E10). */
function researchPartnersOnly(a: DraftAnswers): boolean {
  return placementBasis(a) === 'research-partners';
}

/**
 * E30, R22: facts of commercial activity can change the result — for an individual or a research lab (they
 * override the self-description), and for a model shared only with research partners (R3 holds only without
 * them: with them, the sharing is making available). Not once the model is certainly outside the definition
 * (not meant to be placed, R2). Asked of the roles that have the placing screens.
 */
export function commercialFactsMatter(a: DraftAnswers): boolean {
  if (a.role !== undefined && !isBuilder(a) && a.role !== 'modifier') return false;
  const c = channels(a);
  const neverToBePlaced =
    c !== undefined &&
    notMadeAvailable(a) &&
    !c.includes('researchPartners') &&
    a.placing?.intention === 'no';
  if (neverToBePlaced) return false;
  if (a.role === 'hobbyist' || a.role === 'research') return true;
  return researchPartnersOnly(a);
}

// ── Modifiers (R23–R30, R90, R91, E4, E17) ───────────────────────────────────────────────────────────────

/**
 * The modification is known to be at or below one third of the original's compute (R24), or of the fallback
 * when that is unknown (R25; E4: an original of unknown systemic-risk status takes the lower fallback).
 * Unknown modification compute is never read as below (R90).
 */
export function modificationClearlyBelowThreshold(a: DraftAnswers): boolean {
  const m = a.modification;
  const mod = m?.modificationFlop;
  if (!m || typeof mod !== 'number') return false;
  const orig = m.originalComputeFlop;
  if (typeof orig === 'number') return !exceedsOneThird(mod, orig);
  if (orig === 'unknown') return !exceedsFallbackOneThird(mod, m.originalSystemicRisk === 'yes');
  return false;
}

/**
 * The modifier cannot be the provider of the modified model on these answers (ADR 0050 reading 6): it acts for
 * the original provider (R91, R13), the result stays with the original provider under its name or is made
 * available under the original provider's name (R27, E17, R91), or the modification is below the threshold
 * (R30). Unknown modification compute does not count: it is read as above (R90). (A modification made for a
 * client under the client's name is not read as excluding the modifier: ADR 0050 names only the original
 * provider's name for modifiers.)
 */
export function modifierCannotBeProvider(a: DraftAnswers): boolean {
  const m = a.modification;
  return (
    m?.onBehalfOfOriginal === 'yes' ||
    m?.viaOriginalProviderPlatform === 'yes' ||
    a.placing?.nameOnModel === 'originalProvider' ||
    a.placing?.nameOnModel === 'client' || // R91: the client that places it under its name is the provider
    modificationClearlyBelowThreshold(a)
  );
}

// ── Integrators (R19, R21, E13) ───────────────────────────────────────────────────────────────────────────

/** The integrator becomes the model's provider: its system is (or may be) in the EU and the upstream provider clearly excluded the EU (R19, E13). */
export function integratorMayBeModelProvider(a: DraftAnswers): boolean {
  const i = a.integration;
  if (!i) return true;
  return i.systemInEu !== 'no' && (i.upstreamExcludedEu === 'yes' || i.upstreamExcludedEu === undefined);
}

// ── Compute (R12, R32, R33, R88, E3, E5) ──────────────────────────────────────────────────────────────────

/** Parameter-update compute for the 10^23 test (R12); for a modifier the original's (as evaluate() reads it). */
function parameterUpdateCompute(a: DraftAnswers): Flop {
  if (a.role === 'modifier') return a.modification?.originalComputeFlop as Flop;
  return a.compute?.parameterUpdateFlop as Flop;
}

/** The facts that decide the cumulative compute have been answered (later parts default to none). */
function cumulativeComputeAnswered(a: DraftAnswers): boolean {
  if (a.role === 'modifier') {
    const m = a.modification;
    return (
      m?.originalComputeFlop !== undefined &&
      m.modificationFlop !== undefined &&
      m.originalSystemicRisk !== undefined
    );
  }
  return a.compute?.parameterUpdateFlop !== undefined;
}

/** The systemic-risk presumption holds, or may still hold because the compute is not answered yet. */
export function presumptionMayHold(a: DraftAnswers): boolean {
  return presumptionOnFacts(a) || !cumulativeComputeAnswered(a);
}

/** Parameter-update compute alone exceeds 10^25: the cumulative parts can no longer change anything (R33). */
export function parameterUpdateAloneExceedsSystemicThreshold(a: DraftAnswers): boolean {
  const p = a.compute?.parameterUpdateFlop;
  return typeof p === 'number' && exceeds(p, SYSTEMIC_RISK_THRESHOLD_FLOP);
}

// ── GPAI (R2, R7–R11, E1, E27) ────────────────────────────────────────────────────────────────────────────

/** The indicative criterion (R7) may be met: output of language, images or video (unknown counts) and more than 10^23 FLOP (unknown or unanswered counts). */
export function criterionMayBeMet(a: DraftAnswers): boolean {
  if (!qualifyingModality(a)) return false;
  const c = parameterUpdateCompute(a);
  return !(typeof c === 'number' && !exceeds(c, GPAI_THRESHOLD_FLOP));
}

/** The indicative criterion may be missed: no qualifying output, or at most 10^23 FLOP (or not answered yet). */
export function criterionMayBeMissed(a: DraftAnswers): boolean {
  if (!qualifyingModality(a)) return true;
  const c = parameterUpdateCompute(a);
  return c === undefined || (typeof c === 'number' && !exceeds(c, GPAI_THRESHOLD_FLOP));
}

/** Facts not yet given could still add up to a broad indication (E27): many tasks, or scale facts (R8). */
function broadIndicationStillPossible(a: DraftAnswers): boolean {
  const g = a.generalityFacts;
  if (g?.tasks === undefined) return true;
  const pc = g.parameterCount;
  return (
    (pc === undefined || (typeof pc === 'number' && pc >= BROAD_PARAMETER_COUNT)) &&
    (g.largeBroadData === undefined || g.largeBroadData === 'yes') &&
    (g.selfSupervised === undefined || g.selfSupervised === 'yes')
  );
}

/**
 * The model may be a general-purpose AI model (ADR 0050 reading 1). Not while only in research or
 * development (R2, R3). Built for one named task → not GPAI (narrow wins, R10, E27); broad facts → GPAI (R8,
 * R9); otherwise the indicative criterion (R7), with unknown or unanswered facts read as meeting it.
 */
export function mayBeGPAI(a: DraftAnswers): boolean {
  if (researchOnlyOnFacts(a)) return false;
  const g = generalityIndication(a);
  if (g === 'narrow') return false;
  if (g === 'broad' || criterionMayBeMet(a)) return true;
  return broadIndicationStillPossible(a);
}

/**
 * The facts about breadth (tasks, parameters, data, self-supervision) can change the GPAI verdict only when
 * the criterion is (or may be) missed and the model is not built for one task: narrow wins over broad, and a
 * met criterion already gives GPAI (ADR 0050 reading 1, E27).
 */
export function breadthFactsMatter(a: DraftAnswers): boolean {
  return !researchOnlyOnFacts(a) && generalityIndication(a) !== 'narrow' && criterionMayBeMissed(a);
}

/** At least three distinct tasks already give the broad indication (E27). */
export function manyTasks(a: DraftAnswers): boolean {
  const t = a.generalityFacts?.tasks;
  return Array.isArray(t) && t.length >= BROAD_TASK_COUNT;
}

/** The scale facts (≥ 1 B parameters, large broad data, self-supervision, R8) can still add up. */
export function scaleFactsMayHold(a: DraftAnswers): boolean {
  const pc = a.generalityFacts?.parameterCount;
  return !manyTasks(a) && (pc === undefined || (typeof pc === 'number' && pc >= BROAD_PARAMETER_COUNT));
}

// ── Placing (R2, R15–R20, R88, E8) ────────────────────────────────────────────────────────────────────────

/**
 * The model is (or may be) placed on the Union market, or its placing is planned (R88): a channel of R15 and
 * not "never in the EU" (R20) or "only via others, with the EU clearly excluded" (R19), and not used only
 * internally outside the Union (R17, E8).
 */
export function mayBePlaced(a: DraftAnswers): boolean {
  if (researchOnlyOnFacts(a)) return false;
  switch (placementBasis(a)) {
    case null:
    case 'planned':
      return true;
    case 'research-partners': {
      // R3: research partners only is outside the Act — unless facts of commercial activity say otherwise (E30).
      const commercial = a.placing?.commercial;
      return !(commercial !== undefined && commercial.length === 0) && reachesUnionMarket(a);
    }
    case 'channels':
      return reachesUnionMarket(a);
    default:
      return false; // not meant to be placed (R2), internal use only (R17, E8 handled apart)
  }
}

/** Used only for internal processes, with a Union nexus (E8): placing only for a model with systemic risk. */
function internalOnlyInUnion(a: DraftAnswers): boolean {
  return placementBasis(a) === 'internal-only' && (a.placing?.channels ?? []).includes('internalOnly');
}

/** Systemic risk on the facts (designated, or presumed), counting unanswered facts as possible (for E8). */
function systemicRiskMayHold(a: DraftAnswers): boolean {
  const designated = a.systemicRisk?.designated;
  return designated === 'yes' || designated === undefined || presumptionMayHold(a);
}

/** Placed (or planned), or used only internally in the Union with systemic risk (R15–R20, R88, E8). */
export function placedOrInternalWithRisk(a: DraftAnswers): boolean {
  return mayBePlaced(a) || (internalOnlyInUnion(a) && systemicRiskMayHold(a));
}

/** E30: an individual's label may be overridden by facts of commercial activity or a public release above 10^25 FLOP. */
function hobbyistMayBeOverridden(a: DraftAnswers): boolean {
  const commercial = a.placing?.commercial;
  if (commercial === undefined || commercial.length > 0) return true;
  const c = channels(a) ?? [];
  return c.some((x) => PUBLIC_RELEASE_CHANNELS.includes(x)) && presumptionMayHold(a);
}

/**
 * A builder may be the provider, as far as placing tells: made available under its own name (not a client's,
 * R91), not a consortium member that does not coordinate (R14), not an individual with no fact of commercial
 * activity (R22, E11, E30), and placed or used internally with systemic risk (R15–R20, E8).
 */
export function builderMayBeProvider(a: DraftAnswers): boolean {
  if (a.placing?.nameOnModel === 'client') return false;
  if (a.role === 'consortium' && a.consortiumRole === 'member') return false;
  if (a.role === 'hobbyist' && !hobbyistMayBeOverridden(a)) return false;
  return placedOrInternalWithRisk(a);
}

/** Whether the user may be the provider of a GPAI model on the answers so far. */
export function mayBeProvider(a: DraftAnswers): boolean {
  if (!mayBeGPAI(a)) return false;
  switch (a.role) {
    case undefined:
      return true;
    case 'host':
      return false; // the uploader is the provider (R14, E23)
    case 'integrator':
      return integratorMayBeModelProvider(a); // R21 unless R19 / E13
    case 'modifier':
      return !modifierCannotBeProvider(a) && placedOrInternalWithRisk(a);
    default:
      return builderMayBeProvider(a);
  }
}

/**
 * The model certainly has systemic risk on these answers: designated (R38), or presumed (R32, R29, R88) with
 * no accepted contest (R37; an unknown contest leaves the presumption standing). The open-source exemption can
 * then never apply (R48, E14).
 */
export function certainlySystemicRisk(a: DraftAnswers): boolean {
  const sr = a.systemicRisk;
  if (sr?.designated === 'yes') return true;
  if (!presumptionOnFacts(a)) return false;
  return sr?.contest !== undefined && sr.contest !== 'accepted';
}

/** Weights may be in the public's hands (a public download or a package), as far as the channels tell (R55). */
export function weightsMayBePublic(a: DraftAnswers): boolean {
  if (a.role === 'integrator') return true; // no placing screen: the licence answers decide
  const c = channels(a);
  return c === undefined || c.some((x) => WEIGHTS_CHANNELS.includes(x));
}

/**
 * The open-source exemption holds on the answers (R48–R55, E16): the licence screens apply and every licence
 * fact given meets the test. An unanswered or unknown fact does not: the engine then does not apply it.
 */
export function openSourceExemptOnFacts(a: DraftAnswers): boolean {
  if (!showLicence(a)) return false;
  const l = a.licence;
  if (!l) return false;
  const yes = (v: unknown) => v === 'yes';
  if (![l.access, l.use, l.modify, l.distribute].every(yes)) return false;
  if (![l.weightsPublic, l.architecturePublic, l.usageInfoPublic].every(yes)) return false;
  if (l.restrictions === undefined || l.monetisation === undefined) return false;
  if (l.restrictions.some((r) => DISQUALIFYING_RESTRICTIONS.includes(r))) return false;
  const monetised = l.monetisation.some((m) => MONETISING.includes(m));
  return !monetised || l.microenterpriseDeal === 'yes';
}

// ── Screen visibility ─────────────────────────────────────────────────────────────────────────────────────

/** Modified model: a modifier who may become its provider (R23–R30, R90, R91). */
export function showModifiedModel(a: DraftAnswers): boolean {
  return a.role === 'modifier' && !modifierCannotBeProvider(a);
}

/** Placing on the market: builders, and modifiers who may become provider (R15–R20, R23, R88). */
export function showPlacing(a: DraftAnswers): boolean {
  if (a.role === undefined || isBuilder(a)) return true;
  if (a.role === 'modifier') return !modifierCannotBeProvider(a);
  return false;
}

/** The builder's release: commercial facts (E30), the model's lifecycle and its placing date (R13, R67, R68). */
export function showPlacingDetails(a: DraftAnswers): boolean {
  if (researchOnlyOnFacts(a) || !showPlacing(a)) return false;
  return commercialFactsMatter(a) || placingDateMatters(a);
}

/** The placing date (and lifecycle) can change the result: the builder may be the provider (R67, R68, R88). */
export function placingDateMatters(a: DraftAnswers): boolean {
  if (a.role !== undefined && !isBuilder(a)) return false;
  if (researchOnlyOnFacts(a)) return false;
  return builderMayBeProvider(a);
}

/**
 * Training compute: the 10^23 test (R7, R12, E1) — also the informational verdict on a model an integrator or
 * host builds on — and the 10^25 presumption (R32, R33, R88). Not while only in research (R2, R3); modifiers
 * give both figures on the modification screen.
 */
export function showCompute(a: DraftAnswers): boolean {
  return a.role !== 'modifier' && !researchOnlyOnFacts(a);
}

/** Whose systemic-risk status the report assesses: one's own model, or one an integrator or modifier may become provider of (R21, R29, E13). */
export function systemicRiskAssessed(a: DraftAnswers): boolean {
  if (a.role === undefined || isBuilder(a)) return true;
  if (a.role === 'integrator') return integratorMayBeModelProvider(a);
  if (a.role === 'modifier') return !modifierCannotBeProvider(a);
  return false;
}

/** The parts of the cumulative compute (non-public synthetic data, inherited weights) can still push it over 10^25 (R33, E3, E5). */
export function cumulativePartsMatter(a: DraftAnswers): boolean {
  return systemicRiskAssessed(a) && mayBeGPAI(a) && !parameterUpdateAloneExceedsSystemicThreshold(a);
}

/** The screen of the compute that counts for systemic risk: its parts or the planned total can matter. */
export function showCumulativeCompute(a: DraftAnswers): boolean {
  return showCompute(a) && (cumulativePartsMatter(a) || plannedComputeMatters(a));
}

/**
 * R35, R88, E20: the cumulative compute planned for the model — before placing (R88), or by continued training
 * after it (E20) — makes the Art. 52(1) notification due once it is known to exceed 10^25 FLOP. It matters only
 * while what is known does not already exceed it.
 */
export function plannedComputeMatters(a: DraftAnswers): boolean {
  return a.role !== 'modifier' && systemicRiskAssessed(a) && mayBeGPAI(a) && !presumptionOnFacts(a);
}

/** Continued training of a model already made available is planned above 10^25 FLOP (E20, R35). */
export function continuedTrainingAboveThreshold(a: DraftAnswers): boolean {
  const planned = plannedCumulative(a);
  return (
    !notYetMadeAvailable(a) &&
    !presumptionOnFacts(a) &&
    planned !== null &&
    exceeds(planned, SYSTEMIC_RISK_THRESHOLD_FLOP)
  );
}

/** The Art. 52(1) notification can be owed by the user: the presumption holds or compute above 10^25 is planned, and the user may be the provider (R35, R88). */
export function notificationMatters(a: DraftAnswers): boolean {
  return notificationOnFacts(a) && mayBeProvider(a);
}

/**
 * Systemic risk: a model that may be general-purpose, of a builder (designation R38, presumption R32), or of a
 * modifier or integrator who may be its provider — placed, or used internally (R29, E8, E13).
 */
export function showSystemicRisk(a: DraftAnswers): boolean {
  if (!mayBeGPAI(a) || !systemicRiskAssessed(a)) return false;
  if (a.role === 'modifier') return placedOrInternalWithRisk(a);
  return true;
}

/** A contest of the presumption was made (R37): its timing and outcome follow. */
export function contestMade(a: DraftAnswers): boolean {
  const c = a.systemicRisk?.contest;
  return c === 'pending' || c === 'accepted' || c === 'rejected';
}

/** The contest follow-up: only when the presumption holds and a contest was made (R37, E21). */
export function showContest(a: DraftAnswers): boolean {
  return showSystemicRisk(a) && presumptionOnFacts(a) && contestMade(a);
}

/**
 * R92: registered business users in the EU (Annex XIII(f)) — for a possible provider of a GPAI model below
 * 10^25 FLOP that is not designated already.
 */
export function reachMatters(a: DraftAnswers): boolean {
  return mayBeProvider(a) && !presumptionOnFacts(a) && a.systemicRisk?.designated !== 'yes';
}

/** Licence and openness: only where the open-source exemption can matter — a possible GPAI provider without certain systemic risk whose weights may be public (R48, R55, E14). */
export function showLicence(a: DraftAnswers): boolean {
  return mayBeProvider(a) && !certainlySystemicRisk(a) && weightsMayBePublic(a);
}

/** Steps already taken: for a possible provider, each step only where its obligation applies (R56–R61). */
export function showStepsTaken(a: DraftAnswers): boolean {
  return mayBeProvider(a);
}

/**
 * The documentation steps (Art. 53(1)(a), (b), Art. 54): owed by a possible provider unless the open-source
 * exemption applies on the facts (R48, R61). The copyright and training-summary steps are owed either way.
 */
export function showDocumentationSteps(a: DraftAnswers): boolean {
  return showStepsTaken(a) && !openSourceExemptOnFacts(a);
}

/** Art. 54: an authorised representative, for a provider not established in the EU (or unknown), not exempt (R61). */
export function authorisedRepresentativeMatters(a: DraftAnswers): boolean {
  return a.euEstablished !== 'yes' && !openSourceExemptOnFacts(a);
}

/** Code of Practice: possible GPAI providers only (R64, R75, E22). */
export function showCodeOfPractice(a: DraftAnswers): boolean {
  return mayBeProvider(a);
}

/** A later version of a model already placed (R13): its placing date is the first version's. */
export function laterVersion(a: DraftAnswers): boolean {
  return a.placing?.lifecycle === 'laterVersion';
}

/** Not made available yet: dates are planned ones (R88). */
export function notYetMadeAvailable(a: DraftAnswers): boolean {
  return channels(a)?.includes('notYet') ?? false;
}
