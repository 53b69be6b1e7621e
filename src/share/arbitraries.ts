/**
 * fast-check arbitraries for the answers schema, in canonical form (see canonical.ts): multi-choice answers
 * are ordered sets, absent optional fields are absent. Reusable by any property test (codec, engine,
 * scenarios). Only for tests: fast-check is a dev dependency.
 */
import fc from 'fast-check';
import {
  type Answers,
  CHANNELS,
  CODE_OF_PRACTICE,
  CONTEST_STATUS,
  EU_AVAILABILITY,
  GENERALITY,
  LICENCE_RESTRICTIONS,
  MONETISATION,
  OUTPUT_MODALITIES,
  ROLES,
} from '../engine/answers';
import { V1_TABLES } from './codec';

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

const compute = fc.record(
  {
    parameterUpdateFlop: flopOrUnknown,
    method: fc.constantFrom('measured', 'hardware', 'architecture', 'unknown'),
    syntheticDataFlop: flopOrUnknown,
    inheritedWeightsFlop: flopOrUnknown,
  },
  { noNullPrototype: true },
);

const placing = fc.record(
  {
    channels: orderedSubset(CHANNELS, 1),
    euAvailability: fc.constantFrom(...EU_AVAILABILITY),
    euExcluded: ynu,
    placingDate: dateOrUnknown,
  },
  { requiredKeys: ['channels', 'euAvailability', 'euExcluded'], noNullPrototype: true },
);

const integration = fc.record(
  { systemInEu: ynu, upstreamExcludedEu: ynu, systemPlacingDate: dateOrUnknown },
  { requiredKeys: ['systemInEu', 'upstreamExcludedEu'], noNullPrototype: true },
);

const modification = fc.record(
  {
    originalComputeFlop: flopOrUnknown,
    originalSystemicRisk: ynu,
    modificationFlop: flopOrUnknown,
    syntheticDataFlop: flopOrUnknown,
    viaOriginalProviderPlatform: ynu,
    modificationPlacingDate: dateOrUnknown,
  },
  {
    requiredKeys: [
      'originalComputeFlop',
      'originalSystemicRisk',
      'modificationFlop',
      'syntheticDataFlop',
      'viaOriginalProviderPlatform',
    ],
    noNullPrototype: true,
  },
);

const licence = fc.record(
  {
    name: fc.oneof(fc.constantFrom(...V1_TABLES.licenceNames), trimmedText(80)),
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

const systemicRisk = fc.record(
  {
    thresholdMetDate: dateOrUnknown,
    designated: ynu,
    designationInformedDate: dateOrUnknown,
    contest: fc.constantFrom(...CONTEST_STATUS),
    contestDecisionDate: dateOrUnknown,
    notifiedDate: dateOrUnknown,
  },
  { requiredKeys: ['designated', 'contest'], noNullPrototype: true },
);

/** Any valid answer set in canonical form. `modelName: false` never generates a model name. */
export function answersArb(options: { modelName?: boolean } = {}): fc.Arbitrary<Answers> {
  return fc
    .record(
      {
        schemaVersion: fc.constant(1 as const),
        modelName: trimmedText(120),
        role: fc.constantFrom(...ROLES),
        euEstablished: ynu,
        outputModalities: fc.oneof(fc.constant('unknown' as const), orderedSubset(OUTPUT_MODALITIES, 1)),
        generality: fc.constantFrom(...GENERALITY),
        compute,
        placing,
        integration,
        modification,
        licence,
        systemicRisk,
        codeOfPractice: fc.constantFrom(...CODE_OF_PRACTICE),
      },
      {
        requiredKeys:
          options.modelName === false
            ? ['schemaVersion', 'role', 'euEstablished', 'outputModalities', 'generality', 'codeOfPractice']
            : ['schemaVersion', 'role', 'euEstablished', 'outputModalities', 'generality', 'codeOfPractice'],
        noNullPrototype: true,
      },
    )
    .map((a) => {
      if (options.modelName === false) {
        const { modelName: _drop, ...rest } = a;
        return rest as Answers;
      }
      return a as Answers;
    });
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
    schemaVersion: 1,
    modelName: longText(120),
    role: 'research',
    euEstablished: 'unknown',
    outputModalities: [...OUTPUT_MODALITIES],
    generality: 'unknown',
    compute: {
      parameterUpdateFlop: worstFlop,
      method: 'unknown',
      syntheticDataFlop: worstFlop,
      inheritedWeightsFlop: worstFlop,
    },
    placing: {
      channels: [...CHANNELS],
      euAvailability: 'unknown',
      euExcluded: 'unknown',
      placingDate: '2200-12-31',
    },
    integration: { systemInEu: 'unknown', upstreamExcludedEu: 'unknown', systemPlacingDate: '2200-12-31' },
    modification: {
      originalComputeFlop: worstFlop,
      originalSystemicRisk: 'unknown',
      modificationFlop: worstFlop,
      syntheticDataFlop: worstFlop,
      viaOriginalProviderPlatform: 'unknown',
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
      contest: 'rejected',
      contestDecisionDate: '2200-12-31',
      notifiedDate: '2200-12-31',
    },
    codeOfPractice: 'unknown',
  };
}
