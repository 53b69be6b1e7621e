/**
 * The English translator, one for the whole page. Its areas arrive as they are needed: the reader's packs in
 * the browser (./load.ts), the workspace's stored words with the code that writes them (./english-stored.ts),
 * every area at once in Node (./all.ts: the command line, tests, scripts).
 */
import type { Text } from '../engine/text';
import { type Localized, localize } from './localize';
import { createTranslator } from './translator';

export const english = createTranslator('en', {});

/** Any engine result with its texts in English: for tests, and for code that has not chosen a language. */
export function inEnglish<T>(value: T): Localized<T> {
  return localize(value, english);
}

/**
 * A text in English where its areas are loaded (always in Node), else its message id: for an Error's message,
 * which developers and logs read. Screens show the error's Text in the reader's language instead.
 */
export function englishOrId(text: Text): string {
  try {
    return english.t(text);
  } catch {
    return text.msg;
  }
}
