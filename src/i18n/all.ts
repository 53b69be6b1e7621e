/**
 * Every language at once, every area included, for Node (the command line, tests, scripts), where bundle size
 * does not matter and the run is synchronous. Importing this module completes the shared English translator
 * with the lazy areas. The browser loads one language at a time, area by area, through ./load.ts instead.
 */
import { de } from './catalogs/de';
import { en } from './catalogs/en';
import { fr } from './catalogs/fr';
import { english, inEnglish } from './english';
import type { Lang } from './languages';
import { createTranslator, type Translator } from './translator';

english.add(en);

const made = new Map<Lang, Translator>([['en', english]]);

export function translatorFor(lang: Lang): Translator {
  let translator = made.get(lang);
  if (!translator) {
    translator = createTranslator(lang, lang === 'de' ? de : fr);
    made.set(lang, translator);
  }
  return translator;
}

/** The shared English translator, with every area once this module has run. */
export { english, inEnglish };
