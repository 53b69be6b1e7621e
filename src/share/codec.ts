/**
 * Share-link codec: answers ⇄ the value of the `a` search parameter in `#/report?a=v2.…` (ADR 0020, ADR 0050).
 *
 *   value   = "v" version "." base64url(bytes)        — starts with a letter (router parses numbers)
 *   bytes   = length(body) as LEB128 · CRC-32 (big-endian) · body
 *   CRC-32 is taken over [version, length bytes…, body…]; the length tells truncation from tampering.
 *   body    = bit-packed, schema-aware fields in fixed order, padded with zero bits: codec-v2.ts (written)
 *             or codec-v1.ts (frozen, read only: its answers are migrated to schema version 2).
 *
 * Enum and multi-choice values are written as indexes into FROZEN tables (append-only; never reorder, never
 * remove) with headroom bits, so answers.ts may grow an option without breaking old links. Numbers of FLOP
 * are written as the shortest round-trip decimal (mantissa × 10^exponent), so every double comes back
 * bit-for-bit. Dates are days since 1900-01-01. Free text is WTF-8 with a byte length.
 *
 * decodeAnswers never throws: every input gives `{ ok: true, … }` or a typed error with a message for people.
 */
import type { z } from 'zod';
import { type Answers, answersSchema } from '../engine/answers';
import { type AnswersV1, answersSchemaV1 } from '../engine/answers-v1';
import { type Migration, migrateV1 } from '../engine/migrate';
import { RULES_VERSION } from '../engine/rules-version';
import { fromBase64Url, toBase64Url } from './base64url';
import { BitReader, BitWriter } from './bits';
import { canonicalAnswers } from './canonical';
import { DECODE_MESSAGES, type DecodeError, DecodeFailure, fail } from './codec-fields';
import { readBodyV1, writeBodyV1 } from './codec-v1';
import { readBodyV2, writeBodyV2 } from './codec-v2';
import { crc32 } from './crc32';

export { DECODE_MESSAGES, type DecodeError, type DecodeErrorKind } from './codec-fields';
export { V1_TABLES } from './codec-v1';
export { V2_TABLES } from './codec-v2';

/** Name of the search parameter in `#/report?a=…`. */
export const SHARE_PARAM = 'a';
/** Link format written by this build. */
export const CODEC_VERSION = 2;
/** Link formats this build reads: v1 links decode with the frozen v1 layout, then their answers are migrated. */
export const READABLE_CODEC_VERSIONS = [1, 2] as const;
/** Longest parameter value a valid answer set can produce is far below this; used by `validateSearch`. */
export const MAX_SHARE_VALUE_LENGTH = 2000;

export type DecodeResult =
  | {
      ok: true;
      answers: Answers;
      rulesVersion: string;
      rulesChanged: boolean;
      /** Set for a link made with an older answers schema: from which version, and what changed (else null). */
      migration: Migration | null;
    }
  | { ok: false; error: DecodeError };

export interface EncodeOptions {
  /** The model name is free text that may be confidential: only in the link when the user ticks the box. */
  includeModelName: boolean;
}

function unknownVersionMessage(version: string): string {
  const v = Number(version);
  const newer = Number.isFinite(v) && v > CODEC_VERSION;
  return newer
    ? `This link uses link format v${version}, made by a newer version of GPAI Navigator; this version reads formats v1 and v${CODEC_VERSION}. Open it with a newer version, or start a new assessment.`
    : `This link uses link format v${version}, which this version of GPAI Navigator does not know (it reads formats v1 and v${CODEC_VERSION}). Start a new assessment.`;
}

// ---------------------------------------------------------------------------------------------------------
// Envelope
// ---------------------------------------------------------------------------------------------------------

function leb128(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return out;
}

function checksum(version: number, lengthBytes: readonly number[], body: Uint8Array): number {
  return crc32(Uint8Array.from([version, ...lengthBytes, ...body]));
}

/** Encodes answers for the `a` parameter. `rulesVersion` is for tests and golden links; defaults to the current rules. */
export function encodeAnswers(
  answers: Answers,
  opts: EncodeOptions,
  rulesVersion: string = RULES_VERSION,
): string {
  const w = new BitWriter();
  writeBodyV2(w, canonicalAnswers(answers), rulesVersion, opts);
  return envelope(CODEC_VERSION, w.finish());
}

/** FROZEN v1 writer, for the tests and golden links only: the app writes v2. */
export function encodeAnswersV1(answers: AnswersV1, opts: EncodeOptions, rulesVersion: string): string {
  const w = new BitWriter();
  writeBodyV1(w, answersSchemaV1.parse(answers), rulesVersion, opts);
  return envelope(1, w.finish());
}

function envelope(version: number, body: Uint8Array): string {
  const len = leb128(body.length);
  const crc = checksum(version, len, body);
  const bytes = Uint8Array.from([
    ...len,
    (crc >>> 24) & 0xff,
    (crc >>> 16) & 0xff,
    (crc >>> 8) & 0xff,
    crc & 0xff,
    ...body,
  ]);
  return `v${version}.${toBase64Url(bytes)}`;
}

