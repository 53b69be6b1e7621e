/**
 * Worked scenarios: an independent test oracle for evaluate(), derived from RULES.md revision 2 (R1–R94,
 * E1–E30), ADR 0050 (answers schema v2 and the lead's readings where RULES.md is open) and ADR 0040 — not
 * from the engine's code. Each scenario is a set of plain facts (answers), an "as of" date, and the verdicts,
 * obligations and dates a careful reader of the rules would expect. The methodology page renders SCENARIOS
 * as its worked-examples table.
 *
 * This file holds the scenarios written for rules revision 1, migrated to answers schema version 2: the
 * judgement `generality` became facts (`generalityFacts`, E27), `audio` became `speech` or `otherAudio`
 * (R10), "not yet placed" carries `placing.intention` (R88), internal use carries its location (R17, E8).
 * Where revision 2 changed the expected legal outcome, the expectation was updated and the `note` names the
 * rev. 2 rule. Scenarios for the rules revision 2 changed or added are in ./scenarios-rev2.ts. Conventions
 * and building blocks: ./kit.ts.
 */
import {
  AS_OF,
  art55On,
  art55PrepareFrom,
  BROAD,
  base,
  baseNonEu,
  compute,
  designatedEu,
  developer,
  licence,
  modifier,
  NO_DUTIES,
  narrow,
  notYetPlaced,
  OPEN,
  openDeveloper,
  openSourceEu,
  PROVIDER_BASE,
  placing,
  presumedEu,
  presumedNonEu,
  type Scenario,
  SYSTEM_SIGNPOSTS,
  sorted,
  sr,
} from './kit';
import { REV2_SCENARIOS } from './scenarios-rev2';

export type { PeriodExpectation, Scenario, ScenarioExpectation } from './kit';

// ---------------------------------------------------------------------------------------------------------
// Scenarios of rules revision 1, migrated to answers schema version 2
// ---------------------------------------------------------------------------------------------------------

