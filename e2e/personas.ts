/**
 * The eight personas of issue #3, as data the wizard journeys replay, plus helpers to answer the screens
 * (answers schema version 2, rules revision 2). Exported for reuse: `completeFrontierLab(page)` etc. take a
 * fresh page from the start page to "Check your answers"; the report journeys continue from there with "See
 * result". `REV2_PERSONAS` are wizard journeys for questions revision 2 added (kept apart so that the report
 * journeys' table of eight stays complete).
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export type Answer =
  | { radio: string; choose: string }
  | { checks: string; choose: string[] }
  | { text: string; value: string }
  /** A FLOP question: a figure as typed, "none" or "unknown". */
  | { flop: string; value: string }
  /** A count question (parameters): a number as typed, or "unknown". */
  | { count: string; value: string }
  /** A date question: YYYY-MM-DD (or any accepted form), "unknown", or "none" (e.g. "Not yet"). */
  | { date: string; value: string }
  /** Use the architecture estimator of a FLOP question (6 × P × D) and copy its result. */
  | { estimate: string; parameters: string; tokens: string };

export interface ScreenStep {
  /** The page heading (h1) of the screen. */
  title: string;
  answers: Answer[];
}

export interface Persona {
  key: string;
  name: string;
  steps: ScreenStep[];
  /** Rows expected on the check page: [short label, value in words]. */
  rows: [string, string][];
  /** Short labels that must not appear on the check page (questions that do not apply). */
  absent: string[];
}

const yes = (legend: string): Answer => ({ radio: legend, choose: 'Yes' });
const no = (legend: string): Answer => ({ radio: legend, choose: 'No' });
const dontKnow = (legend: string): Answer => ({ radio: legend, choose: "I don't know" });

export const LEGENDS = {
  role: 'Which of these best describes you?',
  euEstablished: 'Is your organisation established in the EU?',
  outputs: 'What can the model generate?',
  singleTask: 'Was the model designed and trained for one specific task?',
  tasks: 'Which of these distinct tasks can the model perform competently?',
  parameters: 'How many parameters does the model have?',
  largeBroadData: 'Was the model trained on a large amount of data from a broad range of sources?',
  selfSupervised: 'Was it trained with self-supervision at scale?',
  onBehalf: 'Do you make the modification on behalf of the model’s original provider?',
  channels: 'How is the model made available — or how will it be?',
  intention: 'Do you mean to make the model available on the EU market?',
  euAvailability: 'Is it (or will it be) available in the EU?',
  nameOnModel: 'Under whose name or trademark is the model made available — or will it be?',
  commercial: 'Does any of these apply to the model?',
  lifecycle: 'Is this a new model, or a later version of a model you already made available?',
  placingDate: 'When was the model first made available in the EU — or when will it be?',
  plannedPlacingDate: 'When do you plan to make the model available in the EU?',
  compute: 'How much compute was used to train the model?',
  computeSoFar: 'How much compute has been used to train the model so far?',
  method: 'Where does this figure come from?',
  synthetic: 'How much compute went into generating non-public synthetic training data?',
  inherited: 'How much compute trained any weights you started from or merged in?',
  planned:
    'Is more training of the model planned — and if so, how much cumulative compute will it reach in total?',
  plannedNotYet:
    'How much cumulative compute will the model have used in total when its planned training ends?',
  thresholdDate: 'When did cumulative training compute exceed 10²⁵ FLOP — or when did you know it would?',
  thresholdKnown:
    'When did it become known that the model’s cumulative training compute would exceed 10²⁵ FLOP?',
  notified: 'Have you notified the Commission under Art. 52(1)?',
  contest: 'Have you argued to the Commission that, exceptionally, the model does not present systemic risk?',
  designated: 'Has the Commission designated the model as a model with systemic risk?',
  euBusinessUsers: 'How many registered business users in the EU is the model made available to?',
  authorisedRepresentative: 'Have you appointed an authorised representative in the EU, by written mandate?',
  technicalDocumentation: 'Is the technical documentation of the model drawn up and kept up to date?',
  downstreamInformation:
    'Is the information for providers who build on the model (Annex XII) available to them?',
  copyrightPolicy: 'Have you put in place a policy to comply with EU copyright law?',
  trainingSummary:
    'Have you published the summary of the content used for training, on the AI Office template?',
  codeOfPractice: 'Has your organisation signed the General-Purpose AI Code of Practice?',
} as const;
const L = LEGENDS;

