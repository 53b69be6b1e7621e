/**
 * The questionnaire: one topic per screen, in the order they are asked, at most about four questions a
 * screen. Facts only — never a legal conclusion (PRODUCT.md principle 1, rules revision 2: E27, E30). Every
 * question carries help text with its rule numbers (RULES.md) and citations. Visibility rules live in
 * ./conditions.ts so that they can be tested on their own.
 */

import { exceeds, SYSTEMIC_RISK_THRESHOLD_FLOP } from '../compute';
import { WORDS } from '../law/words';
import { annex, art, cop, gl, rec, tpl } from '../sources';
import { type Text, tx } from '../text';
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
  label: Text,
  shortLabel: Text,
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
    title: tx('questions.screen_role_title'),
    intro: tx('questions.screen_role_intro'),
    visible: () => true,
    shownWhen: 'Always.',
    questions: [
      {
        id: 'role',
        kind: 'radio',
        label: tx('questions.role_label'),
        shortLabel: tx('questions.role_shortLabel'),
        hint: tx('questions.role_hint'),
        options: ROLE_OPTIONS,
        requiredMessage: tx('questions.role_requiredMessage'),
        help: {
          text: tx('questions.role_help'),
          rules: ['R5', 'R14', 'R21', 'R22', 'R23', 'E23', 'E30'],
          citations: [art('3(3)'), art('3(68)'), gl('§3.1.1'), gl('§3.2')],
        },
      },
      {
        id: 'consortiumRole',
        kind: 'radio',
        label: tx('questions.consortiumRole_label'),
        shortLabel: tx('questions.consortiumRole_shortLabel'),
        options: CONSORTIUM_ROLE_OPTIONS,
        requiredMessage: tx('questions.consortiumRole_requiredMessage'),
        visible: (a) => a.role === 'consortium',
        visibleWhen: 'You develop the model in a consortium.',
        help: {
          text: tx('questions.consortiumRole_help'),
          rules: ['R14', 'R91'],
          citations: [gl('§3.1.1'), art('3(3)')],
        },
      },
      {
        id: 'modelName',
        kind: 'text',
        label: tx('questions.modelName_label'),
        shortLabel: tx('questions.modelName_shortLabel'),
        hint: tx('questions.modelName_hint'),
        requiredMessage: tx('questions.modelName_requiredMessage'),
        help: {
          text: tx('questions.modelName_help'),
          rules: ['R13'],
          citations: [gl('§2.2')],
        },
      },
      yesNo('euEstablished', tx('questions.euEstablished_label'), tx('questions.euEstablished_shortLabel'), {
        hint: tx('questions.euEstablished_hint'),
        requiredMessage: tx('questions.euEstablished_requiredMessage'),
        help: {
          text: tx('questions.euEstablished_help'),
          rules: ['R4', 'R61', 'E12'],
          citations: [art('2(1)'), art('54'), gl('§3.1')],
        },
      }),
    ],
  },
  {
    id: 'capabilities',
    title: tx('questions.screen_capabilities_title'),
    intro: tx('questions.screen_capabilities_intro'),
    visible: () => true,
    shownWhen: 'Always.',
    questions: [
      {
        id: 'outputModalities',
        kind: 'checkboxes',
        label: tx('questions.outputModalities_label'),
        shortLabel: tx('questions.outputModalities_shortLabel'),
        hint: tx('questions.selectAllThatApply'),
        options: MODALITY_OPTIONS,
        requiredMessage: tx('questions.outputModalities_requiredMessage'),
        help: {
          text: tx('questions.outputModalities_help'),
          rules: ['R7', 'R10', 'R11'],
          citations: [gl('¶17'), gl('¶19'), gl('§2.1')],
        },
      },
      {
        id: 'generalityFacts.singleTask',
        kind: 'radio',
        label: tx('questions.generalityFactsSingleTask_label'),
        shortLabel: tx('questions.generalityFactsSingleTask_shortLabel'),
        hint: tx('questions.generalityFactsSingleTask_hint'),
        options: SINGLE_TASK_OPTIONS,
        requiredMessage: tx('questions.generalityFactsSingleTask_requiredMessage'),
        help: {
          text: tx('questions.generalityFactsSingleTask_help'),
          rules: ['R9', 'R10', 'E1', 'E27'],
          citations: [art('3(63)'), rec(98), gl('§2.1')],
        },
      },
    ],
  },
  {
    id: 'integration',
    title: tx('questions.screen_integration_title'),
    intro: tx('questions.screen_integration_intro'),
    visible: (a) => a.role === 'integrator',
    shownWhen: 'Only when you only use someone else’s model (integrators).',
    questions: [
      yesNo(
        'integration.systemInEu',
        tx('questions.integrationSystemInEu_label'),
        tx('questions.integrationSystemInEu_shortLabel'),
        {
          hint: tx('questions.integrationSystemInEu_hint'),
          requiredMessage: tx('questions.integrationSystemInEu_requiredMessage'),
          help: {
            text: tx('questions.integrationSystemInEu_help'),
            rules: ['R18', 'R19'],
            citations: [gl('§3.1.3')],
          },
        },
      ),
      yesNo(
        'integration.upstreamExcludedEu',
        tx('questions.integrationUpstreamExcludedEu_label'),
        tx('questions.integrationUpstreamExcludedEu_shortLabel'),
        {
          hint: tx('questions.integrationUpstreamExcludedEu_hint'),
          requiredMessage: tx('questions.integrationUpstreamExcludedEu_requiredMessage'),
          help: {
            text: tx('questions.integrationUpstreamExcludedEu_help'),
            rules: ['R19', 'E13'],
            citations: [gl('§3.1.3')],
          },
        },
      ),
      {
        id: 'integration.systemPlacingDate',
        kind: 'date',
        label: tx('questions.integrationSystemPlacingDate_label'),
        shortLabel: tx('questions.integrationSystemPlacingDate_shortLabel'),
        hint: tx('questions.integrationSystemPlacingDate_hint'),
        unknownLabel: tx('questions.unknownOrNotDecided'),
        requiredMessage: tx('questions.dateRequired'),
        visible: integratorMayBeModelProvider,
        visibleWhen:
          'The system is (or may be) in the EU and the upstream provider (may have) excluded the EU.',
        help: {
          text: tx('questions.integrationSystemPlacingDate_help'),
          rules: ['R19', 'R67'],
          citations: [gl('§3.1.3'), gl('§5.3')],
        },
      },
    ],
  },
  {
    id: 'modification',
    title: tx('questions.screen_modification_title'),
    intro: tx('questions.screen_modification_intro'),
    visible: (a) => a.role === 'modifier',
    shownWhen: 'Only when you modify someone else’s model.',
    questions: [
      yesNo(
        'modification.onBehalfOfOriginal',
        tx('questions.modificationOnBehalfOfOriginal_label'),
        tx('questions.modificationOnBehalfOfOriginal_shortLabel'),
        {
          hint: tx('questions.modificationOnBehalfOfOriginal_hint'),
          requiredMessage: tx('questions.modificationOnBehalfOfOriginal_requiredMessage'),
          help: {
            text: tx('questions.modificationOnBehalfOfOriginal_help'),
            rules: ['R13', 'R23', 'R91'],
            citations: [gl('¶57'), gl('§2.2'), art('3(3)')],
          },
        },
      ),
      {
        id: 'modification.originalComputeFlop',
        kind: 'flop',
        label: tx('questions.modificationOriginalComputeFlop_label'),
        shortLabel: tx('questions.modificationOriginalComputeFlop_shortLabel'),
        hint: tx('questions.modificationOriginalComputeFlop_hint'),
        unknownLabel: tx('questions.modificationOriginalComputeFlop_unknownLabel'),
        flop: { compare: 'thresholds', estimator: true, rangeReading: 'lower' },
        requiredMessage: tx('questions.modificationOriginalComputeFlop_requiredMessage'),
        help: {
          text: tx('questions.modificationOriginalComputeFlop_help'),
          rules: ['R24', 'R25', 'E4'],
          citations: [gl('¶60'), gl('¶61')],
        },
      },
      yesNo(
        'modification.originalSystemicRisk',
        tx('questions.modificationOriginalSystemicRisk_label'),
        tx('questions.modificationOriginalSystemicRisk_shortLabel'),
        {
          hint: tx('questions.modificationOriginalSystemicRisk_hint'),
          requiredMessage: tx('questions.modificationOriginalSystemicRisk_requiredMessage'),
          help: {
            text: tx('questions.modificationOriginalSystemicRisk_help'),
            rules: ['R25', 'R29', 'R40', 'E4'],
            citations: [gl('¶61'), gl('¶67'), art('52(6)')],
          },
        },
      ),
      {
        id: 'modification.modificationFlop',
        kind: 'flop',
        label: tx('questions.modificationModificationFlop_label'),
        shortLabel: tx('questions.modificationModificationFlop_shortLabel'),
        hint: tx('questions.modificationModificationFlop_hint'),
        unknownLabel: tx('questions.unknownYet'),
        flop: { compare: 'one-third-of-original', estimator: true },
        requiredMessage: tx('questions.modificationModificationFlop_requiredMessage'),
        help: {
          text: tx('questions.modificationModificationFlop_help'),
          rules: ['R23', 'R24', 'R30', 'R90', 'E2'],
          citations: [gl('¶57'), gl('¶60'), gl('Annex A.2'), rec(97)],
        },
      },
    ],
  },
  {
    id: 'modified-model',
    title: tx('questions.screen_modifiedModel_title'),
    intro: tx('questions.screen_modifiedModel_intro'),
    visible: showModifiedModel,
    shownWhen:
      'When you modify a model on your own account and the modification is (or may be) above one third of the original’s compute.',
    questions: [
      {
        id: 'modification.syntheticDataFlop',
        kind: 'flop',
        label: tx('questions.modificationSyntheticDataFlop_label'),
        shortLabel: tx('questions.modificationSyntheticDataFlop_shortLabel'),
        hint: tx('questions.syntheticDataHint'),
        unknownLabel: tx('common.unknown'),
        flop: { compare: 'none', none: { label: tx('common.none') } },
        requiredMessage: tx('questions.flopNoneRequired'),
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
          text: tx('questions.modificationSyntheticDataFlop_help'),
          rules: ['R33', 'E5'],
          citations: [rec(111), gl('Annex A.1')],
        },
      },
      yesNo(
        'modification.viaOriginalProviderPlatform',
        tx('questions.modificationViaOriginalProviderPlatform_label'),
        tx('questions.modificationViaOriginalProviderPlatform_shortLabel'),
        {
          hint: tx('questions.modificationViaOriginalProviderPlatform_hint'),
          requiredMessage: tx('questions.modificationViaOriginalProviderPlatform_requiredMessage'),
          help: {
            text: tx('questions.modificationViaOriginalProviderPlatform_help'),
            rules: ['R27', 'E17'],
            citations: [gl('§3.2')],
          },
        },
      ),
      {
        id: 'modification.modificationPlacingDate',
        kind: 'date',
        label: tx('questions.modificationModificationPlacingDate_label'),
        shortLabel: tx('questions.modificationModificationPlacingDate_shortLabel'),
        hint: tx('questions.modificationModificationPlacingDate_hint'),
        unknownLabel: tx('questions.unknownOrNotDecided'),
        requiredMessage: tx('questions.dateRequired'),
        visible: (a) => a.modification?.viaOriginalProviderPlatform !== 'yes',
        visibleWhen: 'The fine-tuned model does not stay on the original provider’s platform.',
        help: {
          text: tx('questions.modificationModificationPlacingDate_help'),
          rules: ['R67', 'E19'],
          citations: [gl('§5.3')],
        },
      },
    ],
  },
  {
    id: 'placing',
    title: tx('questions.screen_placing_title'),
    intro: tx('questions.screen_placing_intro'),
    visible: showPlacing,
    shownWhen: 'For your own model, or a modification that may make you its provider.',
    questions: [
      {
        id: 'placing.channels',
        kind: 'checkboxes',
        label: tx('questions.placingChannels_label'),
        shortLabel: tx('questions.placingChannels_shortLabel'),
        hint: tx('questions.placingChannels_hint'),
        options: CHANNEL_OPTIONS,
        requiredMessage: tx('questions.placingChannels_requiredMessage'),
        help: {
          text: tx('questions.placingChannels_help'),
          rules: ['R2', 'R3', 'R15', 'R16', 'R17', 'R18', 'E8', 'E10'],
          citations: [art('3(9)'), rec(97), gl('§3.1.2'), gl('§3.1.3')],
        },
      },
      {
        id: 'placing.internalUseLocation',
        kind: 'radio',
        label: tx('questions.placingInternalUseLocation_label'),
        shortLabel: tx('questions.placingInternalUseLocation_shortLabel'),
        hint: tx('questions.placingInternalUseLocation_hint'),
        options: INTERNAL_USE_LOCATION_OPTIONS,
        requiredMessage: tx('questions.placingInternalUseLocation_requiredMessage'),
        visible: (a) => (a.placing?.channels ?? []).some((c) => INTERNAL.includes(c)),
        visibleWhen: 'The model is used internally.',
        help: {
          text: tx('questions.placingInternalUseLocation_help'),
          rules: ['R17', 'R20', 'E8'],
          citations: [art('2(1)(a)'), art('3(9)'), rec(97)],
        },
      },
      {
        id: 'placing.intention',
        kind: 'radio',
        label: tx('questions.placingIntention_label'),
        shortLabel: tx('questions.placingIntention_shortLabel'),
        options: PLACING_INTENTION_OPTIONS,
        requiredMessage: tx('questions.placingIntention_requiredMessage'),
        visible: (a) => (a.placing?.channels ?? []).includes('notYet'),
        visibleWhen: 'The model is not made available yet.',
        help: {
          text: tx('questions.placingIntention_help'),
          rules: ['R2', 'R35', 'R88'],
          citations: [art('3(63)'), art('52(1)'), rec(112), gl('§2.3.2')],
        },
      },
      {
        id: 'placing.euAvailability',
        kind: 'radio',
        label: tx('questions.placingEuAvailability_label'),
        shortLabel: tx('questions.placingEuAvailability_shortLabel'),
        options: EU_AVAILABILITY_OPTIONS,
        requiredMessage: tx('questions.placingEuAvailability_requiredMessage'),
        help: {
          text: tx('questions.placingEuAvailability_help'),
          rules: ['R4', 'R18', 'R19', 'R20'],
          citations: [art('2(1)'), gl('§3.1.3')],
        },
      },
      yesNo(
        'placing.euExcluded',
        tx('questions.placingEuExcluded_label'),
        tx('questions.placingEuExcluded_shortLabel'),
        {
          hint: tx('questions.placingEuExcluded_hint'),
          requiredMessage: tx('questions.placingEuExcluded_requiredMessage'),
          visible: (a) => a.placing?.euAvailability === 'viaDownstream',
          visibleWhen: 'The model reaches the EU only through others.',
          help: {
            text: tx('questions.placingEuExcluded_help'),
            rules: ['R19', 'E12', 'E13'],
            citations: [gl('§3.1.3')],
          },
        },
      ),
      {
        id: 'placing.nameOnModel',
        kind: 'radio',
        label: tx('questions.placingNameOnModel_label'),
        shortLabel: tx('questions.placingNameOnModel_shortLabel'),
        options: NAME_ON_MODEL_OPTIONS,
        requiredMessage: tx('questions.placingNameOnModel_requiredMessage'),
        visible: (a) => !researchOnlyOnFacts(a),
        visibleWhen: 'Not when the model is only for research and development (R2, R3).',
        variants: [
          {
            when: (a) => a.role !== 'modifier',
            options: NAME_ON_MODEL_OPTIONS.filter((o) => o.value !== 'originalProvider'),
          },
        ],
        help: {
          text: tx('questions.placingNameOnModel_help'),
          rules: ['R5', 'R14', 'R27', 'R91'],
          citations: [art('3(3)'), gl('§3.1.1'), gl('§3.2')],
        },
      },
    ],
  },
  {
    id: 'placing-details',
    title: tx('questions.screen_placingDetails_title'),
    intro: tx('questions.screen_placingDetails_intro'),
    visible: showPlacingDetails,
    shownWhen:
      'For your own model when you may be its provider; for individuals, research labs and models shared with research partners, also the facts of commercial activity.',
    questions: [
      {
        id: 'placing.commercial',
        kind: 'checkboxes',
        label: tx('questions.placingCommercial_label'),
        shortLabel: tx('questions.placingCommercial_shortLabel'),
        hint: tx('questions.selectAllThatApply'),
        options: COMMERCIAL_OPTIONS,
        requiredMessage: tx('questions.placingCommercial_requiredMessage'),
        visible: commercialFactsMatter,
        visibleWhen:
          'You are an individual or a research lab, or the model is shared with research partners (R3, E30).',
        help: {
          text: tx('questions.placingCommercial_help'),
          rules: ['R3', 'R22', 'E10', 'E11', 'E30'],
          citations: [art('3(10)'), rec(109), gl('§3.1.2')],
        },
      },
      {
        id: 'placing.lifecycle',
        kind: 'radio',
        label: tx('questions.placingLifecycle_label'),
        shortLabel: tx('questions.placingLifecycle_shortLabel'),
        options: LIFECYCLE_OPTIONS,
        requiredMessage: tx('questions.placingLifecycle_requiredMessage'),
        visible: placingDateMatters,
        visibleWhen: 'You may be the provider of your own model.',
        help: {
          text: tx('questions.placingLifecycle_help'),
          rules: ['R13', 'E19', 'E29'],
          citations: [gl('§2.2'), rec(114)],
        },
      },
      {
        id: 'placing.placingDate',
        kind: 'date',
        label: tx('questions.placingPlacingDate_label'),
        shortLabel: tx('questions.placingPlacingDate_shortLabel'),
        hint: tx('questions.placingPlacingDate_hint'),
        unknownLabel: tx('questions.unknownOrNotDecided'),
        requiredMessage: tx('questions.dateRequired'),
        visible: placingDateMatters,
        visibleWhen:
          'You may be the provider of your own model (not when it is shared only with research partners, R3; modifiers give the date of the modified model).',
        variants: [
          {
            when: laterVersion,
            label: tx('questions.placingPlacingDate_variant1_label'),
            shortLabel: tx('questions.placingPlacingDate_variant1_shortLabel'),
            hint: tx('questions.placingPlacingDate_variant1_hint'),
          },
          {
            when: notYetMadeAvailable,
            label: tx('questions.placingPlacingDate_variant2_label'),
            shortLabel: tx('questions.placingPlacingDate_variant2_shortLabel'),
            hint: tx('questions.placingPlacingDate_variant2_hint'),
          },
        ],
        help: {
          text: tx('questions.placingPlacingDate_help'),
          rules: ['R13', 'R66', 'R67', 'R68', 'R88'],
          citations: [art('111(3)'), art('113'), gl('§5.3')],
        },
      },
    ],
  },
  {
    id: 'compute',
    title: tx('questions.screen_compute_title'),
    intro: tx('questions.screen_compute_intro'),
    visible: showCompute,
    shownWhen:
      'For your own model unless it is only for research and development, and for a model you build on or host.',
    questions: [
      {
        id: 'compute.parameterUpdateFlop',
        kind: 'flop',
        label: tx('questions.computeParameterUpdateFlop_label'),
        shortLabel: tx('questions.computeParameterUpdateFlop_shortLabel'),
        hint: tx('questions.computeParameterUpdateFlop_hint'),
        unknownLabel: tx('questions.computeParameterUpdateFlop_unknownLabel'),
        flop: { compare: 'thresholds', estimator: true },
        requiredMessage: tx('questions.computeParameterUpdateFlop_requiredMessage'),
        variants: [
          {
            when: notYetMadeAvailable,
            label: tx('questions.computeParameterUpdateFlop_variant1_label'),
            shortLabel: tx('questions.computeParameterUpdateFlop_variant1_shortLabel'),
          },
        ],
        help: {
          text: tx('questions.computeParameterUpdateFlop_help'),
          rules: ['R7', 'R12', 'R42', 'R43', 'R46'],
          citations: [gl('¶17'), gl('Annex A.1'), gl('Annex A.2')],
        },
      },
      {
        id: 'compute.method',
        kind: 'radio',
        label: tx('questions.computeMethod_label'),
        shortLabel: tx('questions.computeMethod_shortLabel'),
        options: METHOD_OPTIONS,
        requiredMessage: tx('questions.computeMethod_requiredMessage'),
        visible: (a) => typeof a.compute?.parameterUpdateFlop === 'number',
        visibleWhen: 'A compute figure is given.',
        help: {
          text: tx('questions.computeMethod_help'),
          rules: ['R36', 'R43', 'R44', 'R45', 'E2'],
          citations: [gl('¶31'), gl('Annex A.2')],
        },
      },
    ],
  },
  {
    id: 'cumulative-compute',
    title: tx('questions.screen_cumulativeCompute_title'),
    intro: tx('questions.screen_cumulativeCompute_intro'),
    visible: showCumulativeCompute,
    shownWhen: `When systemic risk is assessed for this model (your own, or one you may become provider of), it may be general-purpose and what is known does not already exceed ${WORDS.systemicRiskThresholdSup}.`,
    questions: [
      {
        id: 'compute.syntheticDataFlop',
        kind: 'flop',
        label: tx('questions.computeSyntheticDataFlop_label'),
        shortLabel: tx('questions.computeSyntheticDataFlop_shortLabel'),
        hint: tx('questions.syntheticDataHint'),
        unknownLabel: tx('common.unknown'),
        flop: { compare: 'none', none: { label: tx('common.none') } },
        requiredMessage: tx('questions.flopNoneRequired'),
        visible: cumulativePartsMatter,
        visibleWhen: `Systemic risk is assessed for this model (your own, or one you become provider of), it may be general-purpose, and training compute alone does not already exceed ${WORDS.systemicRiskThresholdSup}.`,
        help: {
          text: tx('questions.computeSyntheticDataFlop_help'),
          rules: ['R32', 'R33', 'E3'],
          citations: [rec(111), gl('Annex A.1')],
        },
      },
      {
        id: 'compute.inheritedWeightsFlop',
        kind: 'flop',
        label: tx('questions.computeInheritedWeightsFlop_label'),
        shortLabel: tx('questions.computeInheritedWeightsFlop_shortLabel'),
        hint: tx('questions.computeInheritedWeightsFlop_hint'),
        unknownLabel: tx('common.unknown'),
        flop: {
          compare: 'none',
          none: { label: tx('questions.computeInheritedWeightsFlop_none'), summary: tx('common.none') },
        },
        requiredMessage: tx('questions.flopNoneRequired'),
        visible: cumulativePartsMatter,
        visibleWhen: `Systemic risk is assessed for this model (your own, or one you become provider of), it may be general-purpose, and training compute alone does not already exceed ${WORDS.systemicRiskThresholdSup}.`,
        help: {
          text: tx('questions.computeInheritedWeightsFlop_help'),
          rules: ['R33', 'E3', 'E5'],
          citations: [gl('Annex A.1')],
        },
      },
      {
        id: 'compute.plannedCumulativeFlop',
        kind: 'flop',
        label: tx('questions.computePlannedCumulativeFlop_label'),
        shortLabel: tx('questions.computePlannedCumulativeFlop_shortLabel'),
        hint: tx('questions.computePlannedCumulativeFlop_hint'),
        unknownLabel: tx('questions.unknownYet'),
        flop: {
          compare: 'thresholds',
          estimator: true,
          none: { label: tx('questions.computePlannedCumulativeFlop_none') },
        },
        requiredMessage: tx('questions.computePlannedCumulativeFlop_requiredMessage'),
        visible: plannedComputeMatters,
        visibleWhen: `The model may be general-purpose and what is known so far does not already exceed ${WORDS.systemicRiskThresholdSup} (R35, R88, E20).`,
        variants: [
          {
            when: notYetMadeAvailable,
            label: tx('questions.computePlannedCumulativeFlop_variant1_label'),
            shortLabel: tx('questions.computePlannedCumulativeFlop_shortLabel'),
          },
        ],
        help: {
          text: tx('questions.computePlannedCumulativeFlop_help'),
          rules: ['R35', 'R43', 'R88', 'E20'],
          citations: [art('52(1)'), rec(112), gl('§2.3.2')],
        },
      },
    ],
  },
  {
    id: 'generality',
    title: tx('questions.screen_generality_title'),
    intro: tx('questions.screen_generality_intro'),
    visible: breadthFactsMatter,
    shownWhen: `When the indicative criterion is not met (at most ${WORDS.gpaiThresholdSup}, or no qualifying output) and the model was not built for one specific task (E27).`,
    questions: [
      {
        id: 'generalityFacts.tasks',
        kind: 'checkboxes',
        label: tx('questions.generalityFactsTasks_label'),
        shortLabel: tx('questions.generalityFactsTasks_shortLabel'),
        hint: tx('questions.generalityFactsTasks_hint'),
        options: TASK_OPTIONS,
        requiredMessage: tx('questions.generalityFactsTasks_requiredMessage'),
        help: {
          text: tx('questions.generalityFactsTasks_help'),
          rules: ['R1', 'R9', 'E1', 'E27'],
          citations: [art('3(63)'), gl('§2.1')],
        },
      },
      {
        id: 'generalityFacts.parameterCount',
        kind: 'count',
        label: tx('questions.generalityFactsParameterCount_label'),
        shortLabel: tx('questions.generalityFactsParameterCount_shortLabel'),
        hint: tx('questions.generalityFactsParameterCount_hint'),
        countUnit: tx('questions.generalityFactsParameterCount_countUnit'),
        unknownLabel: tx('common.unknown'),
        requiredMessage: tx('questions.generalityFactsParameterCount_requiredMessage'),
        visible: (a) => !manyTasks(a),
        visibleWhen: 'Fewer than three distinct tasks were selected.',
        help: {
          text: tx('questions.generalityFactsParameterCount_help'),
          rules: ['R8', 'R47', 'E27'],
          citations: [gl('¶18'), rec(98)],
        },
      },
      yesNo(
        'generalityFacts.largeBroadData',
        tx('questions.generalityFactsLargeBroadData_label'),
        tx('questions.generalityFactsLargeBroadData_shortLabel'),
        {
          hint: tx('questions.generalityFactsLargeBroadData_hint'),
          requiredMessage: tx('questions.generalityFactsLargeBroadData_requiredMessage'),
          visible: scaleFactsMayHold,
          visibleWhen:
            'Fewer than three tasks, and the parameter count is at least a billion or not yet given.',
          help: {
            text: tx('questions.generalityFactsLargeBroadData_help'),
            rules: ['R8', 'E27'],
            citations: [gl('¶18'), rec(98)],
          },
        },
      ),
      yesNo(
        'generalityFacts.selfSupervised',
        tx('questions.generalityFactsSelfSupervised_label'),
        tx('questions.generalityFactsSelfSupervised_shortLabel'),
        {
          hint: tx('questions.generalityFactsSelfSupervised_hint'),
          requiredMessage: tx('questions.generalityFactsSelfSupervised_requiredMessage'),
          visible: (a) =>
            scaleFactsMayHold(a) &&
            a.generalityFacts?.largeBroadData !== 'no' &&
            a.generalityFacts?.largeBroadData !== 'unknown',
          visibleWhen:
            'The scale facts can still add up (at least a billion parameters, large and broad data).',
          help: {
            text: tx('questions.generalityFactsSelfSupervised_help'),
            rules: ['R8', 'E27'],
            citations: [gl('¶18'), rec(98)],
          },
        },
      ),
    ],
  },
  {
    id: 'systemic-risk',
    title: tx('questions.screen_systemicRisk_title'),
    intro: tx('questions.screen_systemicRisk_intro'),
    visible: showSystemicRisk,
    shownWhen: 'For a model that may be general-purpose: your own, or one you may become provider of.',
    questions: [
      {
        id: 'systemicRisk.thresholdMetDate',
        kind: 'date',
        label: tx('questions.systemicRiskThresholdMetDate_label'),
        shortLabel: tx('questions.systemicRiskThresholdMetDate_shortLabel'),
        hint: tx('questions.systemicRiskThresholdMetDate_hint'),
        unknownLabel: tx('common.unknown'),
        requiredMessage: tx('questions.dateRequired'),
        visible: notificationMatters,
        visibleWhen: `The notification can be owed (cumulative or planned compute above ${WORDS.systemicRiskThresholdSup}, or a significant modification of a model with systemic risk) and you may be the provider.`,
        variants: [
          {
            when: continuedTrainingAboveThreshold,
            label: tx('questions.systemicRiskThresholdMetDate_variant1_label'),
            shortLabel: tx('questions.systemicRiskThresholdMetDate_becameKnownShortLabel'),
            hint: tx('questions.systemicRiskThresholdMetDate_variant1_hint'),
          },
          {
            when: notYetMadeAvailable,
            label: tx('questions.systemicRiskThresholdMetDate_variant2_label'),
            shortLabel: tx('questions.systemicRiskThresholdMetDate_becameKnownShortLabel'),
            hint: tx('questions.systemicRiskThresholdMetDate_variant2_hint'),
          },
        ],
        help: {
          text: tx('questions.systemicRiskThresholdMetDate_help'),
          rules: ['R34', 'R35', 'R70', 'R87', 'R88', 'R89', 'E20'],
          citations: [art('52(1)'), rec(112), gl('§2.3.2')],
        },
      },
      {
        id: 'systemicRisk.notifiedDate',
        kind: 'date',
        monthReading: 'last',
        label: tx('questions.systemicRiskNotifiedDate_label'),
        shortLabel: tx('questions.systemicRiskNotifiedDate_shortLabel'),
        hint: tx('questions.systemicRiskNotifiedDate_hint'),
        unknownLabel: tx('common.unknown'),
        absentLabel: tx('questions.systemicRiskNotifiedDate_absentLabel'),
        requiredMessage: tx('questions.systemicRiskNotifiedDate_requiredMessage'),
        visible: notificationMatters,
        visibleWhen: 'The notification can be owed and you may be the provider.',
        help: {
          text: tx('questions.systemicRiskNotifiedDate_help'),
          rules: ['R35', 'R36', 'R37', 'R62'],
          citations: [art('52(1)'), gl('¶31'), gl('§2.3.2')],
        },
      },
      {
        id: 'systemicRisk.contest',
        kind: 'radio',
        label: tx('questions.systemicRiskContest_label'),
        shortLabel: tx('questions.systemicRiskContest_shortLabel'),
        options: CONTEST_OPTIONS,
        requiredMessage: tx('questions.systemicRiskContest_requiredMessage'),
        visible: presumptionOnFacts,
        visibleWhen: `The systemic-risk presumption holds: cumulative or planned compute above ${WORDS.systemicRiskThresholdSup}, or a significant modification of a model with systemic risk.`,
        help: {
          text: tx('questions.systemicRiskContest_help'),
          rules: ['R37', 'E21'],
          citations: [art('52(2)'), art('52(3)'), gl('§2.3.3')],
        },
      },
      yesNo(
        'systemicRisk.designated',
        tx('questions.systemicRiskDesignated_label'),
        tx('questions.systemicRiskDesignated_shortLabel'),
        {
          hint: tx('questions.systemicRiskDesignated_hint'),
          requiredMessage: tx('questions.systemicRiskDesignated_requiredMessage'),
          help: {
            text: tx('questions.systemicRiskDesignated_help'),
            rules: ['R31', 'R38'],
            citations: [art('51(1)(b)'), art('52(4)'), annex('XIII')],
          },
        },
      ),
      {
        id: 'systemicRisk.designationInformedDate',
        kind: 'date',
        label: tx('questions.systemicRiskDesignationInformedDate_label'),
        shortLabel: tx('questions.systemicRiskDesignationInformedDate_shortLabel'),
        hint: tx('questions.systemicRiskDesignationInformedDate_hint'),
        unknownLabel: tx('common.unknown'),
        requiredMessage: tx('questions.dateRequired'),
        visible: (a) => a.systemicRisk?.designated === 'yes' && mayBeProvider(a),
        visibleWhen: 'The model is designated and you may be its provider.',
        help: {
          text: tx('questions.systemicRiskDesignationInformedDate_help'),
          rules: ['R38', 'R39', 'R87'],
          citations: [art('52(4)'), art('52(5)')],
        },
      },
      {
        id: 'systemicRisk.euBusinessUsers',
        kind: 'radio',
        label: tx('questions.systemicRiskEuBusinessUsers_label'),
        shortLabel: tx('questions.systemicRiskEuBusinessUsers_shortLabel'),
        hint: tx('questions.systemicRiskEuBusinessUsers_hint'),
        options: EU_BUSINESS_USERS_OPTIONS,
        requiredMessage: tx('questions.systemicRiskEuBusinessUsers_requiredMessage'),
        visible: reachMatters,
        visibleWhen: `You may be the provider of a general-purpose model below ${WORDS.systemicRiskThresholdSup} that is not designated (R92).`,
        help: {
          text: tx('questions.systemicRiskEuBusinessUsers_help'),
          rules: ['R38', 'R92'],
          citations: [annex('XIII'), art('51(1)(b)'), art('52(4)')],
        },
      },
    ],
  },
  {
    id: 'contest',
    title: tx('questions.screen_contest_title'),
    intro: tx('questions.screen_contest_intro'),
    visible: showContest,
    shownWhen: 'When the systemic-risk presumption holds and you contested it.',
    questions: [
      yesNo(
        'systemicRisk.contestWithNotification',
        tx('questions.systemicRiskContestWithNotification_label'),
        tx('questions.systemicRiskContestWithNotification_shortLabel'),
        {
          requiredMessage: tx('questions.systemicRiskContestWithNotification_requiredMessage'),
          visible: contestMade,
          visibleWhen: 'A contest was made.',
          help: {
            text: tx('questions.systemicRiskContestWithNotification_help'),
            rules: ['R37'],
            citations: [art('52(2)'), gl('§2.3.3')],
          },
        },
      ),
      {
        id: 'systemicRisk.contestDecisionDate',
        kind: 'date',
        monthReading: 'last',
        label: tx('questions.systemicRiskContestDecisionDate_label'),
        shortLabel: tx('questions.systemicRiskContestDecisionDate_shortLabel'),
        hint: tx('questions.systemicRiskContestDecisionDate_hint'),
        unknownLabel: tx('common.unknown'),
        requiredMessage: tx('questions.dateRequired'),
        visible: (a) => a.systemicRisk?.contest === 'accepted',
        visibleWhen: 'The contest was accepted.',
        help: {
          text: tx('questions.systemicRiskContestDecisionDate_help'),
          rules: ['R37'],
          citations: [art('52(3)'), gl('§2.3.3')],
        },
      },
    ],
  },
  {
    id: 'licence',
    title: tx('questions.screen_licence_title'),
    intro: tx('questions.screen_licence_intro'),
    visible: showLicence,
    shownWhen:
      'Only where the open-source exemption can matter: a possible provider of a general-purpose model without certain systemic risk, whose weights may be public.',
    questions: [
      yesNo('licence.access', tx('questions.licenceAccess_label'), tx('questions.licenceAccess_shortLabel'), {
        hint: tx('questions.licenceAccess_hint'),
        requiredMessage: tx('questions.licenceAccess_requiredMessage'),
        help: {
          text: tx('questions.licenceAccess_help'),
          rules: ['R48', 'R50'],
          citations: [art('53(2)'), rec(102), gl('§4.2.1')],
        },
      }),
      yesNo('licence.use', tx('questions.licenceUse_label'), tx('questions.licenceUse_shortLabel'), {
        hint: tx('questions.licenceUse_hint'),
        requiredMessage: tx('questions.licenceUse_requiredMessage'),
        help: {
          text: tx('questions.licenceUse_help'),
          rules: ['R50'],
          citations: [gl('§4.2.1')],
        },
      }),
      yesNo('licence.modify', tx('questions.licenceModify_label'), tx('questions.licenceModify_shortLabel'), {
        requiredMessage: tx('questions.licenceModify_requiredMessage'),
        help: {
          text: tx('questions.licenceModify_help'),
          rules: ['R50'],
          citations: [gl('§4.2.1')],
        },
      }),
      yesNo(
        'licence.distribute',
        tx('questions.licenceDistribute_label'),
        tx('questions.licenceDistribute_shortLabel'),
        {
          requiredMessage: tx('questions.licenceDistribute_requiredMessage'),
          help: {
            text: tx('questions.licenceDistribute_help'),
            rules: ['R50'],
            citations: [gl('§4.2.1')],
          },
        },
      ),
    ],
  },
  {
    id: 'licence-terms',
    title: tx('questions.screen_licenceTerms_title'),
    intro: tx('questions.screen_licenceTerms_intro'),
    visible: showLicence,
    shownWhen: 'With the licence questions.',
    questions: [
      {
        id: 'licence.name',
        kind: 'text',
        label: tx('questions.licenceName_label'),
        shortLabel: tx('questions.licenceName_shortLabel'),
        hint: tx('questions.licenceName_hint'),
        requiredMessage: tx('questions.licenceName_requiredMessage'),
        help: {
          text: tx('questions.licenceName_help'),
          rules: ['R48', 'R50', 'E14'],
          citations: [gl('§4.2.1'), rec(104)],
        },
      },
      {
        id: 'licence.restrictions',
        kind: 'checkboxes',
        label: tx('questions.licenceRestrictions_label'),
        shortLabel: tx('questions.licenceRestrictions_shortLabel'),
        hint: tx('questions.selectAllThatApply'),
        options: RESTRICTION_OPTIONS,
        requiredMessage: tx('questions.licenceRestrictions_requiredMessage'),
        help: {
          text: tx('questions.licenceRestrictions_help'),
          rules: ['R51', 'R52', 'E15'],
          citations: [gl('§4.2.1')],
        },
      },
    ],
  },
  {
    id: 'monetisation',
    title: tx('questions.screen_monetisation_title'),
    intro: tx('questions.screen_monetisation_intro'),
    visible: showLicence,
    shownWhen: 'With the licence questions.',
    questions: [
      {
        id: 'licence.monetisation',
        kind: 'checkboxes',
        label: tx('questions.licenceMonetisation_label'),
        shortLabel: tx('questions.licenceMonetisation_shortLabel'),
        hint: tx('questions.selectAllThatApply'),
        options: MONETISATION_OPTIONS,
        requiredMessage: tx('questions.licenceMonetisation_requiredMessage'),
        help: {
          text: tx('questions.licenceMonetisation_help'),
          rules: ['R53', 'R54'],
          citations: [rec(103), gl('§4.2.2')],
        },
      },
      yesNo(
        'licence.microenterpriseDeal',
        tx('questions.licenceMicroenterpriseDeal_label'),
        tx('questions.licenceMicroenterpriseDeal_shortLabel'),
        {
          hint: tx('questions.licenceMicroenterpriseDeal_hint'),
          requiredMessage: tx('questions.licenceMicroenterpriseDeal_requiredMessage'),
          visible: (a) => (a.licence?.monetisation ?? []).some((m) => MONETISING.includes(m as string)),
          visibleWhen: 'The model is monetised in a way that defeats the exemption.',
          help: {
            text: tx('questions.licenceMicroenterpriseDeal_help'),
            rules: ['R54', 'E16'],
            citations: [rec(103), gl('§4.2.2')],
          },
        },
      ),
    ],
  },
  {
    id: 'openness',
    title: tx('questions.screen_openness_title'),
    intro: tx('questions.screen_openness_intro'),
    visible: showLicence,
    shownWhen: 'With the licence questions.',
    questions: [
      yesNo(
        'licence.weightsPublic',
        tx('questions.licenceWeightsPublic_label'),
        tx('questions.licenceWeightsPublic_shortLabel'),
        {
          requiredMessage: tx('questions.licenceWeightsPublic_requiredMessage'),
          help: {
            text: tx('questions.licenceWeightsPublic_help'),
            rules: ['R48', 'R55'],
            citations: [art('53(2)'), gl('§4.2.3')],
          },
        },
      ),
      yesNo(
        'licence.architecturePublic',
        tx('questions.licenceArchitecturePublic_label'),
        tx('questions.licenceArchitecturePublic_shortLabel'),
        {
          requiredMessage: tx('questions.licenceArchitecturePublic_requiredMessage'),
          help: {
            text: tx('questions.licenceArchitecturePublic_help'),
            rules: ['R48', 'R55'],
            citations: [art('53(2)'), gl('§4.2.3')],
          },
        },
      ),
      yesNo(
        'licence.usageInfoPublic',
        tx('questions.licenceUsageInfoPublic_label'),
        tx('questions.licenceUsageInfoPublic_shortLabel'),
        {
          hint: tx('questions.licenceUsageInfoPublic_hint'),
          requiredMessage: tx('questions.licenceUsageInfoPublic_requiredMessage'),
          help: {
            text: tx('questions.licenceUsageInfoPublic_help'),
            rules: ['R55'],
            citations: [art('53(2)'), gl('§4.2.3')],
          },
        },
      ),
    ],
  },
  {
    id: 'steps-taken',
    title: tx('questions.screen_stepsTaken_title'),
    intro: tx('questions.screen_stepsTaken_intro'),
    visible: showDocumentationSteps,
    shownWhen:
      'For a possible provider of a general-purpose model the open-source exemption does not cover; each question only where its obligation applies.',
    questions: [
      yesNo(
        'stepsTaken.authorisedRepresentative',
        tx('questions.stepsTakenAuthorisedRepresentative_label'),
        tx('questions.stepsTakenAuthorisedRepresentative_shortLabel'),
        {
          requiredMessage: tx('questions.stepsTakenAuthorisedRepresentative_requiredMessage'),
          visible: authorisedRepresentativeMatters,
          visibleWhen:
            'You are not established in the EU (or do not know) and the open-source exemption does not apply.',
          help: {
            text: tx('questions.stepsTakenAuthorisedRepresentative_help'),
            rules: ['R61', 'E12'],
            citations: [art('54'), gl('§3.1')],
          },
        },
      ),
      yesNo(
        'stepsTaken.technicalDocumentation',
        tx('questions.stepsTakenTechnicalDocumentation_label'),
        tx('questions.stepsTakenTechnicalDocumentation_shortLabel'),
        {
          hint: tx('questions.stepsTakenTechnicalDocumentation_hint'),
          requiredMessage: tx('questions.stepsTakenTechnicalDocumentation_requiredMessage'),
          visible: notExempt,
          visibleWhen: 'The open-source exemption does not apply.',
          help: {
            text: tx('questions.stepsTakenTechnicalDocumentation_help'),
            rules: ['R48', 'R56'],
            citations: [art('53(1)(a)'), annex('XI')],
          },
        },
      ),
      yesNo(
        'stepsTaken.downstreamInformation',
        tx('questions.stepsTakenDownstreamInformation_label'),
        tx('questions.stepsTakenDownstreamInformation_shortLabel'),
        {
          requiredMessage: tx('questions.stepsTakenDownstreamInformation_requiredMessage'),
          visible: notExempt,
          visibleWhen: 'The open-source exemption does not apply.',
          help: {
            text: tx('questions.stepsTakenDownstreamInformation_help'),
            rules: ['R48', 'R57'],
            citations: [art('53(1)(b)'), annex('XII')],
          },
        },
      ),
    ],
  },
  {
    id: 'steps-taken-copyright',
    title: tx('questions.screen_stepsTakenCopyright_title'),
    intro: tx('questions.screen_stepsTakenCopyright_intro'),
    visible: showStepsTaken,
    shownWhen: 'For a possible provider of a general-purpose model.',
    questions: [
      yesNo(
        'stepsTaken.copyrightPolicy',
        tx('questions.stepsTakenCopyrightPolicy_label'),
        tx('questions.stepsTakenCopyrightPolicy_shortLabel'),
        {
          hint: tx('questions.stepsTakenCopyrightPolicy_hint'),
          requiredMessage: tx('questions.stepsTakenCopyrightPolicy_requiredMessage'),
          help: {
            text: tx('questions.stepsTakenCopyrightPolicy_help'),
            rules: ['R49', 'R58'],
            citations: [art('53(1)(c)'), rec(106)],
          },
        },
      ),
      yesNo(
        'stepsTaken.trainingSummary',
        tx('questions.stepsTakenTrainingSummary_label'),
        tx('questions.stepsTakenTrainingSummary_shortLabel'),
        {
          requiredMessage: tx('questions.stepsTakenTrainingSummary_requiredMessage'),
          help: {
            text: tx('questions.stepsTakenTrainingSummary_help'),
            rules: ['R49', 'R59', 'R77'],
            citations: [art('53(1)(d)'), tpl()],
          },
        },
      ),
    ],
  },
  {
    id: 'code-of-practice',
    title: tx('questions.screen_codeOfPractice_title'),
    intro: tx('questions.screen_codeOfPractice_intro'),
    visible: showCodeOfPractice,
    shownWhen: 'Only for a possible provider of a general-purpose model.',
    questions: [
      {
        id: 'codeOfPractice',
        kind: 'radio',
        label: tx('questions.codeOfPractice_label'),
        shortLabel: tx('questions.codeOfPractice_shortLabel'),
        options: CODE_OF_PRACTICE_OPTIONS,
        requiredMessage: tx('questions.codeOfPractice_requiredMessage'),
        help: {
          text: tx('questions.codeOfPractice_help'),
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
