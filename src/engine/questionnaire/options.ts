/**
 * Option labels for every enum of the answers schema, in plain words. Unit tests check that each enum member
 * has a label, so a value added to the schema cannot reach the check page as a raw key. Labels state facts,
 * never a legal judgement (PRODUCT.md principles 1 and 8; rules revision 2, E27, E30).
 */
import type { Option } from './types';

export const YES_NO_UNKNOWN: Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unknown', label: "I don't know" },
];

export const ROLE_OPTIONS: Option[] = [
  { value: 'developer', label: 'We trained the model ourselves' },
  {
    value: 'commissioned',
    label: 'We had the model trained for us by someone else',
    hint: 'For example, a contractor trained it to our specification and we release it under our name.',
  },
  {
    value: 'consortium',
    label: 'We develop the model together with other organisations, in a consortium',
    hint: 'For example, a publicly funded research or industry consortium with a coordinator.',
  },
  {
    value: 'modifier',
    label: "We modify someone else's model",
    hint: 'For example, fine-tuning, continued training, distillation, merging or quantisation of a model another organisation trained.',
  },
  {
    value: 'integrator',
    label: "We only use someone else's model, unchanged, in our own product or AI system",
    hint: 'Through an API, or by running its unmodified weights.',
  },
  {
    value: 'host',
    label: "We host or list other people's models",
    hint: 'For example, a model hub or a cloud marketplace where others upload their models.',
  },
  {
    value: 'hobbyist',
    label: 'I am an individual, not acting on behalf of a company or other organisation',
    hint: 'We ask later whether you charge for the model or run it as a business: those facts decide, not this description.',
  },
  {
    value: 'research',
    label: 'We are a research lab, university or research institute that trained it',
    hint: 'We ask later about any price, business or regular supply: those facts decide, not this description.',
  },
];

export const CONSORTIUM_ROLE_OPTIONS: Option[] = [
  { value: 'coordinator', label: 'We coordinate the consortium' },
  { value: 'member', label: 'We are a member, but not the coordinator' },
  { value: 'unknown', label: "I don't know" },
];

export const MODALITY_OPTIONS: Option[] = [
  { value: 'text', label: 'Text, including code' },
  { value: 'speech', label: 'Speech (audio that contains spoken words)' },
  { value: 'otherAudio', label: 'Other audio without speech, such as music or sound effects' },
  { value: 'image', label: 'Images generated from text prompts (text-to-image)' },
  {
    value: 'imageEdit',
    label: 'Images made only from other images (image-to-image)',
    hint: 'For example, upscaling, inpainting or editing a picture it is given.',
  },
  { value: 'video', label: 'Video generated from text prompts (text-to-video)' },
  {
    value: 'other',
    label: 'Something else',
    hint: 'For example, actions in a game or robot, weather fields, protein structures, or class labels.',
  },
  { value: 'unknown', label: "I don't know", exclusive: true },
];

/** E27, R10: the Commission's examples of models built for one narrow task. */
export const SINGLE_TASK_OPTIONS: Option[] = [
  { value: 'none', label: 'No, it was not designed for one specific task' },
  { value: 'transcription', label: 'Yes: speech transcription' },
  { value: 'textToSpeech', label: 'Yes: text-to-speech' },
  { value: 'upscaling', label: 'Yes: image upscaling' },
  { value: 'inpainting', label: 'Yes: image inpainting' },
  { value: 'gamePlaying', label: 'Yes: playing chess or video games' },
  { value: 'physicalModelling', label: 'Yes: modelling weather or other physical systems' },
  { value: 'music', label: 'Yes: generating music from prompts, including lyrics' },
  { value: 'soundEffects', label: 'Yes: generating sound effects' },
  { value: 'otherSingleTask', label: 'Yes: another single, specific task' },
  { value: 'unknown', label: "I don't know" },
];

