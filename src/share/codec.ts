/**
 * Share-link codec: answers ⇄ the value of the `a` search parameter in `#/report?a=v1.…` (ADR 0020).
 *
 *   value   = "v" version "." base64url(bytes)        — starts with a letter (router parses numbers)
 *   bytes   = length(body) as LEB128 · CRC-32 (big-endian) · body
 *   CRC-32 is taken over [version, length bytes…, body…]; the length tells truncation from tampering.
 *   body    = bit-packed, schema-aware fields in fixed order (below), padded with zero bits.
 *
 * Enum and multi-choice values are written as indexes into FROZEN tables (append-only; never reorder, never
 * remove) with headroom bits, so answers.ts may grow an option without breaking old links. Numbers of FLOP
 * are written as the shortest round-trip decimal (mantissa × 10^exponent), so every double comes back
 * bit-for-bit. Dates are days since 1900-01-01. Free text is WTF-8 with a byte length.
 *
 * decodeAnswers never throws: every input gives `{ ok: true, … }` or a typed error with a message for people.
 */
import { ANSWERS_SCHEMA_VERSION, type Answers, answersSchema } from '../engine/answers';
import { RULES_VERSION } from '../engine/rules-version';
import { fromBase64Url, toBase64Url } from './base64url';
import { BitReader, BitWriter } from './bits';
import { canonicalAnswers } from './canonical';
import { crc32 } from './crc32';
import { decodeWtf8, encodeWtf8 } from './wtf8';

/** Name of the search parameter in `#/report?a=…`. */
export const SHARE_PARAM = 'a';
/** Link format written by this build. */
export const CODEC_VERSION = 1;
/** Longest parameter value a valid answer set can produce is far below this; used by `validateSearch`. */
export const MAX_SHARE_VALUE_LENGTH = 2000;

export type DecodeErrorKind = 'truncated' | 'tampered' | 'unknown-version' | 'invalid' | 'empty';

export interface DecodeError {
  kind: DecodeErrorKind;
  message: string;
}

export type DecodeResult =
  | { ok: true; answers: Answers; rulesVersion: string; rulesChanged: boolean }
  | { ok: false; error: DecodeError };

export interface EncodeOptions {
  /** The model name is free text that may be confidential: only in the link when the user ticks the box. */
  includeModelName: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Frozen v1 tables. APPEND ONLY. A test checks every value of answers.ts has a code here.
// ---------------------------------------------------------------------------------------------------------

export const V1_TABLES = {
  yesNoUnknown: ['yes', 'no', 'unknown'],
  roles: ['developer', 'commissioned', 'modifier', 'integrator', 'host', 'hobbyist', 'research'],
  modalities: ['text', 'audio', 'image', 'video', 'other'],
  generality: ['broad', 'narrow', 'unknown'],
  codeOfPractice: ['full', 'partial', 'none', 'unknown'],
  computeMethod: ['measured', 'hardware', 'architecture', 'unknown'],
  channels: [
    'api',
    'package',
    'hub',
    'physicalCopy',
    'cloud',
    'customerInfrastructure',
    'ownApp',
    'internalEssential',
    'internalOnly',
    'researchPartners',
    'notYet',
  ],
  euAvailability: ['direct', 'viaDownstream', 'none', 'unknown'],
  restrictions: [
    'nonCommercial',
    'userCap',
    'separateCommercialLicence',
    'noDistribution',
    'safetyClauses',
    'attributionShareAlike',
  ],
  monetisation: [
    'price',
    'dualLicence',
    'requiredPaidSupport',
    'exclusivePaidHosting',
    'personalData',
    'optionalPaidServices',
  ],
  contest: ['none', 'pending', 'accepted', 'rejected'],
  /** Licence names written often enough to deserve a code (exact, case-sensitive match; else free text). */
  licenceNames: [
    'Apache-2.0',
    'MIT',
    'BSD-3-Clause',
    'BSD-2-Clause',
    'GPL-3.0',
    'GPL-2.0',
    'LGPL-3.0',
    'AGPL-3.0',
    'MPL-2.0',
    'CC-BY-4.0',
    'CC-BY-SA-4.0',
    'CC-BY-NC-4.0',
    'CC-BY-NC-SA-4.0',
    'CC0-1.0',
    'OpenRAIL-M',
    'CreativeML-OpenRAIL-M',
    'Llama 2 Community License',
    'Llama 3 Community License',
    'Llama 3.1 Community License',
    'Gemma Terms of Use',
    'Proprietary',
  ],
} as const satisfies Record<string, readonly string[]>;

/** Bits per enum code (headroom for appended values). */
const W = {
  ynu: 2,
  role: 4,
  generality: 2,
  codeOfPractice: 3,
  method: 3,
  euAvailability: 3,
  contest: 3,
  licenceName: 6,
  dateTag: 2,
  flopTag: 2,
  days: 17,
} as const;

/** Bits holding a multi-choice set's width (number of flag bits that follow). */
const SET_WIDTH_BITS = { modalities: 3, channels: 5, restrictions: 4, monetisation: 4 } as const;

const FLOP_EXPONENT_BIAS = 20;
const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1900, 0, 1) / DAY_MS;

