/**
 * Reports for the UI tests, produced by the real engine from fixture answers (issue 13: UI tests on engine
 * output, not on hand-made reports). Each fixture names the rev. 2 feature it is here to show. Test-only.
 */
import { type AnswersInput, answersSchema } from '../../engine/answers';
import type { Report } from '../../engine/report';
import { evaluateInEnglish } from '../../i18n/test-helpers';

export const TEST_AS_OF = '2026-11-25';

const base = {
  schemaVersion: 2,
  euEstablished: 'yes',
  outputModalities: ['text'],
  generalityFacts: { parameterCount: 7e10, largeBroadData: 'yes', selfSupervised: 'yes', singleTask: 'none' },
  codeOfPractice: 'full',
} as const satisfies Partial<AnswersInput>;

export const FIXTURE_ANSWERS = {
  /**
   * Frontier lab outside the EU, API and its own chat app, placed 10 March 2026; continued training crossed
   * 10^25 FLOP on Saturday 14 November 2026 (E20), so the two weeks end on Saturday 28 November and move to
   * Monday 30 November (R87). Own app → AI-system signposts (R93); provider → enforcement (R94).
   */
  movedDeadline: {
    ...base,
    modelName: 'Aurora-2',
    role: 'developer',
    euEstablished: 'no',
    outputModalities: ['text', 'image'],
    placing: { channels: ['api', 'ownApp'], euAvailability: 'direct', placingDate: '2026-03-10' },
    compute: { parameterUpdateFlop: 1.2e25, method: 'hardware' },
    systemicRisk: { thresholdMetDate: '2026-11-14', designated: 'no', contest: 'none' },
  },
  /**
   * Placed on Saturday 10 January 2026 above 10^25 FLOP with the threshold date unknown: the notification was
   * due at the latest two weeks after placing (R89) — Saturday 24 January, moved to Monday 26 January — and is
   * overdue unless notified.
   */
  atLatest: {
    ...base,
    modelName: 'Borealis',
    role: 'developer',
    placing: { channels: ['api'], euAvailability: 'direct', placingDate: '2026-01-10' },
    compute: { parameterUpdateFlop: 3e25, method: 'measured' },
    systemicRisk: { thresholdMetDate: 'unknown', designated: 'no', contest: 'none' },
  },
  /** Threshold met on 1 October 2026, placing planned for 10 December 2026: Art. 55 "prepare from" (E28). */
  prepareFrom: {
    ...base,
    modelName: 'Cirrus',
    role: 'developer',
    placing: { channels: ['api'], euAvailability: 'direct', placingDate: '2026-12-10' },
    compute: { parameterUpdateFlop: 2e25, method: 'measured' },
    systemicRisk: {
      thresholdMetDate: '2026-10-01',
      designated: 'no',
      contest: 'none',
      notifiedDate: '2026-10-08',
    },
  },
  /** A GPAI model without systemic risk, placed 1 March 2026; documentation done, copyright policy not. */
  stepsTaken: {
    ...base,
    modelName: 'Delta',
    role: 'developer',
    placing: { channels: ['api'], euAvailability: 'direct', placingDate: '2026-03-01' },
    compute: { parameterUpdateFlop: 5e23, method: 'architecture' },
    stepsTaken: { technicalDocumentation: 'yes', copyrightPolicy: 'no', trainingSummary: 'unknown' },
  },
  /** Builds a chatbot on a third-party model through its API: no model obligations, only signposts (R93). */
  integrator: {
    ...base,
    modelName: 'Helpdesk bot',
    role: 'integrator',
    integration: { systemInEu: 'yes', upstreamExcludedEu: 'no' },
    compute: { parameterUpdateFlop: 'unknown' },
  },
  /** Trains a model for a client that places it under the client's name (R14, R91). */
  contractor: {
    ...base,
    modelName: 'Client model',
    role: 'developer',
    placing: {
      channels: ['api'],
      euAvailability: 'direct',
      placingDate: '2026-05-01',
      nameOnModel: 'client',
    },
    compute: { parameterUpdateFlop: 4e23, method: 'measured' },
  },
  /** Open weights under Apache-2.0 with public weights: Art. 53(1)(a), (b) and 54 exempted (R48–R55). */
  openWeights: {
    ...base,
    modelName: 'Open-7B',
    role: 'developer',
    euEstablished: 'no',
    placing: { channels: ['hub'], euAvailability: 'direct', placingDate: '2026-02-01' },
    compute: { parameterUpdateFlop: 8e23, method: 'architecture' },
    licence: {
      name: 'Apache-2.0',
      access: 'yes',
      use: 'yes',
      modify: 'yes',
      distribute: 'yes',
      restrictions: ['safetyClauses'],
      weightsPublic: 'yes',
      architecturePublic: 'yes',
      usageInfoPublic: 'yes',
      monetisation: [],
    },
  },
} as const satisfies Record<string, AnswersInput>;

export type FixtureKey = keyof typeof FIXTURE_ANSWERS;

/** The engine's report for a fixture, as of the tests' fixed date unless another is given. */
export function fixtureReport(key: FixtureKey, asOf = TEST_AS_OF): Report {
  return evaluateInEnglish(answersSchema.parse(FIXTURE_ANSWERS[key]), asOf);
}
