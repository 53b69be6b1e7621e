/**
 * Answer values in plain words, for decisive answers, the trace and open questions. Never show raw keys.
 */
import type { Answers, Channel, OutputModality, Role, YesNoUnknown } from './answers';
import { formatFlop } from './compute';
import { formatDate } from './dates';
import {
  CHANNEL_OPTIONS,
  CONTEST_OPTIONS,
  EU_AVAILABILITY_OPTIONS,
  GENERALITY_OPTIONS,
  METHOD_OPTIONS,
  MODALITY_OPTIONS,
  ROLE_OPTIONS,
} from './questionnaire/options';

/** Option value → its label, as the questionnaire shows it: the report words answers as the check page does. */
function labels<T extends string>(options: readonly { value: string; label: string }[]): Record<T, string> {
  return Object.fromEntries(options.map((o) => [o.value, o.label])) as Record<T, string>;
}

export const ROLE_WORDS = labels<Role>(ROLE_OPTIONS);
export const MODALITY_WORDS = labels<OutputModality>(MODALITY_OPTIONS);
export const CHANNEL_WORDS = labels<Channel>(CHANNEL_OPTIONS);
export const GENERALITY_WORDS = labels<Answers['generality']>(GENERALITY_OPTIONS);
export const EU_AVAILABILITY_WORDS =
  labels<NonNullable<Answers['placing']>['euAvailability']>(EU_AVAILABILITY_OPTIONS);
export const CONTEST_WORDS = labels<NonNullable<Answers['systemicRisk']>['contest']>(CONTEST_OPTIONS);
export const METHOD_WORDS = labels<NonNullable<Answers['compute']>['method']>(METHOD_OPTIONS);

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
