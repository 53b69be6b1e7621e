/**
 * Answer values in plain words, for decisive answers, the trace and open questions. Never show raw keys.
 */
import type { Channel, OutputModality, Role, YesNoUnknown } from './answers';
import { formatFlop } from './compute';
import { formatDate } from './dates';

export const ROLE_WORDS: Record<Role, string> = {
  developer: 'We trained the model ourselves',
  commissioned: 'We had the model trained for us by someone else',
  modifier: "We modify or fine-tune someone else's model",
  integrator: 'We only use a third-party model (via an API or unmodified weights) in our own system',
  host: "We host other people's models (hub, cloud marketplace)",
  hobbyist: 'I am a private individual working on it as a hobby',
  research: 'We are a research lab or institution',
};

export const MODALITY_WORDS: Record<OutputModality, string> = {
  text: 'Text (including code)',
  audio: 'Speech or audio',
  image: 'Images from text (text-to-image)',
  video: 'Video from text (text-to-video)',
  other: 'Other outputs (actions, weather fields, protein structures…)',
};

export const CHANNEL_WORDS: Record<Channel, string> = {
  api: 'Through an API',
  package: 'As a software library or package',
  hub: 'Weights for download from a public hub or repository',
  physicalCopy: 'As a physical copy',
  cloud: 'Through a cloud computing service',
  customerInfrastructure: "Copied onto customers' own infrastructure",
  ownApp: 'Built into our own chatbot, app or AI system',
  internalEssential: 'Internal use essential to a service for others, or affecting people’s rights',
  internalOnly: 'Purely internal use',
  researchPartners: 'Shared only with research partners, solely for research',
  notYet: 'Not made available yet (research or development only)',
};

export function yesNo(value: YesNoUnknown | undefined): string {
  if (value === 'yes') return 'Yes';
  if (value === 'no') return 'No';
  return "I don't know";
}

export function flopWords(value: number | 'unknown' | undefined): string {
  if (value === undefined || value === 'unknown') return "I don't know";
  return formatFlop(value);
}

export function dateWords(value: string | undefined): string {
  if (value === undefined) return 'Not given';
  if (value === 'unknown') return "I don't know";
  return formatDate(value);
}

export function listWords<T extends string>(values: readonly T[], words: Record<T, string>): string {
  return values.length === 0 ? 'None' : values.map((v) => words[v]).join('; ');
}
