/**
 * Reading a training-compute figure typed by a person (R42–R46: compute is a number of FLOP).
 *
 * Accepted forms: `3.8e25`, `3.8E+25`, `3.8×10^25`, `3.8 x 10^25`, `3.8*10^25`, `3.8·10²⁵`, `10^23`, `10²³`,
 * `1e23`, plain integers grouped with spaces, thin spaces, underscores or apostrophes (`2 000 000`,
 * `2_000_000`), an optional trailing `FLOP` / `FLOPs`, and SI prefixes written before FLOP (`380 ZFLOP`,
 * `1.2 YFLOP`, `EFLOP`, `PFLOP`, `zettaFLOP`), and petaFLOP/s-days (`3640 PF-days`, noted in words).
 *
 * Decimal marks (see docs/decisions/0002-decimal-comma-in-compute-input.md): a single `.` or `,` is a decimal
 * mark when it is followed by an exponent or an SI prefix (`1,2e24`, `3,8 × 10^25`, `380,5 ZFLOP`), when the
 * integer part is grouped with spaces (`2 000,5`), or when it is not followed by exactly three digits
 * (`1,25`). `1,200` and `1.200` — a decimal mark or a thousands separator? — are refused with a message saying
 * how to write the number. A comma read as a decimal point is always echoed back in `note`.
 *
 * Digit grouping with commas or dots (docs/decisions/0081-wizard-input-and-layout.md) is read only where no
 * other reading exists: the same mark twice or more between groups of three (`1,200,000`, `1.200.000`), or
 * groups followed by the other mark as the decimal mark (`1,234.5`, `1.234,5`). With `{ whole: true }` —
 * counts that can only be whole numbers, such as a number of GPUs — a single mark followed by exactly three
 * digits is grouping too (`2,048`, `2.048`); `2.5` stays a decimal there.
 *
 * Nothing here throws: every input, whatever it is, gives `{ ok: true, … }` or `{ ok: false, message }`.
 */

import { formatFlop } from './compute';
import { flopParam, type Text, tx } from './text';

export type FlopInputResult =
  | {
      ok: true;
      /** Number of FLOP, finite, 0 ≤ value ≤ 10^30 (the schema's range). */
      value: number;
      /** The value in words, e.g. "3.8 × 10²⁵ FLOP" (formatFlop). */
      words: string;
      /** How an unusual input was read, e.g. "Read the comma as a decimal point: 1.2 × 10²⁴ FLOP". */
      note?: Text;
    }
  | { ok: false; message: Text };

/** Same ceiling as the answers schema (answers.ts `flop`). */
export const MAX_FLOP_INPUT = 1e30;

/** 1 petaFLOP/s-day = 10^15 FLOP/s × 86 400 s. */
export const PETAFLOP_DAY = 8.64e19;

/** Longer than any sensible way of writing a FLOP figure. */
const MAX_INPUT_LENGTH = 80;

const EXAMPLES = tx('validation.flopExamples');

const SUPERSCRIPTS: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁻': '-',
  '⁺': '+',
};

/** SI prefixes written as one capital letter (k and K both mean kilo: no other prefix uses K). */
const PREFIX_LETTERS: Record<string, number> = {
  k: 3,
  K: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
  Z: 21,
  Y: 24,
  R: 27,
  Q: 30,
};

const PREFIX_NAMES: Record<string, number> = {
  kilo: 3,
  mega: 6,
  giga: 9,
  tera: 12,
  peta: 15,
  exa: 18,
  zetta: 21,
  yotta: 24,
  ronna: 27,
  quetta: 30,
};

type Refusal = Extract<FlopInputResult, { ok: false }>;

function fail(message: Text): Refusal {
  return { ok: false, message };
}

/**
 * Reads a FLOP figure typed by a person. Never throws. The order of the checks matters where two forms
 * overlap, and each says why: petaFLOP/s-days before the rate check ("PFLOP/s-days" contains "FLOP/s" but is
 * an amount); the unit and prefix before the sign and the number; superscript powers before the spelling is
 * made canonical; a plain power of ten before the general number form.
 */