// ---------------------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------------------

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

function unknownVersionMessage(version: string): string {
  const v = Number(version);
  const newer = Number.isFinite(v) && v > CODEC_VERSION;
  return newer
    ? `This link uses link format v${version}, made by a newer version of GPAI Navigator; this version reads format v${CODEC_VERSION}. Open it with a newer version, or start a new assessment.`
    : `This link uses link format v${version}, which this version of GPAI Navigator does not know (it reads format v${CODEC_VERSION}). Start a new assessment.`;
}

class DecodeFailure extends Error {
  constructor(readonly decodeError: DecodeError) {
    super(decodeError.message);
  }
}

function fail(kind: DecodeErrorKind, message: string): never {
  throw new DecodeFailure({ kind, message });
}

// ---------------------------------------------------------------------------------------------------------
// Field writers / readers
// ---------------------------------------------------------------------------------------------------------

function writeEnum(w: BitWriter, table: readonly string[], value: string, width: number): void {
  const i = table.indexOf(value);
  if (i < 0 || i >= 2 ** width) throw new Error(`share codec: no v1 code for "${value}"`);
  w.bits(i, width);
}

function readEnum<T extends string>(r: BitReader, table: readonly T[], width: number): T {
  const i = r.bits(width);
  const v = table[i];
  if (v === undefined) fail('unknown-version', DECODE_MESSAGES.newerCode);
  return v;
}

function writeSet(w: BitWriter, table: readonly string[], values: readonly string[], widthBits: number) {
  const flags = table.map((t) => values.includes(t));
  const width = flags.lastIndexOf(true) + 1;
  w.bits(width, widthBits);
  for (let i = 0; i < width; i++) w.bool(flags[i] as boolean);
}

