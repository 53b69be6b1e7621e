/**
 * One chunk per language for the areas every screen may need, and one per lazy area (LAZY_AREAS) fetched by the
 * screen that needs it. German and French are fetched only for their readers; English is imported statically
 * (./english.ts) by the code that writes a workspace's stored, language-neutral labels, so a German or French
 * reader fetches its first-screen areas too (ADR 0100, stage 3, "Left"). A fourth language is one more line in
 * each table (and in ./languages.ts).
 */
import { english } from './english';
import type { Lang } from './languages';
import type { CoreTranslation, LazyArea, Messages, Translation } from './message-id';
import { markReady, READY } from './ready';
import { createTranslator, type Translator } from './translator';

const CATALOGS: Record<Exclude<Lang, 'en'>, () => Promise<CoreTranslation>> = {
  de: () => import('./catalogs/de/core').then((m) => m.deCore),
  fr: () => import('./catalogs/fr/core').then((m) => m.frCore),
};

type AreaLoader = () => Promise<Translation[LazyArea]>;

/** The lazy areas a browser screen may ask for (the command line's words come with ./all.ts, in Node). */
const BROWSER_AREAS: Record<Lang, Partial<Record<LazyArea, AreaLoader>>> = {
  en: {
    rules: () => import('./catalogs/en/rules').then((m) => m.rules as Messages<typeof m.rules>),
    reference: () =>
      import('./catalogs/en/reference').then((m) => m.reference as Messages<typeof m.reference>),
  },
  de: {
    rules: () => import('./catalogs/de/rules').then((m) => m.rules),
    reference: () => import('./catalogs/de/reference').then((m) => m.reference),
  },
  fr: {
    rules: () => import('./catalogs/fr/rules').then((m) => m.rules),
    reference: () => import('./catalogs/fr/reference').then((m) => m.reference),
  },
};

const loading = new Map<Lang, Promise<Translator>>([['en', Promise.resolve(english)]]);
markReady('en', english);

export function loadTranslator(lang: Lang): Promise<Translator> {
  let translator = loading.get(lang);
  if (!translator) {
    translator = CATALOGS[lang as Exclude<Lang, 'en'>]().then((catalog) => {
      const made = createTranslator(lang, catalog);
      markReady(lang, made);
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

const areasLoading = new WeakMap<Translator, Map<string, Promise<void>>>();

/**
 * Adds lazy areas to a translator; the same promise while they load (a suspended screen asks on every render).
 * A translator made elsewhere (a test's) that lacks an area gets it from its language's table.
 */
export function loadAreas(translator: Translator, areas: readonly LazyArea[]): Promise<void> {
  const missing = areas.filter((area) => !translator.has(area));
  if (missing.length === 0) return Promise.resolve();
  const byKey = areasLoading.get(translator) ?? new Map<string, Promise<void>>();
  areasLoading.set(translator, byKey);
  const key = missing.join(',');
  let promise = byKey.get(key);
  if (!promise) {
    promise = Promise.all(
      missing.map(async (area) => {
        const load = BROWSER_AREAS[translator.lang][area];
        if (!load) throw new Error(`The ${area} area is not loaded in a browser`);
        return [area, await load()] as const;
      }),
    ).then((loaded) => translator.add(Object.fromEntries(loaded)));
    const settled = promise;
    settled.catch(() => byKey.delete(key));
    byKey.set(key, settled);
  }
  return promise;
}
