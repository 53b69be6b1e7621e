/**
 * The share-link codec's field writers and readers, shared by every body layout (codec-v1.ts, codec-v2.ts), and
 * its typed decode errors. Readers never throw anything but DecodeFailure; decodeAnswers turns it into a result.
 */
import type { BitReader, BitWriter } from './bits';
import { decodeWtf8, encodeWtf8 } from './wtf8';

export type DecodeErrorKind = 'truncated' | 'tampered' | 'unknown-version' | 'invalid' | 'empty';

export interface DecodeError {
  kind: DecodeErrorKind;
  message: string;
}

const START_OVER = 'Ask the sender for the complete link, or start a new assessment.';

export const DECODE_MESSAGES = {
  empty: 'This link has no answers in it, so there is no report to show.',
  truncated: `This link is incomplete: part of it was cut off, probably when it was copied, wrapped in an email or shortened. ${START_OVER}`,
  tampered: `This link was changed after it was created (its check code no longer matches its contents), so its answers cannot be trusted. ${START_OVER}`,
  newerCode:
    'This link contains an answer that this version of GPAI Navigator does not know. It was probably made with a newer version. Open it there, or start a new assessment.',
  invalid:
    'This is not a GPAI Navigator share link. Check that you copied the whole link, or start a new assessment.',
} as const;

export class DecodeFailure extends Error {
  constructor(readonly decodeError: DecodeError) {
    super(decodeError.message);
  }
}

export function fail(kind: DecodeErrorKind, message: string): never {
  throw new DecodeFailure({ kind, message });
}

export function writeEnum(w: BitWriter, table: readonly string[], value: string, width: number): void {
  const i = table.indexOf(value);
  if (i < 0 || i >= 2 ** width) throw new Error(`share codec: no code for "${value}"`);
  w.bits(i, width);
}

export function readEnum<T extends string>(r: BitReader, table: readonly T[], width: number): T {
  const i = r.bits(width);
  const v = table[i];
  if (v === undefined) fail('unknown-version', DECODE_MESSAGES.newerCode);
  return v;
}

/** A multi-choice answer: the number of flags that follow (up to the last ticked one), then the flags. */
export function writeSet(
  w: BitWriter,
  table: readonly string[],
  values: readonly string[],
  widthBits: number,
) {
  const flags = table.map((t) => values.includes(t));
  const width = flags.lastIndexOf(true) + 1;
  w.bits(width, widthBits);
  for (let i = 0; i < width; i++) w.bool(flags[i] as boolean);
}

export function readSet<T extends string>(r: BitReader, table: readonly T[], widthBits: number): T[] {
  const width = r.bits(widthBits);
  const out: T[] = [];
  for (let i = 0; i < width; i++) {
    if (!r.bool()) continue;
    const v = table[i];
    if (v === undefined) fail('unknown-version', DECODE_MESSAGES.newerCode);
    out.push(v);
  }
  return out;
}

/** An optional answer: a presence bit, then the value. */
export function writeOptional<T>(w: BitWriter, value: T | undefined, write: (v: T) => void): void {
  w.bool(value !== undefined);
  if (value !== undefined) write(value);
}

export function readOptional<T>(r: BitReader, read: () => T): T | undefined {
  return r.bool() ? read() : undefined;
}

export function writeString(w: BitWriter, s: string): void {
  const bytes = encodeWtf8(s);
  w.varuint(bytes.length);
  for (const b of bytes) w.byte(b);
}

export function readString(r: BitReader): string {
  const len = r.varuint(3);
  if (len === null || Number(len) * 8 > r.remainingBits) fail('invalid', DECODE_MESSAGES.invalid);
  const bytes = new Uint8Array(Number(len));
  for (let i = 0; i < bytes.length; i++) bytes[i] = r.byte();
  const s = decodeWtf8(bytes);
  if (s === null) fail('invalid', DECODE_MESSAGES.invalid);
  return s;
}

