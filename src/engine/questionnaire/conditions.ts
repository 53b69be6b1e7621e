/**
 * Visibility conditions: can an answer on a screen still change the result? Each condition reads only facts
 * answered on earlier screens (or earlier on the same screen) and mirrors how evaluate() uses them (see
 * src/engine/rules/*). A missing answer counts as "may still matter", so the progress indicator never
 * under-counts what remains. Rule numbers refer to RULES.md.
 */
import type { Role } from '../answers';
import {
  exceeds,
  exceedsFallbackOneThird,
  exceedsOneThird,
  GPAI_THRESHOLD_FLOP,
  SYSTEMIC_RISK_THRESHOLD_FLOP,
} from '../compute';
import { PLACING_CHANNELS as ENGINE_PLACING_CHANNELS, knownCumulativeFlop } from '../rules/facts';
import type { DraftAnswers } from './types';

/** Roles that develop (or have developed) the model they ask about (R14, R22, E10, E11). */
export const BUILDER_ROLES: readonly Role[] = ['developer', 'commissioned', 'research', 'hobbyist'];

/** Channels through which a model is first made available / placed on the market (R15, R16). */
export const PLACING_CHANNELS: readonly string[] = ENGINE_PLACING_CHANNELS;

/** Channels that put the weights in the public's hands — without them the open-source exemption cannot apply (R55). */
export const WEIGHTS_CHANNELS: readonly string[] = ['hub', 'package'];

/** Outputs of the indicative GPAI criterion: language (text, audio), text-to-image, text-to-video (R7). */
export const GENERATIVE_MODALITIES: readonly string[] = ['text', 'audio', 'image', 'video'];

type Flop = number | 'unknown' | undefined;

export function isBuilder(a: DraftAnswers): boolean {
  return a.role !== undefined && BUILDER_ROLES.includes(a.role);
}

function channels(a: DraftAnswers): readonly string[] | undefined {
  const c = a.placing?.channels;
  return c && c.length > 0 ? c : undefined;
}

const RESEARCH_CHANNELS: readonly string[] = ['notYet', 'researchPartners'];

/** A placing date that is known (a date, not "unknown" or unanswered). */
function knownDate(d: string | undefined): boolean {
  return d !== undefined && d !== 'unknown';
}

/**
 * Research or development only: "not yet" without a known planned date (R2), or shared only with research
 * partners (R3) — the model is outside the definition, so nothing after the placing screen matters.
 * (A known date with "not yet" is a planned placement, evaluated as such.)
 */
export function researchOnly(a: DraftAnswers): boolean {
  if (!isBuilder(a)) return false;
  const c = channels(a);
  if (c === undefined || !c.every((x) => RESEARCH_CHANNELS.includes(x))) return false;
  return c.includes('researchPartners') || !knownDate(a.placing?.placingDate);
}

/** Only research partners, for research (R3): the placing date cannot matter. */
export function researchPartnersOnly(a: DraftAnswers): boolean {
  const c = channels(a) ?? [];
  return c.includes('researchPartners') && c.every((x) => RESEARCH_CHANNELS.includes(x));
}

// ── Modifiers (R23–R30, E4, E17) ──────────────────────────────────────────────────────────────────────────

/**
 * The modification is known to be at or below one third of the original's compute (R24), or of the fallback
 * when that is unknown (R25; E4: an original of unknown systemic-risk status takes the lower fallback).
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
 * The modifier cannot be the provider of the modified model on these answers: below the threshold (R30), its
 * compute unknown (assumed below, with an open question), or fine-tuned on the original provider's platform
 * with the result staying there (R27, E17).
 */
export function modifierCannotBeProvider(a: DraftAnswers): boolean {
  const m = a.modification;
  if (!m) return false;
  return (
    m.modificationFlop === 'unknown' ||
    modificationClearlyBelowThreshold(a) ||
    m.viaOriginalProviderPlatform === 'yes'
  );
}

// ── Integrators (R19, R21, E13) ───────────────────────────────────────────────────────────────────────────

