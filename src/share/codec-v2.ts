/**
 * The body layout of link format v2 (`v2.…`), for answers schema version 2 (rules revision 2, ADR 0050).
 * Same building blocks as v1 (codec-fields.ts): enum codes into FROZEN, append-only tables with headroom
 * bits, trimmed bitsets, a presence bit before each optional section and each optional answer, and a trailing
 * extension block for answers added later (none yet: a set mask bit is a link from a newer build).
 */
import type { Answers } from '../engine/answers';
import type { BitReader, BitWriter } from './bits';
import {
  DECODE_MESSAGES,
  fail,
  put,
  readEnum,
  readFlop,
  readNumber,
  readOptional,
  readOptionalDate,
  readRulesVersion,
  readSet,
  readString,
  writeEnum,
  writeFlop,
  writeNumber,
  writeOptional,
  writeOptionalDate,
  writeRulesVersion,
  writeSet,
  writeString,
} from './codec-fields';

// Frozen v2 tables. APPEND ONLY: never reorder, never remove. A test checks every value of answers.ts has a code.
export const V2_TABLES = {
  yesNoUnknown: ['yes', 'no', 'unknown'],
  roles: [
    'developer',
    'commissioned',
    'modifier',
    'integrator',
    'host',
    'hobbyist',
    'research',
    'consortium',
  ],
  consortiumRoles: ['coordinator', 'member', 'unknown'],
  modalities: ['text', 'speech', 'otherAudio', 'image', 'imageEdit', 'video', 'other'],
  tasks: [
    'conversation',
    'writing',
    'summarisation',
    'translation',
    'code',
    'questionAnswering',
    'reasoning',
    'extraction',
    'imageGeneration',
    'imageUnderstanding',
    'speechTasks',
    'toolUse',
  ],
  singleTasks: [
    'none',
    'transcription',
    'textToSpeech',
    'upscaling',
    'inpainting',
    'gamePlaying',
    'physicalModelling',
    'music',
    'soundEffects',
    'otherSingleTask',
    'unknown',
  ],
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
    'downstreamSupply',
    'internalAffectsPeople',
  ],
  euAvailability: ['direct', 'viaDownstream', 'none', 'unknown'],
  intention: ['yes', 'no', 'undecided'],
  internalUseLocation: ['eu', 'outsideEu', 'both', 'unknown'],
  nameOnModel: ['own', 'client', 'originalProvider', 'unknown'],
  lifecycle: ['newModel', 'laterVersion', 'unknown'],
  commercial: ['price', 'otherMonetisation', 'apiOrAppBusiness', 'regularSupply'],
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
  contest: ['none', 'pending', 'accepted', 'rejected', 'unknown'],
  euBusinessUsers: ['atLeast10000', 'fewer', 'unknown'],
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

/** Bits per enum code: at least one spare code each (headroom for appended values). */
const W = {
  ynu: 2,
  role: 4,
  consortiumRole: 2,
  singleTask: 4,
  codeOfPractice: 3,
  method: 3,
  euAvailability: 3,
  intention: 2,
  internalUseLocation: 3,
  nameOnModel: 3,
  lifecycle: 2,
  contest: 3,
  euBusinessUsers: 2,
  licenceName: 6,
} as const;

/** Bits holding a multi-choice set's width (number of flag bits that follow). */
const SET_WIDTH_BITS = {
  modalities: 4,
  tasks: 4,
  channels: 5,
  commercial: 3,
  restrictions: 4,
  monetisation: 4,
} as const;

/** Parameter counts are around 10^9–10^12: this bias keeps their written exponent small. */
const COUNT_EXPONENT_BIAS = 9;

/** Width of the trailing extension mask (answers added after this layout was frozen; none yet). */
const EXTENSION_BITS = 6;

const T = V2_TABLES;
type Ynu = 'yes' | 'no' | 'unknown';

