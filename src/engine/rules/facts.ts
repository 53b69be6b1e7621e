/**
 * Facts derived from the answers that several rules share: which compute figures apply to whom (R12, R33,
 * R42), whether the model is placed (R15–R22), and the model's placing date.
 */
import type { Answers, Channel } from '../answers';
import type { IsoDate } from '../report';

/** R15: channels whose use is a first making available (placing) — R16 for own systems. */
export const PLACING_CHANNELS: readonly Channel[] = [
  'api',
  'package',
  'hub',
  'physicalCopy',
  'cloud',
  'customerInfrastructure',
  'ownApp',
  'internalEssential',
  'internalAffectsPeople', // rev. 2: internal use that affects natural persons (R15)
  'downstreamSupply', // rev. 2: first made available to a downstream integrator (R18)
];

export type Flop = number | 'unknown';

export interface ComputeFacts {
  /** R12: parameter-update compute, the 10^23 test. null = not answered. */
  parameterUpdate: Flop | null;
  /** R33: cumulative compute, the 10^25 test; 'unknown' if any part is unknown. */
  cumulative: Flop | null;
  /** The known part of the cumulative compute when some part is unknown (a lower bound). */
  cumulativeKnownPart: number | null;
}

type PartialFlop = Flop | undefined;

/** The answers the compute facts read — structural, so partly answered drafts (the wizard) fit too. */
export interface ComputeAnswersLike {
  role?: string;
  compute?: {
    parameterUpdateFlop?: PartialFlop;
    syntheticDataFlop?: PartialFlop;
    inheritedWeightsFlop?: PartialFlop;
  };
  modification?: {
    originalComputeFlop?: PartialFlop;
    modificationFlop?: PartialFlop;
    syntheticDataFlop?: PartialFlop;
  };
}

/**
 * The parts of the cumulative compute of the model concerned (R33), or null when not answered. For a
 * modifier, the modified model (E5): original (weights used for initialisation) + modification + non-public
 * synthetic data generated for the modification.
 */
function cumulativeParts(a: ComputeAnswersLike): PartialFlop[] | null {
  if (a.role === 'modifier') {
    const m = a.modification;
    return m ? [m.originalComputeFlop, m.modificationFlop, m.syntheticDataFlop ?? 0] : null;
  }
  const c = a.compute;
  return c ? [c.parameterUpdateFlop, c.syntheticDataFlop ?? 0, c.inheritedWeightsFlop ?? 0] : null;
}

/** Sum of the known parts of the cumulative compute: the figure itself, or a lower bound (R32, R33). */
export function knownCumulativeFlop(a: ComputeAnswersLike): number {
  return (cumulativeParts(a) ?? []).reduce<number>((sum, p) => sum + (typeof p === 'number' ? p : 0), 0);
}

/** The model the report is about: for a modifier, the modified model (E5: original + modification). */
export function computeFacts(a: Answers): ComputeFacts {
  const parameterUpdate =
    a.role === 'modifier' ? a.modification?.originalComputeFlop : a.compute?.parameterUpdateFlop;
  const parts = cumulativeParts(a);
  if (!parts || parameterUpdate === undefined) {
    return { parameterUpdate: null, cumulative: null, cumulativeKnownPart: null };
  }
  const known = knownCumulativeFlop(a);
  const anyUnknown = parts.some((p) => p === 'unknown');
  return {
    parameterUpdate,
    cumulative: anyUnknown ? 'unknown' : known,
    cumulativeKnownPart: anyUnknown ? known : null,
  };
}

/** The date the model concerned was (or will be) first placed, by role. */
export function placingDate(a: Answers): IsoDate | 'unknown' | null {
  if (a.role === 'modifier') {
    return a.modification?.modificationPlacingDate ?? a.placing?.placingDate ?? null;
  }
  if (a.role === 'integrator') return a.integration?.systemPlacingDate ?? null;
  return a.placing?.placingDate ?? null;
}

export function hasPlacingChannel(a: Answers): boolean {
  return (a.placing?.channels ?? []).some((c) => PLACING_CHANNELS.includes(c));
}
