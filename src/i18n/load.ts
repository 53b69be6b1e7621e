/** One chunk per language: only the reader's language is fetched. */
import { english } from './english';
import type { Lang } from './languages';
import { createTranslator, type Translator } from './translator';

const loaded = new Map<Lang, Promise<Translator>>([['en', Promise.resolve(english)]]);

export function loadTranslator(lang: Lang): Promise<Translator> {
  let translator = loaded.get(lang);
  if (!translator) {
    translator =
      lang === 'de'
        ? import('./catalogs/de').then(({ de }) => createTranslator('de', de))
        : import('./catalogs/fr').then(({ fr }) => createTranslator('fr', fr));
    loaded.set(lang, translator);
  }
  return translator;
}
