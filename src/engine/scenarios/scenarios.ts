/**
 * Worked scenarios: an independent test oracle for evaluate(), derived from RULES.md (R1–R86, E1–E26) and the
 * lead engineer's stated readings of the open points — not from the engine's code. Each scenario is a set of
 * plain facts (answers), an "as of" date, and the verdicts, obligations and dates a careful reader of the
 * rules would expect. The methodology page renders these as its worked-examples table.
 *
 * Conventions used throughout:
 * - `expected.obligations` lists the obligations that APPLY (not exempted), sorted; `expected.exempted` lists
 *   the ones shown as exempted by the open-source carve-out (R48). Both are compared as exact sets.
 * - `role` / `systemicRisk` may list several acceptable values where the label (not the legal outcome) is a
 *   product choice RULES.md does not settle; the `note` says why.
 * - For a modifier, `compute.parameterUpdateFlop` is the modification's own compute and
 *   `compute.inheritedWeightsFlop` is the original's training compute (the weights it starts from, R33, E5),
 *   mirroring `modification.modificationFlop` / `modification.originalComputeFlop`.
 * - `obligationDates` pins the date an obligation applies from or is due by (either field may carry it).
 */
import type { z } from 'zod';
import type {
  AnswersInput,
  licenceSchema,
  modificationSchema,
  placingSchema,
  systemicRiskSchema,
} from '../answers';
import type { IsoDate, ObligationId, ProviderRole, RuleRef } from '../report';

type LicenceInput = z.input<typeof licenceSchema>;
type ModificationInput = z.input<typeof modificationSchema>;
type PlacingInput = z.input<typeof placingSchema>;
type SystemicRiskInput = z.input<typeof systemicRiskSchema>;
type SystemicRiskVerdict = 'presumed' | 'designated' | 'none';

export interface ScenarioExpectation {
  isGPAI: boolean;
  isProvider: boolean;
  /** One role, or several acceptable labels (see the scenario's note). */
  role: ProviderRole | readonly ProviderRole[];
  /** One value, or several acceptable values (see the scenario's note). */
  systemicRisk: SystemicRiskVerdict | readonly SystemicRiskVerdict[];
  openSourceExemption: boolean;
  /** Obligations that apply (not exempted), sorted. Compared as an exact set: no extra ones. */
  obligations: ObligationId[];
  /** Obligations listed as exempted (R48); absent = none. */
  exempted?: ObligationId[];
  /** Art. 52(1) notification deadline; absent = not checked. */
  notificationDeadline?: IsoDate | null;
  /** Compliance deadline (placement, or 2 Aug 2027 for legacy models); absent = not checked. */
  complianceDeadline?: IsoDate | null;
  /** Edge cases that must be flagged (subset check on report.ambiguities[].edgeCase). */
  ambiguities?: RuleRef[];
  /** Answer fields that must appear as open questions (subset check on report.openQuestions[].field). */
  openQuestions?: string[];
  /** Date an obligation applies from or is due by (matches appliesFrom or dueBy). */
  obligationDates?: Partial<Record<ObligationId, IsoDate>>;
  /** Warnings that must be present. nearThreshold: a warning citing R43 or E2 (estimate within ±30 %). */
  warnings?: { nearThreshold?: true };
  /** Dates that must appear on the timeline (subset check on report.timeline[].date). */
  timeline?: IsoDate[];
  /** R28: every applying Art. 53(1) obligation carries a scope note (limited to the modification). */
  scopeLimitedToModification?: true;
}

export interface Scenario {
  id: string;
  title: string;
  rules: RuleRef[];
  answers: AnswersInput;
  asOf: IsoDate;
  expected: ScenarioExpectation;
  /** The reading chosen where RULES.md leaves room, in plain words. */
  note?: string;
}

// ---------------------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------------------

const AS_OF = '2026-11-30';

const sorted = (...ids: ObligationId[]): ObligationId[] => [...new Set(ids)].sort();

