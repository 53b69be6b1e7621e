/**
 * The questionnaire: one topic per screen, in the order they are asked, at most about four questions a
 * screen. Facts only — never a legal conclusion (PRODUCT.md principle 1, rules revision 2: E27, E30). Every
 * question carries help text with its rule numbers (RULES.md) and citations. Visibility rules live in
 * ./conditions.ts so that they can be tested on their own.
 */

import { exceeds, SYSTEMIC_RISK_THRESHOLD_FLOP } from '../compute';
import { WORDS } from '../law/words';
import { annex, art, cop, gl, rec, tpl } from '../sources';
import {
  authorisedRepresentativeMatters,
  breadthFactsMatter,
  commercialFactsMatter,
  contestMade,
  continuedTrainingAboveThreshold,
  cumulativePartsMatter,
  integratorMayBeModelProvider,
  laterVersion,
  MONETISING,
  manyTasks,
  mayBeProvider,
  notificationMatters,
  notYetMadeAvailable,
  openSourceExemptOnFacts,
  placingDateMatters,
  plannedComputeMatters,
  presumptionOnFacts,
  reachMatters,
  researchOnlyOnFacts,
  scaleFactsMayHold,
  showCodeOfPractice,
  showCompute,
  showContest,
  showCumulativeCompute,
  showDocumentationSteps,
  showLicence,
  showModifiedModel,
  showPlacing,
  showPlacingDetails,
  showStepsTaken,
  showSystemicRisk,
} from './conditions';
import {
  CHANNEL_OPTIONS,
  CODE_OF_PRACTICE_OPTIONS,
  COMMERCIAL_OPTIONS,
  CONSORTIUM_ROLE_OPTIONS,
  CONTEST_OPTIONS,
  EU_AVAILABILITY_OPTIONS,
  EU_BUSINESS_USERS_OPTIONS,
  INTERNAL_USE_LOCATION_OPTIONS,
  LIFECYCLE_OPTIONS,
  METHOD_OPTIONS,
  MODALITY_OPTIONS,
  MONETISATION_OPTIONS,
  NAME_ON_MODEL_OPTIONS,
  PLACING_INTENTION_OPTIONS,
  RESTRICTION_OPTIONS,
  ROLE_OPTIONS,
  SINGLE_TASK_OPTIONS,
  TASK_OPTIONS,
  YES_NO_UNKNOWN,
} from './options';
import type { DraftAnswers, Question, Screen } from './types';

const INTERNAL: readonly string[] = ['internalOnly', 'internalEssential', 'internalAffectsPeople'];

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