export function parseFlopInput(text: string, options: { whole?: boolean } = {}): FlopInputResult {
  if (typeof text !== 'string') return fail(tx('validation.flopEnterCompute', { examples: EXAMPLES }));
  // Every kind of space (no-break, thin, narrow no-break…) becomes one plain space.
  const s = text.replace(/[\s\u200b]+/gu, ' ').trim();
  if (s === '') return fail(tx('validation.flopEnterTraining', { examples: EXAMPLES }));
  if (s.length > MAX_INPUT_LENGTH) return fail(tx('validation.flopTooLong'));

  const pfDays = /^(.+?)\s?(?:pf|pflops?(?:\/s)?|petaflops?(?:\/s)?)[-\s]?days?$/iu.exec(s);
  if (pfDays) return fromPetaflopDays(pfDays[1] as string);
  if (/flops?\s*(?:\/|per\s)\s*s/iu.test(s)) return fail(tx('validation.flopRate'));

  const unit = splitUnit(s);
  if ('ok' in unit) return unit;
  const unsigned = withoutSign(unit.body);
  if (typeof unsigned !== 'string') return unsigned;
  const body = fromSuperscripts(unsigned);
  if (typeof body !== 'string') return body;
  const canon = canonicalSpelling(body);
  return (
    readGrouped(text, canon, unit.prefixExponent, options.whole === true) ??
    readNumber(text, body, canon, unit.prefixExponent)
  );
}

/** Groups of three marked by `,` or `.`, an optional decimal part with the other mark, an optional exponent. */
const MARK_GROUPED =
  /^([1-9]\d{0,2})((?:([.,])\d{3})(?:\3\d{3})*)(?:([.,])(\d+))?(?:e([-+]?\d+)|×10\^([-+]?\d+))?$/u;

/**
 * Commas or dots as digit grouping, only where it is the one possible reading (see the module comment);
 * null when the input is not of that form, so the general reader (and its ambiguity message) takes over.
 */
function readGrouped(
  text: string,
  canon: string,
  prefixExponent: number,
  whole: boolean,
): FlopInputResult | null {
  const m = MARK_GROUPED.exec(canon);
  if (!m) return null;
  const [, head = '', groups = '', sep = '', decimalMark, frac = '', eExp, powExp] = m;
  if (decimalMark === sep) return null;
  const single = groups.length === 4;
  if (single && decimalMark === undefined && !whole) return null;
  const written = eExp ?? powExp;
  const int = `${head}${groups.replace(/[.,]/gu, '')}`;
  const result = finish(text, int, frac, Number(written ?? 0) + prefixExponent, null);
  if (!result.ok) return result;
  // Every typed digit, grouped with spaces as the Official Journal does: the reading, not a rounding of it.
  const exact = `${groupThousands(int)}${frac ? `.${frac}` : ''}${written === undefined ? '' : ` × 10^${written}`}`;
  const marks = tx('validation.flopMarks', { sep: sep === ',' ? 'comma' : 'dot', n: single ? 1 : 2 });
  const note = decimalMark === ',' ? 'validation.flopGroupingDecimalNote' : 'validation.flopGroupingNote';
  return { ...result, note: tx(note, { marks, exact }) };
}

/** Petaflop/s-days, the unit of many ML papers: 1 PF-day = 10^15 FLOP/s × 86 400 s = 8.64 × 10^19 FLOP. */
function fromPetaflopDays(daysText: string): FlopInputResult {
  const days = parseFlopInput(daysText);
  if (!days.ok) return days;
  const value = days.value * PETAFLOP_DAY;
  if (!(value <= MAX_FLOP_INPUT)) return fail(tx('validation.flopTooLargeCheckFigure'));
  const words = formatFlop(value);
  return {
    ok: true,
    value,
    words,
    note: tx(days.note ? 'validation.flopPfDaysCommaNote' : 'validation.flopPfDaysNote', {
      days: daysText,
      words: flopParam(value),
    }),
  };
}

/** Unit and SI prefix at the end: "380 ZFLOP", "1.2 YFLOP", "3.8e25 FLOP", "2 zettaFLOPs". */
function splitUnit(s: string): { body: string; prefixExponent: number } | Refusal {
  const unit = /^(.*?)\s?([A-Za-z]*)\s?flops?$/iu.exec(s);
  if (!unit) return { body: s, prefixExponent: 0 };
  const [, rest = '', prefix = ''] = unit;
  const prefixExponent = prefix === '' ? 0 : unitPrefixExponent(prefix);
  if (typeof prefixExponent !== 'number') return prefixExponent;
  const body = rest.trim();
  if (body === '') return fail(tx('validation.flopNumberBeforeUnit', { examples: EXAMPLES }));
  return { body, prefixExponent };
}