/** The integrator becomes the model's provider: its system is (or may be) in the EU and the upstream provider clearly excluded the EU (R19, E13). */
export function integratorMayBeModelProvider(a: DraftAnswers): boolean {
  const i = a.integration;
  if (!i) return true;
  return i.systemInEu !== 'no' && (i.upstreamExcludedEu === 'yes' || i.upstreamExcludedEu === undefined);
}

// ── Placing (R15–R20, E8) ─────────────────────────────────────────────────────────────────────────────────

/**
 * The model is (or may be) placed on the Union market: a channel of R15 and not "never in the EU" (R20) or
 * "only via others, with the EU clearly excluded" (R19).
 */
export function mayBePlaced(a: DraftAnswers): boolean {
  const c = channels(a);
  if (c === undefined) return true;
  // Planned placement (R67), on the date of the model concerned — for a modifier, the modified model's date
  // (as evaluate() reads it, rules/facts.ts placingDate).
  const date =
    a.role === 'modifier'
      ? (a.modification?.modificationPlacingDate ?? a.placing?.placingDate)
      : a.placing?.placingDate;
  const planned = c.includes('notYet') && knownDate(date);
  if (!planned && !c.some((x) => PLACING_CHANNELS.includes(x))) return false;
  const p = a.placing;
  if (p?.euAvailability === 'none') return false;
  if (p?.euAvailability === 'viaDownstream' && p.euExcluded === 'yes') return false;
  return true;
}

// ── Compute (R12, R32, R33, E3, E5) ───────────────────────────────────────────────────────────────────────

/** Parameter-update compute for the 10^23 test (R12); for a modifier the original's (as evaluate() reads it). */
function parameterUpdateCompute(a: DraftAnswers): Flop {
  if (a.role === 'modifier') return a.modification?.originalComputeFlop as Flop;
  return a.compute?.parameterUpdateFlop as Flop;
}

/**
 * The systemic-risk presumption holds on the facts (Art. 51(1)(a)): cumulative compute — or its known part —
 * exceeds 10^25 FLOP (R32, R33, E5), or a modifier significantly modified a model with systemic risk (R29).
 * Only then do the threshold date and a contest matter (R34–R37).
 */
export function presumptionOnFacts(a: DraftAnswers): boolean {
  if (a.role === 'modifier' && a.modification?.originalSystemicRisk === 'yes') return true;
  return exceeds(knownCumulativeFlop(a), SYSTEMIC_RISK_THRESHOLD_FLOP);
}

/** Parameter-update compute alone exceeds 10^25: the cumulative parts can no longer change anything (R33). */
export function parameterUpdateAloneExceedsSystemicThreshold(a: DraftAnswers): boolean {
  const p = a.compute?.parameterUpdateFlop;
  return typeof p === 'number' && exceeds(p, SYSTEMIC_RISK_THRESHOLD_FLOP);
}

// ── GPAI (R2, R7, R9–R11, E1) ─────────────────────────────────────────────────────────────────────────────

/**
 * The model may be a GPAI model. Not while only in research or development (R2, R3). Narrow → not GPAI (R10,
 * whatever the compute); broad → GPAI (R9). Generality unknown → the indicative criterion (R7, R11), with
 * unknown or unanswered facts read as meeting it, as evaluate() does.
 */
export function mayBeGPAI(a: DraftAnswers): boolean {
  if (researchOnly(a)) return false;
  if (a.generality === 'narrow') return false;
  if (a.generality !== 'unknown') return true;
  const mods = a.outputModalities;
  if (
    Array.isArray(mods) &&
    mods.length > 0 &&
    !mods.some((m) => GENERATIVE_MODALITIES.includes(m as string))
  ) {
    return false;
  }
  const c = parameterUpdateCompute(a);
  return !(typeof c === 'number' && !exceeds(c, GPAI_THRESHOLD_FLOP));
}

// ── Provider and systemic risk ────────────────────────────────────────────────────────────────────────────

/** Systemic risk on the facts, before provider status (for E8): designated, or the presumption holds. */
function systemicRiskCondition(a: DraftAnswers): boolean {
  return a.systemicRisk?.designated === 'yes' || presumptionOnFacts(a);
}