export function writeBodyV2(
  w: BitWriter,
  a: Answers,
  rulesVersion: string,
  opts: { includeModelName: boolean },
): void {
  const ynu = (v: Ynu) => writeEnum(w, T.yesNoUnknown, v, W.ynu);
  const optYnu = (v: Ynu | undefined) => writeOptional(w, v, ynu);
  const optEnum = (table: readonly string[], v: string | undefined, width: number) =>
    writeOptional(w, v, (x) => writeEnum(w, table, x, width));

  writeRulesVersion(w, rulesVersion);
  writeEnum(w, T.roles, a.role, W.role);
  optEnum(T.consortiumRoles, a.consortiumRole, W.consortiumRole);
  ynu(a.euEstablished);
  w.bool(a.outputModalities === 'unknown');
  if (a.outputModalities !== 'unknown')
    writeSet(w, T.modalities, a.outputModalities, SET_WIDTH_BITS.modalities);
  writeEnum(w, T.codeOfPractice, a.codeOfPractice, W.codeOfPractice);
  writeOptional(w, opts.includeModelName ? a.modelName : undefined, (name) => writeString(w, name));

  writeOptional(w, a.generalityFacts, (g) => {
    // Tag: 0 absent, 1 unknown, 2 zero, 3 a positive number (count.min(0) allows 0, which has no mantissa).
    const count = g.parameterCount;
    w.bits(count === undefined ? 0 : count === 'unknown' ? 1 : count === 0 ? 2 : 3, 2);
    if (typeof count === 'number' && count !== 0) writeNumber(w, count, COUNT_EXPONENT_BIAS);
    optYnu(g.largeBroadData);
    optYnu(g.selfSupervised);
    // Tag: 0 absent, 1 unknown, 2 a list (3 spare).
    w.bits(g.tasks === undefined ? 0 : g.tasks === 'unknown' ? 1 : 2, 2);
    if (Array.isArray(g.tasks)) writeSet(w, T.tasks, g.tasks, SET_WIDTH_BITS.tasks);
    optEnum(T.singleTasks, g.singleTask, W.singleTask);
  });

  writeOptional(w, a.compute, (c) => {
    writeFlop(w, c.parameterUpdateFlop);
    writeEnum(w, T.computeMethod, c.method, W.method);
    writeFlop(w, c.syntheticDataFlop);
    writeFlop(w, c.inheritedWeightsFlop);
    writeOptional(w, c.plannedCumulativeFlop, (f) => writeFlop(w, f));
  });

  writeOptional(w, a.placing, (p) => {
    writeSet(w, T.channels, p.channels, SET_WIDTH_BITS.channels);
    writeEnum(w, T.euAvailability, p.euAvailability, W.euAvailability);
    ynu(p.euExcluded);
    writeOptionalDate(w, p.placingDate);
    optEnum(T.intention, p.intention, W.intention);
    optEnum(T.internalUseLocation, p.internalUseLocation, W.internalUseLocation);
    optEnum(T.nameOnModel, p.nameOnModel, W.nameOnModel);
    optEnum(T.lifecycle, p.lifecycle, W.lifecycle);
    writeOptional(w, p.commercial, (c) => writeSet(w, T.commercial, c, SET_WIDTH_BITS.commercial));
  });

  writeOptional(w, a.integration, (i) => {
    ynu(i.systemInEu);
    ynu(i.upstreamExcludedEu);
    writeOptionalDate(w, i.systemPlacingDate);
  });

  writeOptional(w, a.modification, (m) => {
    writeFlop(w, m.originalComputeFlop);
    ynu(m.originalSystemicRisk);
    writeFlop(w, m.modificationFlop);
    writeFlop(w, m.syntheticDataFlop);
    ynu(m.viaOriginalProviderPlatform);
    ynu(m.onBehalfOfOriginal);
    writeOptionalDate(w, m.modificationPlacingDate);
  });

  writeOptional(w, a.licence, (l) => {
    writeOptional(w, l.name, (name) => {
      const code = (T.licenceNames as readonly string[]).indexOf(name);
      w.bool(code >= 0);
      if (code >= 0) w.bits(code, W.licenceName);
      else writeString(w, name);
    });
    for (const right of [l.access, l.use, l.modify, l.distribute]) ynu(right);
    writeSet(w, T.restrictions, l.restrictions, SET_WIDTH_BITS.restrictions);
    for (const pub of [l.weightsPublic, l.architecturePublic, l.usageInfoPublic]) ynu(pub);
    writeSet(w, T.monetisation, l.monetisation, SET_WIDTH_BITS.monetisation);
    ynu(l.microenterpriseDeal);
  });

  writeOptional(w, a.systemicRisk, (s) => {
    writeOptionalDate(w, s.thresholdMetDate);
    ynu(s.designated);
    writeOptionalDate(w, s.designationInformedDate);
    writeEnum(w, T.contest, s.contest, W.contest);
    writeOptionalDate(w, s.contestDecisionDate);
    writeOptionalDate(w, s.notifiedDate);
    optYnu(s.contestWithNotification);
    optEnum(T.euBusinessUsers, s.euBusinessUsers, W.euBusinessUsers);
  });

  writeOptional(w, a.stepsTaken, (st) => {
    for (const v of [
      st.authorisedRepresentative,
      st.technicalDocumentation,
      st.downstreamInformation,
      st.copyrightPolicy,
      st.trainingSummary,
    ])
      optYnu(v);
  });
  // Trailing extensions: none yet. A later answer is written as a marker bit, a mask of EXTENSION_BITS and
  // its payload; links without extensions end in zero padding, which reads as "none".
}

