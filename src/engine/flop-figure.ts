/**
 * A compute figure with its uncertainty, as people write it (R43: an estimate is good to ±30 %): "about
 * 3e25", "~3e25", "≈ 3e25", or a range "2e25–4e25", "2e25 to 4e25", "380–400 ZFLOP". The answer holds one
 * number, so a range records its cautious end for the question — the end that never understates the
 * obligations: the upper end, except for the original model's compute in the one-third test (R24), where a
 * smaller original lowers the bar the modification must pass. The range itself travels to the ±30 % warnings
 * (estimators.ts) while the answer is on screen. Nothing here throws.
 */
import { formatFlop } from './compute';
import { type FlopInputResult, parseFlopInput } from './compute-input';
import { flopParam, tx } from './text';

export type FlopUncertainty = { kind: 'about' } | { kind: 'range'; low: number; high: number };

/** Which end of a range the answer records (see the module comment). */
export type RangeReading = 'upper' | 'lower';

export type FlopFigureResult =
  | (Extract<FlopInputResult, { ok: true }> & { uncertainty?: FlopUncertainty })
  | Extract<FlopInputResult, { ok: false }>;

const ABOUT = /^(?:about|approx\.?|approximately|around|roughly|circa|ca\.|c\.|~|≈)\s*/iu;
/** En or em dash, "to", "..", or a hyphen with a space on each side (a bare "-" may be an exponent's sign). */
const RANGE = /\s*(?:[–—]|\.\.|\bto\b)\s*|\s+-\s+/iu;
const UNIT = /\s?(?:[A-Za-z]*flops?)$/iu;
const POWER = /(?:e[-+]?\d+|[×xX*·]\s?10\s?(?:\^|\*\*)?\s?[-+⁻⁺]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+|ZFLOP|YFLOP|EFLOP)/u;

export function parseFlopFigure(text: string, reading: RangeReading = 'upper'): FlopFigureResult {
  if (typeof text !== 'string') return parseFlopInput(text);
  const trimmed = text.trim();
  const about = ABOUT.exec(trimmed);
  if (about) {
    const r = parseFlopInput(trimmed.slice(about[0].length));
    return r.ok ? { ...r, uncertainty: { kind: 'about' } } : r;
  }
  const parts = trimmed.split(RANGE);
  if (parts.length !== 2 || parts.some((p) => p === '')) return parseFlopInput(trimmed);
  return readRange(parts[0] as string, parts[1] as string, reading);
}

function readRange(first: string, second: string, reading: RangeReading): FlopFigureResult {
  // "380–400 ZFLOP": the unit written once applies to both ends.
  const unit = UNIT.exec(second)?.[0] ?? '';
  const lowText = unit !== '' && !UNIT.test(first) ? `${first}${unit}` : first;
  // "2–4e25" could mean 2e25 or literally 2: refuse rather than guess.
  if (POWER.test(second) && !POWER.test(lowText) && !/^\s*10\s?(?:\^|[⁰¹²³⁴⁵⁶⁷⁸⁹])/u.test(lowText))
    return { ok: false, message: tx('validation.flopRangePowerBothEnds') };
  const low = parseFlopInput(lowText);
  const high = parseFlopInput(second);
  if (!low.ok) return { ok: false, message: tx('validation.flopRangeLower', { message: low.message }) };
  if (!high.ok) return { ok: false, message: tx('validation.flopRangeUpper', { message: high.message }) };
  if (low.value > high.value)
    return {
      ok: false,
      message: tx('validation.flopRangeSmallerFirst', {
        low: flopParam(high.value),
        high: flopParam(low.value),
      }),
    };
  const value = reading === 'upper' ? high.value : low.value;
  const words = formatFlop(value);
  return {
    ok: true,
    value,
    words,
    uncertainty: { kind: 'range', low: low.value, high: high.value },
    note: tx(reading === 'upper' ? 'validation.flopRangeUpperNote' : 'validation.flopRangeLowerNote', {
      low: flopParam(low.value),
      high: flopParam(high.value),
      words: flopParam(value),
    }),
  };
}
