/**
 * Compute thresholds and comparisons (GL Annex; Art. 51(2)). Every threshold test is strictly "greater than"
 * (E2). The one-third test is done as 3 × modification > original to avoid floating-point error (R24).
 */
import { law } from './law/parameters';

/** R7: indicative GPAI criterion, parameter-update compute > 10^23 FLOP. */
export const GPAI_THRESHOLD_FLOP: number = law('gpaiThresholdFlop');
/** R32: systemic-risk presumption, cumulative compute > 10^25 FLOP. */
export const SYSTEMIC_RISK_THRESHOLD_FLOP: number = law('systemicRiskThresholdFlop');
/** R43: best-judgement estimates must be within 30 % overall error. */
export const ESTIMATE_TOLERANCE: number = law('estimateTolerance');
/** R24: more than one part in three of the original's compute. */
const SHARE: number = law('modificationShareDenominator');

/** R7, R32 (E2): strictly greater than. */
export function exceeds(flop: number, threshold: number): boolean {
  return flop > threshold;
}

/** R24: modification compute > one third of the original's training compute, i.e. 3 × mod > original. */
export function exceedsOneThird(modificationFlop: number, originalFlop: number): boolean {
  return SHARE * modificationFlop > originalFlop;
}

/**
 * R25 fallback when the original's compute cannot be known: one third of 10^25 when the original is GPAI-SR,
 * otherwise one third of 10^23. Tested as 3 × mod > 10^25 (or 10^23), so the boundary is exact.
 */
export function exceedsFallbackOneThird(modificationFlop: number, originalHasSystemicRisk: boolean): boolean {
  return (
    SHARE * modificationFlop > (originalHasSystemicRisk ? SYSTEMIC_RISK_THRESHOLD_FLOP : GPAI_THRESHOLD_FLOP)
  );
}

/** R43: the ±30 % band around an estimate. */
export function estimateBand(flop: number): { low: number; high: number } {
  return { low: flop * (1 - ESTIMATE_TOLERANCE), high: flop * (1 + ESTIMATE_TOLERANCE) };
}

/** True when the threshold lies inside the ±30 % band of the estimate (R43, E2). */
export function withinBandOf(flop: number, threshold: number): boolean {
  const { low, high } = estimateBand(flop);
  return low <= threshold && threshold <= high;
}

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
};

/** Mantissa (up to `digits` significant figures, trailing zeros dropped) and exponent of a positive number. */
export function scientificParts(value: number, digits = 3): { mantissa: string; exponent: number } {
  if (value === 0) return { mantissa: '0', exponent: 0 };
  const [m, e] = value.toExponential(digits - 1).split('e');
  const mantissa = String(Number(m));
  return { mantissa, exponent: Number(e) };
}

/**
 * "3.8 × 10²⁵ FLOP" (default), or with `{ ascii: true }` "3.8 × 10^25 FLOP" (PDF, calendar, CLI text).
 * A mantissa of exactly 1 is written "10²⁵ FLOP".
 */
/** One cache per formatting variant, keyed by the number itself (building string keys costs as much as formatting). */
const formatted = new Map<number, Map<number, string>>();

export function formatFlop(
  value: number,
  options: { ascii?: boolean; digits?: number; unit?: boolean } = {},
): string {
  // Reports format the same few figures many times; the result depends only on these inputs.
  const variant = (options.ascii ? 1 : 0) | (options.unit === false ? 2 : 0) | ((options.digits ?? 3) << 2);
  let cache = formatted.get(variant);
  if (!cache) {
    cache = new Map();
    formatted.set(variant, cache);
  }
  const cached = cache.get(value);
  if (cached !== undefined) return cached;
  const text = formatFlopUncached(value, options);
  if (cache.size > 10_000) cache.clear();
  cache.set(value, text);
  return text;
}

function formatFlopUncached(
  value: number,
  options: { ascii?: boolean; digits?: number; unit?: boolean },
): string {
  const unit = options.unit === false ? '' : ' FLOP';
  if (value === 0) return `0${unit}`;
  const { mantissa, exponent } = scientificParts(value, options.digits ?? 3);
  if (exponent >= -2 && exponent <= 5)
    return `${Number(value.toPrecision(options.digits ?? 3)).toLocaleString('en-GB')}${unit}`;
  const power = options.ascii
    ? `10^${exponent}`
    : `10${String(exponent)
        .split('')
        .map((c) => SUPERSCRIPT[c] ?? c)
        .join('')}`;
  return mantissa === '1' ? `${power}${unit}` : `${mantissa} × ${power}${unit}`;
}