/** §3: every GPAI provider (R56–R60). */
const BASE: ObligationId[] = ['art53_1_a', 'art53_1_b', 'art53_1_c', 'art53_1_d', 'art53_3'];
/** §3: Art. 55(1)(a)–(d) for GPAI-SR (R63). */
const ART55: ObligationId[] = ['art55_1_a', 'art55_1_b', 'art55_1_c', 'art55_1_d'];
/** §3: what survives the open-source exemption (R49). */
const OPEN_SOURCE_KEPT: ObligationId[] = ['art53_1_c', 'art53_1_d', 'art53_3'];

const base = sorted(...BASE);
const baseNonEu = sorted(...BASE, 'art54');
const presumedEu = sorted(...BASE, 'art52_1', ...ART55);
const presumedNonEu = sorted(...BASE, 'art54', 'art52_1', ...ART55);
const designatedEu = sorted(...BASE, ...ART55);
const openSourceEu = sorted(...OPEN_SOURCE_KEPT);

/** A model a careful reader would classify as GPAI in any reading: broad text model, 2×10^24 FLOP. */
function developer(over: Partial<AnswersInput> = {}): AnswersInput {
  return {
    schemaVersion: 1,
    role: 'developer',
    euEstablished: 'yes',
    outputModalities: ['text'],
    generality: 'broad',
    compute: { parameterUpdateFlop: 2e24, method: 'architecture' },
    placing: { channels: ['api'], euAvailability: 'direct', placingDate: '2026-01-10' },
    codeOfPractice: 'none',
    ...over,
  };
}

/** Compute block: parameter updates plus optional non-public synthetic data and inherited weights (R33). */
function compute(parameterUpdateFlop: number | 'unknown', syntheticDataFlop = 0, inheritedWeightsFlop = 0) {
  return { parameterUpdateFlop, syntheticDataFlop, inheritedWeightsFlop, method: 'measured' as const };
}

function placing(over: Partial<PlacingInput> = {}): PlacingInput {
  return { channels: ['api'], euAvailability: 'direct', placingDate: '2026-01-10', ...over };
}

/** A downstream modifier of a broad text model that places its modified model on a hub in the EU. */
function modifier(
  mod: Omit<ModificationInput, 'viaOriginalProviderPlatform'> &
    Partial<Pick<ModificationInput, 'viaOriginalProviderPlatform'>>,
  over: Partial<AnswersInput> = {},
): AnswersInput {
  const placingDate = mod.modificationPlacingDate ?? '2026-01-15';
  return {
    schemaVersion: 1,
    role: 'modifier',
    euEstablished: 'yes',
    outputModalities: ['text'],
    generality: 'broad',
    compute: {
      parameterUpdateFlop: mod.modificationFlop,
      inheritedWeightsFlop: mod.originalComputeFlop,
      syntheticDataFlop: 0,
      method: 'measured',
    },
    placing: { channels: ['hub'], euAvailability: 'direct', placingDate },
    modification: { viaOriginalProviderPlatform: 'no', modificationPlacingDate: placingDate, ...mod },
    codeOfPractice: 'none',
    ...over,
  };
}

/** Apache-2.0 style: all four rights, all public, no monetisation (R48–R55). */
const OPEN: LicenceInput = {
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
  microenterpriseDeal: 'no',
};
const licence = (over: Partial<LicenceInput>): LicenceInput => ({ ...OPEN, ...over });

/** Open-weights developer, placed on a public hub on 2026-01-10 (R15). */
function openDeveloper(lic: LicenceInput, over: Partial<AnswersInput> = {}): AnswersInput {
  return developer({
    placing: placing({ channels: ['hub'] }),
    licence: lic,
    ...over,
  });
}

function sr(over: SystemicRiskInput = {}): SystemicRiskInput {
  return { designated: 'no', contest: 'none', ...over };
}

/** Not a provider of anything: no obligations, no exemption. */
const NO_DUTIES = { isProvider: false, openSourceExemption: false, obligations: [] as ObligationId[] };

/** Provider of a non-SR GPAI model, EU-established, placed 2026-01-10. */
const PROVIDER_BASE = {
  isGPAI: true,
  isProvider: true,
  role: 'provider' as const,
  systemicRisk: 'none' as const,
  openSourceExemption: false,
  obligations: base,
};

// ---------------------------------------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------------------------------------

