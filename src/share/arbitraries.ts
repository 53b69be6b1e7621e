/**
 * fast-check arbitraries for the answers schema, in canonical form (see canonical.ts): multi-choice answers
 * are ordered sets, absent optional fields are absent. Reusable by any property test (codec, engine,
 * scenarios). Only for tests: fast-check is a dev dependency. `answersV1Arb` gives answers of the frozen
 * version 1 schema, for the v1 link decoder and the migration.
 */
import fc from 'fast-check';
import {
  type Answers,
  CHANNELS,
  CODE_OF_PRACTICE,
  COMMERCIAL_FACTS,
  CONTEST_STATUS,
  EU_AVAILABILITY,
  EU_BUSINESS_USERS,
  INTERNAL_USE_LOCATION,
  LICENCE_RESTRICTIONS,
  LIFECYCLE,
  MONETISATION,
  NAME_ON_MODEL,
  OUTPUT_MODALITIES,
  PLACING_INTENTION,
  ROLES,
  SINGLE_TASKS,
  TASKS,
} from '../engine/answers';
import * as V1 from '../engine/answers-v1';
import { V2_TABLES } from './codec';

const YNU = ['yes', 'no', 'unknown'] as const;
const ynu = fc.constantFrom(...YNU);

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1900, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2200, 11, 31) / DAY_MS;

/** Any real calendar date the schema accepts (1900-01-01 … 2200-12-31), biased towards 2024–2028. */
export const isoDateArb: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 1, arbitrary: fc.integer({ min: FIRST_DAY, max: LAST_DAY }) },
    {
      weight: 3,
      arbitrary: fc.integer({ min: Date.UTC(2024, 0, 1) / DAY_MS, max: Date.UTC(2028, 11, 31) / DAY_MS }),
    },
  )
  .map((d) => new Date(d * DAY_MS).toISOString().slice(0, 10));

const dateOrUnknown = fc.oneof(isoDateArb, fc.constant('unknown' as const));

/** Realistic figures (two significant digits × 10^k) plus any double the schema accepts. */
export const flopArb: fc.Arbitrary<number> = fc.oneof(
  fc.constant(0),
  fc
    .tuple(fc.integer({ min: 10, max: 99 }), fc.integer({ min: 15, max: 28 }))
    .map(([m, e]) => Number(`${m / 10}e${e}`)),
  fc.double({ min: 0, max: 1e30, noNaN: true }),
);

const flopOrUnknown = fc.oneof(flopArb, fc.constant('unknown' as const));

/** Free text as the schema stores it: trimmed, any UTF-16 (lone surrogates included), at most `max` units. */
export function trimmedText(max: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.string({ unit: 'grapheme', maxLength: max }),
      fc.string({ unit: 'binary', maxLength: max }),
      fc.string({ maxLength: max }),
    )
    .map((s) => s.trim().slice(0, max).trim())
    .filter((s) => s.length <= max);
}

function orderedSubset<T>(values: readonly T[], minLength = 0): fc.Arbitrary<T[]> {
  return fc.subarray([...values], { minLength });
}

const computeV1 = {
  parameterUpdateFlop: flopOrUnknown,
  method: fc.constantFrom('measured', 'hardware', 'architecture', 'unknown'),
  syntheticDataFlop: flopOrUnknown,
  inheritedWeightsFlop: flopOrUnknown,
};
const compute = fc.record(
  { ...computeV1, plannedCumulativeFlop: flopOrUnknown },
  { requiredKeys: Object.keys(computeV1) as (keyof typeof computeV1)[], noNullPrototype: true },
);

function placingOf(channels: readonly string[], extra: Record<string, fc.Arbitrary<unknown>> = {}) {
  return fc.record(
    {
      channels: orderedSubset(channels, 1),
      euAvailability: fc.constantFrom(...EU_AVAILABILITY),
      euExcluded: ynu,
      placingDate: dateOrUnknown,
      ...extra,
    },
    { requiredKeys: ['channels', 'euAvailability', 'euExcluded'], noNullPrototype: true },
  );
}
const placing = placingOf(CHANNELS, {
  intention: fc.constantFrom(...PLACING_INTENTION),
  internalUseLocation: fc.constantFrom(...INTERNAL_USE_LOCATION),
  nameOnModel: fc.constantFrom(...NAME_ON_MODEL),
  lifecycle: fc.constantFrom(...LIFECYCLE),
  commercial: orderedSubset(COMMERCIAL_FACTS),
});