/** E27, R1: distinct tasks the model performs competently or was evaluated on. */
export const TASK_OPTIONS: Option[] = [
  { value: 'conversation', label: 'Holding a conversation and following instructions (chat)' },
  { value: 'writing', label: 'Writing and editing text' },
  { value: 'summarisation', label: 'Summarising documents' },
  { value: 'translation', label: 'Translating between languages' },
  { value: 'code', label: 'Writing or explaining code' },
  { value: 'questionAnswering', label: 'Answering questions on many topics' },
  { value: 'reasoning', label: 'Maths, planning or other multi-step reasoning' },
  { value: 'extraction', label: 'Classifying text or extracting information from it' },
  { value: 'imageGeneration', label: 'Generating images' },
  { value: 'imageUnderstanding', label: 'Describing images or answering questions about them' },
  { value: 'speechTasks', label: 'Recognising or producing speech, among other tasks' },
  { value: 'toolUse', label: 'Calling tools or APIs to carry out tasks (as an agent)' },
  { value: 'none', label: 'None of these', exclusive: true },
  { value: 'unknown', label: "I don't know", exclusive: true },
];

export const CHANNEL_OPTIONS: Option[] = [
  { value: 'api', label: 'Through an API' },
  { value: 'package', label: 'As a software library or package that includes the weights' },
  {
    value: 'hub',
    label: 'As a public download of the weights',
    hint: 'A model hub or repository (for example Hugging Face), or your own website.',
  },
  { value: 'physicalCopy', label: 'On a physical copy, such as a drive' },
  { value: 'cloud', label: 'Through a cloud computing service or marketplace' },
  { value: 'customerInfrastructure', label: "Installed on customers' own infrastructure" },
  {
    value: 'downstreamSupply',
    label: 'Supplied to another company that builds it into its own AI system',
    hint: 'For example, under a licence or supply agreement with a company that integrates it.',
  },
  {
    value: 'ownApp',
    label: 'Built into our own chatbot, app or AI system that others use',
  },
  {
    value: 'internalEssential',
    label: 'Used in our own processes that a product or service we provide to others depends on',
  },
  {
    value: 'internalAffectsPeople',
    label: 'Used internally to make or support decisions about people — staff, applicants or customers',
  },
  {
    value: 'internalOnly',
    label: 'Used only in other internal processes',
    hint: 'No product or service for others depends on this use, and it makes no decisions about people.',
  },
  { value: 'researchPartners', label: 'Shared only with research partners, solely for research' },
  {
    value: 'notYet',
    label: 'Not made available to anyone yet',
    hint: 'For example, still being trained, researched or developed.',
    exclusive: true,
  },
];

export const INTERNAL_USE_LOCATION_OPTIONS: Option[] = [
  { value: 'eu', label: 'In the EU' },
  { value: 'outsideEu', label: 'Only outside the EU' },
  { value: 'both', label: 'Both in and outside the EU' },
  { value: 'unknown', label: "I don't know" },
];

export const PLACING_INTENTION_OPTIONS: Option[] = [
  {
    value: 'yes',
    label: 'Yes, we mean to make it available in the EU',
    hint: 'Whether or not a date is set.',
  },
  {
    value: 'no',
    label: 'No, it is only for research, development or prototyping',
    hint: 'There is no plan to make it available on the EU market.',
  },
  { value: 'undecided', label: 'Not decided yet' },
];

export const EU_AVAILABILITY_OPTIONS: Option[] = [
  { value: 'direct', label: 'Yes — people or organisations in the EU can get or use it from us' },
  {
    value: 'viaDownstream',
    label: 'Only through others who build it into systems used in the EU',
  },
  { value: 'none', label: 'No — it is not available in the EU at all' },
  { value: 'unknown', label: "I don't know" },
];

/** All values; builders see the list without "the original provider's" (a question variant). */
export const NAME_ON_MODEL_OPTIONS: Option[] = [
  { value: 'own', label: 'Our own name or trademark' },
  {
    value: 'client',
    label: "A client's name or trademark",
    hint: 'We make it for a client, who makes it available as its own model.',
  },
  {
    value: 'originalProvider',
    label: "The original provider's name or trademark",
    hint: 'The modified model is offered as the original provider’s model.',
  },
  { value: 'unknown', label: "I don't know" },
];

