/**
 * Option labels for every enum of the answers schema, in plain words. Unit tests check that each enum member
 * has a label, so a value added to the schema cannot reach the check page as a raw key.
 */
export const YES_NO_UNKNOWN = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unknown', label: "I don't know" },
];

export const ROLE_OPTIONS = [
  { value: 'developer', label: 'We trained the model ourselves' },
  {
    value: 'commissioned',
    label: 'We had the model trained for us by someone else',
    hint: 'For example, a contractor trained it to our specification and we release it under our name.',
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
    label: 'I am an individual working on it in a personal, non-professional capacity',
  },
  {
    value: 'research',
    label: 'We are a research lab, university or research institute that trained it',
  },
];

export const MODALITY_OPTIONS = [
  { value: 'text', label: 'Text, including code' },
  { value: 'audio', label: 'Speech or other audio' },
  { value: 'image', label: 'Images generated from text prompts (text-to-image)' },
  { value: 'video', label: 'Video generated from text prompts (text-to-video)' },
  {
    value: 'other',
    label: 'Something else',
    hint: 'For example, actions in a game or robot, weather fields, protein structures, or class labels.',
  },
  { value: 'unknown', label: "I don't know", exclusive: true },
];

export const GENERALITY_OPTIONS = [
  {
    value: 'broad',
    label: 'It can competently do a wide range of distinct tasks',
    hint: 'For example, a chat or foundation model that writes, summarises, translates, answers questions and codes.',
  },
  {
    value: 'narrow',
    label: 'It does one narrow task, or a narrow family of tasks',
    hint: 'See the Commission’s examples above.',
  },
  { value: 'unknown', label: "I don't know" },
];

export const CHANNEL_OPTIONS = [
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
    value: 'ownApp',
    label: 'Built into our own chatbot, app or AI system that others use',
  },
  {
    value: 'internalEssential',
    label:
      "Used internally, in a way that is essential to a product or service for others, or that affects people's rights",
  },
  {
    value: 'internalOnly',
    label: 'Used only for our own internal processes',
    hint: "Not essential to any product or service for others, and with no effect on people's rights.",
  },
  { value: 'researchPartners', label: 'Shared only with research partners, solely for research' },
  {
    value: 'notYet',
    label: 'Not made available yet — still in research or development',
    exclusive: true,
  },
];

export const EU_AVAILABILITY_OPTIONS = [
  { value: 'direct', label: 'Yes — people or organisations in the EU can get or use it from us' },
  {
    value: 'viaDownstream',
    label: 'Only through others who build it into systems used in the EU',
  },
  { value: 'none', label: 'No — it is not available in the EU at all' },
  { value: 'unknown', label: "I don't know" },
];

export const RESTRICTION_OPTIONS = [
  { value: 'nonCommercial', label: 'Non-commercial or research-only use' },
  { value: 'userCap', label: 'Limits that start above a number of users (for example monthly active users)' },
  { value: 'separateCommercialLicence', label: 'A separate commercial licence is needed for some uses' },
  { value: 'noDistribution', label: 'Redistribution is not allowed' },
  {
    value: 'safetyClauses',
    label: 'Proportionate safety-based restrictions (acceptable-use rules against serious harm)',
  },
  { value: 'attributionShareAlike', label: 'Attribution or share-alike conditions' },
  { value: 'none', label: 'None of these', exclusive: true },
];

export const MONETISATION_OPTIONS = [
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

export const CONTEST_OPTIONS = [
  { value: 'none', label: 'No, we have not contested it' },
  { value: 'pending', label: 'Yes — the Commission has not decided yet' },
  { value: 'accepted', label: 'Yes — the Commission accepted our arguments' },
  { value: 'rejected', label: 'Yes — the Commission rejected our arguments' },
];

export const CODE_OF_PRACTICE_OPTIONS = [
  { value: 'full', label: 'Yes, all chapters that apply to us' },
  { value: 'partial', label: 'Only some chapters' },
  { value: 'none', label: 'No' },
  { value: 'unknown', label: "I don't know" },
];

export const METHOD_OPTIONS = [
  { value: 'measured', label: 'Measured or logged during training' },
  { value: 'hardware', label: 'Estimated from the hardware used (units × time × peak speed × utilisation)' },
  { value: 'architecture', label: 'Estimated from the architecture (6 × parameters × training tokens)' },
  { value: 'unknown', label: 'Not sure' },
];