const REV1_SCENARIOS: readonly Scenario[] = [
  // --- B. Is it a GPAI model? (R7–R12, E1–E3) -----------------------------------------------------------
  {
    id: 'criterion-exactly-1e23-not-met',
    title:
      'A text model of unknown generality trained with exactly 10^23 FLOP does not meet the indicative criterion ("greater than"), so it is not a GPAI model.',
    rules: ['R7', 'R12', 'E2'],
    answers: developer({ generalityFacts: undefined, compute: compute(1e23) }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: false, role: 'out-of-scope', systemicRisk: 'none' },
  },
  {
    id: 'criterion-just-above-1e23-met',
    title:
      'The same model at 1.0000001 × 10^23 FLOP meets the criterion and is a GPAI model; its developer places it via an API and owes the Art. 53 duties from placement.',
    rules: ['R7', 'R12', 'E2', 'R5', 'R15', 'R67'],
    answers: developer({ generalityFacts: undefined, compute: compute(1.0000001e23) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, complianceDeadline: '2026-01-10' },
  },
  {
    id: 'broad-language-model-1e24',
    title:
      'A broad natural-language model trained with 10^24 FLOP is a GPAI model (the Commission’s own example); an EU developer offering it by API is its provider.',
    rules: ['R1', 'R7', 'R10', 'R14', 'R15', 'R56', 'R57', 'R58', 'R59', 'R60', 'R66', 'R71', 'E25'],
    answers: developer({ compute: compute(1e24) }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      complianceDeadline: '2026-01-10',
      notificationDeadline: null,
      timeline: ['2025-08-02', '2026-01-10', '2026-08-02'],
      enforcement: true,
    },
  },
  {
    id: 'narrow-speech-transcription-1e24',
    title:
      'A speech-transcription model at 10^24 FLOP meets the compute criterion but can only do one narrow task, so it is not a GPAI model.',
    rules: ['R9', 'R10', 'E1'],
    answers: developer({
      outputModalities: ['text'],
      generalityFacts: narrow('transcription'),
      compute: compute(1e24),
    }),
    asOf: AS_OF,
    expected: {
      ...NO_DUTIES,
      isGPAI: false,
      role: 'out-of-scope',
      systemicRisk: 'none',
      ambiguities: ['E27'],
    },
    note: 'Rev. 2 (R8, E27): "narrow" is now the fact "built for speech transcription" (singleTask). A narrow indication overrides a met criterion only "exceptionally", so the report must flag E27.',
  },
  {
    id: 'narrow-music-generation-2e24',
    title:
      'A model that only generates music from prompts (audio without speech, 2 × 10^24 FLOP) is narrow and therefore not a GPAI model.',
    rules: ['R9', 'R10', 'E27'],
    answers: developer({
      outputModalities: ['otherAudio'],
      generalityFacts: narrow('music'),
      compute: compute(2e24),
    }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: false, role: 'out-of-scope', systemicRisk: 'none' },
    note: 'Migrated: "audio" → otherAudio (music has no speech), "narrow" → built for music generation. Under rev. 2 R10 the modality half of the criterion already fails (audio counts as language only with speech), so no override is needed; the outcome is unchanged.',
  },
  {
    id: 'broad-text-model-1e22-exceptionally-gpai',
    title:
      'A text model trained with only 10^22 FLOP that nonetheless performs a broad range of distinct tasks is exceptionally a GPAI model; the engine must flag this as uncertain.',
    rules: ['R9', 'E1', 'E27'],
    answers: developer({
      generalityFacts: {
        tasks: ['conversation', 'summarisation', 'translation', 'code'],
        singleTask: 'none',
      },
      compute: compute(1e22),
    }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, ambiguities: ['E27'] },
    note: 'Rev. 2 (R8, E27): "broad" is now the fact "performs four distinct tasks" (≥ 3 tasks is the broad indication of ADR 0050 reading 1); the exceptional override of a missed criterion is flagged E27 (it was E1 under revision 1).',
  },
  {
    id: 'narrow-text-model-1e22',
    title: 'A narrow text model at 10^22 FLOP, built for one classification task, is not a GPAI model.',
    rules: ['R7', 'R10', 'E27'],
    answers: developer({
      generalityFacts: { singleTask: 'otherSingleTask', tasks: ['extraction'] },
      compute: compute(1e22),
    }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: false, role: 'out-of-scope', systemicRisk: 'none' },
  },
  {
    id: 'weather-model-modality-gate',
    title:
      'A weather-forecasting model (outputs weather fields, 10^24 FLOP, generality not known) cannot generate language, images or video, so the criterion points to "not GPAI".',
    rules: ['R7', 'R11', 'R10'],
    answers: developer({ outputModalities: ['other'], generalityFacts: undefined, compute: compute(1e24) }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: false, role: 'out-of-scope', systemicRisk: 'none' },
  },
  {
    id: 'unknown-generality-image-above-1e23',
    title:
      'A text-to-image model at 2 × 10^23 FLOP whose generality the user cannot judge is classified by the criterion: GPAI.',
    rules: ['R7', 'E1'],
    answers: developer({ outputModalities: ['image'], generalityFacts: undefined, compute: compute(2e23) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE },
  },
  {
    id: 'unknown-generality-video-below-1e23',
    title:
      'A text-to-video model at 9 × 10^22 FLOP of unknown generality stays below the criterion: not GPAI.',
    rules: ['R7', 'E1'],
    answers: developer({ outputModalities: ['video'], generalityFacts: undefined, compute: compute(9e22) }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: false, role: 'out-of-scope', systemicRisk: 'none' },
  },
  {
    id: 'synthetic-data-does-not-count-for-1e23',
    title:
      'Only compute that updates parameters counts for the 10^23 test: 9 × 10^22 FLOP of training plus 5 × 10^23 FLOP of synthetic-data generation is still below the criterion.',
    rules: ['R12', 'R42', 'E3'],
    answers: developer({ generalityFacts: undefined, compute: compute(9e22, 5e23) }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: false, role: 'out-of-scope', systemicRisk: 'none' },
  },
  {
    id: 'inherited-weights-do-not-count-for-1e23',
    title:
      'A model initialised from weights that took 2 × 10^25 FLOP to train, then trained with only 5 × 10^22 FLOP, of unknown generality: the 10^23 test uses parameter-update compute only, so the criterion is not met and no systemic-risk question arises.',
    rules: ['E3', 'R12', 'R42', 'R7'],
    answers: developer({ generalityFacts: undefined, compute: compute(5e22, 0, 2e25) }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: false, role: 'out-of-scope', systemicRisk: 'none' },
    note: 'E3 asks for this case to be covered. Reading: only GPAI models can have systemic risk (Art. 51(1)), and R12 tells us which compute decides GPAI status; a user who knows the model is broad would answer the generality facts (E27) and get the SR presumption.',
  },
  {
    id: 'unknown-compute-broad-model',
    title:
      'The developer does not know the training compute but the model has 7 billion parameters trained self-supervised on large, broad data and performs five distinct tasks: it is a GPAI model on those facts, and the compute figure becomes an open question.',
    rules: ['R1', 'R8', 'R9', 'R7', 'E27'],
    answers: developer({ compute: compute('unknown', 0, 0) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, openQuestions: ['compute.parameterUpdateFlop'] },
    note: 'Lead reading: unknown compute → GPAI status decided by the generality facts when they indicate "broad" (R8: ≥ 1 billion parameters, large data, self-supervision); no systemic-risk presumption without a figure.',
  },

  // --- A/C. Scope, research, hobbyists (R2, R3, R22, E10, E11) -------------------------------------------
  {
    id: 'not-yet-placed-rd-only',
    title:
      'A model still in research and development, never placed on the market and with no intention to place it, is outside the GPAI definition.',
    rules: ['R2'],
    answers: developer({ placing: notYetPlaced('no') }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: false, role: 'not-placed', systemicRisk: 'none', enforcement: false },
    note: 'Migrated: "not yet placed" now needs the intention (R2, R88); "pure R&D" is intention "no". At 2 × 10^24 FLOP nothing would be owed before placing under any intention (R88 needs > 10^25).',
  },
  {
    id: 'research-lab-partners-only',
    title:
      'A research lab shares its model only with research partners, solely for scientific research: outside the Act (sole-purpose research).',
    rules: ['R3', 'R2', 'E10'],
    answers: developer({
      role: 'research',
      placing: placing({ channels: ['researchPartners'], placingDate: undefined, commercial: [] }),
    }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: false, role: 'out-of-scope', systemicRisk: 'none' },
  },
  {
    id: 'research-lab-public-weights-release',
    title:
      'An academic lab releases its broad model’s weights publicly on a hub under Apache-2.0: that is placing on the market (flagged as uncertain), and the open-source exemption applies.',
    rules: ['E10', 'R15', 'R3', 'R48', 'R49'],
    answers: openDeveloper(OPEN, { role: 'research', compute: compute(3e23) }),
    asOf: AS_OF,
    expected: {
      isGPAI: true,
      isProvider: true,
      role: 'provider',
      systemicRisk: 'none',
      openSourceExemption: true,
      obligations: openSourceEu,
      exempted: sorted('art53_1_a', 'art53_1_b'),
      ambiguities: ['E10'],
      complianceDeadline: '2026-01-10',
    },
  },
  {
    id: 'hobbyist-hub-upload',
    title:
      'A private hobbyist uploads a broad model (2 × 10^23 FLOP) to a hub and does not say whether there is any commercial activity: most defensibly not placing on the market; flagged as uncertain, and the commercial facts become an open question.',
    rules: ['E11', 'R22', 'E30'],
    answers: developer({
      role: 'hobbyist',
      compute: compute(2e23),
      placing: placing({ channels: ['hub'] }),
    }),
    asOf: AS_OF,
    expected: {
      ...NO_DUTIES,
      isGPAI: true,
      role: 'not-placed',
      systemicRisk: 'none',
      ambiguities: ['E11'],
      openQuestions: ['placing.commercial'],
    },
    note: 'Rev. 2 (R22, E30; ADR 0050 table): the facts of commercial activity are asked of hobbyists; left unanswered they are read as none and raised as an open question, because a price or an API business would make the hobbyist a provider.',
  },

  // --- C. Channels and internal use (R14–R17, E8, E9) ---------------------------------------------------
  {
    id: 'commissioned-model-placed-via-cloud',
    title:
      'A company has another firm train a broad model for it and offers it through a cloud service under its own name: the company is the provider.',
    rules: ['R14', 'R5', 'R15'],
    answers: developer({ role: 'commissioned', placing: placing({ channels: ['cloud'] }) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE },
  },
  {
    id: 'copied-onto-customer-infrastructure',
    title:
      'A developer installs its model on a customer’s own servers in the EU: first making available, so it is the provider.',
    rules: ['R15', 'R14'],
    answers: developer({ placing: placing({ channels: ['customerInfrastructure'] }) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE },
  },
  {
    id: 'own-chatbot-integration',
    title:
      'A developer integrates its own broad model into its own chatbot offered in the EU: the model is placed on the market and the model duties apply on top of the system duties, which the report names as not assessed.',
    rules: ['R16', 'E9', 'R15', 'R93'],
    answers: developer({ placing: placing({ channels: ['ownApp'] }) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, complianceDeadline: '2026-01-10', signposts: SYSTEM_SIGNPOSTS },
    note: 'Rev. 2 (R93): a provider that puts its model into its own system sees the AI-system duties (Art. 50(1), 50(2), the high-risk check) as signposts.',
  },
  {
    id: 'internal-use-essential-to-service',
    title:
      'A bank uses its own broad model internally, in the EU, to decide customers’ loan applications: internal use that affects people’s rights counts as placing.',
    rules: ['R15', 'R17'],
    answers: developer({
      placing: placing({ channels: ['internalAffectsPeople'], internalUseLocation: 'eu' }),
    }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE },
  },
  {
    id: 'internal-only-non-sr',
    title:
      'A company uses its own broad model (no systemic risk) only for purely internal processes: the model duties do not apply.',
    rules: ['R17', 'E8'],
    answers: developer({
      placing: placing({ channels: ['internalOnly'], placingDate: undefined, internalUseLocation: 'eu' }),
    }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: true, role: 'not-placed', systemicRisk: 'none' },
  },
  {
    id: 'internal-only-systemic-risk',
    title:
      'A model trained with 2 × 10^25 FLOP used purely internally in the EU: Recital 97 says systemic-risk models are "always" subject, so the developer is treated as provider — flagged as highly uncertain. Threshold met on Sunday 1 Feb 2026: the two weeks end on Sunday 15 Feb, so the notification is due Monday 16 Feb.',
    rules: ['E8', 'R17', 'R16', 'R32', 'R35', 'R62', 'R63', 'R87'],
    answers: developer({
      compute: compute(2e25),
      placing: placing({ channels: ['internalOnly'], placingDate: undefined, internalUseLocation: 'eu' }),
      systemicRisk: sr({ thresholdMetDate: '2026-02-01' }),
    }),
    asOf: AS_OF,
    expected: {
      isGPAI: true,
      isProvider: true,
      role: 'provider',
      systemicRisk: 'presumed',
      openSourceExemption: false,
      obligations: presumedEu,
      notificationDeadline: '2026-02-16',
      notificationPeriod: { from: '2026-02-01', nominal: '2026-02-15', lastDay: '2026-02-16', moved: true },
      ambiguities: ['E8'],
    },
    note: 'Rev. 2: E8 now applies only with a Union nexus, so the internal use is placed in the EU (R17); the deadline moved from 15 to 16 Feb 2026 because 15 Feb is a Sunday (R87, Reg. 1182/71 Art. 3(4)).',
  },

  // --- C. Non-EU chains, integrators, hosts (R4, R14, R18–R21, E12, E13, E23, E24) -----------------------
  {
    id: 'non-eu-developer-direct-eu-api',
    title:
      'A developer established outside the EU offers its model by API to EU customers: it is the provider and must also appoint an EU authorised representative.',
    rules: ['R4', 'R61', 'E12', 'R15'],
    answers: developer({ euEstablished: 'no' }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, obligations: baseNonEu },
  },
  {
    id: 'non-eu-developer-via-downstream-no-exclusion',
    title:
      'A non-EU developer supplies its model to a non-EU integrator whose AI system is sold in the EU, without excluding EU use: the developer is the model provider (Art. 54 included).',
    rules: ['R19', 'R4', 'R61', 'E12'],
    answers: developer({
      euEstablished: 'no',
      placing: placing({ euAvailability: 'viaDownstream', euExcluded: 'no' }),
    }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, obligations: baseNonEu },
  },
  {
    id: 'non-eu-developer-via-downstream-clear-exclusion',
    title:
      'The same non-EU developer clearly and unequivocally excluded EU distribution and use: it is not the provider of the model on the Union market.',
    rules: ['R19', 'E13', 'R20'],
    answers: developer({
      euEstablished: 'no',
      placing: placing({ euAvailability: 'viaDownstream', euExcluded: 'yes' }),
    }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: true, role: 'not-placed', systemicRisk: 'none' },
  },
  {
    id: 'non-eu-developer-never-in-eu',
    title:
      'A non-EU developer whose model is never made available in the EU, nor built into anything used in the EU, is not a provider under the Act.',
    rules: ['R20', 'E12'],
    answers: developer({ euEstablished: 'no', placing: placing({ euAvailability: 'none' }) }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: true, role: 'not-placed', systemicRisk: 'none' },
  },
  {
    id: 'eu-availability-unknown',
    title:
      'A developer offering its model by API does not know whether it is available in the EU: read conservatively as placed, and raised as an open question.',
    rules: ['R15', 'R20', 'R4'],
    answers: developer({ placing: placing({ euAvailability: 'unknown' }) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, openQuestions: ['placing.euAvailability'] },
    note: 'Reading: "I don’t know" on EU availability is read conservatively (PRODUCT principle 4), listing the duties as possibly owed.',
  },
  {
    id: 'eu-establishment-unknown',
    title:
      'The user does not know whether the providing entity is established in the EU: the authorised-representative duty is listed as possibly owed and raised as an open question.',
    rules: ['R61', 'E12', 'R4'],
    answers: developer({ euEstablished: 'unknown' }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, obligations: baseNonEu, openQuestions: ['euEstablished'] },
    note: 'Lead reading: unknown establishment → Art. 54 treated as possibly owed (listed).',
  },
  {
    id: 'integrator-becomes-model-provider',
    title:
      'An EU company builds a chatbot on a model obtained outside the EU whose provider clearly excluded EU use, and sells the chatbot in the EU: the integrator becomes the model’s provider (flagged).',
    rules: ['R19', 'E13', 'R56', 'R57', 'R58', 'R59', 'R60'],
    answers: {
      schemaVersion: 2,
      role: 'integrator',
      euEstablished: 'yes',
      outputModalities: ['text'],
      generalityFacts: BROAD,
      compute: compute(2e24),
      integration: { systemInEu: 'yes', upstreamExcludedEu: 'yes', systemPlacingDate: '2026-04-01' },
      codeOfPractice: 'none',
    },
    asOf: AS_OF,
    expected: {
      isGPAI: true,
      isProvider: true,
      role: 'integrator-as-model-provider',
      systemicRisk: 'none',
      openSourceExemption: false,
      obligations: base,
      complianceDeadline: '2026-04-01',
      ambiguities: ['E13'],
    },
  },
  {
    id: 'integrator-via-api',
    title:
      'A company builds its product on a third-party model through the model provider’s API: it provides an AI system, not a GPAI model, and has no model duties; the AI-system duties are named as not assessed.',
    rules: ['R21', 'R18', 'R93'],
    answers: {
      schemaVersion: 2,
      role: 'integrator',
      euEstablished: 'yes',
      outputModalities: ['text'],
      generalityFacts: BROAD,
      integration: { systemInEu: 'yes', upstreamExcludedEu: 'no', systemPlacingDate: '2026-04-01' },
      codeOfPractice: 'none',
    },
    asOf: AS_OF,
    expected: {
      ...NO_DUTIES,
      isGPAI: true,
      role: 'downstream-system-provider',
      systemicRisk: 'none',
      signposts: [...SYSTEM_SIGNPOSTS, 'annex-xii-info', 'complaint'],
      enforcement: false,
    },
    note: 'Rev. 2 (R93): an integrator’s report is never "no duties" alone: Art. 50(1), 50(2), the high-risk check, the right to the upstream Annex XII information and the complaint right are signposts.',
  },
  {
    id: 'integrator-unmodified-open-weights',
    title:
      'A company runs downloaded open weights unmodified inside its own app: it is a downstream system provider; the uploader remains the model provider; the AI-system duties are named as not assessed.',
    rules: ['E24', 'R21', 'R30', 'R93'],
    answers: {
      schemaVersion: 2,
      role: 'integrator',
      euEstablished: 'yes',
      outputModalities: ['text'],
      generalityFacts: BROAD,
      integration: { systemInEu: 'yes', upstreamExcludedEu: 'no' },
      codeOfPractice: 'unknown',
    },
    asOf: AS_OF,
    expected: {
      ...NO_DUTIES,
      isGPAI: true,
      role: 'downstream-system-provider',
      systemicRisk: 'none',
      signposts: SYSTEM_SIGNPOSTS,
    },
    note: 'Rev. 2 (E24 with R93): still not a model provider; the report adds the AI-system signposts.',
  },
  {
    id: 'model-hub-host',
    title: 'A model hub that only hosts models uploaded by others is not their provider; the uploader is.',
    rules: ['R14', 'E23'],
    answers: {
      schemaVersion: 2,
      role: 'host',
      euEstablished: 'yes',
      outputModalities: ['text'],
      generalityFacts: BROAD,
      codeOfPractice: 'unknown',
    },
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: true, role: 'host', systemicRisk: 'none' },
  },

  // --- D. Downstream modifiers (R23–R30, E4–E6, E17–E19) -------------------------------------------------
  {
    id: 'modifier-below-one-third',
    title:
      'A fine-tune using 5 × 10^23 FLOP on a 3 × 10^24 FLOP model (one sixth) is not a significant modification: the fine-tuner is not a model provider.',
    rules: ['R24', 'R30', 'R23', 'R93'],
    answers: modifier({ originalComputeFlop: 3e24, originalSystemicRisk: 'no', modificationFlop: 5e23 }),
    asOf: AS_OF,
    expected: {
      ...NO_DUTIES,
      isGPAI: true,
      role: ['downstream-system-provider', 'not-placed'],
      systemicRisk: 'none',
      signposts: SYSTEM_SIGNPOSTS,
    },
    note: 'The role label for a sub-threshold modifier is not settled by RULES.md (R30 says only "not a GPAI-model provider"); either downstream label is accepted. Rev. 2 (R93): a modifier below the threshold sees the AI-system signposts.',
  },
  {
    id: 'modifier-exactly-one-third',
    title:
      'A fine-tune using exactly one third of the original’s compute (10^24 of 3 × 10^24 FLOP) does not meet "more than one third".',
    rules: ['R24', 'E2', 'R30'],
    answers: modifier({ originalComputeFlop: 3e24, originalSystemicRisk: 'no', modificationFlop: 1e24 }),
    asOf: AS_OF,
    expected: {
      ...NO_DUTIES,
      isGPAI: true,
      role: ['downstream-system-provider', 'not-placed'],
      systemicRisk: 'none',
    },
    note: '3 × 10^24 equals 3e24 exactly in floating point, so the boundary is exact.',
  },
  {
    id: 'modifier-above-one-third',
    title:
      'A fine-tune using 1.2 × 10^24 FLOP on a 3 × 10^24 FLOP model (40 %) makes the fine-tuner provider of the modified model, with duties limited to the modification, from its placing date.',
    rules: ['R23', 'R24', 'R28', 'R67'],
    answers: modifier({ originalComputeFlop: 3e24, originalSystemicRisk: 'no', modificationFlop: 1.2e24 }),
    asOf: AS_OF,
    expected: {
      isGPAI: true,
      isProvider: true,
      role: 'modification-provider',
      systemicRisk: 'none',
      openSourceExemption: false,
      obligations: base,
      complianceDeadline: '2026-01-15',
      scopeLimitedToModification: true,
    },
  },
  {
    id: 'modifier-unknown-original-fallback-3-33e22',
    title:
      'Original compute unknown, original not systemic-risk: the threshold is one third of 10^23; 3.33 × 10^22 FLOP of fine-tuning is just below it.',
    rules: ['R25', 'E4', 'R30'],
    answers: modifier({
      originalComputeFlop: 'unknown',
      originalSystemicRisk: 'no',
      modificationFlop: 3.33e22,
    }),
    asOf: AS_OF,
    expected: {
      ...NO_DUTIES,
      isGPAI: true,
      role: ['downstream-system-provider', 'not-placed'],
      systemicRisk: 'none',
    },
  },
  {
    id: 'modifier-unknown-original-fallback-exactly-third-of-1e23',
    title:
      'Original compute unknown, original not systemic-risk: fine-tuning compute of exactly one third of 10^23 (3 × modification = 10^23) does not exceed the fallback threshold.',
    rules: ['R25', 'E2', 'E4'],
    answers: modifier({
      originalComputeFlop: 'unknown',
      originalSystemicRisk: 'no',
      modificationFlop: 1e23 / 3,
    }),
    asOf: AS_OF,
    expected: {
      ...NO_DUTIES,
      isGPAI: true,
      role: ['downstream-system-provider', 'not-placed'],
      systemicRisk: 'none',
    },
    note: '1e23 / 3 in floating point times 3 is exactly 1e23.',
  },
  {
    id: 'modifier-unknown-original-fallback-above-non-sr',
    title:
      'Original compute unknown, original not systemic-risk: 4 × 10^22 FLOP of fine-tuning exceeds one third of 10^23, so the fine-tuner becomes provider of the modified model.',
    rules: ['R25', 'R23', 'R28'],
    answers: modifier({ originalComputeFlop: 'unknown', originalSystemicRisk: 'no', modificationFlop: 4e22 }),
    asOf: AS_OF,
    expected: {
      isGPAI: true,
      isProvider: true,
      role: 'modification-provider',
      systemicRisk: 'none',
      openSourceExemption: false,
      obligations: base,
      complianceDeadline: '2026-01-15',
      scopeLimitedToModification: true,
    },
  },
  {
    id: 'modifier-unknown-original-sr-3-33e24',
    title:
      'Original compute unknown, original has systemic risk: the threshold is one third of 10^25; 3.33 × 10^24 FLOP is below it, so the original provider keeps all duties.',
    rules: ['R25', 'E6', 'R30'],
    answers: modifier({
      originalComputeFlop: 'unknown',
      originalSystemicRisk: 'yes',
      modificationFlop: 3.33e24,
    }),
    asOf: AS_OF,
    expected: {
      ...NO_DUTIES,
      isGPAI: true,
      role: ['downstream-system-provider', 'not-placed'],
      systemicRisk: ['none', 'presumed'],
    },
    note: 'The user owes nothing either way; whether the report labels the (original, SR) model "presumed" or the user’s position "none" is a presentation choice, so both are accepted.',
  },
  {
    id: 'modifier-unknown-original-sr-exactly-third-of-1e25',
    title:
      'Original compute unknown, original has systemic risk: fine-tuning of exactly one third of 10^25 (3 × modification = 10^25) does not exceed the fallback threshold.',
    rules: ['R25', 'E2', 'E6'],
    answers: modifier({
      originalComputeFlop: 'unknown',
      originalSystemicRisk: 'yes',
      modificationFlop: 1e25 / 3,
    }),
    asOf: AS_OF,
    expected: {
      ...NO_DUTIES,
      isGPAI: true,
      role: ['downstream-system-provider', 'not-placed'],
      systemicRisk: ['none', 'presumed'],
    },
    note: 'Same label tolerance as modifier-unknown-original-sr-3-33e24.',
  },
  {
    id: 'modifier-unknown-original-sr-above',
    title:
      'Original compute unknown, original has systemic risk: 4 × 10^24 FLOP of fine-tuning exceeds one third of 10^25, so the modified model is presumed systemic-risk; the fine-tuner must notify and meet Art. 55.',
    rules: ['R25', 'R29', 'R62', 'R63', 'R35'],
    answers: modifier(
      { originalComputeFlop: 'unknown', originalSystemicRisk: 'yes', modificationFlop: 4e24 },
      { systemicRisk: sr({ thresholdMetDate: '2026-01-05' }) },
    ),
    asOf: AS_OF,
    expected: {
      isGPAI: true,
      isProvider: true,
      role: 'modification-provider',
      systemicRisk: 'presumed',
      openSourceExemption: false,
      obligations: presumedEu,
      notificationDeadline: '2026-01-19',
    },
  },
  {
    id: 'modifier-unknown-original-unknown-sr-lower-fallback',
    title:
      'The fine-tuner knows neither the original’s compute nor whether it has systemic risk: the conservative lower threshold (one third of 10^23) applies, so 10^23 FLOP of fine-tuning makes it provider (flagged).',
    rules: ['E4', 'R25', 'R23'],
    answers: modifier({
      originalComputeFlop: 'unknown',
      originalSystemicRisk: 'unknown',
      modificationFlop: 1e23,
    }),
    asOf: AS_OF,
    expected: {
      isGPAI: true,
      isProvider: true,
      role: 'modification-provider',
      systemicRisk: 'none',
      openSourceExemption: false,
      obligations: base,
      ambiguities: ['E4'],
      openQuestions: ['modification.originalSystemicRisk'],
    },
    note: 'Reading: if the original had systemic risk the 1/3 × 10^25 threshold would apply and the user would not be a provider at all; so in the only world where the user is provider the original is not SR, and no R29 presumption follows.',
  },
  {
    id: 'modifier-of-sr-model-above-threshold',
    title:
      'A company fine-tunes a 3 × 10^25 FLOP systemic-risk model with 1.2 × 10^25 FLOP (40 %): it becomes provider of a presumed systemic-risk model, must notify within 14 days and meet Art. 55.',
    rules: ['R29', 'R24', 'R62', 'R63', 'R35'],
    answers: modifier(
      { originalComputeFlop: 3e25, originalSystemicRisk: 'yes', modificationFlop: 1.2e25 },
      { systemicRisk: sr({ thresholdMetDate: '2026-01-05' }) },
    ),
    asOf: AS_OF,
    expected: {
      isGPAI: true,
      isProvider: true,
      role: 'modification-provider',
      systemicRisk: 'presumed',
      openSourceExemption: false,
      obligations: presumedEu,
      notificationDeadline: '2026-01-19',
    },
  },
  {
    id: 'modifier-cumulative-crosses-1e25-inherited-weights',
    title:
      'A fine-tune of 3 × 10^24 FLOP on an 8 × 10^24 FLOP non-systemic-risk model exceeds one third, and the modified model’s cumulative compute (inherited weights included) is 1.1 × 10^25: presumed systemic risk (flagged).',
    rules: ['E5', 'R33', 'R24', 'R32', 'R62', 'R63'],
    answers: modifier(
      { originalComputeFlop: 8e24, originalSystemicRisk: 'no', modificationFlop: 3e24 },
      { systemicRisk: sr({ thresholdMetDate: '2026-01-15' }) },
    ),
    asOf: AS_OF,
    expected: {
      isGPAI: true,
      isProvider: true,
      role: 'modification-provider',
      systemicRisk: 'presumed',
      openSourceExemption: false,
      obligations: presumedEu,
      notificationDeadline: '2026-01-29',
      ambiguities: ['E5'],
    },
  },
  {
    id: 'modifier-synthetic-data-counts-toward-1e25',
    title:
      'A fine-tuner adds 2.5 × 10^24 FLOP of training and 2 × 10^24 FLOP of non-public synthetic data to a 6 × 10^24 FLOP model: above one third, and the modified model’s cumulative compute (1.05 × 10^25) exceeds 10^25, so systemic risk is presumed.',
    rules: ['R33', 'E5', 'R24', 'R32', 'R62', 'R63'],
    answers: modifier(
      {
        originalComputeFlop: 6e24,
        originalSystemicRisk: 'no',
        modificationFlop: 2.5e24,
        syntheticDataFlop: 2e24,
      },
      {
        systemicRisk: sr({ thresholdMetDate: '2026-01-15' }),
      },
    ),
    asOf: AS_OF,
    expected: {
      isGPAI: true,
      isProvider: true,
      role: 'modification-provider',
      systemicRisk: 'presumed',
      openSourceExemption: false,
      obligations: presumedEu,
      notificationDeadline: '2026-01-29',
    },
    note: 'R33 counts non-public synthetic-data generation in cumulative compute for any model, including a modified one (E5). The one-third test uses parameter updates only (R24), so 2.5 × 10^24 vs 6 × 10^24 decides provider status.',
  },
  {
    id: 'modifier-via-original-provider-platform',
    title:
      'A customer fine-tunes a model through the original provider’s API and the result stays on that platform under the provider’s name: the original provider is the likelier modifier (flagged).',
    rules: ['E17', 'R27', 'R91'],
    answers: modifier(
      {
        originalComputeFlop: 3e24,
        originalSystemicRisk: 'no',
        modificationFlop: 2e24,
        viaOriginalProviderPlatform: 'yes',
      },
      { placing: placing({ channels: ['api'], placingDate: '2026-01-15', nameOnModel: 'originalProvider' }) },
    ),
    asOf: AS_OF,
    expected: {
      ...NO_DUTIES,
      isGPAI: true,
      role: ['contractor', 'downstream-system-provider', 'not-placed'],
      systemicRisk: 'none',
      ambiguities: ['E17'],
    },
    note: 'Reading of E17 for "result stays on the original provider’s platform under its name": the customer is not the modification provider. Migrated: the name on the model is now a fact (R91, placing.nameOnModel = originalProvider); ADR 0050 reading 6 labels this "contractor", the earlier labels are still accepted.',
  },
  {
    id: 'modifier-quantisation-negligible-compute',
    title:
      'A third party quantises a 2 × 10^24 FLOP model using 10^18 FLOP: negligible compute, far below one third, so it is not a model provider.',
    rules: ['E18', 'R24', 'R30'],
    answers: modifier({ originalComputeFlop: 2e24, originalSystemicRisk: 'no', modificationFlop: 1e18 }),
    asOf: AS_OF,
    expected: {
      ...NO_DUTIES,
      isGPAI: true,
      role: ['downstream-system-provider', 'not-placed'],
      systemicRisk: 'none',
    },
  },
  {
    id: 'modifier-of-legacy-model-after-aug-2025',
    title:
      'A downstream actor significantly modifies a model first placed in 2024 and places its version on 1 Nov 2025: a new model placed after 2 Aug 2025, so its duties apply from that placement, not 2027.',
    rules: ['E19', 'R23', 'R67', 'R68'],
    answers: modifier({
      originalComputeFlop: 3e24,
      originalSystemicRisk: 'no',
      modificationFlop: 1.5e24,
      modificationPlacingDate: '2025-11-01',
    }),
    asOf: AS_OF,
    expected: {
      isGPAI: true,
      isProvider: true,
      role: 'modification-provider',
      systemicRisk: 'none',
      openSourceExemption: false,
      obligations: base,
      complianceDeadline: '2025-11-01',
    },
  },
  {
    id: 'modifier-placed-before-aug-2025-is-legacy',
    title:
      'A modified model placed on 15 July 2025 (before Chapter V applied) is a legacy model: its provider must comply by 2 Aug 2027.',
    rules: ['R68', 'R23', 'E19'],
    answers: modifier({
      originalComputeFlop: 3e24,
      originalSystemicRisk: 'no',
      modificationFlop: 1.5e24,
      modificationPlacingDate: '2025-07-15',
    }),
    asOf: AS_OF,
    expected: {
      isGPAI: true,
      isProvider: true,
      role: 'modification-provider',
      systemicRisk: 'none',
      openSourceExemption: false,
      obligations: base,
      complianceDeadline: '2027-08-02',
    },
  },
  {
    id: 'non-eu-modifier-above-threshold',
    title:
      'A fine-tuner established outside the EU that becomes provider of a modified model must also appoint an EU authorised representative.',
    rules: ['R28', 'R61', 'R24'],
    answers: modifier(
      { originalComputeFlop: 3e24, originalSystemicRisk: 'no', modificationFlop: 1.2e24 },
      { euEstablished: 'no' },
    ),
    asOf: AS_OF,
    expected: {
      isGPAI: true,
      isProvider: true,
      role: 'modification-provider',
      systemicRisk: 'none',
      openSourceExemption: false,
      obligations: baseNonEu,
      complianceDeadline: '2026-01-15',
    },
  },
  {
    id: 'modifier-open-source-release',
    title:
      'A fine-tuner above the one-third threshold releases its modified model openly under Apache-2.0 with no monetisation: exempt from Art. 53(1)(a) and (b), but the copyright policy, training summary and cooperation remain.',
    rules: ['R28', 'R48', 'R49', 'R24'],
    answers: modifier(
      { originalComputeFlop: 3e24, originalSystemicRisk: 'no', modificationFlop: 1.2e24 },
      { licence: OPEN },
    ),
    asOf: AS_OF,
    expected: {
      isGPAI: true,
      isProvider: true,
      role: 'modification-provider',
      systemicRisk: 'none',
      openSourceExemption: true,
      obligations: openSourceEu,
      exempted: sorted('art53_1_a', 'art53_1_b'),
    },
  },

  // --- E. Systemic risk (R31–R39, E2, E20, E21, E7) -------------------------------------------------------
  {
    id: 'sr-exactly-1e25-cumulative-not-presumed',
    title:
      'Cumulative compute of exactly 10^25 FLOP (7 × 10^24 training + 3 × 10^24 non-public synthetic data) does not exceed 10^25: no presumption, but a warning that the estimate is within ±30 % of the threshold.',
    rules: ['R32', 'R33', 'E2', 'R43'],
    answers: developer({ compute: compute(7e24, 3e24) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, notificationDeadline: null, warnings: { nearThreshold: true } },
  },
  {
    id: 'sr-just-above-1e25-presumed',
    title:
      'A model trained with 1.0000001 × 10^25 FLOP is presumed to have systemic risk; notification is due 14 days after the threshold was met.',
    rules: ['R32', 'E2', 'R34', 'R35', 'R62', 'R63'],
    answers: developer({
      compute: compute(1.0000001e25),
      systemicRisk: sr({ thresholdMetDate: '2026-05-04' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'presumed',
      obligations: presumedEu,
      notificationDeadline: '2026-05-18',
      notificationPeriod: { from: '2026-05-04', nominal: '2026-05-18', lastDay: '2026-05-18', moved: false },
      obligationDates: { art52_1: '2026-05-18' },
      enforcement: true,
    },
  },
  {
    id: 'sr-below-but-within-30-percent',
    title:
      'A model estimated at 9 × 10^24 FLOP is below 10^25 (no presumption), but the estimate lies within the ±30 % band, so the provider is warned to keep monitoring.',
    rules: ['R43', 'E2', 'R35', 'R32'],
    answers: developer({ compute: { parameterUpdateFlop: 9e24, method: 'hardware' } }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, warnings: { nearThreshold: true } },
  },
  {
    id: 'sr-non-public-synthetic-data-counts',
    title:
      '8 × 10^24 FLOP of parameter updates plus 3 × 10^24 FLOP spent generating non-public synthetic data: cumulative 1.1 × 10^25, so systemic risk is presumed.',
    rules: ['R33', 'R32', 'E3', 'R42'],
    answers: developer({
      compute: compute(8e24, 3e24),
      systemicRisk: sr({ thresholdMetDate: '2026-03-02' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'presumed',
      obligations: presumedEu,
      notificationDeadline: '2026-03-16',
    },
  },
  {
    id: 'sr-inherited-weights-count',
    title:
      'A model initialised from pre-existing weights that took 2 × 10^24 FLOP to train, then trained with 9 × 10^24 FLOP: cumulative 1.1 × 10^25, so systemic risk is presumed.',
    rules: ['R33', 'R32', 'E3'],
    answers: developer({
      compute: compute(9e24, 0, 2e24),
      systemicRisk: sr({ thresholdMetDate: '2026-03-02' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'presumed',
      obligations: presumedEu,
      notificationDeadline: '2026-03-16',
    },
  },
  {
    id: 'sr-non-eu-full-obligations',
    title:
      'A non-EU developer’s 3 × 10^25 FLOP model offered in the EU owes every obligation: Art. 53(1)(a)–(d), 53(3), 54, 52(1) and 55(1)(a)–(d).',
    rules: ['R32', 'R61', 'R62', 'R63', 'R4'],
    answers: developer({
      euEstablished: 'no',
      compute: compute(3e25),
      systemicRisk: sr({ thresholdMetDate: '2025-12-01' }),
      placing: placing({ placingDate: '2026-01-10' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'presumed',
      obligations: presumedNonEu,
      notificationDeadline: '2025-12-15',
      complianceDeadline: '2026-01-10',
      obligationDates: art55On('2026-01-10'),
      prepareFrom: art55PrepareFrom('2025-12-01'),
      ambiguities: ['E28'],
    },
    note: 'Rev. 2 (R34, E28): the threshold was met before placing, so Art. 55 applies from placing (10 Jan 2026) and the report shows "prepare from" the threshold date (1 Dec 2025), flagged E28.',
  },
  {
    id: 'sr-threshold-date-unknown',
    title:
      'A 2 × 10^25 FLOP model placed on Saturday 10 Jan 2026 whose threshold date is unknown: the threshold was met by then at the latest, so the notification was due at the latest two weeks after placing — Saturday 24 Jan, moved to Monday 26 Jan 2026 — and is overdue; the real date stays an open question.',
    rules: ['R32', 'R35', 'R62', 'R89', 'R87'],
    answers: developer({ compute: compute(2e25), systemicRisk: sr({ thresholdMetDate: 'unknown' }) }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'presumed',
      obligations: presumedEu,
      notificationDeadline: '2026-01-26',
      notificationPeriod: {
        from: '2026-01-10',
        nominal: '2026-01-24',
        lastDay: '2026-01-26',
        bound: 'atLatest',
        moved: true,
      },
      statuses: { art52_1: 'overdue' },
      obligationDates: art55On('2026-01-10'),
      openQuestions: ['systemicRisk.thresholdMetDate'],
    },
    note: 'Rev. 2 (R89) changed this: revision 1 expected no deadline ("date unknown"). A placed systemic-risk model never shows its notification as date unknown; the bound is placing + two weeks, rolled under R87, and Art. 55 applies from placing at the latest.',
  },
  {
    id: 'sr-designated-by-commission',
    title:
      'A 5 × 10^24 FLOP model placed on 1 Oct 2025 and designated by the Commission (informed 10 April 2026): systemic-risk duties under Art. 55 apply from that date, which is also the compliance deadline; no Art. 52(1) notification is owed; reassessment may be asked after six months (Saturday 10 Oct, so Monday 12 Oct 2026).',
    rules: ['R38', 'R31', 'R63', 'R39', 'R87'],
    answers: developer({
      compute: compute(5e24),
      placing: placing({ placingDate: '2025-10-01' }),
      systemicRisk: sr({ designated: 'yes', designationInformedDate: '2026-04-10' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'designated',
      obligations: designatedEu,
      notificationDeadline: null,
      complianceDeadline: '2026-04-10',
      obligationDates: art55On('2026-04-10'),
      timeline: ['2026-04-10', '2026-10-12'],
      periods: [{ from: '2026-04-10', nominal: '2026-10-10', lastDay: '2026-10-12' }],
    },
    note: 'Rev. 2: the compliance deadline is now checked — RULES.md §4 step 7 ("or, if later, the date … designation was notified") and ADR 0050 reading 5 agree on the later date (ADR 0040 reading 9 is superseded). The six months of Art. 52(5) end on Saturday 10 Oct 2026 and move to Monday 12 Oct (R87 names Art. 52(5)).',
  },
  {
    id: 'sr-designation-reassessment-month-end',
    title:
      'A provider informed of a designation on 31 August 2026 may ask for reassessment six months later: the period ends on 28 February 2027 (no 31 February), a Sunday, so it moves to Monday 1 March 2027.',
    rules: ['R39', 'R38', 'R87'],
    answers: developer({
      compute: compute(5e24),
      systemicRisk: sr({ designated: 'yes', designationInformedDate: '2026-08-31' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'designated',
      obligations: designatedEu,
      notificationDeadline: null,
      timeline: ['2026-08-31', '2027-03-01'],
      periods: [{ from: '2026-08-31', nominal: '2027-02-28', lastDay: '2027-03-01' }],
    },
    note: 'A period in months ends on the same day of the last month, or on that month’s last day when there is none (Reg. 1182/71 Art. 3(2)(c)). Rev. 2 (R87): 28 Feb 2027 is a Sunday, so the legal last day is Monday 1 March; the nominal end still shows the month-end rule. See r87-six-months-month-end-on-a-weekday for a month-end that does not move.',
  },
  {
    id: 'sr-designated-after-failing-to-notify',
    title:
      'A 2 × 10^25 FLOP model that met the threshold on 1 March 2026 and was then designated (informed 1 Sept 2026): the Art. 52(1) notification was owed from the threshold date, and Art. 55 applies.',
    rules: ['R38', 'R62', 'R35', 'R32'],
    answers: developer({
      compute: compute(2e25),
      systemicRisk: sr({
        thresholdMetDate: '2026-03-01',
        designated: 'yes',
        designationInformedDate: '2026-09-01',
      }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'designated',
      obligations: presumedEu,
      notificationDeadline: '2026-03-16',
      complianceDeadline: '2026-03-01',
      obligationDates: { art52_1: '2026-03-16', art55_1_a: '2026-03-01', art55_1_d: '2026-03-01' },
    },
    note: 'Reading: the lead’s "designated → no Art. 52(1)" is for designation of a model that never met 10^25; a model that met it owed the notification anyway (R38: the Commission may designate a provider that failed to notify; R62). Rev. 2 (R87): met on Sunday 1 March, the two weeks end on Sunday 15 March and move to Monday 16 March 2026.',
  },
  {
    id: 'sr-contest-pending',
    title:
      'The provider contests the presumption with its notification and awaits the decision: obligations are not suspended, so systemic risk stays presumed.',
    rules: ['R37', 'E21', 'R32'],
    answers: developer({
      compute: compute(1.5e25),
      systemicRisk: sr({ thresholdMetDate: '2026-02-01', contest: 'pending' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'presumed',
      obligations: presumedEu,
      notificationDeadline: '2026-02-16',
    },
  },
  {
    id: 'sr-contest-rejected',
    title:
      'The contest was rejected: the model has had systemic risk since the threshold was met, and the notification deadline is unchanged.',
    rules: ['R37', 'E21', 'R34'],
    answers: developer({
      compute: compute(1.5e25),
      systemicRisk: sr({
        thresholdMetDate: '2026-02-01',
        contest: 'rejected',
        contestDecisionDate: '2026-06-01',
      }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'presumed',
      obligations: presumedEu,
      notificationDeadline: '2026-02-16',
    },
  },
  {
    id: 'sr-contest-accepted',
    title:
      'The Commission accepted the contest (provider informed 1 June 2026): as of November 2026 the systemic-risk duties have ended and only the Art. 53 duties remain.',
    rules: ['R37', 'E21'],
    answers: developer({
      compute: compute(1.5e25),
      systemicRisk: sr({
        thresholdMetDate: '2026-02-01',
        contest: 'accepted',
        contestDecisionDate: '2026-06-01',
      }),
    }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, systemicRisk: 'none', obligations: base },
  },
  {
    id: 'sr-contest-accepted-evaluated-before-decision',
    title:
      'The same accepted contest evaluated as of 1 May 2026, before the provider was informed: the presumption and its duties still ran on that date.',
    rules: ['R37', 'E21', 'R34'],
    answers: developer({
      compute: compute(1.5e25),
      systemicRisk: sr({
        thresholdMetDate: '2026-02-01',
        contest: 'accepted',
        contestDecisionDate: '2026-06-01',
      }),
    }),
    asOf: '2026-05-01',
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'presumed',
      obligations: presumedEu,
      notificationDeadline: '2026-02-16',
    },
    note: 'Lead reading: an accepted contest → "none" from the decision date; before that date the presumption applies (R37: duties end when the provider is informed). Rev. 2 (R87): the deadline of Sunday 15 Feb 2026 moves to Monday 16 Feb (also in sr-contest-pending and sr-contest-rejected).',
  },
  {
    id: 'sr-crossed-after-placement',
    title:
      'A model placed on 1 Oct 2025 crosses 10^25 FLOP through continued training on 10 March 2026: same model, systemic-risk duties from that day, notification by 24 March 2026.',
    rules: ['E20', 'R13', 'R34', 'R35'],
    answers: developer({
      compute: compute(1.2e25),
      placing: placing({ placingDate: '2025-10-01' }),
      systemicRisk: sr({ thresholdMetDate: '2026-03-10' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'presumed',
      obligations: presumedEu,
      notificationDeadline: '2026-03-24',
      complianceDeadline: '2026-03-10',
      obligationDates: { art52_1: '2026-03-24', ...art55On('2026-03-10') },
      prepareFrom: art55PrepareFrom(null),
    },
    note: 'Rev. 2 (E28, ADR 0050 reading 4): crossed after placing, Art. 55 applies from the threshold date itself, so there is no earlier "prepare from" date. Rev. 2 (§4 step 7, ADR 0050 reading 5): the compliance deadline is the later date, when systemic risk arose.',
  },
  {
    id: 'sr-threshold-met-before-chapter-v-applied',
    title:
      'A systemic-risk model finished training (threshold met 1 June 2025) and was placed on 1 Sept 2025: the notification duty only applied from 2 Aug 2025, so it was due within two weeks of that date — Saturday 16 Aug 2025, moved to Monday 18 Aug 2025; Art. 55 applies from placing.',
    rules: ['R70', 'R66', 'R35', 'R67', 'R87', 'E28'],
    answers: developer({
      compute: compute(3e25),
      placing: placing({ placingDate: '2025-09-01' }),
      systemicRisk: sr({ thresholdMetDate: '2025-06-01' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'presumed',
      obligations: presumedEu,
      notificationDeadline: '2025-08-18',
      notificationPeriod: { from: '2025-08-02', nominal: '2025-08-16', lastDay: '2025-08-18', moved: true },
      complianceDeadline: '2025-09-01',
      obligationDates: art55On('2025-09-01'),
    },
    note: 'Reading: met + 14 days (15 June 2025) would precede the date Art. 52 applied; R70 / GL §5.3 give two weeks after 2 Aug 2025 for models trained or in training on 2 Aug 2025 and placed afterwards. Rev. 2 (R70, R87) changed the date from 16 to 18 Aug 2025 (16 Aug was a Saturday); rev. 2 (R34, E28) puts Art. 55 at placing (1 Sept 2025).',
  },

  // --- G. Open-source exemption (R48–R55, E14–E16) -------------------------------------------------------
  {
    id: 'open-source-apache-eu',
    title:
      'An EU developer publishes its model’s weights, architecture and usage information under Apache-2.0, free of charge: exempt from Art. 53(1)(a) and (b); copyright policy, training summary and cooperation still apply.',
    rules: ['R48', 'R49', 'R50', 'R55'],
    answers: openDeveloper(OPEN),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      openSourceExemption: true,
      obligations: openSourceEu,
      exempted: sorted('art53_1_a', 'art53_1_b'),
    },
  },
  {
    id: 'open-source-apache-non-eu',
    title:
      'The same open release by a developer established outside the EU: also exempt from appointing an EU authorised representative.',
    rules: ['R48', 'R61', 'E12'],
    answers: openDeveloper(OPEN, { euEstablished: 'no' }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      openSourceExemption: true,
      obligations: openSourceEu,
      exempted: sorted('art53_1_a', 'art53_1_b', 'art54'),
    },
  },
  {
    id: 'open-source-non-commercial-clause',
    title:
      'Open weights under a non-commercial licence: the licence does not allow free use, so no exemption.',
    rules: ['R51', 'E15'],
    answers: openDeveloper(licence({ name: 'CC-BY-NC-4.0', restrictions: ['nonCommercial'] })),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE },
  },
  {
    id: 'open-source-user-cap',
    title:
      'Open weights whose licence requires a separate deal above a monthly-active-user cap: disqualified, no exemption.',
    rules: ['R51', 'E15'],
    answers: openDeveloper(licence({ name: 'Custom community licence', restrictions: ['userCap'] })),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE },
  },
  {
    id: 'open-source-separate-commercial-licence',
    title: 'Open weights, but certain uses require buying a separate commercial licence: no exemption.',
    rules: ['R51'],
    answers: openDeveloper(licence({ restrictions: ['separateCommercialLicence'] })),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE },
  },
  {
    id: 'open-source-no-distribution',
    title: 'Weights downloadable but redistribution is forbidden: no exemption.',
    rules: ['R51', 'R50'],
    answers: openDeveloper(licence({ distribute: 'no', restrictions: ['noDistribution'] })),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE },
  },
  {
    id: 'paid-api-only-no-exemption',
    title: 'A model offered only through a paid API, weights not published: no open-source exemption.',
    rules: ['R48', 'R53', 'R55'],
    answers: developer({
      licence: licence({
        name: 'Proprietary',
        access: 'no',
        modify: 'no',
        distribute: 'no',
        weightsPublic: 'no',
        architecturePublic: 'no',
        monetisation: ['price'],
      }),
    }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE },
  },
  {
    id: 'open-source-optional-paid-support',
    title:
      'Apache-2.0 open weights with purely optional paid support alongside: not monetisation, the exemption still applies.',
    rules: ['R54', 'R48'],
    answers: openDeveloper(licence({ monetisation: ['optionalPaidServices'] })),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      openSourceExemption: true,
      obligations: openSourceEu,
      exempted: sorted('art53_1_a', 'art53_1_b'),
    },
  },
  {
    id: 'open-source-dual-licence',
    title: 'Free for academic use, paid for commercial use (dual licensing): monetisation, no exemption.',
    rules: ['R53'],
    answers: openDeveloper(licence({ monetisation: ['dualLicence'] })),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE },
  },
  {
    id: 'open-source-required-paid-support',
    title:
      'Open weights that only work with a runtime the provider sells: paid support indistinguishably linked to the model, so no exemption.',
    rules: ['R53'],
    answers: openDeveloper(licence({ monetisation: ['requiredPaidSupport'] })),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE },
  },
  {
    id: 'open-source-ads-funded-exclusive-hosting',
    title:
      'A model accessible only on the provider’s own platform, free but funded by advertising: monetisation, no exemption.',
    rules: ['R53'],
    answers: openDeveloper(licence({ monetisation: ['exclusivePaidHosting'] })),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE },
  },
  {
    id: 'open-source-personal-data-condition',
    title:
      'Access to the open weights requires handing over personal data for commercial purposes: no exemption.',
    rules: ['R53'],
    answers: openDeveloper(licence({ monetisation: ['personalData'] })),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE },
  },
  {
    id: 'open-source-microenterprise-deal',
    title:
      'A microenterprise charges another microenterprise for its otherwise open model: monetisation is deemed absent between microenterprises, so the exemption survives — flagged as uncertain.',
    rules: ['E16', 'R54', 'R50'],
    answers: openDeveloper(licence({ monetisation: ['price'], microenterpriseDeal: 'yes' })),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      openSourceExemption: true,
      obligations: openSourceEu,
      exempted: sorted('art53_1_a', 'art53_1_b'),
      ambiguities: ['E16'],
    },
  },
  {
    id: 'open-source-safety-clauses-allowed',
    title:
      'Apache-style licence with proportionate, safety-based use restrictions: allowed, the exemption applies (whether a clause is proportionate is a judgment call, flagged).',
    rules: ['R52', 'E15', 'R48'],
    answers: openDeveloper(licence({ name: 'OpenRAIL-style', restrictions: ['safetyClauses'] })),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      openSourceExemption: true,
      obligations: openSourceEu,
      exempted: sorted('art53_1_a', 'art53_1_b'),
      ambiguities: ['E15'],
    },
  },
  {
    id: 'open-source-architecture-not-public',
    title:
      'Weights are published under Apache-2.0 but the architecture information is not: the public-availability condition fails, no exemption.',
    rules: ['R55', 'R48'],
    answers: openDeveloper(licence({ architecturePublic: 'no' })),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE },
  },
  {
    id: 'open-source-licence-right-unknown',
    title:
      'The user does not know whether the licence permits modification: the exemption is not applied and the question is left open.',
    rules: ['R50', 'R48'],
    answers: openDeveloper(licence({ modify: 'unknown' })),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, openQuestions: ['licence.modify'] },
  },
  {
    id: 'open-source-with-systemic-risk',
    title:
      'An openly released model trained with 2 × 10^25 FLOP has systemic risk, so there is no exemption at all: every obligation applies, including the EU representative for a non-EU provider.',
    rules: ['E14', 'R48', 'R63', 'R62'],
    answers: openDeveloper(OPEN, {
      euEstablished: 'no',
      compute: compute(2e25),
      systemicRisk: sr({ thresholdMetDate: '2025-11-18' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'presumed',
      openSourceExemption: false,
      obligations: presumedNonEu,
      notificationDeadline: '2025-12-02',
    },
    note: 'Threshold date moved from 20 Dec 2025 to 18 Nov 2025 for rev. 2: 20 Dec + 14 days is Saturday 3 Jan 2026, and the legal last day then depends on the Commission’s New Year holidays (R87), which is not what this scenario tests.',
  },
  {
    id: 'open-source-designated',
    title:
      'An open model placed on 10 Jan 2026 and designated by the Commission as systemic-risk (informed 5 May 2026) loses the exemption as well: the duties the exemption had removed, and Art. 55, are owed from the designation.',
    rules: ['E14', 'R48', 'R38'],
    answers: openDeveloper(OPEN, {
      compute: compute(4e24),
      systemicRisk: sr({ designated: 'yes', designationInformedDate: '2026-05-05' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'designated',
      obligations: designatedEu,
      complianceDeadline: '2026-05-05',
      obligationDates: {
        art53_1_a: '2026-05-05',
        art53_1_b: '2026-05-05',
        art53_1_c: '2026-01-10',
        art53_1_d: '2026-01-10',
        ...art55On('2026-05-05'),
      },
    },
    note: 'Rev. 2 (issue 8 "Dates"; ADR 0050 reading 5): obligations an open-source exemption had removed are owed from the day it ended (the designation), not from placing; the summary deadline is the later date.',
  },

  // --- I. Dates (R66–R72, E7, E19) ------------------------------------------------------------------------
  {
    id: 'legacy-placed-2025-08-01',
    title:
      'A model first placed on 1 August 2025 — the last day before Chapter V applied — is a legacy model: comply by 2 August 2027.',
    rules: ['R68', 'R66', 'R71', 'E25'],
    answers: developer({ placing: placing({ placingDate: '2025-08-01' }) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, complianceDeadline: '2027-08-02', timeline: ['2026-08-02', '2027-08-02'] },
  },
  {
    id: 'new-model-placed-2025-08-02',
    title: 'A model first placed on 2 August 2025 must comply from that day.',
    rules: ['R67', 'R66'],
    answers: developer({ placing: placing({ placingDate: '2025-08-02' }) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, complianceDeadline: '2025-08-02' },
  },
  {
    id: 'legacy-model-updated-by-same-provider',
    title:
      'A model placed in December 2024 and fine-tuned by the same provider in 2026 is the same model across its lifecycle: still 2 August 2027.',
    rules: ['R13', 'R68', 'E19'],
    answers: developer({ placing: placing({ placingDate: '2024-12-01' }) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, complianceDeadline: '2027-08-02' },
  },
  {
    id: 'legacy-model-evaluated-before-chapter-v',
    title:
      'Evaluated as of 1 June 2025, a model placed in March 2025 already has its duties listed, with 2 August 2027 as the date to comply.',
    rules: ['R68', 'R66'],
    answers: developer({ placing: placing({ placingDate: '2025-03-01' }) }),
    asOf: '2025-06-01',
    expected: { ...PROVIDER_BASE, complianceDeadline: '2027-08-02' },
  },
  {
    id: 'legacy-systemic-risk-notification',
    title:
      'A systemic-risk model placed in March 2025: 2 August 2027 is the legal outer limit for notification and compliance, flagged as uncertain because notifying early is expected; the guidelines’ 16/18 August 2025 expectation is not shown for it.',
    rules: ['E7', 'R68', 'R72', 'R35', 'R70'],
    answers: developer({
      compute: compute(4e25),
      placing: placing({ placingDate: '2025-03-01' }),
      systemicRisk: sr({ thresholdMetDate: '2025-01-10' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'presumed',
      obligations: presumedEu,
      notificationDeadline: '2027-08-02',
      complianceDeadline: '2027-08-02',
      ambiguities: ['E7'],
      datesNotShown: ['2025-08-16', '2025-08-18'],
    },
    note: 'Rev. 2 (E7, R70): the GL §5.3 expectation concerns models to be placed after 2 Aug 2025, so it must not appear for a model already placed.',
  },
  {
    id: 'planned-placement-in-future',
    title:
      'A model planned for placement on 1 March 2027, evaluated as of 30 Nov 2026: the duties are listed now and apply from the planned placing date.',
    rules: ['R67', 'R5'],
    answers: developer({ placing: placing({ placingDate: '2027-03-01' }) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, complianceDeadline: '2027-03-01' },
  },
  {
    id: 'sr-model-in-training-notify-before-placement',
    title:
      'A model still in training crosses 10^25 FLOP on 1 Oct 2026 and is planned for release on 1 March 2027: the notification is due within 14 days (15 Oct 2026), before placement; the other duties apply from the planned release, Art. 55 with "prepare from" 1 Oct 2026.',
    rules: ['R35', 'R2', 'R34', 'R67', 'R62', 'R88', 'E28'],
    answers: developer({
      compute: compute(3e25),
      placing: notYetPlaced('yes', { placingDate: '2027-03-01' }),
      systemicRisk: sr({ thresholdMetDate: '2026-10-01' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'presumed',
      obligations: presumedEu,
      notificationDeadline: '2026-10-15',
      complianceDeadline: '2027-03-01',
      obligationDates: { art52_1: '2026-10-15', ...art55On('2027-03-01') },
      prepareFrom: art55PrepareFrom('2026-10-01'),
      statuses: { art52_1: 'overdue', art55_1_a: 'upcoming', art53_1_a: 'upcoming' },
      ambiguities: ['E28'],
    },
    note: 'Rev. 2 (R2, R88) now states this in the rules (ADR 0040 reading 4 is superseded): a model meant to be placed owes the Art. 52(1) notification before placing. Migrated: "not yet placed" with a planned date is intention "yes". Rev. 2 (R34, E28): Art. 55 from the planned placing, "prepare from" the threshold date.',
  },
  {
    id: 'placing-date-unknown',
    title:
      'The first placing date is unknown: the compliance deadline cannot be given and becomes an open question.',
    rules: ['R67', 'R68'],
    answers: developer({ placing: placing({ placingDate: 'unknown' }) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, complianceDeadline: null, openQuestions: ['placing.placingDate'] },
  },
  {
    id: 'notification-across-year-end',
    title:
      'Threshold met on 25 December 2026: notification due 8 January 2027 (calendar days, across the year end).',
    rules: ['R35', 'R62'],
    answers: developer({
      compute: compute(1.1e25),
      placing: placing({ placingDate: '2027-02-01' }),
      systemicRisk: sr({ thresholdMetDate: '2026-12-25' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'presumed',
      obligations: presumedEu,
      notificationDeadline: '2027-01-08',
      complianceDeadline: '2027-02-01',
    },
  },
  {
    id: 'notification-across-leap-day',
    title:
      'Threshold met on 20 February 2028: the two weeks end on 5 March 2028 (2028 is a leap year), a Sunday, so the notification is due Monday 6 March 2028.',
    rules: ['R35', 'R62', 'R87'],
    answers: developer({
      compute: compute(1.1e25),
      placing: placing({ placingDate: '2028-01-10' }),
      systemicRisk: sr({ thresholdMetDate: '2028-02-20' }),
    }),
    asOf: '2028-06-01',
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'presumed',
      obligations: presumedEu,
      notificationDeadline: '2028-03-06',
      notificationPeriod: { from: '2028-02-20', nominal: '2028-03-05', lastDay: '2028-03-06', moved: true },
    },
    note: 'Rev. 2 (R87) moved the deadline to the Monday; the nominal end (5 March, not 6) still checks the leap day.',
  },

  // --- J. Code of Practice (R75, E22) ---------------------------------------------------------------------
  {
    id: 'code-of-practice-full-signatory',
    title:
      'Signing the whole Code of Practice changes how compliance is shown, not which obligations apply: same duties as a non-signatory.',
    rules: ['E22', 'R75', 'R64'],
    answers: developer({ codeOfPractice: 'full' }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, complianceDeadline: '2026-01-10' },
  },
  {
    id: 'code-of-practice-partial-sr',
    title:
      'A systemic-risk provider that signed only some chapters of the Code owes exactly the same obligations as one that signed none.',
    rules: ['E22', 'R75'],
    answers: developer({
      codeOfPractice: 'partial',
      compute: compute(2e25),
      systemicRisk: sr({ thresholdMetDate: '2025-12-01' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'presumed',
      obligations: presumedEu,
      notificationDeadline: '2025-12-15',
    },
  },
  {
    id: 'code-of-practice-non-signatory-sr',
    title: 'The same systemic-risk provider as a non-signatory: identical obligations.',
    rules: ['E22', 'R75'],
    answers: developer({
      codeOfPractice: 'none',
      compute: compute(2e25),
      systemicRisk: sr({ thresholdMetDate: '2025-12-01' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'presumed',
      obligations: presumedEu,
      notificationDeadline: '2025-12-15',
    },
  },
];

/** Every worked scenario: revision 1 (migrated) and revision 2. */
export const SCENARIOS: readonly Scenario[] = [...REV1_SCENARIOS, ...REV2_SCENARIOS];
