/**
 * One chunk per language: only the reader's language is fetched. A fourth language is one more line here
 * (and in ./languages.ts).
 */
import { english } from './english';
import type { Lang } from './languages';
import type { Translation } from './message-id';
import { READY } from './ready';
import { createTranslator, type Translator } from './translator';

const CATALOGS: Record<Exclude<Lang, 'en'>, () => Promise<Translation>> = {
  de: () => import('./catalogs/de').then((m) => m.de),
  fr: () => import('./catalogs/fr').then((m) => m.fr),
};

const loading = new Map<Lang, Promise<Translator>>([['en', Promise.resolve(english)]]);
READY.set('en', english);

export function loadTranslator(lang: Lang): Promise<Translator> {
  let translator = loading.get(lang);
  if (!translator) {
    translator = CATALOGS[lang as Exclude<Lang, 'en'>]().then((catalog) => {
      const made = createTranslator(lang, catalog);
      READY.set(lang, made);
      return made;
    });
    // A failed fetch (offline before the catalog was cached) may be retried on the next render.
    translator.catch(() => loading.delete(lang));
    loading.set(lang, translator);
  }
  return translator;
}

/** The translator when its catalog is already loaded, so a screen can render without waiting. */
export function readyTranslator(lang: Lang): Translator | undefined {
  return READY.get(lang);
}