const NOT_SINGLE_TASK = 'No, it was not designed for one specific task';
const OWN_NAME = 'Our own name or trademark';
const NEW_MODEL = 'A new model, from its own large pre-training run';
const IN_EU = 'Yes — people or organisations in the EU can get or use it from us';

export const SCREEN_TITLES = {
  role: 'You and the model',
  capabilities: 'What the model can do',
  integration: 'Your AI system',
  modification: 'Your modification',
  modifiedModel: 'The modified model',
  placing: 'Making the model available',
  placingDetails: 'Release details',
  compute: 'Training compute',
  cumulativeCompute: 'Compute that counts for systemic risk',
  generality: 'How broad the model is',
  systemicRisk: 'Systemic risk',
  contest: 'Your contest of the presumption',
  licence: 'Licence',
  licenceTerms: 'Licence terms',
  monetisation: 'Monetisation',
  openness: 'What is public',
  stepsTaken: 'Steps already taken',
  stepsTakenCopyright: 'Copyright and training content',
  codeOfPractice: 'Code of Practice',
} as const;

export const PERSONAS = {
  frontierLab: {
    key: 'frontierLab',
    name: 'Frontier lab outside the EU, above 10^25 FLOP',
    steps: [
      {
        title: SCREEN_TITLES.role,
        answers: [
          { radio: L.role, choose: 'We trained the model ourselves' },
          { text: 'Model name (optional)', value: 'Aurora-3' },
          no(L.euEstablished),
        ],
      },
      {
        title: SCREEN_TITLES.capabilities,
        answers: [
          {
            checks: L.outputs,
            choose: ['Text, including code', 'Images generated from text prompts (text-to-image)'],
          },
          { radio: L.singleTask, choose: NOT_SINGLE_TASK },
        ],
      },
      {
        title: SCREEN_TITLES.placing,
        answers: [
          {
            checks: L.channels,
            choose: ['Through an API', 'Built into our own chatbot, app or AI system that others use'],
          },
          { radio: L.euAvailability, choose: IN_EU },
          { radio: L.nameOnModel, choose: OWN_NAME },
        ],
      },
      {
        title: SCREEN_TITLES.placingDetails,
        answers: [
          { radio: L.lifecycle, choose: NEW_MODEL },
          { date: L.placingDate, value: '2026-03-01' },
        ],
      },
      {
        title: SCREEN_TITLES.compute,
        answers: [
          { flop: L.compute, value: '3.8 × 10^25' },
          {
            radio: L.method,
            choose: 'Estimated from the hardware used (units × time × peak speed × utilisation)',
          },
        ],
      },
      {
        title: SCREEN_TITLES.systemicRisk,
        answers: [
          { date: L.thresholdDate, value: '2025-11-10' },
          { date: L.notified, value: '20 Nov 2025' },
          { radio: L.contest, choose: 'No, we have not contested it' },
          no(L.designated),
        ],
      },
      {
        title: SCREEN_TITLES.stepsTaken,
        answers: [
          dontKnow(L.authorisedRepresentative),
          dontKnow(L.technicalDocumentation),
          dontKnow(L.downstreamInformation),
        ],
      },
      {
        title: SCREEN_TITLES.stepsTakenCopyright,
        answers: [yes(L.copyrightPolicy), yes(L.trainingSummary)],
      },
      {
        title: SCREEN_TITLES.codeOfPractice,
        answers: [{ radio: L.codeOfPractice, choose: 'Yes, all chapters that apply to us' }],
      },
    ],
    rows: [
      ['Your role', 'We trained the model ourselves'],
      ['Model name', 'Aurora-3'],
      ['Established in the EU', 'No'],
      ['Outputs', 'Text, including code; Images generated from text prompts (text-to-image)'],
      ['Built for one specific task', NOT_SINGLE_TASK],
      [
        'How it is made available',
        'Through an API; Built into our own chatbot, app or AI system that others use',
      ],
      ['Name on the model', OWN_NAME],
      ['New model or later version', NEW_MODEL],
      ['First made available', '1 March 2026'],
      ['Training compute', '3.8 × 10²⁵ FLOP'],
      ['Date 10²⁵ FLOP was met or became known', '10 November 2025'],
      ['Commission notified', '20 November 2025'],
      ['Designated by the Commission', 'No'],
      ['Contest of the presumption', 'No, we have not contested it'],
      ['Authorised representative appointed', "I don't know"],
      ['Copyright policy in place', 'Yes'],
      ['Code of Practice signatory', 'Yes, all chapters that apply to us'],
    ],
    absent: [
      'Non-public synthetic data compute',
      'Compute of inherited or merged weights',
      'Planned cumulative compute',
      'Distinct tasks it performs',
      'Registered business users in the EU',
      'Free access for anyone',
      'Commercial activity',
    ],
  },
  openWeights7B: {
    key: 'openWeights7B',
    name: 'Open-weights 7B-class model under Apache-2.0',
    steps: [
      {
        title: SCREEN_TITLES.role,
        answers: [
          { radio: L.role, choose: 'We trained the model ourselves' },
          { text: 'Model name (optional)', value: 'Lumen-7B' },
          yes(L.euEstablished),
        ],
      },
      {
        title: SCREEN_TITLES.capabilities,
        answers: [
          { checks: L.outputs, choose: ['Text, including code'] },
          { radio: L.singleTask, choose: NOT_SINGLE_TASK },
        ],
      },
      {
        title: SCREEN_TITLES.placing,
        answers: [
          { checks: L.channels, choose: ['As a public download of the weights'] },
          { radio: L.euAvailability, choose: IN_EU },
          { radio: L.nameOnModel, choose: OWN_NAME },
        ],
      },
      {
        title: SCREEN_TITLES.placingDetails,
        answers: [
          { radio: L.lifecycle, choose: NEW_MODEL },
          { date: L.placingDate, value: '2025-10-01' },
        ],
      },
      {
        title: SCREEN_TITLES.compute,
        answers: [{ estimate: L.compute, parameters: '7B', tokens: '3T' }],
      },
      {
        title: SCREEN_TITLES.cumulativeCompute,
        answers: [
          { flop: L.synthetic, value: 'none' },
          { flop: L.inherited, value: 'none' },
          { flop: L.planned, value: 'none' },
        ],
      },
      {
        title: SCREEN_TITLES.systemicRisk,
        answers: [no(L.designated), { radio: L.euBusinessUsers, choose: 'Fewer than 10 000' }],
      },
      {
        title: SCREEN_TITLES.licence,
        answers: [
          yes('Can anyone obtain the model without paying?'),
          yes('Can anyone use it for any purpose without paying?'),
          yes('Can anyone modify it?'),
          yes('Can anyone redistribute it, modified or not?'),
        ],
      },
      {
        title: SCREEN_TITLES.licenceTerms,
        answers: [
          { text: 'Licence name (optional)', value: 'Apache-2.0' },
          {
            checks: 'Does the licence contain any of these terms?',
            choose: ['Attribution or share-alike conditions'],
          },
        ],
      },
      {
        title: SCREEN_TITLES.monetisation,
        answers: [{ checks: 'Is the model monetised in any of these ways?', choose: ['None of these'] }],
      },
      {
        title: SCREEN_TITLES.openness,
        answers: [
          yes('Are the parameters, including the weights, publicly available?'),
          yes('Is information on the model architecture publicly available?'),
          yes('Is information on how to use the model publicly available?'),
        ],
      },
      {
        title: SCREEN_TITLES.stepsTakenCopyright,
        answers: [dontKnow(L.copyrightPolicy), yes(L.trainingSummary)],
      },
      { title: SCREEN_TITLES.codeOfPractice, answers: [{ radio: L.codeOfPractice, choose: 'No' }] },
    ],
    rows: [
      ['Model name', 'Lumen-7B'],
      ['How it is made available', 'As a public download of the weights'],
      ['First made available', '1 October 2025'],
      // 6 × 7B × 3T = 1.26 × 10²³, copied with two significant figures (ADR 0081).
      ['Training compute', '1.3 × 10²³ FLOP'],
      ['How the figure was obtained', 'Estimated from the architecture (6 × parameters × training tokens)'],
      ['Non-public synthetic data compute', 'None'],
      ['Compute of inherited or merged weights', 'None'],
      ['Planned cumulative compute', 'No more training is planned'],
      ['Designated by the Commission', 'No'],
      ['Registered business users in the EU', 'Fewer than 10 000'],
      ['Licence', 'Apache-2.0'],
      ['Free access for anyone', 'Yes'],
      ['Licence terms', 'Attribution or share-alike conditions'],
      ['Monetisation', 'None of these'],
      ['Training-content summary published', 'Yes'],
      ['Code of Practice signatory', 'No'],
    ],
    absent: [
      'Date 10²⁵ FLOP was met or became known',
      'Contest of the presumption',
      'Monetised only between microenterprises',
      // Exempt (R48): no technical documentation, downstream information or representative steps.
      'Technical documentation in place',
      'Authorised representative appointed',
    ],
  },
  fineTunerBelowOneThird: {
    key: 'fineTunerBelowOneThird',
    name: 'Fine-tuner below one third of the original compute',
    steps: [
      {
        title: SCREEN_TITLES.role,
        answers: [
          { radio: L.role, choose: "We modify someone else's model" },
          { text: 'Model name (optional)', value: 'Acme Legal FT' },
          yes(L.euEstablished),
        ],
      },
      {
        title: SCREEN_TITLES.capabilities,
        answers: [
          { checks: L.outputs, choose: ['Text, including code'] },
          { radio: L.singleTask, choose: NOT_SINGLE_TASK },
        ],
      },
      {
        title: SCREEN_TITLES.modification,
        answers: [
          no(L.onBehalf),
          { flop: 'How much compute was used to train the original model?', value: '2e24' },
          no('Is the original model a general-purpose AI model with systemic risk?'),
          { flop: 'How much compute did your modification use?', value: '1.5e22' },
        ],
      },
    ],
    rows: [
      ['Your role', "We modify someone else's model"],
      ['Modification made for the original provider', 'No'],
      ['Original model’s training compute', '2 × 10²⁴ FLOP'],
      ['Original model has systemic risk', 'No'],
      ['Modification compute', '1.5 × 10²² FLOP'],
    ],
    absent: [
      "Fine-tuned on the original provider's platform",
      'Modified model first made available',
      'How it is made available',
    ],
  },
  fineTunerUnknownOriginal: {
    key: 'fineTunerUnknownOriginal',
    name: 'Fine-tuner of a model with unknown compute, above the fallback',
    steps: [
      {
        title: SCREEN_TITLES.role,
        answers: [{ radio: L.role, choose: "We modify someone else's model" }, no(L.euEstablished)],
      },
      {
        title: SCREEN_TITLES.capabilities,
        answers: [
          { checks: L.outputs, choose: ['Text, including code'] },
          { radio: L.singleTask, choose: NOT_SINGLE_TASK },
        ],
      },
      {
        title: SCREEN_TITLES.modification,
        answers: [
          no(L.onBehalf),
          { flop: 'How much compute was used to train the original model?', value: 'unknown' },
          no('Is the original model a general-purpose AI model with systemic risk?'),
          { flop: 'How much compute did your modification use?', value: '5e22' },
        ],
      },
      {
        title: SCREEN_TITLES.modifiedModel,
        answers: [
          {
            flop: 'How much compute went into generating non-public synthetic data for your modification?',
            value: 'none',
          },
          no(
            "Did you fine-tune through the original provider's platform, with the result staying there under its name?",
          ),
          {
            date: 'When was the modified model first made available — or when will it be?',
            value: '15/01/2026',
          },
        ],
      },
      {
        title: SCREEN_TITLES.placing,
        answers: [
          { checks: L.channels, choose: ['Through an API'] },
          { radio: L.euAvailability, choose: IN_EU },
          { radio: L.nameOnModel, choose: OWN_NAME },
        ],
      },
      {
        title: SCREEN_TITLES.systemicRisk,
        answers: [no(L.designated), dontKnow(L.euBusinessUsers)],
      },
      {
        title: SCREEN_TITLES.stepsTaken,
        answers: [
          dontKnow(L.authorisedRepresentative),
          dontKnow(L.technicalDocumentation),
          dontKnow(L.downstreamInformation),
        ],
      },
      {
        title: SCREEN_TITLES.stepsTakenCopyright,
        answers: [dontKnow(L.copyrightPolicy), dontKnow(L.trainingSummary)],
      },
      { title: SCREEN_TITLES.codeOfPractice, answers: [{ radio: L.codeOfPractice, choose: 'No' }] },
    ],
    rows: [
      ['Original model’s training compute', "I don't know"],
      ['Modification compute', '5 × 10²² FLOP'],
      ['Synthetic data for the modification', 'None'],
      ["Fine-tuned on the original provider's platform", 'No'],
      ['Modified model first made available', '15 January 2026'],
      ['How it is made available', 'Through an API'],
      ['Name on the model', OWN_NAME],
      ['Registered business users in the EU', "I don't know"],
      ['Authorised representative appointed', "I don't know"],
      ['Code of Practice signatory', 'No'],
    ],
    absent: [
      'First made available',
      'Training compute',
      'Free access for anyone',
      'New model or later version',
    ],
  },
  apiIntegrator: {
    key: 'apiIntegrator',
    name: 'API integrator (no model obligations)',
    steps: [
      {
        title: SCREEN_TITLES.role,
        answers: [
          {
            radio: L.role,
            choose: "We only use someone else's model, unchanged, in our own product or AI system",
          },
          yes(L.euEstablished),
        ],
      },
      {
        title: SCREEN_TITLES.capabilities,
        answers: [
          { checks: L.outputs, choose: ['Text, including code'] },
          { radio: L.singleTask, choose: NOT_SINGLE_TASK },
        ],
      },
      {
        title: SCREEN_TITLES.integration,
        answers: [
          yes('Is the AI system built on the model offered or used in the EU?'),
          no("Did the model's provider clearly exclude distribution and use in the EU?"),
        ],
      },
      // The model's compute still decides the (informational) verdict on whether it is a GPAI model.
      { title: SCREEN_TITLES.compute, answers: [{ flop: L.compute, value: 'unknown' }] },
    ],
    rows: [
      ['Your role', "We only use someone else's model, unchanged, in our own product or AI system"],
      ['System offered or used in the EU', 'Yes'],
      ['Upstream provider excluded the EU', 'No'],
      ['Training compute', "I don't know"],
    ],
    absent: [
      'System first offered in the EU',
      'Non-public synthetic data compute',
      'Designated by the Commission',
      'Steps already taken',
      'Code of Practice signatory',
    ],
  },
  speechTranscription: {
    key: 'speechTranscription',
    name: 'Speech-transcription model above 10^23 FLOP (built for one task)',
    steps: [
      {
        title: SCREEN_TITLES.role,
        answers: [
          { radio: L.role, choose: 'We trained the model ourselves' },
          { text: 'Model name (optional)', value: 'Scribe-L' },
          yes(L.euEstablished),
        ],
      },
      {
        title: SCREEN_TITLES.capabilities,
        answers: [
          { checks: L.outputs, choose: ['Text, including code'] },
          { radio: L.singleTask, choose: 'Yes: speech transcription' },
        ],
      },
      {
        title: SCREEN_TITLES.placing,
        answers: [
          { checks: L.channels, choose: ['Through an API'] },
          { radio: L.euAvailability, choose: IN_EU },
          { radio: L.nameOnModel, choose: OWN_NAME },
        ],
      },
      {
        title: SCREEN_TITLES.placingDetails,
        answers: [
          { radio: L.lifecycle, choose: NEW_MODEL },
          { date: L.placingDate, value: '2025-09-01' },
        ],
      },
      {
        title: SCREEN_TITLES.compute,
        answers: [
          { flop: L.compute, value: '2e23' },
          { radio: L.method, choose: 'Measured or logged during training' },
        ],
      },
    ],
    rows: [
      ['Built for one specific task', 'Yes: speech transcription'],
      ['Training compute', '2 × 10²³ FLOP'],
      ['How the figure was obtained', 'Measured or logged during training'],
    ],
    absent: [
      'Non-public synthetic data compute',
      'Planned cumulative compute',
      'Distinct tasks it performs',
      'Designated by the Commission',
      'Code of Practice signatory',
    ],
  },
  legacyModel2024: {
    key: 'legacyModel2024',
    name: 'Legacy model placed in 2024',
    steps: [
      {
        title: SCREEN_TITLES.role,
        answers: [
          { radio: L.role, choose: 'We had the model trained for us by someone else' },
          { text: 'Model name (optional)', value: 'Heritage-1' },
          yes(L.euEstablished),
        ],
      },
      {
        title: SCREEN_TITLES.capabilities,
        answers: [
          { checks: L.outputs, choose: ['Text, including code'] },
          { radio: L.singleTask, choose: NOT_SINGLE_TASK },
        ],
      },
      {
        title: SCREEN_TITLES.placing,
        answers: [
          {
            checks: L.channels,
            choose: ['Through an API', 'Through a cloud computing service or marketplace'],
          },
          { radio: L.euAvailability, choose: IN_EU },
          { radio: L.nameOnModel, choose: OWN_NAME },
        ],
      },
      {
        title: SCREEN_TITLES.placingDetails,
        answers: [
          { radio: L.lifecycle, choose: NEW_MODEL },
          { date: L.placingDate, value: '2024-05-14' },
        ],
      },
      {
        title: SCREEN_TITLES.compute,
        answers: [
          { flop: L.compute, value: '3e24' },
          { radio: L.method, choose: 'Measured or logged during training' },
        ],
      },
      {
        title: SCREEN_TITLES.cumulativeCompute,
        answers: [
          { flop: L.synthetic, value: 'none' },
          { flop: L.inherited, value: 'none' },
          { flop: L.planned, value: 'none' },
        ],
      },
      {
        title: SCREEN_TITLES.systemicRisk,
        answers: [no(L.designated), { radio: L.euBusinessUsers, choose: 'Fewer than 10 000' }],
      },
      {
        title: SCREEN_TITLES.stepsTaken,
        answers: [no(L.technicalDocumentation), no(L.downstreamInformation)],
      },
      {
        title: SCREEN_TITLES.stepsTakenCopyright,
        answers: [dontKnow(L.copyrightPolicy), no(L.trainingSummary)],
      },
      {
        title: SCREEN_TITLES.codeOfPractice,
        answers: [{ radio: L.codeOfPractice, choose: 'Only some chapters' }],
      },
    ],
    rows: [
      ['Your role', 'We had the model trained for us by someone else'],
      ['First made available', '14 May 2024'],
      ['Training compute', '3 × 10²⁴ FLOP'],
      ['Technical documentation in place', 'No'],
      ['Code of Practice signatory', 'Only some chapters'],
    ],
    absent: ['Free access for anyone', 'Contest of the presumption', 'Authorised representative appointed'],
  },
  researchPrototype: {
    key: 'researchPrototype',
    name: 'Research prototype, not meant to be placed',
    steps: [
      {
        title: SCREEN_TITLES.role,
        answers: [
          {
            radio: L.role,
            choose: 'We are a research lab, university or research institute that trained it',
          },
          yes(L.euEstablished),
        ],
      },
      {
        title: SCREEN_TITLES.capabilities,
        answers: [
          { checks: L.outputs, choose: ['Text, including code'] },
          { radio: L.singleTask, choose: NOT_SINGLE_TASK },
        ],
      },
      {
        title: SCREEN_TITLES.placing,
        answers: [
          { checks: L.channels, choose: ['Not made available to anyone yet'] },
          { radio: L.intention, choose: 'No, it is only for research, development or prototyping' },
          { radio: L.euAvailability, choose: 'No — it is not available in the EU at all' },
        ],
      },
    ],
    rows: [
      ['Your role', 'We are a research lab, university or research institute that trained it'],
      ['How it is made available', 'Not made available to anyone yet'],
      ['Meant to be placed on the EU market', 'No, it is only for research, development or prototyping'],
      ['Available in the EU', 'No — it is not available in the EU at all'],
    ],
    absent: ['Name on the model', 'First made available', 'Training compute', 'Code of Practice signatory'],
  },
} satisfies Record<string, Persona>;

