/**
 * The questionnaire: one topic per screen, in the order they are asked. Facts only — never a legal conclusion
 * (PRODUCT.md principle 1). Every question carries help text with its rule numbers (RULES.md) and citations.
 * Visibility rules live in ./conditions.ts so that they can be tested on their own.
 */
import { exceeds, SYSTEMIC_RISK_THRESHOLD_FLOP } from '../compute';
import { annex, art, cop, gl, rec } from '../sources';
import {
  integratorMayBeModelProvider,
  mayBeGPAI,
  modificationClearlyBelowThreshold,
  modifierCannotBeProvider,
  parameterUpdateAloneExceedsSystemicThreshold,
  presumptionOnFacts,
  researchPartnersOnly,
  showCodeOfPractice,
  showCompute,
  showLicence,
  showPlacing,
  showSystemicRisk,
  systemicRiskAssessed,
} from './conditions';
import {
  CHANNEL_OPTIONS,
  CODE_OF_PRACTICE_OPTIONS,
  CONTEST_OPTIONS,
  EU_AVAILABILITY_OPTIONS,
  GENERALITY_OPTIONS,
  METHOD_OPTIONS,
  MODALITY_OPTIONS,
  MONETISATION_OPTIONS,
  RESTRICTION_OPTIONS,
  ROLE_OPTIONS,
  YES_NO_UNKNOWN,
} from './options';
import type { Question, Screen } from './types';

const MONETISING = ['price', 'dualLicence', 'requiredPaidSupport', 'exclusivePaidHosting', 'personalData'];

const yesNo = (
  id: string,
  label: string,
  shortLabel: string,
  rest: Omit<Question, 'id' | 'kind' | 'label' | 'shortLabel' | 'options'>,
): Question => ({
  id,
  kind: 'radio',
  label,
  shortLabel,
  options: YES_NO_UNKNOWN,
  ...rest,
});