function readSet<T extends string>(r: BitReader, table: readonly T[], widthBits: number): T[] {
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

function writeString(w: BitWriter, s: string): void {
  const bytes = encodeWtf8(s);
  w.varuint(bytes.length);
  for (const b of bytes) w.byte(b);
}

function readString(r: BitReader): string {
  const len = r.varuint(3);
  if (len === null || Number(len) * 8 > r.remainingBits) fail('invalid', DECODE_MESSAGES.invalid);
  const bytes = new Uint8Array(Number(len));
  for (let i = 0; i < bytes.length; i++) bytes[i] = r.byte();
  const s = decodeWtf8(bytes);
  if (s === null) fail('invalid', DECODE_MESSAGES.invalid);
  return s;
}

/** FLOP (or any non-negative double): shortest round-trip decimal digits M and exponent E, v = M × 10^E. */
function writeNumber(w: BitWriter, v: number): void {
  const [digits = '', exp = '0'] = v.toExponential().split('e');
  const mantissaDigits = digits.replace('.', '');
  const exponent = Number(exp) - (mantissaDigits.length - 1);
  w.varuint(BigInt(mantissaDigits));
  w.varint(exponent - FLOP_EXPONENT_BIAS);
}

function readNumber(r: BitReader): number {
  const mantissa = r.varuint(9); // 17 decimal digits < 2^63
  const exponent = r.varint(3);
  if (mantissa === null || exponent === null || mantissa === 0n) fail('invalid', DECODE_MESSAGES.invalid);
  return Number(`${mantissa}e${exponent + FLOP_EXPONENT_BIAS}`);
}

type FlopOrUnknown = number | 'unknown';

function writeFlop(w: BitWriter, v: FlopOrUnknown): void {
  if (v === 'unknown') w.bits(2, W.flopTag);
  else if (v === 0) w.bits(0, W.flopTag);
  else {
    w.bits(1, W.flopTag);
    writeNumber(w, v);
  }
}

function readFlop(r: BitReader): FlopOrUnknown {
  const tag = r.bits(W.flopTag);
  if (tag === 0) return 0;
  if (tag === 1) return readNumber(r);
  if (tag === 2) return 'unknown';
  return fail('unknown-version', DECODE_MESSAGES.newerCode);
}

function writeOptionalDate(w: BitWriter, v: string | undefined): void {
  if (v === undefined || v === 'unknown') {
    w.bits(v === undefined ? 0 : 1, W.dateTag);
    return;
  }
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  w.bits(2, W.dateTag);
  w.bits(Date.UTC(y, m - 1, d) / DAY_MS - EPOCH_1900, W.days);
}

function readOptionalDate(r: BitReader): string | undefined {
  const tag = r.bits(W.dateTag);
  if (tag === 0) return undefined;
  if (tag === 1) return 'unknown';
  if (tag === 2) return new Date((EPOCH_1900 + r.bits(W.days)) * DAY_MS).toISOString().slice(0, 10);
  return fail('unknown-version', DECODE_MESSAGES.newerCode);
}

const COMPACT_RULES_VERSION = /^20(\d\d)\.([1-9]|1[0-2])\.(0|[1-9]\d{0,5})$/;

function writeRulesVersion(w: BitWriter, v: string): void {
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

function readRulesVersion(r: BitReader): string {
  if (!r.bool()) return readString(r);
  const yy = r.bits(7);
  const month = r.bits(4);
  const n = r.varuint(3);
  if (n === null) fail('invalid', DECODE_MESSAGES.invalid);
  return `20${String(yy).padStart(2, '0')}.${month}.${n}`;
}

// ---------------------------------------------------------------------------------------------------------
// Body
// ---------------------------------------------------------------------------------------------------------

const T = V1_TABLES;

function writeBody(w: BitWriter, a: Answers, rulesVersion: string, opts: EncodeOptions): void {
  writeRulesVersion(w, rulesVersion);
  writeEnum(w, T.roles, a.role, W.role);
  writeEnum(w, T.yesNoUnknown, a.euEstablished, W.ynu);
  w.bool(a.outputModalities === 'unknown');
  if (a.outputModalities !== 'unknown')
    writeSet(w, T.modalities, a.outputModalities, SET_WIDTH_BITS.modalities);
  writeEnum(w, T.generality, a.generality, W.generality);
  writeEnum(w, T.codeOfPractice, a.codeOfPractice, W.codeOfPractice);

  const name = opts.includeModelName ? a.modelName : undefined;
  w.bool(name !== undefined);
  if (name !== undefined) writeString(w, name);

  const c = a.compute;
  w.bool(c !== undefined);
  if (c) {
    writeFlop(w, c.parameterUpdateFlop);
    writeEnum(w, T.computeMethod, c.method, W.method);
    writeFlop(w, c.syntheticDataFlop);
    writeFlop(w, c.inheritedWeightsFlop);
  }

  const p = a.placing;
  w.bool(p !== undefined);
  if (p) {
    writeSet(w, T.channels, p.channels, SET_WIDTH_BITS.channels);
    writeEnum(w, T.euAvailability, p.euAvailability, W.euAvailability);
    writeEnum(w, T.yesNoUnknown, p.euExcluded, W.ynu);
    writeOptionalDate(w, p.placingDate);
  }

  const i = a.integration;
  w.bool(i !== undefined);
  if (i) {
    writeEnum(w, T.yesNoUnknown, i.systemInEu, W.ynu);
    writeEnum(w, T.yesNoUnknown, i.upstreamExcludedEu, W.ynu);
    writeOptionalDate(w, i.systemPlacingDate);
  }

  const m = a.modification;
  w.bool(m !== undefined);
  if (m) {
    writeFlop(w, m.originalComputeFlop);
    writeEnum(w, T.yesNoUnknown, m.originalSystemicRisk, W.ynu);
    writeFlop(w, m.modificationFlop);
    writeEnum(w, T.yesNoUnknown, m.viaOriginalProviderPlatform, W.ynu);
    writeOptionalDate(w, m.modificationPlacingDate);
  }

  const l = a.licence;
  w.bool(l !== undefined);
  if (l) {
    w.bool(l.name !== undefined);
    if (l.name !== undefined) {
      const code = (T.licenceNames as readonly string[]).indexOf(l.name);
      w.bool(code >= 0);
      if (code >= 0) w.bits(code, W.licenceName);
      else writeString(w, l.name);
    }
    for (const right of [l.access, l.use, l.modify, l.distribute]) writeEnum(w, T.yesNoUnknown, right, W.ynu);
    writeSet(w, T.restrictions, l.restrictions, SET_WIDTH_BITS.restrictions);
    for (const pub of [l.weightsPublic, l.architecturePublic, l.usageInfoPublic])
      writeEnum(w, T.yesNoUnknown, pub, W.ynu);
    writeSet(w, T.monetisation, l.monetisation, SET_WIDTH_BITS.monetisation);
    writeEnum(w, T.yesNoUnknown, l.microenterpriseDeal, W.ynu);
  }

  const s = a.systemicRisk;
  w.bool(s !== undefined);
  if (s) {
    writeOptionalDate(w, s.thresholdMetDate);
    writeEnum(w, T.yesNoUnknown, s.designated, W.ynu);
    writeOptionalDate(w, s.designationInformedDate);
    writeEnum(w, T.contest, s.contest, W.contest);
    writeOptionalDate(w, s.contestDecisionDate);
  }

  // v1 trailing extensions (append-only): a marker bit and a mask of EXTENSION_BITS, then each extension's
  // payload in bit order. Written only when one is used, so links without them are unchanged, and older
  // links end in zero padding, which reads as "no extensions".
  const notified = s?.notifiedDate;
  const modSynthetic = m?.syntheticDataFlop ?? 0;
  const mask = (notified !== undefined ? 1 : 0) | (modSynthetic !== 0 ? 2 : 0);
  if (mask !== 0) {
    w.bool(true);
    w.bits(mask, EXTENSION_BITS);
    if (mask & 1) writeOptionalDate(w, notified);
    if (mask & 2) writeFlop(w, modSynthetic);
  }
}

/** Width of the extension mask: bit 0 systemicRisk.notifiedDate, bit 1 modification.syntheticDataFlop. */
const EXTENSION_BITS = 6;
const KNOWN_EXTENSIONS = 0b11;

/** Reads the body into a plain object (validated by answersSchema afterwards). */
function readBody(r: BitReader): { rulesVersion: string; answers: Record<string, unknown> } {
  const rulesVersion = readRulesVersion(r);
  const a: Record<string, unknown> = { schemaVersion: ANSWERS_SCHEMA_VERSION };
  const ynu = () => readEnum(r, T.yesNoUnknown, W.ynu);
  const put = (o: Record<string, unknown>, k: string, v: unknown) => {
    if (v !== undefined) o[k] = v;
  };

  a.role = readEnum(r, T.roles, W.role);
  a.euEstablished = ynu();
  a.outputModalities = r.bool() ? 'unknown' : readSet(r, T.modalities, SET_WIDTH_BITS.modalities);
  a.generality = readEnum(r, T.generality, W.generality);
  a.codeOfPractice = readEnum(r, T.codeOfPractice, W.codeOfPractice);
  if (r.bool()) a.modelName = readString(r);

  if (r.bool()) {
    a.compute = {
      parameterUpdateFlop: readFlop(r),
      method: readEnum(r, T.computeMethod, W.method),
      syntheticDataFlop: readFlop(r),
      inheritedWeightsFlop: readFlop(r),
    };
  }
  if (r.bool()) {
    const p: Record<string, unknown> = {
      channels: readSet(r, T.channels, SET_WIDTH_BITS.channels),
      euAvailability: readEnum(r, T.euAvailability, W.euAvailability),
      euExcluded: ynu(),
    };
    put(p, 'placingDate', readOptionalDate(r));
    a.placing = p;
  }
  if (r.bool()) {
    const i: Record<string, unknown> = { systemInEu: ynu(), upstreamExcludedEu: ynu() };
    put(i, 'systemPlacingDate', readOptionalDate(r));
    a.integration = i;
  }
  if (r.bool()) {
    const m: Record<string, unknown> = {
      originalComputeFlop: readFlop(r),
      originalSystemicRisk: ynu(),
      modificationFlop: readFlop(r),
      viaOriginalProviderPlatform: ynu(),
    };
    put(m, 'modificationPlacingDate', readOptionalDate(r));
    a.modification = m;
  }
  if (r.bool()) {
    const l: Record<string, unknown> = {};
    if (r.bool()) l.name = r.bool() ? readEnum(r, T.licenceNames, W.licenceName) : readString(r);
    l.access = ynu();
    l.use = ynu();
    l.modify = ynu();
    l.distribute = ynu();
    l.restrictions = readSet(r, T.restrictions, SET_WIDTH_BITS.restrictions);
    l.weightsPublic = ynu();
    l.architecturePublic = ynu();
    l.usageInfoPublic = ynu();
    l.monetisation = readSet(r, T.monetisation, SET_WIDTH_BITS.monetisation);
    l.microenterpriseDeal = ynu();
    a.licence = l;
  }
  if (r.bool()) {
    const s: Record<string, unknown> = {};
    put(s, 'thresholdMetDate', readOptionalDate(r));
    s.designated = ynu();
    put(s, 'designationInformedDate', readOptionalDate(r));
    s.contest = readEnum(r, T.contest, W.contest);
    put(s, 'contestDecisionDate', readOptionalDate(r));
    a.systemicRisk = s;
  }
  if (r.hasMoreData() && r.bool()) {
    const mask = r.bits(EXTENSION_BITS);
    if (mask & ~KNOWN_EXTENSIONS) return fail('unknown-version', DECODE_MESSAGES.newerCode);
    if (mask & 1) {
      const s = a.systemicRisk as Record<string, unknown> | undefined;
      if (!s) return fail('invalid', DECODE_MESSAGES.invalid);
      put(s, 'notifiedDate', readOptionalDate(r));
    }
    if (mask & 2) {
      const m = a.modification as Record<string, unknown> | undefined;
      if (!m) return fail('invalid', DECODE_MESSAGES.invalid);
      m.syntheticDataFlop = readFlop(r);
    }
  }
  return { rulesVersion, answers: a };
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
  const a = canonicalAnswers(answers);
  const w = new BitWriter();
  writeBody(w, a, rulesVersion, opts);
  const body = w.finish();
  const len = leb128(body.length);
  const crc = checksum(CODEC_VERSION, len, body);
  const bytes = Uint8Array.from([
    ...len,
    (crc >>> 24) & 0xff,
    (crc >>> 16) & 0xff,
    (crc >>> 8) & 0xff,
    crc & 0xff,
    ...body,
  ]);
  return `v${CODEC_VERSION}.${toBase64Url(bytes)}`;
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
    if (`v${CODEC_VERSION}.`.startsWith(value)) fail('truncated', DECODE_MESSAGES.truncated);
    fail('invalid', DECODE_MESSAGES.invalid);
  }
  const [, version = '', payload = ''] = head;
  if (Number(version) !== CODEC_VERSION || version !== String(CODEC_VERSION))
    fail('unknown-version', unknownVersionMessage(version));

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
  if (checksum(CODEC_VERSION, lengthBytes, body) !== stored) fail('tampered', DECODE_MESSAGES.tampered);
  // A canonical encoder pads with fewer than 8 zero bits; the base64 tail must not carry stray bits either.
  if (toBase64Url(bytes) !== payload.replace(/=+$/, '').replaceAll('+', '-').replaceAll('/', '_'))
    fail('tampered', DECODE_MESSAGES.tampered);

  const reader = new BitReader(body);
  const { rulesVersion, answers } = readBody(reader);
  if (reader.overrun || !reader.onlyPaddingLeft()) fail('invalid', DECODE_MESSAGES.invalid);

  const parsed = answersSchema.safeParse(answers);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    fail(
      'invalid',
      `This link's answers are not valid (${where}${issue?.message ?? 'unknown problem'}). Start a new assessment.`,
    );
  }
  return {
    ok: true,
    answers: canonicalAnswers(parsed.data),
    rulesVersion,
    rulesChanged: rulesVersion !== RULES_VERSION,
  };
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
