/**
 * Texts of two results compared for equality. A comparison reads reports as the engine writes them (`Text`,
 * message ids with parameters) or already in words, and summaries as a workspace recorded them (English
 * strings, from before the languages). Two texts are the same when they read the same in English — the
 * language the recorded summaries are in, and the comparison's rule before the languages (a FLOP figure
 * rounded alike, two messages that say the same thing). Equality only: nothing here is shown.
 */
// The verdict labels' English, which recorded summaries hold; a comparison of whole results brings the rest of
// the English words with it (./compare.ts, ./answers-diff.ts).
import { english } from '../../i18n/english-verdicts';
import type { Text } from '../text';

/** A text as the engine writes it, or already in words (a stored summary's English label). */
export type Words = string | Text;

/** The text's English, as the key that decides whether two texts are the same. */
export function wordsKey(x: Words): string {
  return typeof x === 'string' ? x : english.t(x);
}

export function sameWords(x: Words, y: Words): boolean {
  return x === y || wordsKey(x) === wordsKey(y);
}
