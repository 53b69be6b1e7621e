/**
 * Answer values in plain words, for decisive answers, the trace and open questions. Never show raw keys.
 */
import type { Answers, Channel, OutputModality, Role, YesNoUnknown } from './answers';
import { formatFlop } from './compute';
import { formatDate } from './dates';
import {
  CHANNEL_OPTIONS,
  COMMERCIAL_OPTIONS,
  CONSORTIUM_ROLE_OPTIONS,
  CONTEST_OPTIONS,
  EU_AVAILABILITY_OPTIONS,
  EU_BUSINESS_USERS_OPTIONS,
  INTERNAL_USE_LOCATION_OPTIONS,
  LIFECYCLE_OPTIONS,
  METHOD_OPTIONS,
  MODALITY_OPTIONS,
  NAME_ON_MODEL_OPTIONS,
  PLACING_INTENTION_OPTIONS,
  ROLE_OPTIONS,
  SINGLE_TASK_OPTIONS,
  TASK_OPTIONS,
} from './questionnaire/options';

/** Option value → its label, as the questionnaire shows it: the report words answers as the check page does. */
function labels<T extends string>(options: readonly { value: string; label: string }[]): Record<T, string> {
  return Object.fromEntries(options.map((o) => [o.value, o.label])) as Record<T, string>;
}

export const ROLE_WORDS = labels<Role>(ROLE_OPTIONS);
export const MODALITY_WORDS = labels<OutputModality>(MODALITY_OPTIONS);
export const CHANNEL_WORDS = labels<Channel>(CHANNEL_OPTIONS);
export const EU_AVAILABILITY_WORDS =
  labels<NonNullable<Answers['placing']>['euAvailability']>(EU_AVAILABILITY_OPTIONS);
export const CONTEST_WORDS = labels<NonNullable<Answers['systemicRisk']>['contest']>(CONTEST_OPTIONS);
export const METHOD_WORDS = labels<NonNullable<Answers['compute']>['method']>(METHOD_OPTIONS);
type Placing = NonNullable<Answers['placing']>;
type Generality = NonNullable<Answers['generalityFacts']>;
export const CONSORTIUM_ROLE_WORDS = labels<NonNullable<Answers['consortiumRole']>>(CONSORTIUM_ROLE_OPTIONS);
export const SINGLE_TASK_WORDS = labels<NonNullable<Generality['singleTask']>>(SINGLE_TASK_OPTIONS);
export const TASK_WORDS = labels<Exclude<Generality['tasks'], 'unknown' | undefined>[number]>(TASK_OPTIONS);
export const INTENTION_WORDS = labels<NonNullable<Placing['intention']>>(PLACING_INTENTION_OPTIONS);
export const INTERNAL_USE_LOCATION_WORDS = labels<NonNullable<Placing['internalUseLocation']>>(
  INTERNAL_USE_LOCATION_OPTIONS,
);
export const NAME_ON_MODEL_WORDS = labels<NonNullable<Placing['nameOnModel']>>(NAME_ON_MODEL_OPTIONS);
export const LIFECYCLE_WORDS = labels<NonNullable<Placing['lifecycle']>>(LIFECYCLE_OPTIONS);
export const COMMERCIAL_FACT_WORDS = labels<NonNullable<Placing['commercial']>[number]>(COMMERCIAL_OPTIONS);
export const EU_BUSINESS_USERS_WORDS =
  labels<NonNullable<NonNullable<Answers['systemicRisk']>['euBusinessUsers']>>(EU_BUSINESS_USERS_OPTIONS);

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

const SINGLE_TASK_SHORT: Record<string, string> = {
  transcription: 'speech transcription',
  textToSpeech: 'text-to-speech',
  upscaling: 'image upscaling',
  inpainting: 'image inpainting',
  gamePlaying: 'playing a game',
  physicalModelling: 'modelling weather or another physical system',
  music: 'generating music',
  soundEffects: 'generating sound effects',
  otherSingleTask: 'one other specific task',
};

/** E27: the facts about generality in one line ("7 billion parameters; … ; built for one task: …"). */
export function generalityFactsWords(g: Answers['generalityFacts']): string {
  if (!g) return "I don't know";
  const parts: string[] = [];
  if (typeof g.parameterCount === 'number') parts.push(`${formatCount(g.parameterCount)} parameters`);
  else if (g.parameterCount === 'unknown') parts.push("parameters: I don't know");
  if (g.largeBroadData) parts.push(`large, broad training data: ${yesNo(g.largeBroadData)}`);
  if (g.selfSupervised) parts.push(`self-supervised at scale: ${yesNo(g.selfSupervised)}`);
  if (Array.isArray(g.tasks))
    parts.push(`${g.tasks.length} distinct ${g.tasks.length === 1 ? 'task' : 'tasks'}`);
  else if (g.tasks === 'unknown') parts.push("tasks: I don't know");
  if (g.singleTask === 'none') parts.push('not built for one specific task');
  else if (g.singleTask === 'unknown') parts.push("built for one task: I don't know");
  else if (g.singleTask) parts.push(`built for one task: ${SINGLE_TASK_SHORT[g.singleTask]}`);
  return parts.length === 0 ? "I don't know" : parts.join('; ');
}

/** 7e9 → "7 billion"; 1.3e11 → "130 billion"; small counts as digits. */
export function formatCount(n: number): string {
  if (n >= 1e12) return `${Number((n / 1e12).toPrecision(3))} trillion`;
  if (n >= 1e9) return `${Number((n / 1e9).toPrecision(3))} billion`;
  if (n >= 1e6) return `${Number((n / 1e6).toPrecision(3))} million`;
  return n.toLocaleString('en-GB');
}