const integration = fc.record(
  { systemInEu: ynu, upstreamExcludedEu: ynu, systemPlacingDate: dateOrUnknown },
  { requiredKeys: ['systemInEu', 'upstreamExcludedEu'], noNullPrototype: true },
);

const modificationV1 = {
  originalComputeFlop: flopOrUnknown,
  originalSystemicRisk: ynu,
  modificationFlop: flopOrUnknown,
  syntheticDataFlop: flopOrUnknown,
  viaOriginalProviderPlatform: ynu,
};
function modificationOf(extra: Record<string, fc.Arbitrary<unknown>> = {}) {
  return fc.record(
    { ...modificationV1, ...extra, modificationPlacingDate: dateOrUnknown },
    {
      requiredKeys: [...Object.keys(modificationV1), ...Object.keys(extra)] as 'originalComputeFlop'[],
      noNullPrototype: true,
    },
  );
}

const licence = fc.record(
  {
    name: fc.oneof(fc.constantFrom(...V2_TABLES.licenceNames), trimmedText(80)),
    access: ynu,
    use: ynu,
    modify: ynu,
    distribute: ynu,
    restrictions: orderedSubset(LICENCE_RESTRICTIONS),
    weightsPublic: ynu,
    architecturePublic: ynu,
    usageInfoPublic: ynu,
    monetisation: orderedSubset(MONETISATION),
    microenterpriseDeal: ynu,
  },
  {
    requiredKeys: [
      'access',
      'use',
      'modify',
      'distribute',
      'restrictions',
      'weightsPublic',
      'architecturePublic',
      'usageInfoPublic',
      'monetisation',
      'microenterpriseDeal',
    ],
    noNullPrototype: true,
  },
);

function systemicRiskOf(contest: readonly string[], extra: Record<string, fc.Arbitrary<unknown>> = {}) {
  return fc.record(
    {
      thresholdMetDate: dateOrUnknown,
      designated: ynu,
      designationInformedDate: dateOrUnknown,
      contest: fc.constantFrom(...contest),
      contestDecisionDate: dateOrUnknown,
      notifiedDate: dateOrUnknown,
      ...extra,
    },
    { requiredKeys: ['designated', 'contest'], noNullPrototype: true },
  );
}

/** Parameter counts: 0, realistic sizes (10^6–10^13) and any number the schema accepts. */
const countArb = fc.oneof(
  fc.constant(0),
  fc
    .tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 6, max: 12 }))
    .map(([m, e]) => Number(`${m}e${e}`)),
  fc.double({ min: 0, max: 1e16, noNaN: true }),
);

const generalityFacts = fc.record(
  {
    parameterCount: fc.oneof(countArb, fc.constant('unknown' as const)),
    largeBroadData: ynu,
    selfSupervised: ynu,
    tasks: fc.oneof(orderedSubset(TASKS), fc.constant('unknown' as const)),
    singleTask: fc.constantFrom(...SINGLE_TASKS),
  },
  { requiredKeys: [], noNullPrototype: true },
);

const stepsTaken = fc.record(
  {
    authorisedRepresentative: ynu,
    technicalDocumentation: ynu,
    downstreamInformation: ynu,
    copyrightPolicy: ynu,
    trainingSummary: ynu,
  },
  { requiredKeys: [], noNullPrototype: true },
);

const REQUIRED = ['schemaVersion', 'role', 'euEstablished', 'outputModalities', 'codeOfPractice'] as const;

/** Drops the model name when `modelName: false`. */
function withoutName<T extends { modelName?: string }>(a: T, options: { modelName?: boolean }): T {
  if (options.modelName !== false) return a;
  const { modelName: _drop, ...rest } = a;
  return rest as T;
}

/** Any valid answer set in canonical form. `modelName: false` never generates a model name. */
export function answersArb(options: { modelName?: boolean } = {}): fc.Arbitrary<Answers> {
  return fc
    .record(
      {
        schemaVersion: fc.constant(2 as const),
        modelName: trimmedText(120),
        role: fc.constantFrom(...ROLES),
        consortiumRole: fc.constantFrom('coordinator', 'member', 'unknown'),
        euEstablished: ynu,
        outputModalities: fc.oneof(fc.constant('unknown' as const), orderedSubset(OUTPUT_MODALITIES, 1)),
        generalityFacts,
        compute,
        placing,
        integration,
        modification: modificationOf({ onBehalfOfOriginal: ynu }),
        licence,
        systemicRisk: systemicRiskOf(CONTEST_STATUS, {
          contestWithNotification: ynu,
          euBusinessUsers: fc.constantFrom(...EU_BUSINESS_USERS),
        }),
        stepsTaken,
        codeOfPractice: fc.constantFrom(...CODE_OF_PRACTICE),
      },
      { requiredKeys: [...REQUIRED], noNullPrototype: true },
    )
    .map((a) => withoutName(a as Answers, options));
}

