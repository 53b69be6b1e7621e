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

/** The model the report is about: for a modifier, the modified model (E5: original + modification). */
export function computeFacts(a: Answers): ComputeFacts {
  if (a.role === 'modifier') {
    const m = a.modification;
    if (!m) return { parameterUpdate: null, cumulative: null, cumulativeKnownPart: null };
    // E5 / R33: the modified model's cumulative compute = original (weights used for initialisation) +
    // modification + non-public synthetic data generated for the modification.
    const synthetic = m.syntheticDataFlop;
    const parts = [m.originalComputeFlop, m.modificationFlop, synthetic];
    const known = parts.reduce<number>((sum, p) => sum + (typeof p === 'number' ? p : 0), 0);
    const anyUnknown = parts.some((p) => p === 'unknown');
    return {
      parameterUpdate: m.originalComputeFlop,
      cumulative: anyUnknown ? 'unknown' : known,
      cumulativeKnownPart: anyUnknown ? known : null,
    };
  }
  const c = a.compute;
  if (!c) return { parameterUpdate: null, cumulative: null, cumulativeKnownPart: null };
  const parts = [c.parameterUpdateFlop, c.syntheticDataFlop, c.inheritedWeightsFlop];
  const known = parts.reduce<number>((sum, p) => sum + (typeof p === 'number' ? p : 0), 0);
  const anyUnknown = parts.some((p) => p === 'unknown');
  return {
    parameterUpdate: c.parameterUpdateFlop,
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