/** Reads a v2 body into a plain object (validated by answersSchema afterwards). */
export function readBodyV2(r: BitReader): { rulesVersion: string; answers: Record<string, unknown> } {
  const ynu = () => readEnum(r, T.yesNoUnknown, W.ynu);
  const optYnu = () => readOptional(r, ynu);
  const optEnum = <V extends string>(table: readonly V[], width: number) =>
    readOptional(r, () => readEnum(r, table, width));
  const section = (read: () => Record<string, unknown>) => readOptional(r, read);

  const rulesVersion = readRulesVersion(r);
  const a: Record<string, unknown> = { schemaVersion: 2 };
  a.role = readEnum(r, T.roles, W.role);
  put(a, 'consortiumRole', optEnum(T.consortiumRoles, W.consortiumRole));
  a.euEstablished = ynu();
  a.outputModalities = r.bool() ? 'unknown' : readSet(r, T.modalities, SET_WIDTH_BITS.modalities);
  a.codeOfPractice = readEnum(r, T.codeOfPractice, W.codeOfPractice);
  put(
    a,
    'modelName',
    readOptional(r, () => readString(r)),
  );

  put(
    a,
    'generalityFacts',
    section(() => {
      const g: Record<string, unknown> = {};
      const countTag = r.bits(2);
      if (countTag === 1) g.parameterCount = 'unknown';
      else if (countTag === 2) g.parameterCount = 0;
      else if (countTag === 3) g.parameterCount = readNumber(r, COUNT_EXPONENT_BIAS);
      put(g, 'largeBroadData', optYnu());
      put(g, 'selfSupervised', optYnu());
      const tasksTag = r.bits(2);
      if (tasksTag === 3) fail('unknown-version', DECODE_MESSAGES.newerCode);
      if (tasksTag === 1) g.tasks = 'unknown';
      else if (tasksTag === 2) g.tasks = readSet(r, T.tasks, SET_WIDTH_BITS.tasks);
      put(g, 'singleTask', optEnum(T.singleTasks, W.singleTask));
      return g;
    }),
  );

  put(
    a,
    'compute',
    section(() => {
      const c: Record<string, unknown> = {
        parameterUpdateFlop: readFlop(r),
        method: readEnum(r, T.computeMethod, W.method),
        syntheticDataFlop: readFlop(r),
        inheritedWeightsFlop: readFlop(r),
      };
      put(
        c,
        'plannedCumulativeFlop',
        readOptional(r, () => readFlop(r)),
      );
      return c;
    }),
  );

  put(
    a,
    'placing',
    section(() => {
      const p: Record<string, unknown> = {
        channels: readSet(r, T.channels, SET_WIDTH_BITS.channels),
        euAvailability: readEnum(r, T.euAvailability, W.euAvailability),
        euExcluded: ynu(),
      };
      put(p, 'placingDate', readOptionalDate(r));
      put(p, 'intention', optEnum(T.intention, W.intention));
      put(p, 'internalUseLocation', optEnum(T.internalUseLocation, W.internalUseLocation));
      put(p, 'nameOnModel', optEnum(T.nameOnModel, W.nameOnModel));
      put(p, 'lifecycle', optEnum(T.lifecycle, W.lifecycle));
      put(
        p,
        'commercial',
        readOptional(r, () => readSet(r, T.commercial, SET_WIDTH_BITS.commercial)),
      );
      return p;
    }),
  );

  put(
    a,
    'integration',
    section(() => {
      const i: Record<string, unknown> = { systemInEu: ynu(), upstreamExcludedEu: ynu() };
      put(i, 'systemPlacingDate', readOptionalDate(r));
      return i;
    }),
  );

  put(
    a,
    'modification',
    section(() => {
      const m: Record<string, unknown> = {
        originalComputeFlop: readFlop(r),
        originalSystemicRisk: ynu(),
        modificationFlop: readFlop(r),
        syntheticDataFlop: readFlop(r),
        viaOriginalProviderPlatform: ynu(),
        onBehalfOfOriginal: ynu(),
      };
      put(m, 'modificationPlacingDate', readOptionalDate(r));
      return m;
    }),
  );

  put(
    a,
    'licence',
    section(() => {
      const l: Record<string, unknown> = {};
      put(
        l,
        'name',
        readOptional(r, () => (r.bool() ? readEnum(r, T.licenceNames, W.licenceName) : readString(r))),
      );
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
      return l;
    }),
  );

  put(
    a,
    'systemicRisk',
    section(() => {
      const s: Record<string, unknown> = {};
      put(s, 'thresholdMetDate', readOptionalDate(r));
      s.designated = ynu();
      put(s, 'designationInformedDate', readOptionalDate(r));
      s.contest = readEnum(r, T.contest, W.contest);
      put(s, 'contestDecisionDate', readOptionalDate(r));
      put(s, 'notifiedDate', readOptionalDate(r));
      put(s, 'contestWithNotification', optYnu());
      put(s, 'euBusinessUsers', optEnum(T.euBusinessUsers, W.euBusinessUsers));
      return s;
    }),
  );

  put(
    a,
    'stepsTaken',
    section(() => {
      const st: Record<string, unknown> = {};
      for (const key of [
        'authorisedRepresentative',
        'technicalDocumentation',
        'downstreamInformation',
        'copyrightPolicy',
        'trainingSummary',
      ])
        put(st, key, optYnu());
      return st;
    }),
  );

  if (r.hasMoreData() && r.bool() && r.bits(EXTENSION_BITS) !== 0)
    fail('unknown-version', DECODE_MESSAGES.newerCode);
  return { rulesVersion, answers: a };
}