/** The value as the user's browser may hand it over: cut at the first "?" (router bug), whitespace removed. */
export function cleanShareValue(value: string): string {
  const q = value.indexOf('?');
  return (q >= 0 ? value.slice(0, q) : value).replace(/\s+/g, '');
}

function decodeOrThrow(raw: string): DecodeResult {
  const value = cleanShareValue(raw);
  if (value === '') fail('empty', DECODE_MESSAGES.empty);

  const head = /^v(\d{1,6})\.(.*)$/s.exec(value);
  if (!head) {
    if (READABLE_CODEC_VERSIONS.some((v) => `v${v}.`.startsWith(value)))
      fail('truncated', DECODE_MESSAGES.truncated);
    fail('invalid', DECODE_MESSAGES.invalid);
  }
  const [, versionText = '', payload = ''] = head;
  const version = READABLE_CODEC_VERSIONS.find((v) => versionText === String(v));
  if (version === undefined) fail('unknown-version', unknownVersionMessage(versionText));

  const decoded = fromBase64Url(payload);
  if (!decoded) fail('tampered', DECODE_MESSAGES.tampered);
  const { bytes, dangling } = decoded;

  // Length prefix (LEB128, at most 3 bytes for any body this format can carry).
  let bodyLength = 0;
  let offset = 0;
  for (;;) {
    const b = bytes[offset];
    if (b === undefined) fail('truncated', DECODE_MESSAGES.truncated);
    bodyLength |= (b & 0x7f) << (7 * offset);
    offset++;
    if (!(b & 0x80)) break;
    if (offset >= 3) fail('tampered', DECODE_MESSAGES.tampered);
  }
  const lengthBytes = [...bytes.subarray(0, offset)];
  const need = offset + 4 + bodyLength;
  if (bytes.length < need) fail('truncated', DECODE_MESSAGES.truncated);
  // More than the length says (or a stray character no encoder writes): something was added.
  if (bytes.length > need || dangling) fail('tampered', DECODE_MESSAGES.tampered);

  const stored =
    (((bytes[offset] ?? 0) << 24) |
      ((bytes[offset + 1] ?? 0) << 16) |
      ((bytes[offset + 2] ?? 0) << 8) |
      (bytes[offset + 3] ?? 0)) >>>
    0;
  const body = bytes.subarray(offset + 4);
  if (checksum(version, lengthBytes, body) !== stored) fail('tampered', DECODE_MESSAGES.tampered);
  // A canonical encoder pads with fewer than 8 zero bits; the base64 tail must not carry stray bits either.
  if (toBase64Url(bytes) !== payload.replace(/=+$/, '').replaceAll('+', '-').replaceAll('/', '_'))
    fail('tampered', DECODE_MESSAGES.tampered);

  const reader = new BitReader(body);
  const { rulesVersion, answers } = version === 1 ? readBodyV1(reader) : readBodyV2(reader);
  if (reader.overrun || !reader.onlyPaddingLeft()) fail('invalid', DECODE_MESSAGES.invalid);

  let migration: Migration | null = null;
  let current: unknown = answers;
  if (version === 1) {
    const { answers: migrated, fromVersion, notes } = migrateV1(validated(answersSchemaV1, answers));
    current = migrated;
    migration = { fromVersion, notes };
  }
  return {
    ok: true,
    answers: canonicalAnswers(validated(answersSchema, current)),
    rulesVersion,
    rulesChanged: rulesVersion !== RULES_VERSION,
    migration,
  };
}

/** A sealed but impossible answer set is invalid; the message names the field. */
function validated<S extends z.ZodType>(schema: S, answers: unknown): z.output<S> {
  const parsed = schema.safeParse(answers);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return fail(
    'invalid',
    `This link's answers are not valid (${where}${issue?.message ?? 'unknown problem'}). Start a new assessment.`,
  );
}

/** Decodes a share-link value. Never throws. */
export function decodeAnswers(value: string): DecodeResult {
  try {
    if (typeof value !== 'string')
      return { ok: false, error: { kind: 'invalid', message: DECODE_MESSAGES.invalid } };
    return decodeOrThrow(value);
  } catch (e) {
    if (e instanceof DecodeFailure) return { ok: false, error: e.decodeError };
    return { ok: false, error: { kind: 'invalid', message: DECODE_MESSAGES.invalid } };
  }
}

/**
 * The full share URL: `baseHref` without its query or fragment, then `#/report?a=<encoded>`.
 * Extra hash search params (e.g. an as-of date) may be appended in `extra`.
 */
export function shareUrl(baseHref: string, encoded: string, extra: Record<string, string> = {}): string {
  const url = new URL(baseHref);
  url.search = '';
  url.hash = '';
  const params = [
    `${SHARE_PARAM}=${encoded}`,
    ...Object.entries(extra).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`),
  ];
  return `${url.toString()}#/report?${params.join('&')}`;
}
