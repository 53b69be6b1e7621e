/**
 * Every language at once, for the command line (Node, where bundle size does not matter and the run is
 * synchronous). The browser loads one language at a time through ./load.ts instead.
 */
import { de } from './catalogs/de';
import { fr } from './catalogs/fr';
import { english } from './english';
import type { Lang } from './languages';
import { createTranslator, type Translator } from './translator';

const made = new Map<Lang, Translator>([['en', english]]);

export function translatorFor(lang: Lang): Translator {
  let translator = made.get(lang);
  if (!translator) {
    translator = createTranslator(lang, lang === 'de' ? de : fr);
    made.set(lang, translator);
  }
  return translator;
}
