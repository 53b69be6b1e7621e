/**
 * English, loaded with the code that imports it. Its lazy areas (the rules page's, the command line's) are added
 * by ./load.ts in the browser and by ./all.ts in Node. Other languages are loaded with loadTranslator().
 */
import { enCore } from './catalogs/en/core';
import { type Localized, localize } from './localize';
import { createTranslator } from './translator';

export const english = createTranslator('en', enCore);

/** Any engine result with its texts in English: for tests, and for code that has not chosen a language. */
export function inEnglish<T>(value: T): Localized<T> {
  return localize(value, english);
}