function usedInternally(a: DraftAnswers): boolean {
  return channels(a)?.includes('internalOnly') ?? false;
}

/**
 * Whether the user may be the provider of a GPAI model on the answers so far: placed (R15–R20), or used only
 * internally with systemic risk (E8).
 */
export function mayBeProvider(a: DraftAnswers): boolean {
  if (!mayBeGPAI(a)) return false;
  switch (a.role) {
    case undefined:
      return true;
    case 'host':
      return false; // the uploader is the provider (R14, E23)
    case 'hobbyist':
      return false; // no commercial activity: most defensibly not placing (R22, E11)
    case 'integrator':
      return integratorMayBeModelProvider(a); // R21 unless R19/E13
    case 'modifier':
      return (
        !modifierCannotBeProvider(a) && (mayBePlaced(a) || (usedInternally(a) && systemicRiskCondition(a)))
      );
    default:
      // developer, commissioned, research (R5, R14, R15, E10)
      return mayBePlaced(a) || (usedInternally(a) && systemicRiskCondition(a));
  }
}

/**
 * The model certainly has systemic risk on these answers: designated (R38), or presumed (R32, R29) with no
 * accepted contest (R37). The open-source exemption can then never apply (R48, E14).
 */
export function certainlySystemicRisk(a: DraftAnswers): boolean {
  const sr = a.systemicRisk;
  if (sr?.designated === 'yes') return true;
  if (!presumptionOnFacts(a)) return false;
  return sr?.contest !== 'accepted' && sr?.contest !== undefined;
}

/** Weights may be in the public's hands (a public download or a package), as far as the channels tell (R55). */
export function weightsMayBePublic(a: DraftAnswers): boolean {
  if (a.role === 'integrator') return true; // no placing screen: the licence answers decide
  const c = channels(a);
  return c === undefined || c.some((x) => WEIGHTS_CHANNELS.includes(x));
}

// ── Screen visibility ─────────────────────────────────────────────────────────────────────────────────────

/** Placing on the market: builders, and modifiers who may become provider (R15–R20, R23). */
export function showPlacing(a: DraftAnswers): boolean {
  if (a.role === undefined || isBuilder(a)) return true;
  if (a.role === 'modifier') return !modifierCannotBeProvider(a);
  return false;
}

/**
 * Training compute: the 10^23 test (R7, R12, E1) — also the informational verdict on a model an integrator or
 * host builds on — and the 10^25 presumption (R32, R33). Not while only in research (R2, R3); modifiers give
 * both figures on the modification screen.
 */
export function showCompute(a: DraftAnswers): boolean {
  return a.role !== 'modifier' && !researchOnly(a);
}

/** Whose systemic-risk status the report assesses: one's own model, or one an integrator becomes provider of (R21, E13). */
export function systemicRiskAssessed(a: DraftAnswers): boolean {
  if (a.role === undefined || isBuilder(a)) return true;
  if (a.role === 'integrator') return integratorMayBeModelProvider(a);
  if (a.role === 'modifier') return !modifierCannotBeProvider(a);
  return false;
}

/**
 * Systemic risk: a model that may be general-purpose, of a builder (designation R38, presumption R32), or of a
 * modifier or integrator who may be its provider — placed, or used internally (R29, E8, E13).
 */
export function showSystemicRisk(a: DraftAnswers): boolean {
  if (!mayBeGPAI(a) || !systemicRiskAssessed(a)) return false;
  if (a.role === 'modifier') return mayBePlaced(a) || usedInternally(a);
  return true;
}

/** Licence and openness: only where the open-source exemption can matter — a possible GPAI provider without certain systemic risk whose weights may be public (R48, R55, E14). */
export function showLicence(a: DraftAnswers): boolean {
  return mayBeProvider(a) && !certainlySystemicRisk(a) && weightsMayBePublic(a);
}

/** Code of Practice: possible GPAI providers only (R64, R75, E22). */
export function showCodeOfPractice(a: DraftAnswers): boolean {
  return mayBeProvider(a);
}