export type PersonaKey = keyof typeof PERSONAS;

/** Wizard journeys through the questions rules revision 2 added (not part of the report journeys' eight). */
export const REV2_PERSONAS = {
  /** R88: still in training, meant to be placed, planned above 10^25 FLOP. */
  labInTraining: {
    key: 'labInTraining',
    name: 'Lab still training a model it means to place above 10^25 FLOP',
    steps: [
      {
        title: SCREEN_TITLES.role,
        answers: [
          { radio: L.role, choose: 'We trained the model ourselves' },
          { text: 'Model name (optional)', value: 'Borealis-2' },
          no(L.euEstablished),
        ],
      },
      {
        title: SCREEN_TITLES.capabilities,
        answers: [
          { checks: L.outputs, choose: ['Text, including code'] },
          { radio: L.singleTask, choose: NOT_SINGLE_TASK },
        ],
      },
      {
        title: SCREEN_TITLES.placing,
        answers: [
          { checks: L.channels, choose: ['Not made available to anyone yet'] },
          { radio: L.intention, choose: 'Yes, we mean to make it available in the EU' },
          { radio: L.euAvailability, choose: IN_EU },
          { radio: L.nameOnModel, choose: OWN_NAME },
        ],
      },
      {
        title: SCREEN_TITLES.placingDetails,
        answers: [
          { radio: L.lifecycle, choose: NEW_MODEL },
          { date: L.plannedPlacingDate, value: 'unknown' },
        ],
      },
      {
        title: SCREEN_TITLES.compute,
        answers: [
          { flop: L.computeSoFar, value: '4e24' },
          {
            radio: L.method,
            choose: 'Estimated from the hardware used (units × time × peak speed × utilisation)',
          },
        ],
      },
      {
        title: SCREEN_TITLES.cumulativeCompute,
        answers: [
          { flop: L.synthetic, value: 'none' },
          { flop: L.inherited, value: 'none' },
          { flop: L.plannedNotYet, value: '3e25' },
        ],
      },
      {
        title: SCREEN_TITLES.systemicRisk,
        answers: [
          { date: L.thresholdKnown, value: '2026-09-01' },
          { date: L.notified, value: 'none' },
          { radio: L.contest, choose: 'No, we have not contested it' },
          no(L.designated),
        ],
      },
      {
        title: SCREEN_TITLES.stepsTaken,
        answers: [
          no(L.authorisedRepresentative),
          dontKnow(L.technicalDocumentation),
          dontKnow(L.downstreamInformation),
        ],
      },
      {
        title: SCREEN_TITLES.stepsTakenCopyright,
        answers: [yes(L.copyrightPolicy), no(L.trainingSummary)],
      },
      {
        title: SCREEN_TITLES.codeOfPractice,
        answers: [{ radio: L.codeOfPractice, choose: 'Yes, all chapters that apply to us' }],
      },
    ],
    rows: [
      ['Meant to be placed on the EU market', 'Yes, we mean to make it available in the EU'],
      ['Planned first availability', "I don't know or it is not decided"],
      ['Training compute so far', '4 × 10²⁴ FLOP'],
      ['Planned cumulative compute', '3 × 10²⁵ FLOP'],
      ['Date it became known 10²⁵ FLOP would be exceeded', '1 September 2026'],
      ['Commission notified', 'Not yet'],
      ['Authorised representative appointed', 'No'],
    ],
    absent: ['Where the internal use takes place', 'Registered business users in the EU'],
  },
  /** E27: below 10^23 FLOP, but facts show a broad model; the parameter count typed in words. */
  smallBroadModel: {
    key: 'smallBroadModel',
    name: 'Small model below 10^23 FLOP with facts of broad generality',
    steps: [
      {
        title: SCREEN_TITLES.role,
        answers: [
          { radio: L.role, choose: 'We trained the model ourselves' },
          { text: 'Model name (optional)', value: 'Pico-1.5B' },
          yes(L.euEstablished),
        ],
      },
      {
        title: SCREEN_TITLES.capabilities,
        answers: [
          { checks: L.outputs, choose: ['Text, including code'] },
          { radio: L.singleTask, choose: NOT_SINGLE_TASK },
        ],
      },
      {
        title: SCREEN_TITLES.placing,
        answers: [
          { checks: L.channels, choose: ['Through an API'] },
          { radio: L.euAvailability, choose: IN_EU },
          { radio: L.nameOnModel, choose: OWN_NAME },
        ],
      },
      {
        title: SCREEN_TITLES.placingDetails,
        answers: [
          { radio: L.lifecycle, choose: NEW_MODEL },
          { date: L.placingDate, value: '2026-02-01' },
        ],
      },
      {
        title: SCREEN_TITLES.compute,
        answers: [
          { flop: L.compute, value: '5e22' },
          { radio: L.method, choose: 'Estimated from the architecture (6 × parameters × training tokens)' },
        ],
      },
      {
        title: SCREEN_TITLES.cumulativeCompute,
        answers: [
          { flop: L.synthetic, value: 'none' },
          { flop: L.inherited, value: 'none' },
          { flop: L.planned, value: 'unknown' },
        ],
      },
      {
        title: SCREEN_TITLES.generality,
        answers: [
          {
            checks: L.tasks,
            choose: ['Holding a conversation and following instructions (chat)', 'Writing and editing text'],
          },
          { count: L.parameters, value: '1.5 billion' },
          yes(L.largeBroadData),
          yes(L.selfSupervised),
        ],
      },
      {
        title: SCREEN_TITLES.systemicRisk,
        answers: [no(L.designated), { radio: L.euBusinessUsers, choose: 'Fewer than 10 000' }],
      },
      {
        title: SCREEN_TITLES.stepsTaken,
        answers: [yes(L.technicalDocumentation), yes(L.downstreamInformation)],
      },
      {
        title: SCREEN_TITLES.stepsTakenCopyright,
        answers: [yes(L.copyrightPolicy), no(L.trainingSummary)],
      },
      { title: SCREEN_TITLES.codeOfPractice, answers: [{ radio: L.codeOfPractice, choose: 'No' }] },
    ],
    rows: [
      ['Training compute', '5 × 10²² FLOP'],
      [
        'Distinct tasks it performs',
        'Holding a conversation and following instructions (chat); Writing and editing text',
      ],
      ['Parameters', '1.5 billion'],
      ['Large and broad training data', 'Yes'],
      ['Self-supervised training at scale', 'Yes'],
    ],
    absent: ['Date 10²⁵ FLOP was met or became known'],
  },
} satisfies Record<string, Persona>;

