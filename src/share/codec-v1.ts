/**
 * FROZEN: the body layout of link format v1 (`v1.…`, ADR 0020), for answers schema version 1. No longer
 * written by the app: kept so that every v1 link ever shared still decodes (its answers are then migrated,
 * src/engine/migrate.ts). The writer is kept for the tests and the golden links only. Never change either.
 */
import type { AnswersV1 } from '../engine/answers-v1';
import type { BitReader, BitWriter } from './bits';
import {
  DECODE_MESSAGES,
  fail,
  put,
  readEnum,
  readFlop,
  readOptionalDate,
  readRulesVersion,
  readSet,
  readString,
  writeEnum,
  writeFlop,
  writeOptionalDate,
  writeRulesVersion,
  writeSet,
  writeString,
} from './codec-fields';

// Frozen v1 tables. A v1 link's codes are indexes into these.
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
} as const;

/** Bits holding a multi-choice set's width (number of flag bits that follow). */
const SET_WIDTH_BITS = { modalities: 3, channels: 5, restrictions: 4, monetisation: 4 } as const;

/** Width of the extension mask: bit 0 systemicRisk.notifiedDate, bit 1 modification.syntheticDataFlop. */
const EXTENSION_BITS = 6;
const KNOWN_EXTENSIONS = 0b11;

const T = V1_TABLES;

/** Frozen v1 writer: tests and golden links only (the app writes v2). */
export function writeBodyV1(
  w: BitWriter,
  a: AnswersV1,
  rulesVersion: string,
  opts: { includeModelName: boolean },
): void {
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

  // Trailing extensions (ADR 0020 addendum): written only when one is used.
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

/** Reads a v1 body into a plain object (validated by the frozen v1 schema afterwards, then migrated). */
export function readBodyV1(r: BitReader): { rulesVersion: string; answers: Record<string, unknown> } {
  const rulesVersion = readRulesVersion(r);
  const a: Record<string, unknown> = { schemaVersion: 1 };
  const ynu = () => readEnum(r, T.yesNoUnknown, W.ynu);

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
