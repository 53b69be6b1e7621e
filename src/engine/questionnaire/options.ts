/**
 * Option labels for every enum of the answers schema, in plain words. Unit tests check that each enum member
 * has a label, so a value added to the schema cannot reach the check page as a raw key. Labels state facts,
 * never a legal judgement (PRODUCT.md principles 1 and 8; rules revision 2, E27, E30).
 */
import { tx } from '../text';
import type { Option } from './types';

export const YES_NO_UNKNOWN: Option[] = [
  { value: 'yes', label: tx('options.yesNoUnknown_yes') },
  { value: 'no', label: tx('options.yesNoUnknown_no') },
  { value: 'unknown', label: tx('options.yesNoUnknown_unknown') },
];

export const ROLE_OPTIONS: Option[] = [
  { value: 'developer', label: tx('options.role_developer') },
  {
    value: 'commissioned',
    label: tx('options.role_commissioned'),
    hint: tx('options.role_commissioned_hint'),
  },
  {
    value: 'consortium',
    label: tx('options.role_consortium'),
    hint: tx('options.role_consortium_hint'),
  },
  {
    value: 'modifier',
    label: tx('options.role_modifier'),
    hint: tx('options.role_modifier_hint'),
  },
  {
    value: 'integrator',
    label: tx('options.role_integrator'),
    hint: tx('options.role_integrator_hint'),
  },
  {
    value: 'host',
    label: tx('options.role_host'),
    hint: tx('options.role_host_hint'),
  },
  {
    value: 'hobbyist',
    label: tx('options.role_hobbyist'),
    hint: tx('options.role_hobbyist_hint'),
  },
  {
    value: 'research',
    label: tx('options.role_research'),
    hint: tx('options.role_research_hint'),
  },
];

export const CONSORTIUM_ROLE_OPTIONS: Option[] = [
  { value: 'coordinator', label: tx('options.consortiumRole_coordinator') },
  { value: 'member', label: tx('options.consortiumRole_member') },
  { value: 'unknown', label: tx('options.consortiumRole_unknown') },
];

export const MODALITY_OPTIONS: Option[] = [
  { value: 'text', label: tx('options.modality_text') },
  { value: 'speech', label: tx('options.modality_speech') },
  { value: 'otherAudio', label: tx('options.modality_otherAudio') },
  { value: 'image', label: tx('options.modality_image') },
  {
    value: 'imageEdit',
    label: tx('options.modality_imageEdit'),
    hint: tx('options.modality_imageEdit_hint'),
  },
  { value: 'video', label: tx('options.modality_video') },
  {
    value: 'other',
    label: tx('options.modality_other'),
    hint: tx('options.modality_other_hint'),
  },
  { value: 'unknown', label: tx('options.modality_unknown'), exclusive: true },
];

/** E27, R10: the Commission's examples of models built for one narrow task. */
export const SINGLE_TASK_OPTIONS: Option[] = [
  { value: 'none', label: tx('options.singleTask_none') },
  { value: 'transcription', label: tx('options.singleTask_transcription') },
  { value: 'textToSpeech', label: tx('options.singleTask_textToSpeech') },
  { value: 'upscaling', label: tx('options.singleTask_upscaling') },
  { value: 'inpainting', label: tx('options.singleTask_inpainting') },
  { value: 'gamePlaying', label: tx('options.singleTask_gamePlaying') },
  { value: 'physicalModelling', label: tx('options.singleTask_physicalModelling') },
  { value: 'music', label: tx('options.singleTask_music') },
  { value: 'soundEffects', label: tx('options.singleTask_soundEffects') },
  { value: 'otherSingleTask', label: tx('options.singleTask_otherSingleTask') },
  { value: 'unknown', label: tx('options.singleTask_unknown') },
];