/** Exponent bias for FLOP figures (typically 10^22–10^26): keeps the written exponent small. */
export const FLOP_EXPONENT_BIAS = 20;

/** A positive double: shortest round-trip decimal digits M and exponent E, v = M × 10^E, E written less `bias`. */
export function writeNumber(w: BitWriter, v: number, bias: number): void {
  const [digits = '', exp = '0'] = v.toExponential().split('e');
  const mantissaDigits = digits.replace('.', '');
  const exponent = Number(exp) - (mantissaDigits.length - 1);
  w.varuint(BigInt(mantissaDigits));
  w.varint(exponent - bias);
}

export function readNumber(r: BitReader, bias: number): number {
  const mantissa = r.varuint(9); // 17 decimal digits < 2^63
  const exponent = r.varint(3);
  if (mantissa === null || exponent === null || mantissa === 0n) fail('invalid', DECODE_MESSAGES.invalid);
  return Number(`${mantissa}e${exponent + bias}`);
}

export type FlopOrUnknown = number | 'unknown';

const FLOP_TAG_BITS = 2;

export function writeFlop(w: BitWriter, v: FlopOrUnknown): void {
  if (v === 'unknown') w.bits(2, FLOP_TAG_BITS);
  else if (v === 0) w.bits(0, FLOP_TAG_BITS);
  else {
    w.bits(1, FLOP_TAG_BITS);
    writeNumber(w, v, FLOP_EXPONENT_BIAS);
  }
}

export function readFlop(r: BitReader): FlopOrUnknown {
  const tag = r.bits(FLOP_TAG_BITS);
  if (tag === 0) return 0;
  if (tag === 1) return readNumber(r, FLOP_EXPONENT_BIAS);
  if (tag === 2) return 'unknown';
  return fail('unknown-version', DECODE_MESSAGES.newerCode);
}

const DATE_TAG_BITS = 2;
const DAY_BITS = 17;
const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1900, 0, 1) / DAY_MS;

/** A date or "unknown" that may be absent: tag 0 absent, 1 unknown, 2 days since 1900-01-01. */
export function writeOptionalDate(w: BitWriter, v: string | undefined): void {
  if (v === undefined || v === 'unknown') {
    w.bits(v === undefined ? 0 : 1, DATE_TAG_BITS);
    return;
  }
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  w.bits(2, DATE_TAG_BITS);
  w.bits(Date.UTC(y, m - 1, d) / DAY_MS - EPOCH_1900, DAY_BITS);
}

export function readOptionalDate(r: BitReader): string | undefined {
  const tag = r.bits(DATE_TAG_BITS);
  if (tag === 0) return undefined;
  if (tag === 1) return 'unknown';
  if (tag === 2) return new Date((EPOCH_1900 + r.bits(DAY_BITS)) * DAY_MS).toISOString().slice(0, 10);
  return fail('unknown-version', DECODE_MESSAGES.newerCode);
}

const COMPACT_RULES_VERSION = /^20(\d\d)\.([1-9]|1[0-2])\.(0|[1-9]\d{0,5})$/;

export function writeRulesVersion(w: BitWriter, v: string): void {
  const m = COMPACT_RULES_VERSION.exec(v);
  w.bool(m !== null);
  if (!m) {
    writeString(w, v);
    return;
  }
  w.bits(Number(m[1]), 7);
  w.bits(Number(m[2]), 4);
  w.varuint(Number(m[3]));
}

export function readRulesVersion(r: BitReader): string {
  if (!r.bool()) return readString(r);
  const yy = r.bits(7);
  const month = r.bits(4);
  const n = r.varuint(3);
  if (n === null) fail('invalid', DECODE_MESSAGES.invalid);
  return `20${String(yy).padStart(2, '0')}.${month}.${n}`;
}

/** Sets `key` only when `value` is present, so absent optional answers stay absent (not `undefined`). */
export function put(o: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) o[key] = value;
}
