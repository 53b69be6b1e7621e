/**
 * Answer values in plain words, for decisive answers, the trace and open questions. Never show raw keys.
 */
import type { Answers, Channel, OutputModality, Role, YesNoUnknown } from './answers';
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
import { dateParam, flopParam, listParam, type Param, type Text, tx } from './text';

/** Option value → its label, as the questionnaire shows it: the report words answers as the check page does. */
function labels<T extends string>(options: readonly { value: string; label: Text }[]): Record<T, Text> {
  return Object.fromEntries(options.map((o) => [o.value, o.label])) as Record<T, Text>;
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

const YES = tx('common.yes');
const NO = tx('common.no');
const UNKNOWN = tx('common.unknown');

/** Any parameter as a text of its own: a date, a FLOP figure or a list where a whole answer is expected. */
export function valueText(value: Param): Text {
  return tx('common.value', { value });
}

export function yesNo(value: YesNoUnknown | undefined): Text {
  if (value === 'yes') return YES;
  if (value === 'no') return NO;
  return UNKNOWN;
}

export function flopWords(value: number | 'unknown' | undefined): Text {
  if (value === undefined || value === 'unknown') return UNKNOWN;
  return valueText(flopParam(value));
}

export function dateWords(value: string | undefined): Text {
  if (value === undefined) return tx('common.notGiven');
  if (value === 'unknown') return UNKNOWN;
  return valueText(dateParam(value));
}

export function listWords<T extends string>(values: readonly T[], words: Record<T, Text>): Text {
  return values.length === 0
    ? tx('common.none')
    : valueText(
        listParam(
          values.map((v) => words[v]),
          'semicolon',
        ),
      );
}

const SINGLE_TASK_SHORT: Record<string, Text> = {
  transcription: tx('words.task_transcription'),
  textToSpeech: tx('words.task_textToSpeech'),
  upscaling: tx('words.task_upscaling'),
  inpainting: tx('words.task_inpainting'),
  gamePlaying: tx('words.task_gamePlaying'),
  physicalModelling: tx('words.task_physicalModelling'),
  music: tx('words.task_music'),
  soundEffects: tx('words.task_soundEffects'),
  otherSingleTask: tx('words.task_otherSingleTask'),
};

/** E27: the facts about generality in one line ("7 billion parameters; … ; built for one task: …"). */
export function generalityFactsWords(g: Answers['generalityFacts']): Text {
  if (!g) return UNKNOWN;
  const parts: Text[] = [];
  if (typeof g.parameterCount === 'number')
    parts.push(
      tx('words.parameters', {
        count: countWords(g.parameterCount),
        // French writes "8 milliards de paramètres" but "950 000 paramètres".
        scale: g.parameterCount >= 1e6 ? 'large' : 'small',
      }),
    );
  else if (g.parameterCount === 'unknown') parts.push(tx('words.parametersUnknown'));
  if (g.largeBroadData) parts.push(tx('words.largeBroadData', { answer: yesNo(g.largeBroadData) }));
  if (g.selfSupervised) parts.push(tx('words.selfSupervised', { answer: yesNo(g.selfSupervised) }));
  if (Array.isArray(g.tasks)) parts.push(tx('words.distinctTasks', { count: g.tasks.length }));
  else if (g.tasks === 'unknown') parts.push(tx('words.tasksUnknown'));
  if (g.singleTask === 'none') parts.push(tx('words.notSingleTask'));
  else if (g.singleTask === 'unknown') parts.push(tx('words.singleTaskUnknown'));
  else if (g.singleTask)
    parts.push(tx('words.singleTask', { task: SINGLE_TASK_SHORT[g.singleTask] as Text }));
  return parts.length === 0 ? UNKNOWN : valueText(listParam(parts, 'semicolon'));
}

const SCALES = [
  [1e6, 'words.million'],
  [1e9, 'words.billion'],
  [1e12, 'words.trillion'],
] as const;

/**
 * 7e9 → "7 billion"; 1.3e11 → "130 billion"; small counts as digits. A figure that rounds up to 1000 of its
 * unit is written in the next one (999 999 999 → "1 billion", not "1000 million", which the languages would
 * write "1,000" / "1.000" / "1 000").
 */
export function countWords(n: number): Text {
  for (let i = SCALES.length - 1; i >= 0; i--) {
    const [size, msg] = SCALES[i] as (typeof SCALES)[number];
    if (n < size) continue;
    const value = Number((n / size).toPrecision(3));
    const next = SCALES[i + 1];
    if (value >= 1000 && next) return tx(next[1], { n: Number((n / next[0]).toPrecision(3)) });
    return tx(msg, { n: value });
  }
  return tx('common.number', { n });
}