/** E27, R1: distinct tasks the model performs competently or was evaluated on. */
export const TASK_OPTIONS: Option[] = [
  { value: 'conversation', label: tx('options.task_conversation') },
  { value: 'writing', label: tx('options.task_writing') },
  { value: 'summarisation', label: tx('options.task_summarisation') },
  { value: 'translation', label: tx('options.task_translation') },
  { value: 'code', label: tx('options.task_code') },
  { value: 'questionAnswering', label: tx('options.task_questionAnswering') },
  { value: 'reasoning', label: tx('options.task_reasoning') },
  { value: 'extraction', label: tx('options.task_extraction') },
  { value: 'imageGeneration', label: tx('options.task_imageGeneration') },
  { value: 'imageUnderstanding', label: tx('options.task_imageUnderstanding') },
  { value: 'speechTasks', label: tx('options.task_speechTasks') },
  { value: 'toolUse', label: tx('options.task_toolUse') },
  { value: 'none', label: tx('options.task_none'), exclusive: true },
  { value: 'unknown', label: tx('options.task_unknown'), exclusive: true },
];

export const CHANNEL_OPTIONS: Option[] = [
  { value: 'api', label: tx('options.channel_api') },
  { value: 'package', label: tx('options.channel_package') },
  {
    value: 'hub',
    label: tx('options.channel_hub'),
    hint: tx('options.channel_hub_hint'),
  },
  { value: 'physicalCopy', label: tx('options.channel_physicalCopy') },
  { value: 'cloud', label: tx('options.channel_cloud') },
  { value: 'customerInfrastructure', label: tx('options.channel_customerInfrastructure') },
  {
    value: 'downstreamSupply',
    label: tx('options.channel_downstreamSupply'),
    hint: tx('options.channel_downstreamSupply_hint'),
  },
  {
    value: 'ownApp',
    label: tx('options.channel_ownApp'),
  },
  {
    value: 'internalEssential',
    label: tx('options.channel_internalEssential'),
  },
  {
    value: 'internalAffectsPeople',
    label: tx('options.channel_internalAffectsPeople'),
  },
  {
    value: 'internalOnly',
    label: tx('options.channel_internalOnly'),
    hint: tx('options.channel_internalOnly_hint'),
  },
  { value: 'researchPartners', label: tx('options.channel_researchPartners') },
  {
    value: 'notYet',
    label: tx('options.channel_notYet'),
    hint: tx('options.channel_notYet_hint'),
    exclusive: true,
  },
];

export const INTERNAL_USE_LOCATION_OPTIONS: Option[] = [
  { value: 'eu', label: tx('options.internalUseLocation_eu') },
  { value: 'outsideEu', label: tx('options.internalUseLocation_outsideEu') },
  { value: 'both', label: tx('options.internalUseLocation_both') },
  { value: 'unknown', label: tx('options.internalUseLocation_unknown') },
];

export const PLACING_INTENTION_OPTIONS: Option[] = [
  {
    value: 'yes',
    label: tx('options.placingIntention_yes'),
    hint: tx('options.placingIntention_yes_hint'),
  },
  {
    value: 'no',
    label: tx('options.placingIntention_no'),
    hint: tx('options.placingIntention_no_hint'),
  },
  { value: 'undecided', label: tx('options.placingIntention_undecided') },
];

export const EU_AVAILABILITY_OPTIONS: Option[] = [
  { value: 'direct', label: tx('options.euAvailability_direct') },
  {
    value: 'viaDownstream',
    label: tx('options.euAvailability_viaDownstream'),
  },
  { value: 'none', label: tx('options.euAvailability_none') },
  { value: 'unknown', label: tx('options.euAvailability_unknown') },
];

/** All values; builders see the list without "the original provider's" (a question variant). */
export const NAME_ON_MODEL_OPTIONS: Option[] = [
  { value: 'own', label: tx('options.nameOnModel_own') },
  {
    value: 'client',
    label: tx('options.nameOnModel_client'),
    hint: tx('options.nameOnModel_client_hint'),
  },
  {
    value: 'originalProvider',
    label: tx('options.nameOnModel_originalProvider'),
    hint: tx('options.nameOnModel_originalProvider_hint'),
  },
  { value: 'unknown', label: tx('options.nameOnModel_unknown') },
];

