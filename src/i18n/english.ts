/**
 * English, loaded with the code that imports it (tests, the CLI, and screens until the language switch loads
 * catalogs on demand). Other languages are loaded with loadTranslator().
 */
import { en } from './catalogs/en';
import { type Localized, localize } from './localize';
import { createTranslator } from './translator';

export const english = createTranslator('en', en);

/** Any engine result with its texts in English: for tests, and for code that has not chosen a language. */
export function inEnglish<T>(value: T): Localized<T> {
  return localize(value, english);
}