/** Any valid answer set of the frozen version 1 schema, defaults filled (as a v1 link decodes). */
export function answersV1Arb(options: { modelName?: boolean } = {}): fc.Arbitrary<V1.AnswersV1> {
  return fc
    .record(
      {
        schemaVersion: fc.constant(1 as const),
        modelName: trimmedText(120),
        role: fc.constantFrom(...V1.ROLES),
        euEstablished: ynu,
        outputModalities: fc.oneof(fc.constant('unknown' as const), orderedSubset(V1.OUTPUT_MODALITIES, 1)),
        generality: fc.constantFrom(...V1.GENERALITY),
        compute: fc.record(computeV1, { noNullPrototype: true }),
        placing: placingOf(V1.CHANNELS),
        integration,
        modification: modificationOf(),
        licence,
        systemicRisk: systemicRiskOf(V1.CONTEST_STATUS),
        codeOfPractice: fc.constantFrom(...CODE_OF_PRACTICE),
      },
      { requiredKeys: [...REQUIRED, 'generality'], noNullPrototype: true },
    )
    .map((a) => withoutName(a as V1.AnswersV1, options));
}

/**
 * The answer set with the longest possible link: every section present, free text at its maximum length in
 * characters that cost the most bytes (3 per UTF-16 unit), 17-digit mantissas with the widest exponents,
 * every multi-choice option ticked, dates at the far end of the range.
 */
export function maximalAnswers(): Answers {
  // 17 significant digits with a mantissa ≥ 2^56 (nine 7-bit groups) and an exponent far from the bias.
  const worstFlop = 7.4366612535437905e-308;
  const longText = (n: number) => '€'.repeat(n);
  return {
    schemaVersion: 2,
    modelName: longText(120),
    role: 'consortium',
    consortiumRole: 'unknown',
    euEstablished: 'unknown',
    outputModalities: [...OUTPUT_MODALITIES],
    generalityFacts: {
      parameterCount: 7.4366612535437905e-308,
      largeBroadData: 'unknown',
      selfSupervised: 'unknown',
      tasks: [...TASKS],
      singleTask: 'unknown',
    },
    compute: {
      parameterUpdateFlop: worstFlop,
      method: 'unknown',
      syntheticDataFlop: worstFlop,
      inheritedWeightsFlop: worstFlop,
      plannedCumulativeFlop: worstFlop,
    },
    placing: {
      channels: [...CHANNELS],
      euAvailability: 'unknown',
      euExcluded: 'unknown',
      placingDate: '2200-12-31',
      intention: 'undecided',
      internalUseLocation: 'unknown',
      nameOnModel: 'unknown',
      lifecycle: 'unknown',
      commercial: [...COMMERCIAL_FACTS],
    },
    integration: { systemInEu: 'unknown', upstreamExcludedEu: 'unknown', systemPlacingDate: '2200-12-31' },
    modification: {
      originalComputeFlop: worstFlop,
      originalSystemicRisk: 'unknown',
      modificationFlop: worstFlop,
      syntheticDataFlop: worstFlop,
      viaOriginalProviderPlatform: 'unknown',
      onBehalfOfOriginal: 'unknown',
      modificationPlacingDate: '2200-12-31',
    },
    licence: {
      name: longText(80),
      access: 'unknown',
      use: 'unknown',
      modify: 'unknown',
      distribute: 'unknown',
      restrictions: [...LICENCE_RESTRICTIONS],
      weightsPublic: 'unknown',
      architecturePublic: 'unknown',
      usageInfoPublic: 'unknown',
      monetisation: [...MONETISATION],
      microenterpriseDeal: 'unknown',
    },
    systemicRisk: {
      thresholdMetDate: '2200-12-31',
      designated: 'unknown',
      designationInformedDate: '2200-12-31',
      contest: 'unknown',
      contestDecisionDate: '2200-12-31',
      notifiedDate: '2200-12-31',
      contestWithNotification: 'unknown',
      euBusinessUsers: 'unknown',
    },
    stepsTaken: {
      authorisedRepresentative: 'unknown',
      technicalDocumentation: 'unknown',
      downstreamInformation: 'unknown',
      copyrightPolicy: 'unknown',
      trainingSummary: 'unknown',
    },
    codeOfPractice: 'unknown',
  };
}