export const LIFECYCLE_OPTIONS: Option[] = [
  { value: 'newModel', label: tx('options.lifecycle_newModel') },
  {
    value: 'laterVersion',
    label: tx('options.lifecycle_laterVersion'),
    hint: tx('options.lifecycle_laterVersion_hint'),
  },
  { value: 'unknown', label: tx('options.lifecycle_unknown') },
];

export const COMMERCIAL_OPTIONS: Option[] = [
  { value: 'price', label: tx('options.commercial_price') },
  {
    value: 'otherMonetisation',
    label: tx('options.commercial_otherMonetisation'),
  },
  { value: 'apiOrAppBusiness', label: tx('options.commercial_apiOrAppBusiness') },
  { value: 'regularSupply', label: tx('options.commercial_regularSupply') },
  { value: 'none', label: tx('options.commercial_none'), exclusive: true },
];

export const RESTRICTION_OPTIONS: Option[] = [
  { value: 'nonCommercial', label: tx('options.restriction_nonCommercial') },
  { value: 'userCap', label: tx('options.restriction_userCap') },
  { value: 'separateCommercialLicence', label: tx('options.restriction_separateCommercialLicence') },
  { value: 'noDistribution', label: tx('options.restriction_noDistribution') },
  {
    value: 'safetyClauses',
    label: tx('options.restriction_safetyClauses'),
  },
  { value: 'attributionShareAlike', label: tx('options.restriction_attributionShareAlike') },
  { value: 'none', label: tx('options.restriction_none'), exclusive: true },
];

export const MONETISATION_OPTIONS: Option[] = [
  { value: 'price', label: tx('options.monetisation_price') },
  { value: 'dualLicence', label: tx('options.monetisation_dualLicence') },
  {
    value: 'requiredPaidSupport',
    label: tx('options.monetisation_requiredPaidSupport'),
  },
  {
    value: 'exclusivePaidHosting',
    label: tx('options.monetisation_exclusivePaidHosting'),
  },
  { value: 'personalData', label: tx('options.monetisation_personalData') },
  {
    value: 'optionalPaidServices',
    label: tx('options.monetisation_optionalPaidServices'),
  },
  { value: 'none', label: tx('options.monetisation_none'), exclusive: true },
];

export const CONTEST_OPTIONS: Option[] = [
  { value: 'none', label: tx('options.contest_none') },
  { value: 'pending', label: tx('options.contest_pending') },
  { value: 'accepted', label: tx('options.contest_accepted') },
  { value: 'rejected', label: tx('options.contest_rejected') },
  { value: 'unknown', label: tx('options.contest_unknown') },
];

export const EU_BUSINESS_USERS_OPTIONS: Option[] = [
  { value: 'atLeast10000', label: tx('options.euBusinessUsers_atLeast10000') },
  { value: 'fewer', label: tx('options.euBusinessUsers_fewer') },
  { value: 'unknown', label: tx('options.euBusinessUsers_unknown') },
];

export const CODE_OF_PRACTICE_OPTIONS: Option[] = [
  { value: 'full', label: tx('options.codeOfPractice_full') },
  { value: 'partial', label: tx('options.codeOfPractice_partial') },
  { value: 'none', label: tx('options.codeOfPractice_none') },
  { value: 'unknown', label: tx('options.codeOfPractice_unknown') },
];

export const METHOD_OPTIONS: Option[] = [
  { value: 'measured', label: tx('options.method_measured') },
  { value: 'hardware', label: tx('options.method_hardware') },
  { value: 'architecture', label: tx('options.method_architecture') },
  { value: 'unknown', label: tx('options.method_unknown') },
];