function unitPrefixExponent(prefix: string): number | Refusal {
  const lower = prefix.toLowerCase();
  if (prefix in PREFIX_LETTERS) return PREFIX_LETTERS[prefix] as number;
  if (lower in PREFIX_NAMES) return PREFIX_NAMES[lower] as number;
  if (prefix.length === 1 && prefix.toUpperCase() in PREFIX_LETTERS)
    return fail(tx('validation.flopPrefixCase', { upper: prefix.toUpperCase(), prefix }));
  return fail(tx('validation.flopUnknownPrefix', { prefix }));
}

/** Compute is never negative; a leading "+" is dropped; NaN and infinity are refused by name. */
function withoutSign(body: string): string | Refusal {
  if (/^[-−–]/u.test(body)) return fail(tx('validation.flopNegative'));
  const unsigned = body.startsWith('+') ? body.slice(1).trim() : body;
  if (/^(?:nan|inf|infinity|∞)$/iu.test(unsigned))
    return fail(tx('validation.flopNotFinite', { value: unsigned, examples: EXAMPLES }));
  return unsigned;
}

/** Powers of ten written with superscripts: 10²⁵, 10⁻³. Superscripts anywhere else are refused. */
function fromSuperscripts(body: string): string | Refusal {
  if (!/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]/u.test(body)) return body;
  const converted = body.replace(
    /10\s?([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)/gu,
    (_m, sup: string) => `10^${[...sup].map((c) => SUPERSCRIPTS[c] ?? c).join('')}`,
  );
  if (/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]/u.test(converted)) return fail(tx('validation.flopSuperscript'));
  return converted;
}

/** Canonical spelling: minus signs, "**" and "^" powers, multiplication signs, exponent letter. */
function canonicalSpelling(body: string): string {
  return body
    .replace(/[−–]/gu, '-')
    .replace(/\s?\*\*\s?/gu, '^')
    .replace(/\s?\^\s?/gu, '^')
    .replace(/\s?[×xX*·⋅∙•]\s?/gu, '×')
    .replace(/\s?([eE])\s?(?=[-+]?\d)/gu, 'e');
}

/**
 * The number itself: a bare power of ten (10^23), or digits (grouped by spaces, underscores or apostrophes),
 * an optional decimal mark and an optional exponent. A mark followed by exactly three digits with nothing to
 * scale the number is ambiguous (ADR 0002) and refused.
 */