// ── Answering with the mouse (and the page's own controls) ────────────────────────────────────────────────

export function group(page: Page, legend: string): Locator {
  return page.getByRole('group', { name: legend, exact: true });
}

export async function answer(page: Page, a: Answer): Promise<void> {
  if ('radio' in a) {
    await group(page, a.radio).getByLabel(a.choose, { exact: true }).check();
  } else if ('checks' in a) {
    for (const label of a.choose) await group(page, a.checks).getByLabel(label, { exact: true }).check();
  } else if ('text' in a) {
    await page.getByLabel(a.text, { exact: true }).fill(a.value);
  } else if ('flop' in a) {
    const g = group(page, a.flop);
    if (a.value === 'unknown') await g.getByRole('radio').last().check();
    else if (a.value === 'none') await g.getByRole('radio').first().check();
    else {
      await g.getByRole('radio', { name: /^(I have a figure or an estimate|Yes, this much)$/ }).check();
      await g.getByLabel('Compute in FLOP', { exact: true }).fill(a.value);
    }
  } else if ('count' in a) {
    const g = group(page, a.count);
    if (a.value === 'unknown') await g.getByRole('radio').last().check();
    else {
      await g.getByRole('radio', { name: 'I have a number or an estimate' }).check();
      await g.getByLabel('Number', { exact: true }).fill(a.value);
    }
  } else if ('date' in a) {
    const g = group(page, a.date);
    if (a.value === 'unknown' || a.value === 'none')
      await g.locator(`input[type="radio"][value="${a.value}"]`).check();
    else {
      await g.getByRole('radio', { name: /^(Yes, on this date|On this date)$/ }).check();
      await g.getByLabel('Date', { exact: true }).fill(a.value);
    }
  } else {
    const g = group(page, a.estimate);
    await g.getByLabel('I have a figure or an estimate', { exact: true }).check();
    await g.getByText('Estimate it from the hardware or the architecture').click();
    await g.getByLabel('Parameters', { exact: true }).fill(a.parameters);
    await g.getByLabel('Training tokens', { exact: true }).fill(a.tokens);
    await g.getByRole('button', { name: 'Calculate from architecture' }).click();
    await g.getByRole('button', { name: 'Use this estimate' }).click();
  }
}