export const SCENARIOS: readonly Scenario[] = [
  // --- B. Is it a GPAI model? (R7–R12, E1–E3) -----------------------------------------------------------
  {
    id: 'criterion-exactly-1e23-not-met',
    title:
      'A text model of unknown generality trained with exactly 10^23 FLOP does not meet the indicative criterion ("greater than"), so it is not a GPAI model.',
    rules: ['R7', 'R12', 'E2'],
    answers: developer({ generality: 'unknown', compute: compute(1e23) }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: false, role: 'out-of-scope', systemicRisk: 'none' },
  },
  {
    id: 'criterion-just-above-1e23-met',
    title:
      'The same model at 1.0000001 × 10^23 FLOP meets the criterion and is a GPAI model; its developer places it via an API and owes the Art. 53 duties from placement.',
    rules: ['R7', 'R12', 'E2', 'R5', 'R15', 'R67'],
    answers: developer({ generality: 'unknown', compute: compute(1.0000001e23) }),
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
    },
  },
  {
    id: 'narrow-speech-transcription-1e24',
    title:
      'A speech-transcription model at 10^24 FLOP meets the compute criterion but can only do one narrow task, so it is not a GPAI model.',
    rules: ['R9', 'R10', 'E1'],
    answers: developer({ outputModalities: ['text'], generality: 'narrow', compute: compute(1e24) }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: false, role: 'out-of-scope', systemicRisk: 'none' },
  },
  {
    id: 'narrow-music-generation-2e24',
    title:
      'A model that only generates music from prompts (audio output, 2 × 10^24 FLOP) is narrow and therefore not a GPAI model.',
    rules: ['R9', 'R10'],
    answers: developer({ outputModalities: ['audio'], generality: 'narrow', compute: compute(2e24) }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: false, role: 'out-of-scope', systemicRisk: 'none' },
  },
  {
    id: 'broad-text-model-1e22-exceptionally-gpai',
    title:
      'A text model trained with only 10^22 FLOP that nonetheless performs a broad range of distinct tasks is exceptionally a GPAI model; the engine must flag this as uncertain.',
    rules: ['R9', 'E1'],
    answers: developer({ compute: compute(1e22) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, ambiguities: ['E1'] },
  },
  {
    id: 'narrow-text-model-1e22',
    title: 'A narrow text model at 10^22 FLOP is not a GPAI model.',
    rules: ['R7', 'R10'],
    answers: developer({ generality: 'narrow', compute: compute(1e22) }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: false, role: 'out-of-scope', systemicRisk: 'none' },
  },
  {
    id: 'weather-model-modality-gate',
    title:
      'A weather-forecasting model (outputs weather fields, 10^24 FLOP, generality not known) cannot generate language, images or video, so the criterion points to "not GPAI".',
    rules: ['R7', 'R11', 'R10'],
    answers: developer({ outputModalities: ['other'], generality: 'unknown', compute: compute(1e24) }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: false, role: 'out-of-scope', systemicRisk: 'none' },
  },
  {
    id: 'unknown-generality-image-above-1e23',
    title:
      'A text-to-image model at 2 × 10^23 FLOP whose generality the user cannot judge is classified by the criterion: GPAI.',
    rules: ['R7', 'E1'],
    answers: developer({ outputModalities: ['image'], generality: 'unknown', compute: compute(2e23) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE },
  },
  {
    id: 'unknown-generality-video-below-1e23',
    title:
      'A text-to-video model at 9 × 10^22 FLOP of unknown generality stays below the criterion: not GPAI.',
    rules: ['R7', 'E1'],
    answers: developer({ outputModalities: ['video'], generality: 'unknown', compute: compute(9e22) }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: false, role: 'out-of-scope', systemicRisk: 'none' },
  },
  {
    id: 'synthetic-data-does-not-count-for-1e23',
    title:
      'Only compute that updates parameters counts for the 10^23 test: 9 × 10^22 FLOP of training plus 5 × 10^23 FLOP of synthetic-data generation is still below the criterion.',
    rules: ['R12', 'R42', 'E3'],
    answers: developer({ generality: 'unknown', compute: compute(9e22, 5e23) }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: false, role: 'out-of-scope', systemicRisk: 'none' },
  },
  {
    id: 'inherited-weights-do-not-count-for-1e23',
    title:
      'A model initialised from weights that took 2 × 10^25 FLOP to train, then trained with only 5 × 10^22 FLOP, of unknown generality: the 10^23 test uses parameter-update compute only, so the criterion is not met and no systemic-risk question arises.',
    rules: ['E3', 'R12', 'R42', 'R7'],
    answers: developer({ generality: 'unknown', compute: compute(5e22, 0, 2e25) }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: false, role: 'out-of-scope', systemicRisk: 'none' },
    note: 'E3 asks for this case to be covered. Reading: only GPAI models can have systemic risk (Art. 51(1)), and R12 tells us which compute decides GPAI status; a user who knows the model is broad would answer "broad" and get the SR presumption.',
  },
  {
    id: 'unknown-compute-broad-model',
    title:
      'The developer does not know the training compute but the model is broad: it is a GPAI model on generality, and the compute figure becomes an open question.',
    rules: ['R1', 'R9', 'R7'],
    answers: developer({ compute: compute('unknown', 0, 0) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, openQuestions: ['compute.parameterUpdateFlop'] },
    note: 'Lead reading: unknown compute → GPAI status decided by generality when "broad"; no systemic-risk presumption without a figure.',
  },

  // --- A/C. Scope, research, hobbyists (R2, R3, R22, E10, E11) -------------------------------------------
  {
    id: 'not-yet-placed-rd-only',
    title:
      'A model still in research and development, never placed on the market, is outside the GPAI definition for now.',
    rules: ['R2'],
    answers: developer({ placing: placing({ channels: ['notYet'], placingDate: undefined }) }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: false, role: 'not-placed', systemicRisk: 'none' },
  },
  {
    id: 'research-lab-partners-only',
    title:
      'A research lab shares its model only with research partners, solely for scientific research: outside the Act (sole-purpose research).',
    rules: ['R3', 'R2', 'E10'],
    answers: developer({
      role: 'research',
      placing: placing({ channels: ['researchPartners'], placingDate: undefined }),
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
      'A private hobbyist uploads a broad model (2 × 10^23 FLOP) to a hub, with no commercial activity: most defensibly not placing on the market; flagged as uncertain.',
    rules: ['E11', 'R22'],
    answers: developer({
      role: 'hobbyist',
      compute: compute(2e23),
      placing: placing({ channels: ['hub'] }),
    }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: true, role: 'not-placed', systemicRisk: 'none', ambiguities: ['E11'] },
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
      'A developer integrates its own broad model into its own chatbot offered in the EU: the model is placed on the market and the model duties apply on top of the system duties.',
    rules: ['R16', 'E9', 'R15'],
    answers: developer({ placing: placing({ channels: ['ownApp'] }) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, complianceDeadline: '2026-01-10' },
  },
  {
    id: 'internal-use-essential-to-service',
    title:
      'A bank uses its own broad model internally to decide customers’ loan applications: internal use that affects people’s rights counts as placing.',
    rules: ['R15', 'R17'],
    answers: developer({ placing: placing({ channels: ['internalEssential'] }) }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE },
  },
  {
    id: 'internal-only-non-sr',
    title:
      'A company uses its own broad model (no systemic risk) only for purely internal processes: the model duties do not apply.',
    rules: ['R17', 'E8'],
    answers: developer({ placing: placing({ channels: ['internalOnly'], placingDate: undefined }) }),
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: true, role: 'not-placed', systemicRisk: 'none' },
  },
  {
    id: 'internal-only-systemic-risk',
    title:
      'A model trained with 2 × 10^25 FLOP used purely internally: Recital 97 says systemic-risk models are "always" subject, so the developer is treated as provider — flagged as highly uncertain.',
    rules: ['E8', 'R17', 'R16', 'R32', 'R35', 'R62', 'R63'],
    answers: developer({
      compute: compute(2e25),
      placing: placing({ channels: ['internalOnly'], placingDate: undefined }),
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
      notificationDeadline: '2026-02-15',
      ambiguities: ['E8'],
    },
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
      schemaVersion: 1,
      role: 'integrator',
      euEstablished: 'yes',
      outputModalities: ['text'],
      generality: 'broad',
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
      'A company builds its product on a third-party model through the model provider’s API: it provides an AI system, not a GPAI model, and has no model duties.',
    rules: ['R21', 'R18'],
    answers: {
      schemaVersion: 1,
      role: 'integrator',
      euEstablished: 'yes',
      outputModalities: ['text'],
      generality: 'broad',
      integration: { systemInEu: 'yes', upstreamExcludedEu: 'no', systemPlacingDate: '2026-04-01' },
      codeOfPractice: 'none',
    },
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: true, role: 'downstream-system-provider', systemicRisk: 'none' },
  },
  {
    id: 'integrator-unmodified-open-weights',
    title:
      'A company runs downloaded open weights unmodified inside its own app: it is a downstream system provider; the uploader remains the model provider.',
    rules: ['E24', 'R21', 'R30'],
    answers: {
      schemaVersion: 1,
      role: 'integrator',
      euEstablished: 'yes',
      outputModalities: ['text'],
      generality: 'broad',
      integration: { systemInEu: 'yes', upstreamExcludedEu: 'no' },
      codeOfPractice: 'unknown',
    },
    asOf: AS_OF,
    expected: { ...NO_DUTIES, isGPAI: true, role: 'downstream-system-provider', systemicRisk: 'none' },
  },
  {
    id: 'model-hub-host',
    title: 'A model hub that only hosts models uploaded by others is not their provider; the uploader is.',
    rules: ['R14', 'E23'],
    answers: {
      schemaVersion: 1,
      role: 'host',
      euEstablished: 'yes',
      outputModalities: ['text'],
      generality: 'broad',
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
    rules: ['R24', 'R30', 'R23'],
    answers: modifier({ originalComputeFlop: 3e24, originalSystemicRisk: 'no', modificationFlop: 5e23 }),
    asOf: AS_OF,
    expected: {
      ...NO_DUTIES,
      isGPAI: true,
      role: ['downstream-system-provider', 'not-placed'],
      systemicRisk: 'none',
    },
    note: 'The role label for a sub-threshold modifier is not settled by RULES.md (R30 says only "not a GPAI-model provider"); either downstream label is accepted.',
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
    rules: ['E17', 'R27'],
    answers: modifier({
      originalComputeFlop: 3e24,
      originalSystemicRisk: 'no',
      modificationFlop: 2e24,
      viaOriginalProviderPlatform: 'yes',
    }),
    asOf: AS_OF,
    expected: {
      ...NO_DUTIES,
      isGPAI: true,
      role: ['downstream-system-provider', 'not-placed'],
      systemicRisk: 'none',
      ambiguities: ['E17'],
    },
    note: 'Reading of E17 for "result stays on the original provider’s platform under its name": the customer is not the modification provider.',
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
      obligationDates: { art52_1: '2026-05-18' },
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
    },
  },
  {
    id: 'sr-threshold-date-unknown',
    title:
      'A 2 × 10^25 FLOP model whose threshold date is unknown: systemic risk is presumed, but the notification deadline cannot be computed and is an open question.',
    rules: ['R32', 'R35', 'R62'],
    answers: developer({ compute: compute(2e25), systemicRisk: sr({ thresholdMetDate: 'unknown' }) }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'presumed',
      obligations: presumedEu,
      notificationDeadline: null,
      openQuestions: ['systemicRisk.thresholdMetDate'],
    },
  },
  {
    id: 'sr-designated-by-commission',
    title:
      'A 5 × 10^24 FLOP model designated by the Commission (informed 10 April 2026): systemic-risk duties under Art. 55 apply from that date; no Art. 52(1) notification is owed.',
    rules: ['R38', 'R31', 'R63', 'R39'],
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
      obligationDates: {
        art55_1_a: '2026-04-10',
        art55_1_b: '2026-04-10',
        art55_1_c: '2026-04-10',
        art55_1_d: '2026-04-10',
      },
      timeline: ['2026-04-10', '2026-10-10'],
    },
    note: 'Compliance deadline deliberately not checked: RULES.md §4 step 7 says "placement or, if later, the date designation was notified" while the lead reading says placement; the per-obligation Art. 55 dates are checked instead.',
  },
  {
    id: 'sr-designation-reassessment-month-end',
    title:
      'A provider informed of a designation on 31 August 2026 may ask for reassessment six months later, on 28 February 2027 (no 31 February).',
    rules: ['R39', 'R38'],
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
      timeline: ['2026-08-31', '2027-02-28'],
    },
    note: 'A period in months ends on the same day of the last month, or on that month’s last day when there is none (the usual EU computation of time periods).',
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
      notificationDeadline: '2026-03-15',
      obligationDates: { art52_1: '2026-03-15', art55_1_a: '2026-03-01', art55_1_d: '2026-03-01' },
    },
    note: 'Reading: the lead’s "designated → no Art. 52(1)" is for designation of a model that never met 10^25; a model that met it owed the notification anyway (R38: the Commission may designate a provider that failed to notify; R62).',
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
      notificationDeadline: '2026-02-15',
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
      notificationDeadline: '2026-02-15',
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
      notificationDeadline: '2026-02-15',
    },
    note: 'Lead reading: an accepted contest → "none" from the decision date; before that date the presumption applies (R37: duties end when the provider is informed).',
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
      obligationDates: {
        art52_1: '2026-03-24',
        art55_1_a: '2026-03-10',
        art55_1_b: '2026-03-10',
        art55_1_c: '2026-03-10',
        art55_1_d: '2026-03-10',
      },
    },
  },
  {
    id: 'sr-threshold-met-before-chapter-v-applied',
    title:
      'A systemic-risk model finished training (threshold met 1 June 2025) and was placed on 1 Sept 2025: the notification duty only applied from 2 Aug 2025, so it was due within two weeks of that date — 16 Aug 2025.',
    rules: ['R70', 'R66', 'R35', 'R67'],
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
      notificationDeadline: '2025-08-16',
      complianceDeadline: '2025-09-01',
    },
    note: 'Reading: met + 14 days (15 June 2025) would precede the date Art. 52 applied; R70 / GL §5.3 give 16 Aug 2025 for models trained or in training on 2 Aug 2025 and placed afterwards.',
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
      systemicRisk: sr({ thresholdMetDate: '2025-12-20' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'presumed',
      openSourceExemption: false,
      obligations: presumedNonEu,
      notificationDeadline: '2026-01-03',
    },
  },
  {
    id: 'open-source-designated',
    title: 'An open model designated by the Commission as systemic-risk loses the exemption as well.',
    rules: ['E14', 'R48', 'R38'],
    answers: openDeveloper(OPEN, {
      compute: compute(4e24),
      systemicRisk: sr({ designated: 'yes', designationInformedDate: '2026-05-05' }),
    }),
    asOf: AS_OF,
    expected: { ...PROVIDER_BASE, systemicRisk: 'designated', obligations: designatedEu },
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
      'A systemic-risk model placed in March 2025: 2 August 2027 is the legal outer limit for notification and compliance, flagged as uncertain because notifying early is expected.',
    rules: ['E7', 'R68', 'R72', 'R35'],
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
    },
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
      'A model still in training crosses 10^25 FLOP on 1 Oct 2026 and is planned for release on 1 March 2027: the notification is due within 14 days (15 Oct 2026), before placement; the other duties apply from the planned release.',
    rules: ['R35', 'R2', 'R34', 'R67', 'R62'],
    answers: developer({
      compute: compute(3e25),
      placing: placing({ channels: ['notYet'], placingDate: '2027-03-01' }),
      systemicRisk: sr({ thresholdMetDate: '2026-10-01' }),
    }),
    asOf: AS_OF,
    expected: {
      ...PROVIDER_BASE,
      systemicRisk: 'presumed',
      obligations: presumedEu,
      notificationDeadline: '2026-10-15',
      complianceDeadline: '2027-03-01',
      obligationDates: { art52_1: '2026-10-15' },
    },
    note: 'Reading: R35 (Art. 52(1) "or it becomes known that it will be met"; Rec. 112; GL §2.3.2 "may be required before training finishes") overrides the R2 research carve-out once a placement is planned; a planned placing date is what distinguishes this from pure R&D.',
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
    title: 'Threshold met on 20 February 2028: notification due 5 March 2028 (2028 is a leap year).',
    rules: ['R35', 'R62'],
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
      notificationDeadline: '2028-03-05',
    },
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