function readNumber(text: string, body: string, canon: string, prefixExponent: number): FlopInputResult {
  const power = /^10\^([-+]?\d+)$/u.exec(canon);
  if (power) return finish(text, '1', '', Number(power[1]) + prefixExponent, null);

  const m = /^(\d{1,3}(?:[ _'’]\d{3})+|\d+)?(?:([.,])(\d+))?(?:e([-+]?\d+)|×10\^([-+]?\d+))?$/u.exec(canon);
  if (!m || (m[1] === undefined && m[3] === undefined)) return diagnose(body, canon);

  const [, intRaw, mark, frac, eExp, powExp] = m;
  const exponentWritten = eExp ?? powExp;
  if (intRaw === undefined && mark === ',') return diagnose(body, canon);
  const grouped = intRaw !== undefined && /[ _'’]/u.test(intRaw);
  const intDigits = (intRaw ?? '0').replace(/[ _'’]/gu, '');

  if (mark !== undefined && frac !== undefined) {
    const hasScale = exponentWritten !== undefined || prefixExponent !== 0;
    if (!hasScale && !grouped && frac.length === 3 && intDigits !== '0' && intRaw !== undefined)
      return fail(ambiguousMarkMessage(intDigits, mark, frac));
  }

  const exponent = (exponentWritten === undefined ? 0 : Number(exponentWritten)) + prefixExponent;
  return finish(text, intDigits, frac ?? '', exponent, mark === ',' ? 'comma' : null);
}

function ambiguousMarkMessage(int: string, mark: string, frac: string): Text {
  const whole = `${int}${frac}`;
  const trimmed = frac.replace(/0+$/u, '');
  return tx('validation.flopAmbiguous', {
    written: `${int}${mark}${frac}`,
    mark,
    kind: mark === ',' ? 'comma' : 'point',
    whole,
    grouped: groupThousands(whole),
    decimal: trimmed === '' ? int : `${int}.${trimmed}`,
  });
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/gu, ' ');
}

/** Says what is wrong with an input that matched no accepted form. */
function diagnose(body: string, canon: string): FlopInputResult {
  const mantissa = canon.split(/[e×]/u)[0] ?? '';
  if ((mantissa.match(/[.,]/gu) ?? []).length >= 2)
    return fail(tx('validation.flopGroupWithMarks', { example: exampleFromDigits(mantissa) }));
  if (/^[\d ,._'’]+$/u.test(canon) && /\d[ _'’]\d/u.test(canon))
    return fail(tx('validation.flopGroupThrees'));
  if (/×/u.test(canon) && /e/iu.test(canon)) return fail(tx('validation.flopOnePower'));
  if (/×10$/u.test(canon) || /×10\^$/u.test(canon)) return fail(tx('validation.flopAddPower'));
  if (/×/u.test(canon)) return fail(tx('validation.flopPowerAfterSign'));
  if (/^[\d.,]+[eE][-+]?$/u.test(canon)) return fail(tx('validation.flopExponentMissing'));
  if (/^\d[\d ,._'’]*\s?[A-Za-z]$/u.test(body)) return fail(tx('validation.flopAddUnit'));
  return fail(tx('validation.flopUnreadable', { text: body, examples: EXAMPLES }));
}

function exampleFromDigits(mantissa: string): Text {
  const digits = mantissa.replace(/[^\d]/gu, '');
  if (digits === '') return tx('validation.flopDigitsExample', { digits: '2000000', exponent: '2e6' });
  const n = Number(digits);
  return tx('validation.flopDigitsExample', { digits, exponent: n.toExponential().replace('e+', 'e') });
}

function finish(
  original: string,
  intDigits: string,
  fracDigits: string,
  exponent: number,
  mark: 'comma' | null,
): FlopInputResult {
  // One rounding only: let the runtime read a canonical decimal literal. Exponents are clamped so the literal
  // stays a literal (1e99999 is Infinity, 1e-99999 is 0, both handled below).
  const clamped = Math.max(-100_000, Math.min(100_000, exponent));
  const value = Number(`${intDigits}.${fracDigits || '0'}e${clamped}`);
  if (Number.isNaN(value))
    return fail(tx('validation.flopUnreadable', { text: original.trim(), examples: EXAMPLES }));
  if (!Number.isFinite(value) || value > MAX_FLOP_INPUT) return fail(tx('validation.flopTooLarge'));
  const words = formatFlop(value);
  if (mark !== 'comma') return { ok: true, value, words };
  // Echo the reading with every digit typed, so "1,23456e24" is not shown rounded to 1.23 × 10²⁴. Small
  // figures are written plainly: formatFlop groups them with commas, which would confuse this very note.
  const significant = Math.min(15, Math.max(1, `${intDigits}${fracDigits}`.replace(/^0+/u, '').length));
  const echoed =
    value !== 0 && Math.abs(Math.floor(Math.log10(value))) <= 5
      ? `${String(value)} FLOP`
      : flopParam(value, { digits: significant });
  return { ok: true, value, words, note: tx('validation.flopCommaNote', { echoed }) };
}

/**
 * Writes a FLOP figure back as text a person can edit and that parseFlopInput reads back exactly:
 * 3.8e25 → "3.8e25", 1e23 → "1e23", 2000000 → "2e6", 25 → "25". Shortest form that round-trips.
 * Non-finite or negative input (which the schema never holds) gives "".
 */
export function formatFlopInput(value: number): string {
  if (!Number.isFinite(value) || value < 0) return '';
  if (value === 0) return '0';
  if (Number.isInteger(value) && value < 1e6) return String(value);
  return value.toExponential().replace('e+', 'e');
}