export const LIFECYCLE_OPTIONS: Option[] = [
  { value: 'newModel', label: 'A new model, from its own large pre-training run' },
  {
    value: 'laterVersion',
    label: 'A later version of a model we already made available',
    hint: 'Built on the same pre-training run — for example further trained, fine-tuned or updated by us.',
  },
  { value: 'unknown', label: "I don't know" },
];

export const COMMERCIAL_OPTIONS: Option[] = [
  { value: 'price', label: 'A price, subscription or licence fee' },
  {
    value: 'otherMonetisation',
    label: 'Other income tied to it, such as advertising, paid tiers or paid support needed to use it',
  },
  { value: 'apiOrAppBusiness', label: 'An API or app built on it, offered to others as a business' },
  { value: 'regularSupply', label: 'Supplying it to others regularly, not as a one-off' },
  { value: 'none', label: 'None of these', exclusive: true },
];

export const RESTRICTION_OPTIONS: Option[] = [
  { value: 'nonCommercial', label: 'Non-commercial or research-only use' },
  { value: 'userCap', label: 'Limits that start above a number of users (for example monthly active users)' },
  { value: 'separateCommercialLicence', label: 'A separate commercial licence is needed for some uses' },
  { value: 'noDistribution', label: 'Redistribution is not allowed' },
  {
    value: 'safetyClauses',
    label:
      'Restrictions only on uses that pose significant risks to public safety, security or fundamental rights, applied equally to everyone',
  },
  { value: 'attributionShareAlike', label: 'Attribution or share-alike conditions' },
  { value: 'none', label: 'None of these', exclusive: true },
];

export const MONETISATION_OPTIONS: Option[] = [
  { value: 'price', label: 'A price for the model or its weights' },
  { value: 'dualLicence', label: 'Dual licensing (free for some, paid for commercial use or above a scale)' },
  {
    value: 'requiredPaidSupport',
    label: 'Paid support, services or a runtime without which the model does not work or cannot be accessed',
  },
  {
    value: 'exclusivePaidHosting',
    label: 'Hosted only on our own platform, which requires payment or is funded by advertising',
  },
  { value: 'personalData', label: 'Users must hand over personal data to get or use it' },
  {
    value: 'optionalPaidServices',
    label: 'Optional paid extras that free use does not depend on',
  },
  { value: 'none', label: 'None of these', exclusive: true },
];

export const CONTEST_OPTIONS: Option[] = [
  { value: 'none', label: 'No, we have not contested it' },
  { value: 'pending', label: 'Yes — the Commission has not decided yet' },
  { value: 'accepted', label: 'Yes — the Commission accepted our arguments' },
  { value: 'rejected', label: 'Yes — the Commission rejected our arguments' },
  { value: 'unknown', label: "I don't know" },
];

export const EU_BUSINESS_USERS_OPTIONS: Option[] = [
  { value: 'atLeast10000', label: '10 000 or more' },
  { value: 'fewer', label: 'Fewer than 10 000' },
  { value: 'unknown', label: "I don't know" },
];

export const CODE_OF_PRACTICE_OPTIONS: Option[] = [
  { value: 'full', label: 'Yes, all chapters that apply to us' },
  { value: 'partial', label: 'Only some chapters' },
  { value: 'none', label: 'No' },
  { value: 'unknown', label: "I don't know" },
];

export const METHOD_OPTIONS: Option[] = [
  { value: 'measured', label: 'Measured or logged during training' },
  { value: 'hardware', label: 'Estimated from the hardware used (units × time × peak speed × utilisation)' },
  { value: 'architecture', label: 'Estimated from the architecture (6 × parameters × training tokens)' },
  { value: 'unknown', label: 'Not sure' },
];