export async function answerScreen(page: Page, step: ScreenStep): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: step.title })).toBeVisible();
  for (const a of step.answers) await answer(page, a);
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** From a fresh page: start page → every screen of the persona → "Check your answers". Returns the number of screens shown. */
export async function completePersona(page: Page, persona: Persona): Promise<number> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start now' }).click();
  for (const step of persona.steps) await answerScreen(page, step);
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  return persona.steps.length;
}

/** Asserts the check page lists the persona's answers in words and none of the questions that do not apply. */
export async function expectCheckPage(page: Page, persona: Persona): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  for (const [label, value] of persona.rows) {
    const row = page
      .locator('dl > div')
      .filter({ has: page.locator('dt', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) });
    await expect(row, `row "${label}"`).toHaveCount(1);
    await expect(row.locator('dd').first()).toHaveText(value);
  }
  for (const label of persona.absent) {
    await expect(
      page.locator('dt', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }),
      `no row "${label}"`,
    ).toHaveCount(0);
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const completeFrontierLab = (page: Page) => completePersona(page, PERSONAS.frontierLab);
export const completeOpenWeights7B = (page: Page) => completePersona(page, PERSONAS.openWeights7B);
export const completeFineTunerBelowOneThird = (page: Page) =>
  completePersona(page, PERSONAS.fineTunerBelowOneThird);
export const completeFineTunerUnknownOriginal = (page: Page) =>
  completePersona(page, PERSONAS.fineTunerUnknownOriginal);
export const completeApiIntegrator = (page: Page) => completePersona(page, PERSONAS.apiIntegrator);
export const completeSpeechTranscription = (page: Page) =>
  completePersona(page, PERSONAS.speechTranscription);
export const completeLegacyModel2024 = (page: Page) => completePersona(page, PERSONAS.legacyModel2024);
export const completeResearchPrototype = (page: Page) => completePersona(page, PERSONAS.researchPrototype);