/** Art. 53(1)(a) and (b) steps: owed unless the open-source exemption applies (R48). */
const notExempt = (a: DraftAnswers) => !openSourceExemptOnFacts(a);

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
        hint: 'Choose the one closest to your situation for this model. Facts you give later can override this description.',
        options: ROLE_OPTIONS,
        requiredMessage: 'Select the description that best fits you.',
        help: {
          text: 'The provider is whoever develops a model, or has it developed, and places it on the market under its own name. In a consortium that is usually the coordinator. Someone who only modifies a model becomes provider only above a compute threshold; someone who only builds on a model provides an AI system, not the model; a host is not the provider of models others upload. Whether an individual or a research lab makes a model available is decided by facts such as a price, not by the description chosen.',
          rules: ['R5', 'R14', 'R21', 'R22', 'R23', 'E23', 'E30'],
          citations: [art('3(3)'), art('3(68)'), gl('§3.1.1'), gl('§3.2')],
        },
      },
      {
        id: 'consortiumRole',
        kind: 'radio',
        label: 'What is your organisation’s role in the consortium?',
        shortLabel: 'Role in the consortium',
        options: CONSORTIUM_ROLE_OPTIONS,
        requiredMessage: "Select your role in the consortium, or I don't know.",
        visible: (a) => a.role === 'consortium',
        visibleWhen: 'You develop the model in a consortium.',
        help: {
          text: 'When a consortium develops a model, the provider is usually its coordinator, or the consortium itself; the Commission decides case by case. If you do not know, you are treated as the coordinator.',
          rules: ['R14', 'R91'],
          citations: [gl('§3.1.1'), art('3(3)')],
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
          text: 'Providers established outside the EU must appoint an authorised representative in the EU, by written mandate, before placing a model on the EU market — unless the open-source exemption applies.',
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
      'What the model produces, and whether it was built for one specific task, decide whether it can be a general-purpose AI model.',
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
          text: `The Commission treats a model as general-purpose when it was trained with more than ${WORDS.gpaiThresholdSup} and can generate language (text, or audio that contains speech), images from text or video from text. Music or sound effects without speech, and work on images it is given (upscaling, inpainting), do not count on their own.`,
          rules: ['R7', 'R10', 'R11'],
          citations: [gl('¶17'), gl('¶19'), gl('§2.1')],
        },
      },
      {
        id: 'generalityFacts.singleTask',
        kind: 'radio',
        label: 'Was the model designed and trained for one specific task?',
        shortLabel: 'Built for one specific task',
        hint: 'The answers list the Commission’s examples of models that are not general-purpose even when trained with a lot of compute, because they do one narrow task.',
        options: SINGLE_TASK_OPTIONS,
        requiredMessage: "Select whether the model was built for one specific task, or I don't know.",
        help: {
          text: 'The compute criterion is only indicative. A model built for one narrow task is, exceptionally, not a general-purpose AI model even above it. If you do not know, the compute criterion decides.',
          rules: ['R9', 'R10', 'E1', 'E27'],
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
        hint: 'For example, 15 September 2025.',
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
      'A modifier becomes the provider of the modified model only if it acts on its own account and the modification used more than one third of the compute that trained the original.',
    visible: (a) => a.role === 'modifier',
    shownWhen: 'Only when you modify someone else’s model.',
    questions: [
      yesNo(
        'modification.onBehalfOfOriginal',
        'Do you make the modification on behalf of the model’s original provider?',
        'Modification made for the original provider',
        {
          hint: 'For example, the original provider commissioned the fine-tune from you and offers the result as its own model.',
          requiredMessage:
            "Select whether you make the modification for the original provider, or I don't know.",
          help: {
            text: 'A downstream modifier is someone other than the original provider, not acting on its behalf. A modification made by or for the original provider is part of that model’s lifecycle, and the original provider stays its provider. If you do not know, you are treated as acting on your own account.',
            rules: ['R13', 'R23', 'R91'],
            citations: [gl('¶57'), gl('§2.2'), art('3(3)')],
          },
        },
      ),
      {
        id: 'modification.originalComputeFlop',
        kind: 'flop',
        label: 'How much compute was used to train the original model?',
        shortLabel: 'Original model’s training compute',
        hint: 'In FLOP, for example 3.8e25. The original provider may publish it in its documentation.',
        unknownLabel: "I don't know, and cannot estimate it",
        flop: { compare: 'thresholds', estimator: true, rangeReading: 'lower' },
        requiredMessage: "Enter the original model's training compute, or select I don't know.",
        help: {
          text: `The one-third test compares your modification with the compute that trained the original. If you cannot know or estimate it, the Commission uses a fallback: one third of ${WORDS.systemicRiskThresholdSup} if the original has systemic risk, otherwise one third of ${WORDS.gpaiThresholdSup}.`,
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
        hint: 'In FLOP, for example 2e22. Count all fine-tuning and continued training you did. You can always estimate it: use the estimator under “I have a figure or an estimate”.',
        unknownLabel: "I don't know yet",
        flop: { compare: 'one-third-of-original', estimator: true },
        requiredMessage: "Enter the compute of your modification, or select I don't know.",
        help: {
          text: 'You become the provider of the modified model only if the modification used more than one third of the original’s training compute; exactly one third is not more. Unlike the original’s compute, your own can always be estimated, so an unknown figure is never read in your favour: until you estimate it you are treated as the provider of the modified model.',
          rules: ['R23', 'R24', 'R30', 'R90', 'E2'],
          citations: [gl('¶57'), gl('¶60'), gl('Annex A.2'), rec(97)],
        },
      },
    ],
  },
  {
    id: 'modified-model',
    title: 'The modified model',
    intro:
      'You may be the provider of the modified model. These answers tell whether you are, and from when its obligations apply.',
    visible: showModifiedModel,
    shownWhen:
      'When you modify a model on your own account and the modification is (or may be) above one third of the original’s compute.',
    questions: [
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
          if (!m || m.originalSystemicRisk === 'yes') return false;
          // E5 / R32: once original + modification alone exceed 10^25, synthetic data cannot change anything.
          const { originalComputeFlop: orig, modificationFlop: mod } = m;
          return !(
            typeof orig === 'number' &&
            typeof mod === 'number' &&
            exceeds(orig + mod, SYSTEMIC_RISK_THRESHOLD_FLOP)
          );
        },
        visibleWhen: `The original has no systemic risk and original plus modification compute does not already exceed ${WORDS.systemicRiskThresholdSup}: synthetic data could push it over (E5).`,
        help: {
          text: `The modified model’s cumulative compute includes the original’s training compute, your modification and non-public synthetic data you generated for it. Above ${WORDS.systemicRiskThresholdSup} it is presumed to have systemic risk.`,
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
        hint: 'For example, 3 November 2025.',
        unknownLabel: "I don't know or it is not decided",
        requiredMessage: "Enter the date, or select I don't know.",
        visible: (a) => a.modification?.viaOriginalProviderPlatform !== 'yes',
        visibleWhen: 'The fine-tuned model does not stay on the original provider’s platform.',
        help: {
          text: `A modified model is a new model: its obligations apply from the date it is placed on the market, even if the original was placed before ${WORDS.chapterVApplies}.`,
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
      'How, where and under whose name the model reaches others decides whether you place it on the EU market.',
    visible: showPlacing,
    shownWhen: 'For your own model, or a modification that may make you its provider.',
    questions: [
      {
        id: 'placing.channels',
        kind: 'checkboxes',
        label: 'How is the model made available — or how will it be?',
        shortLabel: 'How it is made available',
        hint: 'Select all that apply. If you plan a release, you can select the channels you plan to use.',
        options: CHANNEL_OPTIONS,
        requiredMessage: 'Select at least one way the model is or will be made available.',
        help: {
          text: 'Making a model available for the first time in the EU through any of these channels places it on the market, paid or free — including supplying it to a company that builds it into its own AI system. Internal use counts when a product or service for others depends on it or it is used for decisions about people. Other internal use is not placing, except for a model with systemic risk; research-only development is outside the rules until a placing is meant.',
          rules: ['R2', 'R3', 'R15', 'R16', 'R17', 'R18', 'E8', 'E10'],
          citations: [art('3(9)'), rec(97), gl('§3.1.2'), gl('§3.1.3')],
        },
      },
      {
        id: 'placing.internalUseLocation',
        kind: 'radio',
        label: 'Where does the internal use take place?',
        shortLabel: 'Where the internal use takes place',
        hint: 'Count use that affects people in the EU as use in the EU.',
        options: INTERNAL_USE_LOCATION_OPTIONS,
        requiredMessage: "Select where the internal use takes place, or I don't know.",
        visible: (a) => (a.placing?.channels ?? []).some((c) => INTERNAL.includes(c)),
        visibleWhen: 'The model is used internally.',
        help: {
          text: 'Internal use counts only with a link to the Union: a provider outside the EU that uses its model only internally outside the EU, and does not make it available in the EU, has not placed it on the EU market — even with systemic risk. If you do not know, the use is assumed to take place in the EU.',
          rules: ['R17', 'R20', 'E8'],
          citations: [art('2(1)(a)'), art('3(9)'), rec(97)],
        },
      },
      {
        id: 'placing.intention',
        kind: 'radio',
        label: 'Do you mean to make the model available on the EU market?',
        shortLabel: 'Meant to be placed on the EU market',
        options: PLACING_INTENTION_OPTIONS,
        requiredMessage: 'Select whether you mean to make the model available in the EU, or Not decided yet.',
        visible: (a) => (a.placing?.channels ?? []).includes('notYet'),
        visibleWhen: 'The model is not made available yet.',
        help: {
          text: `A model used only for research, development or prototyping, with no intention to place it, is outside the rules. A model meant to be placed whose training compute exceeds — or is known to be going to exceed — ${WORDS.systemicRiskThresholdSup} must be notified to the Commission already before it is placed. “Not decided” is read as meant to be placed, so a notification is not missed.`,
          rules: ['R2', 'R35', 'R88'],
          citations: [art('3(63)'), art('52(1)'), rec(112), gl('§2.3.2')],
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
        id: 'placing.nameOnModel',
        kind: 'radio',
        label: 'Under whose name or trademark is the model made available — or will it be?',
        shortLabel: 'Name on the model',
        options: NAME_ON_MODEL_OPTIONS,
        requiredMessage: "Select whose name the model carries, or I don't know.",
        visible: (a) => !researchOnlyOnFacts(a),
        visibleWhen: 'Not when the model is only for research and development (R2, R3).',
        variants: [
          {
            when: (a) => a.role !== 'modifier',
            options: NAME_ON_MODEL_OPTIONS.filter((o) => o.value !== 'originalProvider'),
          },
        ],
        help: {
          text: 'The provider is whoever places the model under its own name or trademark. If you make it for a client who makes it available as its own, the client is the provider; a modification offered under the original provider’s name stays with that provider. If you do not know, your own name is assumed.',
          rules: ['R5', 'R14', 'R27', 'R91'],
          citations: [art('3(3)'), gl('§3.1.1'), gl('§3.2')],
        },
      },
    ],
  },
  {
    id: 'placing-details',
    title: 'Release details',
    intro:
      'Whether this is a new model or a later version, and when it was first made available, set the date obligations run from.',
    visible: showPlacingDetails,
    shownWhen:
      'For your own model when you may be its provider; for individuals, research labs and models shared with research partners, also the facts of commercial activity.',
    questions: [
      {
        id: 'placing.commercial',
        kind: 'checkboxes',
        label: 'Does any of these apply to the model?',
        shortLabel: 'Commercial activity',
        hint: 'Select all that apply.',
        options: COMMERCIAL_OPTIONS,
        requiredMessage: 'Select the facts that apply, or None of these.',
        visible: commercialFactsMatter,
        visibleWhen:
          'You are an individual or a research lab, or the model is shared with research partners (R3, E30).',
        help: {
          text: `Making a model available needs a commercial activity, paid or free. A price or other monetisation, an API or app run as a business, or regular supply are facts of commercial activity: they decide, whatever description you chose — and so does releasing a model above ${WORDS.systemicRiskThresholdSup} to the public.`,
          rules: ['R3', 'R22', 'E10', 'E11', 'E30'],
          citations: [art('3(10)'), rec(109), gl('§3.1.2')],
        },
      },
      {
        id: 'placing.lifecycle',
        kind: 'radio',
        label: 'Is this a new model, or a later version of a model you already made available?',
        shortLabel: 'New model or later version',
        options: LIFECYCLE_OPTIONS,
        requiredMessage: "Select whether this is a new model or a later version, or I don't know.",
        visible: placingDateMatters,
        visibleWhen: 'You may be the provider of your own model.',
        help: {
          text: 'A model’s lifecycle starts with its large pre-training run. Later fine-tuning or other updates by the same provider are the same model, placed when its first version was; a new large pre-training run is a new model.',
          rules: ['R13', 'E19', 'E29'],
          citations: [gl('§2.2'), rec(114)],
        },
      },
      {
        id: 'placing.placingDate',
        kind: 'date',
        label: 'When was the model first made available in the EU — or when will it be?',
        shortLabel: 'First made available',
        hint: `For example, 15 March 2024. Models first made available on or before ${WORDS.legacyLastPlacingDay} have until ${WORDS.legacyComplianceDeadline}.`,
        unknownLabel: "I don't know or it is not decided",
        requiredMessage: "Enter the date, or select I don't know.",
        visible: placingDateMatters,
        visibleWhen:
          'You may be the provider of your own model (not when it is shared only with research partners, R3; modifiers give the date of the modified model).',
        variants: [
          {
            when: laterVersion,
            label: 'When was the first version of the model first made available in the EU?',
            shortLabel: 'First version first made available',
            hint: 'A later version by the same provider is the same model: its date is the first version’s. For example, 15 March 2024.',
          },
          {
            when: notYetMadeAvailable,
            label: 'When do you plan to make the model available in the EU?',
            shortLabel: 'Planned first availability',
            hint: 'For example, 1 March 2027. Obligations other than the notification apply from then.',
          },
        ],
        help: {
          text: `Obligations apply from placement for models placed on or after ${WORDS.chapterVApplies}. Models placed before then must comply by ${WORDS.legacyComplianceDeadline}; a later version of such a model keeps that date.`,
          rules: ['R13', 'R66', 'R67', 'R68', 'R88'],
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
      'For your own model unless it is only for research and development, and for a model you build on or host.',
    questions: [
      {
        id: 'compute.parameterUpdateFlop',
        kind: 'flop',
        label: 'How much compute was used to train the model?',
        shortLabel: 'Training compute',
        hint: `In floating-point operations (FLOP) that updated the model’s parameters: pre-training, fine-tuning and reinforcement learning. For example 3.8e25 or 3.8 × ${WORDS.systemicRiskPower}.`,
        unknownLabel: "I don't know, and cannot estimate it yet",
        flop: { compare: 'thresholds', estimator: true },
        requiredMessage: "Enter the training compute, or select I don't know.",
        variants: [
          {
            when: notYetMadeAvailable,
            label: 'How much compute has been used to train the model so far?',
            shortLabel: 'Training compute so far',
          },
        ],
        help: {
          text: `A model trained with more than ${WORDS.gpaiThresholdSup} that generates language, images from text or video from text is indicatively general-purpose. Any estimation method is acceptable if it is accurate within 30 %; all operations count the same whatever their precision.`,
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
          text: `You must document the method and its assumptions. Estimates close to a threshold deserve a second look: an estimate within 30 % of ${WORDS.systemicRiskThresholdSup} means you should keep monitoring.`,
          rules: ['R36', 'R43', 'R44', 'R45', 'E2'],
          citations: [gl('¶31'), gl('Annex A.2')],
        },
      },
    ],
  },
  {
    id: 'cumulative-compute',
    title: 'Compute that counts for systemic risk',
    intro: `For the ${WORDS.systemicRiskThresholdSup} presumption all the compute behind the model counts — including synthetic data, weights it started from and training still planned.`,
    visible: showCumulativeCompute,
    shownWhen: `When systemic risk is assessed for this model (your own, or one you may become provider of), it may be general-purpose and what is known does not already exceed ${WORDS.systemicRiskThresholdSup}.`,
    questions: [
      {
        id: 'compute.syntheticDataFlop',
        kind: 'flop',
        label: 'How much compute went into generating non-public synthetic training data?',
        shortLabel: 'Non-public synthetic data compute',
        hint: 'Count every generated sample, including discarded ones. Leave out data generated for public datasets.',
        unknownLabel: "I don't know",
        flop: { compare: 'none', none: { label: 'None' } },
        requiredMessage: "Select none, enter the compute, or select I don't know.",
        visible: cumulativePartsMatter,
        visibleWhen: `Systemic risk is assessed for this model (your own, or one you become provider of), it may be general-purpose, and training compute alone does not already exceed ${WORDS.systemicRiskThresholdSup}.`,
        help: {
          text: `For the systemic-risk threshold of ${WORDS.systemicRiskThresholdSup} the cumulative compute counts, including generating non-public synthetic data. Evaluations, red-teaming, failed experiments, teacher models and reward models do not count.`,
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
        visible: cumulativePartsMatter,
        visibleWhen: `Systemic risk is assessed for this model (your own, or one you become provider of), it may be general-purpose, and training compute alone does not already exceed ${WORDS.systemicRiskThresholdSup}.`,
        help: {
          text: 'Cumulative compute includes the compute that trained weights used for initialisation or merged into the model.',
          rules: ['R33', 'E3', 'E5'],
          citations: [gl('Annex A.1')],
        },
      },
      {
        id: 'compute.plannedCumulativeFlop',
        kind: 'flop',
        label:
          'Is more training of the model planned — and if so, how much cumulative compute will it reach in total?',
        shortLabel: 'Planned cumulative compute',
        hint: 'The total it will have used: the compute above plus the planned training, counted the same way. A compute budget is enough. For example 3e25.',
        unknownLabel: "I don't know yet",
        flop: { compare: 'thresholds', estimator: true, none: { label: 'No more training is planned' } },
        requiredMessage: "Select No more training, enter the planned total, or select I don't know.",
        visible: plannedComputeMatters,
        visibleWhen: `The model may be general-purpose and what is known so far does not already exceed ${WORDS.systemicRiskThresholdSup} (R35, R88, E20).`,
        variants: [
          {
            when: notYetMadeAvailable,
            label:
              'How much cumulative compute will the model have used in total when its planned training ends?',
            shortLabel: 'Planned cumulative compute',
          },
        ],
        help: {
          text: 'The notification to the Commission is due within two weeks after it becomes known that the threshold will be exceeded — before training ends, and before placing for a model not yet made available. Providers should estimate the compute before the large pre-training run.',
          rules: ['R35', 'R43', 'R88', 'E20'],
          citations: [art('52(1)'), rec(112), gl('§2.3.2')],
        },
      },
    ],
  },
  {
    id: 'generality',
    title: 'How broad the model is',
    intro:
      'Your model is below the compute criterion, or does not generate language, images from text or video from text. Facts about its breadth tell whether it is still, exceptionally, general-purpose.',
    visible: breadthFactsMatter,
    shownWhen: `When the indicative criterion is not met (at most ${WORDS.gpaiThresholdSup}, or no qualifying output) and the model was not built for one specific task (E27).`,
    questions: [
      {
        id: 'generalityFacts.tasks',
        kind: 'checkboxes',
        label: 'Which of these distinct tasks can the model perform competently?',
        shortLabel: 'Distinct tasks it performs',
        hint: 'Select all it performs well or was evaluated on.',
        options: TASK_OPTIONS,
        requiredMessage: "Select the tasks the model performs, None of these, or I don't know.",
        help: {
          text: 'A general-purpose AI model can competently perform a wide range of distinct tasks. This tool reads three or more distinct tasks as a wide range; below the compute criterion that makes the model general-purpose only exceptionally, and the report flags it.',
          rules: ['R1', 'R9', 'E1', 'E27'],
          citations: [art('3(63)'), gl('§2.1')],
        },
      },
      {
        id: 'generalityFacts.parameterCount',
        kind: 'count',
        label: 'How many parameters does the model have?',
        shortLabel: 'Parameters',
        hint: 'All trainable parameters. An approximate figure is enough.',
        countUnit: 'parameters',
        unknownLabel: "I don't know",
        requiredMessage: "Enter the number of parameters, or select I don't know.",
        visible: (a) => !manyTasks(a),
        visibleWhen: 'Fewer than three distinct tasks were selected.',
        help: {
          text: 'The Commission considers models with at least a billion parameters, trained on a large amount of data with self-supervision at scale, to display significant generality.',
          rules: ['R8', 'R47', 'E27'],
          citations: [gl('¶18'), rec(98)],
        },
      },
      yesNo(
        'generalityFacts.largeBroadData',
        'Was the model trained on a large amount of data from a broad range of sources?',
        'Large and broad training data',
        {
          hint: 'For example, trillions of tokens of web text, books and code — not a dataset collected for one task.',
          requiredMessage: "Select whether the training data was large and broad, or I don't know.",
          visible: scaleFactsMayHold,
          visibleWhen:
            'Fewer than three tasks, and the parameter count is at least a billion or not yet given.',
          help: {
            text: 'Training on a large amount of data is one of the facts that, with a billion parameters and self-supervision at scale, indicate significant generality.',
            rules: ['R8', 'E27'],
            citations: [gl('¶18'), rec(98)],
          },
        },
      ),
      yesNo(
        'generalityFacts.selfSupervised',
        'Was it trained with self-supervision at scale?',
        'Self-supervised training at scale',
        {
          hint: 'For example, pre-training to predict the next token or masked content, without human labels.',
          requiredMessage: "Select whether it was trained with self-supervision at scale, or I don't know.",
          visible: (a) =>
            scaleFactsMayHold(a) &&
            a.generalityFacts?.largeBroadData !== 'no' &&
            a.generalityFacts?.largeBroadData !== 'unknown',
          visibleWhen:
            'The scale facts can still add up (at least a billion parameters, large and broad data).',
          help: {
            text: 'Self-supervised training at scale is the third fact the Commission names for significant generality.',
            rules: ['R8', 'E27'],
            citations: [gl('¶18'), rec(98)],
          },
        },
      ),
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
        label: `When did cumulative training compute exceed ${WORDS.systemicRiskThresholdSup} — or when did you know it would?`,
        shortLabel: `Date ${WORDS.systemicRiskThresholdSup} was met or became known`,
        hint: 'The earlier of the two dates. For example, 30 June 2025.',
        unknownLabel: "I don't know",
        requiredMessage: "Enter the date, or select I don't know.",
        visible: notificationMatters,
        visibleWhen: `The notification can be owed (cumulative or planned compute above ${WORDS.systemicRiskThresholdSup}, or a significant modification of a model with systemic risk) and you may be the provider.`,
        variants: [
          {
            when: continuedTrainingAboveThreshold,
            label: `When did it become known that further training would take cumulative compute above ${WORDS.systemicRiskThresholdSup}?`,
            shortLabel: `Date it became known ${WORDS.systemicRiskThresholdSup} would be exceeded`,
            hint: 'For example, the day the further training or its compute budget was approved, 30 June 2026.',
          },
          {
            when: notYetMadeAvailable,
            label: `When did it become known that the model’s cumulative training compute would exceed ${WORDS.systemicRiskThresholdSup}?`,
            shortLabel: `Date it became known ${WORDS.systemicRiskThresholdSup} would be exceeded`,
            hint: 'For example, the day the training run or compute budget above the threshold was approved, 30 June 2026.',
          },
        ],
        help: {
          text: 'You must notify the Commission without delay and at the latest two weeks after the threshold is met or it becomes known that it will be — possibly before training ends and before placing. A last day on a weekend or public holiday moves to the next working day. For a model already placed, an unknown date is taken as at the latest its first placing.',
          rules: ['R34', 'R35', 'R70', 'R87', 'R88', 'R89', 'E20'],
          citations: [art('52(1)'), rec(112), gl('§2.3.2')],
        },
      },
      {
        id: 'systemicRisk.notifiedDate',
        kind: 'date',
        monthReading: 'last',
        label: 'Have you notified the Commission under Art. 52(1)?',
        shortLabel: 'Commission notified',
        hint: 'The notification that the model meets the threshold, with the compute estimate and how it was made. For example, notified on 14 August 2025.',
        unknownLabel: "I don't know",
        absentLabel: 'Not yet',
        requiredMessage: 'Enter the date, or select Not yet or I don’t know.',
        visible: notificationMatters,
        visibleWhen: 'The notification can be owed and you may be the provider.',
        help: {
          text: 'The notification is due within two weeks of the threshold being met or becoming known, and must state the compute (two significant figures) and the estimation method; arguments that the model exceptionally has no systemic risk go with it. With a date, the report shows it as done — and says if it was late.',
          rules: ['R35', 'R36', 'R37', 'R62'],
          citations: [art('52(1)'), gl('¶31'), gl('§2.3.2')],
        },
      },
      {
        id: 'systemicRisk.contest',
        kind: 'radio',
        label:
          'Have you argued to the Commission that, exceptionally, the model does not present systemic risk?',
        shortLabel: 'Contest of the presumption',
        options: CONTEST_OPTIONS,
        requiredMessage: "Select whether you contested the presumption and its status, or I don't know.",
        visible: presumptionOnFacts,
        visibleWhen: `The systemic-risk presumption holds: cumulative or planned compute above ${WORDS.systemicRiskThresholdSup}, or a significant modification of a model with systemic risk.`,
        help: {
          text: 'A pending contest does not suspend obligations. If it is rejected, systemic risk applies from when the threshold was met; if accepted, the extra duties end when you are informed. If you do not know, the presumption is taken to stand.',
          rules: ['R37', 'E21'],
          citations: [art('52(2)'), art('52(3)'), gl('§2.3.3')],
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
        hint: 'For example, 10 February 2026.',
        unknownLabel: "I don't know",
        requiredMessage: "Enter the date, or select I don't know.",
        visible: (a) => a.systemicRisk?.designated === 'yes' && mayBeProvider(a),
        visibleWhen: 'The model is designated and you may be its provider.',
        help: {
          text: 'Designation obligations run from when you are informed; you can ask for reassessment six months after designation at the earliest.',
          rules: ['R38', 'R39', 'R87'],
          citations: [art('52(4)'), art('52(5)')],
        },
      },
      {
        id: 'systemicRisk.euBusinessUsers',
        kind: 'radio',
        label: 'How many registered business users in the EU is the model made available to?',
        shortLabel: 'Registered business users in the EU',
        hint: 'Businesses with an account, through your API, platform or licences — not individual end users.',
        options: EU_BUSINESS_USERS_OPTIONS,
        requiredMessage: "Select how many registered business users there are, or I don't know.",
        visible: reachMatters,
        visibleWhen: `You may be the provider of a general-purpose model below ${WORDS.systemicRiskThresholdSup} that is not designated (R92).`,
        help: {
          text: 'Reaching at least 10 000 registered business users in the EU is presumed to have a high impact on the internal market: the Commission may then designate the model as having systemic risk. It changes nothing until a designation, but the report warns you.',
          rules: ['R38', 'R92'],
          citations: [annex('XIII'), art('51(1)(b)'), art('52(4)')],
        },
      },
    ],
  },
  {
    id: 'contest',
    title: 'Your contest of the presumption',
    intro:
      'You argued that the model exceptionally does not present systemic risk. When and with what outcome matter.',
    visible: showContest,
    shownWhen: 'When the systemic-risk presumption holds and you contested it.',
    questions: [
      yesNo(
        'systemicRisk.contestWithNotification',
        'Did you submit your arguments together with the notification?',
        'Arguments submitted with the notification',
        {
          requiredMessage: "Select whether the arguments went with the notification, or I don't know.",
          visible: contestMade,
          visibleWhen: 'A contest was made.',
          help: {
            text: 'The Act lets a provider present its arguments that the model exceptionally does not present systemic risk with its notification. The burden of proof is on the provider, and arguments based on mitigations are not accepted.',
            rules: ['R37'],
            citations: [art('52(2)'), gl('§2.3.3')],
          },
        },
      ),
      {
        id: 'systemicRisk.contestDecisionDate',
        kind: 'date',
        monthReading: 'last',
        label: 'When were you informed that the Commission accepted your arguments?',
        shortLabel: 'Informed the contest was accepted',
        hint: 'For example, 20 January 2026.',
        unknownLabel: "I don't know",
        requiredMessage: "Enter the date, or select I don't know.",
        visible: (a) => a.systemicRisk?.contest === 'accepted',
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
    title: 'Licence',
    intro:
      'Models released openly, free of charge, with public weights may be exempt from some duties — never from the copyright policy and the training-content summary, and never with systemic risk. First, the four rights the licence must grant.',
    visible: showLicence,
    shownWhen:
      'Only where the open-source exemption can matter: a possible provider of a general-purpose model without certain systemic risk, whose weights may be public.',
    questions: [
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
    ],
  },
  {
    id: 'licence-terms',
    title: 'Licence terms',
    intro: 'Some licence terms defeat the open-source exemption, whatever the licence is called.',
    visible: showLicence,
    shownWhen: 'With the licence questions.',
    questions: [
      {
        id: 'licence.name',
        kind: 'text',
        label: 'Licence name (optional)',
        shortLabel: 'Licence',
        hint: 'For example, Apache-2.0. The name alone does not decide anything: the answers below do.',
        requiredMessage: 'Enter the licence name, or leave it blank.',
        help: {
          text: 'Only the licence terms count, not its label. The exemption does not cover a model with systemic risk.',
          rules: ['R48', 'R50', 'E14'],
          citations: [gl('§4.2.1'), rec(104)],
        },
      },
      {
        id: 'licence.restrictions',
        kind: 'checkboxes',
        label: 'Does the licence contain any of these terms?',
        shortLabel: 'Licence terms',
        hint: 'Select all that apply.',
        options: RESTRICTION_OPTIONS,
        requiredMessage: 'Select the terms the licence contains, or None of these.',
        help: {
          text: 'Non-commercial clauses, user-number caps, separate commercial licences and bans on distribution disqualify a licence. Restrictions limited to uses that pose significant risks to public safety, security or fundamental rights, applied equally to everyone, are allowed, as are attribution and share-alike; whether a given safety clause is proportionate is flagged as a judgement.',
          rules: ['R51', 'R52', 'E15'],
          citations: [gl('§4.2.1')],
        },
      },
    ],
  },
  {
    id: 'monetisation',
    title: 'Monetisation',
    intro:
      'Charging for the model, or for what it cannot be used without, defeats the open-source exemption; optional paid extras do not.',
    visible: showLicence,
    shownWhen: 'With the licence questions.',
    questions: [
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
          hint: 'A microenterprise has fewer than 10 staff and an annual turnover or an annual balance-sheet total of at most EUR 2 million — you, and everyone who pays.',
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
    id: 'openness',
    title: 'What is public',
    intro:
      'For the exemption the weights, architecture information and usage information must all be public.',
    visible: showLicence,
    shownWhen: 'With the licence questions.',
    questions: [
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
    ],
  },
  {
    id: 'steps-taken',
    title: 'Steps already taken',
    intro:
      'A duty you have already met shows as done in the report; one that should be in place and is not shows as overdue.',
    visible: showDocumentationSteps,
    shownWhen:
      'For a possible provider of a general-purpose model the open-source exemption does not cover; each question only where its obligation applies.',
    questions: [
      yesNo(
        'stepsTaken.authorisedRepresentative',
        'Have you appointed an authorised representative in the EU, by written mandate?',
        'Authorised representative appointed',
        {
          requiredMessage: "Select whether an authorised representative is appointed, or I don't know.",
          visible: authorisedRepresentativeMatters,
          visibleWhen:
            'You are not established in the EU (or do not know) and the open-source exemption does not apply.',
          help: {
            text: 'A provider established outside the EU must appoint a representative established in the EU before placing the model. The representative keeps the technical documentation for 10 years and answers the AI Office.',
            rules: ['R61', 'E12'],
            citations: [art('54'), gl('§3.1')],
          },
        },
      ),
      yesNo(
        'stepsTaken.technicalDocumentation',
        'Is the technical documentation of the model drawn up and kept up to date?',
        'Technical documentation in place',
        {
          hint: 'The Annex XI information, ready to give the AI Office on request.',
          requiredMessage: "Select whether the technical documentation is in place, or I don't know.",
          visible: notExempt,
          visibleWhen: 'The open-source exemption does not apply.',
          help: {
            text: 'Technical documentation with at least the Annex XI Section 1 items — and Section 2 for a model with systemic risk — must be drawn up before placing and kept current.',
            rules: ['R48', 'R56'],
            citations: [art('53(1)(a)'), annex('XI')],
          },
        },
      ),
      yesNo(
        'stepsTaken.downstreamInformation',
        'Is the information for providers who build on the model (Annex XII) available to them?',
        'Information for downstream providers in place',
        {
          requiredMessage: "Select whether the downstream information is in place, or I don't know.",
          visible: notExempt,
          visibleWhen: 'The open-source exemption does not apply.',
          help: {
            text: 'Providers of AI systems built on the model must get information on its capabilities and limitations, with at least the Annex XII items.',
            rules: ['R48', 'R57'],
            citations: [art('53(1)(b)'), annex('XII')],
          },
        },
      ),
    ],
  },
  {
    id: 'steps-taken-copyright',
    title: 'Copyright and training content',
    intro:
      'Every provider owes these two, open-source or not. One already done shows as done in the report; one that should be in place and is not shows as overdue.',
    visible: showStepsTaken,
    shownWhen: 'For a possible provider of a general-purpose model.',
    questions: [
      yesNo(
        'stepsTaken.copyrightPolicy',
        'Have you put in place a policy to comply with EU copyright law?',
        'Copyright policy in place',
        {
          hint: 'Including how you identify and respect machine-readable opt-outs from text and data mining.',
          requiredMessage: "Select whether the copyright policy is in place, or I don't know.",
          help: {
            text: 'Every provider needs a copyright policy, including for open-source models; it must respect reservations of rights under Art. 4(3) of the Copyright Directive, wherever the training took place.',
            rules: ['R49', 'R58'],
            citations: [art('53(1)(c)'), rec(106)],
          },
        },
      ),
      yesNo(
        'stepsTaken.trainingSummary',
        'Have you published the summary of the content used for training, on the AI Office template?',
        'Training-content summary published',
        {
          requiredMessage: "Select whether the training-content summary is published, or I don't know.",
          help: {
            text: 'Every provider, including of open-source models, must publish a sufficiently detailed summary of the training content using the AI Office’s mandatory template.',
            rules: ['R49', 'R59', 'R77'],
            citations: [art('53(1)(d)'), tpl()],
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
          text: 'Adhering to an adequate code is a straightforward way to demonstrate compliance with Arts. 53 and 55 and may reduce fines; non-signatories must show other adequate means and can expect more information requests. Partial signatories lose the benefit for the chapters they did not sign. The code has no chapter on the Art. 52(1) notification.',
          rules: ['R62', 'R64', 'R75', 'R76', 'E22'],
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
