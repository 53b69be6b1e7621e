/** Builders for engine tests: a complete, valid answer set with overrides. Test-only. */
import { type Answers, type AnswersInput, answersSchema } from './answers';

export const AS_OF = '2026-11-25';

/** E27: facts that display significant generality (R8: ≥ 1 B parameters, large broad data, self-supervision). */
export const BROAD: NonNullable<AnswersInput['generalityFacts']> = {
  parameterCount: 7e9,
  largeBroadData: 'yes',
  selfSupervised: 'yes',
  tasks: ['conversation', 'summarisation', 'translation', 'code'],
  singleTask: 'none',
};

/** E27: a model designed and trained for one narrow task (R10). */
export const NARROW: NonNullable<AnswersInput['generalityFacts']> = { singleTask: 'transcription' };

/** A broad text model by an EU developer, 5 × 10^23 FLOP, API in the EU, placed 1 Sept 2025. */
export function developer(overrides: Partial<AnswersInput> = {}): Answers {
  return answersSchema.parse({
    schemaVersion: 2,
    role: 'developer',
    euEstablished: 'yes',
    outputModalities: ['text'],
    compute: { parameterUpdateFlop: 5e23 },
    placing: { channels: ['api'], euAvailability: 'direct', placingDate: '2025-09-01' },
    codeOfPractice: 'none',
    ...overrides,
  });
}

/** A downstream modifier of a 3 × 10^24 FLOP model, placing the result in the EU on 1 March 2026. */
export function modifier(
  modification: Partial<NonNullable<AnswersInput['modification']>>,
  overrides: Partial<AnswersInput> = {},
): Answers {
  return answersSchema.parse({
    schemaVersion: 2,
    role: 'modifier',
    euEstablished: 'yes',
    outputModalities: ['text'],
    generalityFacts: BROAD,
    placing: { channels: ['api'], euAvailability: 'direct' },
    modification: {
      originalComputeFlop: 3e24,
      originalSystemicRisk: 'no',
      modificationFlop: 1e22,
      modificationPlacingDate: '2026-03-01',
      ...modification,
    },
    codeOfPractice: 'none',
    ...overrides,
  });
}

export const OPEN_LICENCE: NonNullable<AnswersInput['licence']> = {
  name: 'Apache-2.0',
  access: 'yes',
  use: 'yes',
  modify: 'yes',
  distribute: 'yes',
  restrictions: [],
  weightsPublic: 'yes',
  architecturePublic: 'yes',
  usageInfoPublic: 'yes',
  monetisation: [],
  microenterpriseDeal: 'no',
};