export const SCREENS: readonly Screen[] = [
  {
    id: 'role',
    title: 'You and the model',
    intro: 'Tell us how you relate to the model. We use this to work out whether you could be its provider.',
    visible: () => true,
    shownWhen: 'Always.',
    questions: [
      {
        id: 'role',
        kind: 'radio',
        label: 'Which of these best describes you?',
        shortLabel: 'Your role',
        hint: 'Choose the one closest to your situation for this model.',
        options: ROLE_OPTIONS,
        requiredMessage: 'Select the description that best fits you.',
        help: {
          text: 'The provider is whoever develops a model, or has it developed, and places it on the market under its own name. Someone who only modifies a model becomes provider only above a compute threshold; someone who only builds on a model provides an AI system, not the model; a host is not the provider of models others upload.',
          rules: ['R5', 'R14', 'R21', 'R23', 'E23'],
          citations: [art('3(3)'), art('3(68)'), gl('§3.1.1'), gl('§3.2')],
        },
      },
      {
        id: 'modelName',
        kind: 'text',
        label: 'Model name (optional)',
        shortLabel: 'Model name',
        hint: 'Only used to label your report. It stays in this browser.',
        requiredMessage: 'Enter the model name, or leave it blank.',
        help: {
          text: 'The name is not used by the assessment. It is kept out of share links unless you choose to include it.',
          rules: ['R13'],
          citations: [gl('§2.2')],
        },
      },
      yesNo('euEstablished', 'Is your organisation established in the EU?', 'Established in the EU', {
        hint: 'For example, a registered office in an EU member state. The Act applies whether or not you are.',
        requiredMessage: "Select whether your organisation is established in the EU, or I don't know.",
        help: {
          text: 'Providers established outside the EU must appoint an authorised representative in the EU before placing a model on the EU market, unless the open-source exemption applies.',
          rules: ['R4', 'R61', 'E12'],
          citations: [art('2(1)'), art('54'), gl('§3.1')],
        },
      }),
    ],
  },
  {
    id: 'capabilities',
    title: 'What the model can do',
    intro:
      'What the model produces, and how general it is, decide whether it can be a general-purpose AI model.',
    visible: () => true,
    shownWhen: 'Always.',
    questions: [
      {
        id: 'outputModalities',
        kind: 'checkboxes',
        label: 'What can the model generate?',
        shortLabel: 'Outputs',
        hint: 'Select all that apply.',
        options: MODALITY_OPTIONS,
        requiredMessage: "Select at least one kind of output, or I don't know.",
        help: {
          text: 'The Commission treats a model as general-purpose when it was trained with more than 10²³ FLOP and can generate language (text or speech), images from text or video from text. Models that only produce other outputs are, as a rule, not general-purpose.',
          rules: ['R7', 'R11'],
          citations: [gl('¶17'), gl('¶19')],
        },
      },
      {
        id: 'generality',
        kind: 'radio',
        label: 'How general is the model?',
        shortLabel: 'Generality',
        hint: 'The Commission gives examples of models that are not general-purpose even when trained with a lot of compute, because they do only one narrow task.',
        examples: {
          title: 'The Commission’s examples of narrow models',
          items: [
            'speech transcription',
            'text-to-speech',
            'image upscaling',
            'image inpainting',
            'playing chess or video games',
            'modelling weather or other physical systems',
            'generating music from prompts, including lyrics',
            'generating sound effects, with low-quality speech at most',
          ],
        },
        options: GENERALITY_OPTIONS,
        requiredMessage: "Select how general the model is, or I don't know.",
        help: {
          text: 'The compute criterion is only indicative: a model above it that can do only a narrow task is not a general-purpose AI model, and a model below it that shows significant generality exceptionally is. If you do not know, the compute criterion decides.',
          rules: ['R1', 'R9', 'R10', 'E1'],
          citations: [art('3(63)'), rec(98), gl('§2.1')],
        },
      },
    ],
  },
  {
    id: 'integration',
    title: 'Your AI system',
    intro:
      "You build on someone else's model. These answers tell whether you could become its provider under the rules for supply chains outside the EU.",
    visible: (a) => a.role === 'integrator',
    shownWhen: 'Only when you only use someone else’s model (integrators).',
    questions: [
      yesNo(
        'integration.systemInEu',
        'Is the AI system built on the model offered or used in the EU?',
        'System offered or used in the EU',
        {
          hint: 'Including putting it into service for your own use in the EU.',
          requiredMessage: "Select whether the AI system is offered or used in the EU, or I don't know.",
          help: {
            text: 'When a model reaches the EU inside an AI system, the model counts as placed on the EU market when the system is.',
            rules: ['R18', 'R19'],
            citations: [gl('§3.1.3')],
          },
        },
      ),
      yesNo(
        'integration.upstreamExcludedEu',
        "Did the model's provider clearly exclude distribution and use in the EU?",
        'Upstream provider excluded the EU',
        {
          hint: 'For example, its licence or terms say the model may not be used in, or built into systems for, the EU.',
          requiredMessage: "Select whether the model's provider excluded the EU, or I don't know.",
          help: {
            text: 'If the upstream provider excluded the EU clearly and unequivocally and you still bring the model into the EU inside your system, you become the provider of the model, with all its obligations.',
            rules: ['R19', 'E13'],
            citations: [gl('§3.1.3')],
          },
        },
      ),
      {
        id: 'integration.systemPlacingDate',
        kind: 'date',
        label: 'When was the system first offered or used in the EU — or when will it be?',
        shortLabel: 'System first offered in the EU',
        hint: 'For example, 2025-09-15.',
        unknownLabel: "I don't know or it is not decided",
        requiredMessage: "Enter the date, or select I don't know.",
        visible: integratorMayBeModelProvider,
        visibleWhen:
          'The system is (or may be) in the EU and the upstream provider (may have) excluded the EU.',
        help: {
          text: 'If you become the provider of the model, its obligations apply from the date the system is placed on the EU market.',
          rules: ['R19', 'R67'],
          citations: [gl('§3.1.3'), gl('§5.3')],
        },
      },
    ],
  },
  {
    id: 'modification',
    title: 'Your modification',
    intro:
      'A modifier becomes the provider of the modified model only if the modification used more than one third of the compute that trained the original.',
    visible: (a) => a.role === 'modifier',
    shownWhen: 'Only when you modify someone else’s model.',
    questions: [
      {
        id: 'modification.originalComputeFlop',
        kind: 'flop',
        label: 'How much compute was used to train the original model?',
        shortLabel: 'Original model’s training compute',
        hint: 'In FLOP, for example 3.8e25. The original provider may publish it in its documentation.',
        unknownLabel: "I don't know, and cannot estimate it",
        flop: { compare: 'thresholds', estimator: true },
        requiredMessage: "Enter the original model's training compute, or select I don't know.",
        help: {
          text: 'The one-third test compares your modification with the compute that trained the original. If you cannot know or estimate it, the Commission uses a fallback: one third of 10²⁵ FLOP if the original has systemic risk, otherwise one third of 10²³ FLOP.',
          rules: ['R24', 'R25', 'E4'],
          citations: [gl('¶60'), gl('¶61')],
        },
      },
      yesNo(
        'modification.originalSystemicRisk',
        'Is the original model a general-purpose AI model with systemic risk?',
        'Original model has systemic risk',
        {
          hint: 'For example, it is on the Commission’s list of models with systemic risk, or its provider says it notified the Commission.',
          requiredMessage: "Select whether the original model has systemic risk, or I don't know.",
          help: {
            text: 'It decides the fallback threshold when the original compute is unknown, and a modifier that becomes provider of a modification of a model with systemic risk is presumed to have systemic risk too. If you do not know, the lower fallback is used.',
            rules: ['R25', 'R29', 'R40', 'E4'],
            citations: [gl('¶61'), gl('¶67'), art('52(6)')],
          },
        },
      ),
      {
        id: 'modification.modificationFlop',
        kind: 'flop',
        label: 'How much compute did your modification use?',
        shortLabel: 'Modification compute',
        hint: 'In FLOP, for example 2e22. Count all fine-tuning and continued training you did.',
        unknownLabel: "I don't know",
        flop: { compare: 'one-third-of-original', estimator: true },
        requiredMessage: "Enter the compute of your modification, or select I don't know.",
        help: {
          text: 'You become the provider of the modified model only if the modification used more than one third of the original’s training compute. Exactly one third is not more.',
          rules: ['R23', 'R24', 'R30', 'E2'],
          citations: [gl('¶57'), gl('¶60'), rec(97)],
        },
      },
      {
        id: 'modification.syntheticDataFlop',
        kind: 'flop',
        label: 'How much compute went into generating non-public synthetic data for your modification?',
        shortLabel: 'Synthetic data for the modification',
        hint: 'Count every generated sample, including discarded ones. Leave out data generated for public datasets.',
        unknownLabel: "I don't know",
        flop: { compare: 'none', none: { label: 'None' } },
        requiredMessage: "Select none, enter the compute, or select I don't know.",
        visible: (a) => {
          const m = a.modification;
          if (!m || modifierCannotBeProvider(a) || m.originalSystemicRisk === 'yes') return false;
          // E5 / R32: once original + modification alone exceed 10^25, synthetic data cannot change anything.
          const { originalComputeFlop: orig, modificationFlop: mod } = m;
          return !(
            typeof orig === 'number' &&
            typeof mod === 'number' &&
            exceeds(orig + mod, SYSTEMIC_RISK_THRESHOLD_FLOP)
          );
        },
        visibleWhen:
          'You may become provider of the modified model, the original has no systemic risk and original plus modification compute does not already exceed 10²⁵ FLOP: synthetic data could push it over (E5).',
        help: {
          text: 'The modified model’s cumulative compute includes the original’s training compute, your modification and non-public synthetic data you generated for it. Above 10²⁵ FLOP it is presumed to have systemic risk.',
          rules: ['R33', 'E5'],
          citations: [rec(111), gl('Annex A.1')],
        },
      },
      yesNo(
        'modification.viaOriginalProviderPlatform',
        "Did you fine-tune through the original provider's platform, with the result staying there under its name?",
        "Fine-tuned on the original provider's platform",
        {
          hint: 'For example, a fine-tuning API where you never receive the weights.',
          requiredMessage:
            "Select whether you fine-tuned on the original provider's platform, or I don't know.",
          visible: (a) =>
            !modificationClearlyBelowThreshold(a) && a.modification?.modificationFlop !== 'unknown',
          visibleWhen: 'The modification compute is known and is (or may be) above the threshold.',
          help: {
            text: 'Who counts as the modifier is decided case by case; control over the weights matters. If the result stays on the original provider’s platform under its name, the original provider is the likelier modifier.',
            rules: ['R27', 'E17'],
            citations: [gl('§3.2')],
          },
        },
      ),
      {
        id: 'modification.modificationPlacingDate',
        kind: 'date',
        label: 'When was the modified model first made available — or when will it be?',
        shortLabel: 'Modified model first made available',
        hint: 'For example, 2025-11-03.',
        unknownLabel: "I don't know or it is not decided",
        requiredMessage: "Enter the date, or select I don't know.",
        visible: (a) => !modifierCannotBeProvider(a),
        visibleWhen: 'You may be the provider of the modified model.',
        help: {
          text: 'A modified model is a new model: its obligations apply from the date it is placed on the market, even if the original was placed before 2 August 2025.',
          rules: ['R67', 'E19'],
          citations: [gl('§5.3')],
        },
      },
    ],
  },
  {
    id: 'placing',
    title: 'Making the model available',
    intro:
      'How, where and when the model reaches others decides whether it is placed on the EU market — and from when obligations apply.',
    visible: showPlacing,
    shownWhen: 'For your own model, or a modification that may make you its provider.',
    questions: [
      {
        id: 'placing.channels',
        kind: 'checkboxes',
        label: 'How is the model made available — or how will it be?',
        shortLabel: 'How it is made available',
        hint: 'Select all that apply. If you plan a release, select the channels you plan to use.',
        options: CHANNEL_OPTIONS,
        requiredMessage: 'Select at least one way the model is or will be made available.',
        help: {
          text: 'Making a model available for the first time in the EU through any of these channels places it on the market, paid or free. Purely internal use that is not essential to services for others is not placing; research-only development before release is outside the rules.',
          rules: ['R2', 'R3', 'R15', 'R16', 'R17', 'E8', 'E10'],
          citations: [art('3(9)'), rec(97), gl('§3.1.2')],
        },
      },
      {
        id: 'placing.euAvailability',
        kind: 'radio',
        label: 'Is it (or will it be) available in the EU?',
        shortLabel: 'Available in the EU',
        options: EU_AVAILABILITY_OPTIONS,
        requiredMessage: "Select whether the model is available in the EU, or I don't know.",
        help: {
          text: 'A model never made available in the EU is not placed on the EU market. A model that reaches the EU only inside others’ systems is placed when those systems are, unless you clearly excluded the EU.',
          rules: ['R4', 'R18', 'R19', 'R20'],
          citations: [art('2(1)'), gl('§3.1.3')],
        },
      },
      yesNo(
        'placing.euExcluded',
        'Have you clearly and unequivocally excluded distribution and use in the EU?',
        'EU clearly excluded',
        {
          hint: 'For example, your licence or terms forbid use in the EU and integration into systems meant for the EU.',
          requiredMessage: "Select whether you clearly excluded the EU, or I don't know.",
          visible: (a) => a.placing?.euAvailability === 'viaDownstream',
          visibleWhen: 'The model reaches the EU only through others.',
          help: {
            text: 'If you excluded the EU clearly and unequivocally, a downstream company that still brings the model into the EU becomes its provider instead of you.',
            rules: ['R19', 'E12', 'E13'],
            citations: [gl('§3.1.3')],
          },
        },
      ),
      {
        id: 'placing.placingDate',
        kind: 'date',
        label: 'When was the model first made available in the EU — or when will it be?',
        shortLabel: 'First made available',
        hint: 'For example, 2024-03-15. Models first made available on or before 1 August 2025 have until 2 August 2027. If it is not made available yet, give the planned date.',
        unknownLabel: "I don't know or it is not decided",
        requiredMessage: "Enter the date, or select I don't know.",
        visible: (a) => a.role !== 'modifier' && !researchPartnersOnly(a),
        visibleWhen:
          'Not when the model is shared only with research partners (R3); not for modifiers (they give the date of the modified model).',
        help: {
          text: 'Obligations apply from placement for models placed on or after 2 August 2025. Models placed before then must comply by 2 August 2027.',
          rules: ['R66', 'R67', 'R68'],
          citations: [art('111(3)'), art('113'), gl('§5.3')],
        },
      },
    ],
  },
  {
    id: 'compute',
    title: 'Training compute',
    intro:
      'How much computation went into training the model. You can type a figure or estimate it from the hardware or the architecture.',
    visible: showCompute,
    shownWhen:
      'For your own model once it is made available (or planned to be), or a model you become provider of as an integrator.',
    questions: [
      {
        id: 'compute.parameterUpdateFlop',
        kind: 'flop',
        label: 'How much compute was used to train the model?',
        shortLabel: 'Training compute',
        hint: 'In floating-point operations (FLOP) that updated the model’s parameters: pre-training, fine-tuning and reinforcement learning. For example 3.8e25 or 3.8 × 10^25.',
        unknownLabel: "I don't know, and cannot estimate it yet",
        flop: { compare: 'thresholds', estimator: true },
        requiredMessage: "Enter the training compute, or select I don't know.",
        help: {
          text: 'A model trained with more than 10²³ FLOP that generates language, images or video is indicatively general-purpose. Any estimation method is acceptable if it is accurate within 30 %; all operations count the same whatever their precision.',
          rules: ['R7', 'R12', 'R42', 'R43', 'R46'],
          citations: [gl('¶17'), gl('Annex A.1'), gl('Annex A.2')],
        },
      },
      {
        id: 'compute.method',
        kind: 'radio',
        label: 'Where does this figure come from?',
        shortLabel: 'How the figure was obtained',
        options: METHOD_OPTIONS,
        requiredMessage: 'Select how you obtained the figure.',
        visible: (a) => typeof a.compute?.parameterUpdateFlop === 'number',
        visibleWhen: 'A compute figure is given.',
        help: {
          text: 'You must document the method and its assumptions. Estimates close to a threshold deserve a second look: an estimate within 30 % of 10²⁵ FLOP means you should keep monitoring.',
          rules: ['R36', 'R43', 'R44', 'R45', 'E2'],
          citations: [gl('¶31'), gl('Annex A.2')],
        },
      },
      {
        id: 'compute.syntheticDataFlop',
        kind: 'flop',
        label: 'How much compute went into generating non-public synthetic training data?',
        shortLabel: 'Non-public synthetic data compute',
        hint: 'Count every generated sample, including discarded ones. Leave out data generated for public datasets.',
        unknownLabel: "I don't know",
        flop: { compare: 'none', none: { label: 'None' } },
        requiredMessage: "Select none, enter the compute, or select I don't know.",
        visible: (a) =>
          systemicRiskAssessed(a) && mayBeGPAI(a) && !parameterUpdateAloneExceedsSystemicThreshold(a),
        visibleWhen:
          'Systemic risk is assessed for this model (your own, or one you become provider of), it may be general-purpose, and training compute alone does not already exceed 10²⁵ FLOP.',
        help: {
          text: 'For the systemic-risk threshold of 10²⁵ FLOP the cumulative compute counts, including generating non-public synthetic data. Evaluations, red-teaming, failed experiments, teacher models and reward models do not count.',
          rules: ['R32', 'R33', 'E3'],
          citations: [rec(111), gl('Annex A.1')],
        },
      },
      {
        id: 'compute.inheritedWeightsFlop',
        kind: 'flop',
        label: 'How much compute trained any weights you started from or merged in?',
        shortLabel: 'Compute of inherited or merged weights',
        hint: 'For example, the pre-training compute of a checkpoint you initialised from.',
        unknownLabel: "I don't know",
        flop: { compare: 'none', none: { label: 'None — we trained from scratch' } },
        requiredMessage: "Select none, enter the compute, or select I don't know.",
        visible: (a) =>
          systemicRiskAssessed(a) && mayBeGPAI(a) && !parameterUpdateAloneExceedsSystemicThreshold(a),
        visibleWhen:
          'Systemic risk is assessed for this model (your own, or one you become provider of), it may be general-purpose, and training compute alone does not already exceed 10²⁵ FLOP.',
        help: {
          text: 'Cumulative compute includes the compute that trained weights used for initialisation or merged into the model.',
          rules: ['R33', 'E3', 'E5'],
          citations: [gl('Annex A.1')],
        },
      },
    ],
  },
  {
    id: 'systemic-risk',
    title: 'Systemic risk',
    intro:
      'A model with systemic risk carries extra duties. It can be presumed from compute or designated by the Commission.',
    visible: showSystemicRisk,
    shownWhen: 'For a model that may be general-purpose: your own, or one you may become provider of.',
    questions: [
      {
        id: 'systemicRisk.thresholdMetDate',
        kind: 'date',
        label: 'When did cumulative training compute exceed 10²⁵ FLOP — or when did you know it would?',
        shortLabel: 'Date 10²⁵ FLOP was met or became known',
        hint: 'The earlier of the two dates. For example, 2025-06-30.',
        unknownLabel: "I don't know",
        requiredMessage: "Enter the date, or select I don't know.",
        visible: presumptionOnFacts,
        visibleWhen:
          'The systemic-risk presumption holds: cumulative compute above 10²⁵ FLOP, or a significant modification of a model with systemic risk.',
        help: {
          text: 'You must notify the Commission without delay and at the latest two weeks after the threshold is met or it becomes known that it will be — possibly before training ends.',
          rules: ['R34', 'R35', 'R70', 'E20'],
          citations: [art('52(1)'), rec(112), gl('§2.3.2')],
        },
      },
      {
        id: 'systemicRisk.notifiedDate',
        kind: 'date',
        label: 'Have you notified the Commission under Art. 52(1)?',
        shortLabel: 'Commission notified',
        hint: 'The notification that the model meets the threshold, with the compute estimate and how it was made. For example, notified on 2025-08-14.',
        unknownLabel: "I don't know",
        absentLabel: 'Not yet',
        requiredMessage: 'Enter the date, or select Not yet or I don’t know.',
        visible: presumptionOnFacts,
        visibleWhen:
          'The systemic-risk presumption holds: cumulative compute above 10²⁵ FLOP, or a significant modification of a model with systemic risk.',
        help: {
          text: 'The notification is due within two weeks of the threshold being met or becoming known, and must state the compute (two significant figures) and the estimation method; arguments that the model exceptionally has no systemic risk go with it. With a date, the report shows it as done — and says if it was late.',
          rules: ['R35', 'R36', 'R37', 'R62'],
          citations: [art('52(1)'), gl('¶31'), gl('§2.3.2')],
        },
      },
      yesNo(
        'systemicRisk.designated',
        'Has the Commission designated the model as a model with systemic risk?',
        'Designated by the Commission',
        {
          hint: 'The Commission informs the provider of a designation decision.',
          requiredMessage: "Select whether the Commission designated the model, or I don't know.",
          help: {
            text: 'The Commission can designate a model using the Annex XIII criteria (for example reach: 10 000 registered business users in the EU), whatever its compute. Obligations apply from when you are informed.',
            rules: ['R31', 'R38'],
            citations: [art('51(1)(b)'), art('52(4)'), annex('XIII')],
          },
        },
      ),
      {
        id: 'systemicRisk.designationInformedDate',
        kind: 'date',
        label: 'When were you informed of the designation?',
        shortLabel: 'Informed of the designation',
        hint: 'For example, 2026-02-10.',
        unknownLabel: "I don't know",
        requiredMessage: "Enter the date, or select I don't know.",
        visible: (a) => a.systemicRisk?.designated === 'yes',
        visibleWhen: 'The model is designated.',
        help: {
          text: 'Designation obligations run from when you are informed; you can ask for reassessment six months after designation at the earliest.',
          rules: ['R38', 'R39'],
          citations: [art('52(4)'), art('52(5)')],
        },
      },
      {
        id: 'systemicRisk.contest',
        kind: 'radio',
        label:
          'Have you argued to the Commission that, exceptionally, the model does not present systemic risk?',
        shortLabel: 'Contest of the presumption',
        options: CONTEST_OPTIONS,
        requiredMessage: 'Select whether you contested the presumption and its status.',
        visible: presumptionOnFacts,
        visibleWhen:
          'The systemic-risk presumption holds: cumulative compute above 10²⁵ FLOP, or a significant modification of a model with systemic risk.',
        help: {
          text: 'A pending contest does not suspend obligations. If it is rejected, systemic risk applies from when the threshold was met; if accepted, the extra duties end when you are informed.',
          rules: ['R37', 'E21'],
          citations: [art('52(2)'), art('52(3)'), gl('§2.3.3')],
        },
      },
      {
        id: 'systemicRisk.contestDecisionDate',
        kind: 'date',
        label: 'When were you informed that the Commission accepted your arguments?',
        shortLabel: 'Informed the contest was accepted',
        hint: 'For example, 2026-01-20.',
        unknownLabel: "I don't know",
        requiredMessage: "Enter the date, or select I don't know.",
        visible: (a) => presumptionOnFacts(a) && a.systemicRisk?.contest === 'accepted',
        visibleWhen: 'The contest was accepted.',
        help: {
          text: 'Systemic-risk obligations end when you are informed of the acceptance.',
          rules: ['R37'],
          citations: [art('52(3)'), gl('§2.3.3')],
        },
      },
    ],
  },
  {
    id: 'licence',
    title: 'Licence and openness',
    intro:
      'Models released openly, free of charge, with public weights may be exempt from some duties — never from the copyright policy and the training-content summary.',
    visible: showLicence,
    shownWhen:
      'Only where the open-source exemption can matter: a possible provider of a general-purpose model without certain systemic risk, whose weights may be public.',
    questions: [
      {
        id: 'licence.name',
        kind: 'text',
        label: 'Licence name (optional)',
        shortLabel: 'Licence',
        hint: 'For example, Apache-2.0. The name alone does not decide anything: the answers below do.',
        requiredMessage: 'Enter the licence name, or leave it blank.',
        help: {
          text: 'Only the licence terms count, not its label.',
          rules: ['R48', 'R50'],
          citations: [gl('§4.2.1')],
        },
      },
      yesNo('licence.access', 'Can anyone obtain the model without paying?', 'Free access for anyone', {
        hint: 'Reasonable, non-discriminatory safety steps such as user verification are allowed.',
        requiredMessage: "Select whether anyone can obtain the model without paying, or I don't know.",
        help: {
          text: 'The licence must let anyone access the model without payment.',
          rules: ['R48', 'R50'],
          citations: [art('53(2)'), rec(102), gl('§4.2.1')],
        },
      }),
      yesNo('licence.use', 'Can anyone use it for any purpose without paying?', 'Free use', {
        hint: 'Conditions limited to attribution or same-terms distribution are fine.',
        requiredMessage: "Select whether anyone can use the model without paying, or I don't know.",
        help: {
          text: 'The licence must allow use without restrictions or charges beyond attribution and compatible-terms distribution.',
          rules: ['R50'],
          citations: [gl('§4.2.1')],
        },
      }),
      yesNo('licence.modify', 'Can anyone modify it?', 'Free modification', {
        requiredMessage: "Select whether anyone can modify the model, or I don't know.",
        help: {
          text: 'The licence must allow modification.',
          rules: ['R50'],
          citations: [gl('§4.2.1')],
        },
      }),
      yesNo('licence.distribute', 'Can anyone redistribute it, modified or not?', 'Free redistribution', {
        requiredMessage: "Select whether anyone can redistribute the model, or I don't know.",
        help: {
          text: 'The licence must allow onward distribution with limited conditions such as attribution.',
          rules: ['R50'],
          citations: [gl('§4.2.1')],
        },
      }),
      {
        id: 'licence.restrictions',
        kind: 'checkboxes',
        label: 'Does the licence contain any of these terms?',
        shortLabel: 'Licence terms',
        hint: 'Select all that apply.',
        options: RESTRICTION_OPTIONS,
        requiredMessage: 'Select the terms the licence contains, or None of these.',
        help: {
          text: 'Non-commercial clauses, user-number caps, separate commercial licences and bans on distribution disqualify a licence. Proportionate safety restrictions, attribution and share-alike are allowed.',
          rules: ['R51', 'R52', 'E15'],
          citations: [gl('§4.2.1')],
        },
      },
      yesNo(
        'licence.weightsPublic',
        'Are the parameters, including the weights, publicly available?',
        'Weights public',
        {
          requiredMessage: "Select whether the weights are public, or I don't know.",
          help: {
            text: 'The weights must be public in a form that allows access, use, modification and distribution.',
            rules: ['R48', 'R55'],
            citations: [art('53(2)'), gl('§4.2.3')],
          },
        },
      ),
      yesNo(
        'licence.architecturePublic',
        'Is information on the model architecture publicly available?',
        'Architecture information public',
        {
          requiredMessage: "Select whether architecture information is public, or I don't know.",
          help: {
            text: 'Information on the model architecture must be public.',
            rules: ['R48', 'R55'],
            citations: [art('53(2)'), gl('§4.2.3')],
          },
        },
      ),
      yesNo(
        'licence.usageInfoPublic',
        'Is information on how to use the model publicly available?',
        'Usage information public',
        {
          hint: 'At least its input and output modalities, capabilities, limitations and how to integrate it.',
          requiredMessage: "Select whether usage information is public, or I don't know.",
          help: {
            text: 'Usage information must be public and cover at least modalities, capabilities, limitations and the technical means to integrate the model.',
            rules: ['R55'],
            citations: [art('53(2)'), gl('§4.2.3')],
          },
        },
      ),
      {
        id: 'licence.monetisation',
        kind: 'checkboxes',
        label: 'Is the model monetised in any of these ways?',
        shortLabel: 'Monetisation',
        hint: 'Select all that apply.',
        options: MONETISATION_OPTIONS,
        requiredMessage: 'Select the ways the model is monetised, or None of these.',
        help: {
          text: 'A price, dual licensing, paid support or hosting without which the model cannot be used, ad-funded exclusive hosting and personal data as a condition of access all defeat the exemption. Optional paid extras do not.',
          rules: ['R53', 'R54'],
          citations: [rec(103), gl('§4.2.2')],
        },
      },
      yesNo(
        'licence.microenterpriseDeal',
        'Does the monetisation take place only between microenterprises?',
        'Monetised only between microenterprises',
        {
          hint: 'Microenterprises have fewer than 10 staff and an annual turnover or balance sheet of at most EUR 2 million.',
          requiredMessage:
            "Select whether the monetisation is only between microenterprises, or I don't know.",
          visible: (a) => (a.licence?.monetisation ?? []).some((m) => MONETISING.includes(m as string)),
          visibleWhen: 'The model is monetised in a way that defeats the exemption.',
          help: {
            text: 'Transactions between microenterprises are not treated as monetisation. The law is unclear on how this fits the free-access condition.',
            rules: ['R54', 'E16'],
            citations: [rec(103), gl('§4.2.2')],
          },
        },
      ),
    ],
  },
  {
    id: 'code-of-practice',
    title: 'Code of Practice',
    intro:
      'Signing the General-Purpose AI Code of Practice does not change your obligations, but it changes how you show you meet them.',
    visible: showCodeOfPractice,
    shownWhen: 'Only for a possible provider of a general-purpose model.',
    questions: [
      {
        id: 'codeOfPractice',
        kind: 'radio',
        label: 'Has your organisation signed the General-Purpose AI Code of Practice?',
        shortLabel: 'Code of Practice signatory',
        options: CODE_OF_PRACTICE_OPTIONS,
        requiredMessage: "Select whether you signed the Code of Practice, or I don't know.",
        help: {
          text: 'Adhering to an adequate code is a straightforward way to demonstrate compliance and may reduce fines; non-signatories must show other adequate means and can expect more information requests. Partial signatories lose the benefit for the chapters they did not sign.',
          rules: ['R64', 'R75', 'R76', 'E22'],
          citations: [art('53(4)'), art('55(2)'), gl('§5.1'), cop()],
        },
      },
    ],
  },
];

export const SCREEN_BY_ID: ReadonlyMap<string, Screen> = new Map(SCREENS.map((s) => [s.id, s]));

export function getScreen(id: string): Screen | undefined {
  return SCREEN_BY_ID.get(id);
}
