/**
 * The eight personas of issue #3 as the answers the wizard collects (the same people e2e/personas.ts walks
 * through the UI). Test fixtures only.
 */
import type { DraftAnswers, ScreenId } from './types';

export interface WizardPersona {
  answers: DraftAnswers;
  /** The screens the wizard shows for these answers, in order. */
  screens: ScreenId[];
}

export const WIZARD_PERSONAS = {
  frontierLab: {
    answers: {
      schemaVersion: 1,
      role: 'developer',
      modelName: 'Aurora-3',
      euEstablished: 'no',
      outputModalities: ['text', 'image'],
      generality: 'broad',
      placing: { channels: ['api', 'ownApp'], euAvailability: 'direct', placingDate: '2026-03-01' },
      compute: { parameterUpdateFlop: 3.8e25, method: 'hardware' },
      systemicRisk: {
        thresholdMetDate: '2025-11-10',
        notifiedDate: '2025-11-20',
        designated: 'no',
        contest: 'none',
      },
      codeOfPractice: 'full',
    },
    screens: ['role', 'capabilities', 'placing', 'compute', 'systemic-risk', 'code-of-practice'],
  },
  openWeights7B: {
    answers: {
      schemaVersion: 1,
      role: 'developer',
      modelName: 'Lumen-7B',
      euEstablished: 'yes',
      outputModalities: ['text'],
      generality: 'broad',
      placing: { channels: ['hub'], euAvailability: 'direct', placingDate: '2025-10-01' },
      compute: {
        parameterUpdateFlop: 1.26e23,
        method: 'architecture',
        syntheticDataFlop: 0,
        inheritedWeightsFlop: 0,
      },
      systemicRisk: { designated: 'no' },
      licence: {
        name: 'Apache-2.0',
        access: 'yes',
        use: 'yes',
        modify: 'yes',
        distribute: 'yes',
        restrictions: ['attributionShareAlike'],
        weightsPublic: 'yes',
        architecturePublic: 'yes',
        usageInfoPublic: 'yes',
        monetisation: [],
      },
      codeOfPractice: 'none',
    },
    screens: ['role', 'capabilities', 'placing', 'compute', 'systemic-risk', 'licence', 'code-of-practice'],
  },
  fineTunerBelowOneThird: {
    answers: {
      schemaVersion: 1,
      role: 'modifier',
      euEstablished: 'yes',
      outputModalities: ['text'],
      generality: 'broad',
      modification: { originalComputeFlop: 2e24, originalSystemicRisk: 'no', modificationFlop: 1.5e22 },
    },
    screens: ['role', 'capabilities', 'modification'],
  },
  fineTunerUnknownOriginal: {
    answers: {
      schemaVersion: 1,
      role: 'modifier',
      euEstablished: 'no',
      outputModalities: ['text'],
      generality: 'broad',
      modification: {
        originalComputeFlop: 'unknown',
        originalSystemicRisk: 'no',
        modificationFlop: 5e22,
        syntheticDataFlop: 0,
        viaOriginalProviderPlatform: 'no',
        modificationPlacingDate: '2026-01-15',
      },
      placing: { channels: ['api'], euAvailability: 'direct' },
      systemicRisk: { designated: 'no' },
      codeOfPractice: 'none',
    },
    screens: ['role', 'capabilities', 'modification', 'placing', 'systemic-risk', 'code-of-practice'],
  },
  apiIntegrator: {
    answers: {
      schemaVersion: 1,
      role: 'integrator',
      euEstablished: 'yes',
      outputModalities: ['text'],
      generality: 'broad',
      integration: { systemInEu: 'yes', upstreamExcludedEu: 'no' },
      compute: { parameterUpdateFlop: 'unknown' },
    },
    screens: ['role', 'capabilities', 'integration', 'compute'],
  },
  speechTranscription: {
    answers: {
      schemaVersion: 1,
      role: 'developer',
      euEstablished: 'yes',
      outputModalities: ['text'],
      generality: 'narrow',
      placing: { channels: ['api'], euAvailability: 'direct', placingDate: '2025-09-01' },
      compute: { parameterUpdateFlop: 2e23, method: 'measured' },
    },
    screens: ['role', 'capabilities', 'placing', 'compute'],
  },
  legacyModel2024: {
    answers: {
      schemaVersion: 1,
      role: 'commissioned',
      euEstablished: 'yes',
      outputModalities: ['text'],
      generality: 'broad',
      placing: { channels: ['api', 'cloud'], euAvailability: 'direct', placingDate: '2024-05-14' },
      compute: {
        parameterUpdateFlop: 3e24,
        method: 'measured',
        syntheticDataFlop: 0,
        inheritedWeightsFlop: 0,
      },
      systemicRisk: { designated: 'no' },
      codeOfPractice: 'partial',
    },
    screens: ['role', 'capabilities', 'placing', 'compute', 'systemic-risk', 'code-of-practice'],
  },
  researchPrototype: {
    answers: {
      schemaVersion: 1,
      role: 'research',
      euEstablished: 'yes',
      outputModalities: ['text'],
      generality: 'broad',
      placing: { channels: ['notYet'], euAvailability: 'none', placingDate: 'unknown' },
    },
    screens: ['role', 'capabilities', 'placing'],
  },
} satisfies Record<string, WizardPersona>;
