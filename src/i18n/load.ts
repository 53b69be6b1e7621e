/**
 * Catalogs arrive pack by pack (PACKS in ./message-id.ts), in the reader's language only: the start page fetches
 * the `base` pack, other screens add theirs before they render (the root route's loader: ./route-packs.ts), and
 * the rules and methodology pages their own. English is loaded the same way: a German or French reader fetches
 * no English, except where the workspace's stored English verdict labels are read or written
 * (./english-verdicts.ts) and where two results are compared (./english-results.ts). A fourth language is one
 * more line in the table (and in ./languages.ts).
 */
import { english } from './english';
import type { Lang } from './languages';
import type { Messages, Pack, Translation } from './message-id';
import { PACKS } from './packs';
import { markReady, READY } from './ready';
import { createTranslator, type Translator } from './translator';

type PackLoader = () => Promise<Partial<Translation>>;

const PACK_LOADERS: Record<Lang, Record<Pack, PackLoader>> = {
  en: {
    base: () => import('./catalogs/en/pack-base').then((m) => m.basePack),
    wizard: () => import('./catalogs/en/pack-wizard').then((m) => m.wizardPack),
    results: () => import('./catalogs/en/pack-results').then((m) => m.resultsPack),
    workspace: () => import('./catalogs/en/pack-workspace').then((m) => m.workspacePack),
    rules: () => import('./catalogs/en/rules').then((m) => ({ rules: m.rules as Messages<typeof m.rules> })),
    reference: () =>
      import('./catalogs/en/reference').then((m) => ({
        reference: m.reference as Messages<typeof m.reference>,
      })),
  },
  de: {
    base: () => import('./catalogs/de/pack-base').then((m) => m.basePack),
    wizard: () => import('./catalogs/de/pack-wizard').then((m) => m.wizardPack),
    results: () => import('./catalogs/de/pack-results').then((m) => m.resultsPack),
    workspace: () => import('./catalogs/de/pack-workspace').then((m) => m.workspacePack),
    rules: () => import('./catalogs/de/rules').then((m) => ({ rules: m.rules })),
    reference: () => import('./catalogs/de/reference').then((m) => ({ reference: m.reference })),
  },
  fr: {
    base: () => import('./catalogs/fr/pack-base').then((m) => m.basePack),
    wizard: () => import('./catalogs/fr/pack-wizard').then((m) => m.wizardPack),
    results: () => import('./catalogs/fr/pack-results').then((m) => m.resultsPack),
    workspace: () => import('./catalogs/fr/pack-workspace').then((m) => m.workspacePack),
    rules: () => import('./catalogs/fr/rules').then((m) => ({ rules: m.rules })),
    reference: () => import('./catalogs/fr/reference').then((m) => ({ reference: m.reference })),
  },
};

const made = new Map<Lang, Translator>();
const loading = new Map<Lang, Promise<Translator>>();

/** The one translator of a language, before any pack has arrived (English is the shared `english`). */
function translatorOf(lang: Lang): Translator {
  let translator = made.get(lang);
  if (!translator) {
    translator = lang === 'en' ? english : createTranslator(lang, {});
    made.set(lang, translator);
  }
  return translator;
}

/** The reader's translator with the `base` pack: what the start page and the layout need. */
export function loadTranslator(lang: Lang): Promise<Translator> {
  return loadScreen(lang, []);
}

/**
 * The reader's translator with the `base` pack and a screen's packs, all fetched at once: a share link's
 * report waits for one round of fetches after the app has started, not two (base, then the rest).
 */
export function loadScreen(lang: Lang, packs: readonly Pack[]): Promise<Translator> {
  // A translator marked ready by other means (the tests mark complete ones: ./test-setup.ts) is used as it is.
  const ready = READY.get(lang);
  if (ready) return loadPacks(ready, packs).then(() => ready);
  let translator = loading.get(lang);
  const target = translatorOf(lang);
  const others = loadPacks(
    target,
    packs.filter((pack) => pack !== 'base'),
  );
  if (!translator) {
    translator = loadPacks(target, ['base']).then(() => {
      markReady(lang, target);
      return target;
    });
    // A failed fetch (offline before the catalog was cached) may be retried on the next render.
    translator.catch(() => loading.delete(lang));
    loading.set(lang, translator);
  }
  return Promise.all([translator, others]).then(([done]) => done);
}

/** The translator when its `base` pack is loaded, so a screen can render without waiting. */
export function readyTranslator(lang: Lang): Translator | undefined {
  return READY.get(lang);
}

const packsLoading = new WeakMap<Translator, Map<string, Promise<void>>>();

/** Whether a translator has every area of the packs. */
export function hasPacks(translator: Translator, packs: readonly Pack[]): boolean {
  return packs.every((pack) => PACKS[pack].every((area) => translator.has(area)));
}

/**
 * Adds packs to a translator; the same promise while they load (a suspended screen asks on every render). A
 * translator made elsewhere (a test's) that lacks a pack gets it from its language's table.
 */
export function loadPacks(translator: Translator, packs: readonly Pack[]): Promise<void> {
  const missing = packs.filter((pack) => !hasPacks(translator, [pack]));
  if (missing.length === 0) return Promise.resolve();
  const byKey = packsLoading.get(translator) ?? new Map<string, Promise<void>>();
  packsLoading.set(translator, byKey);
  const key = [...missing].sort().join(',');
  let promise = byKey.get(key);
  if (!promise) {
    promise = Promise.all(missing.map((pack) => loadPack(translator, pack))).then(() => undefined);
    const settled = promise;
    settled.catch(() => byKey.delete(key));
    byKey.set(key, settled);
  }
  return promise;
}

const packLoading = new WeakMap<Translator, Map<Pack, Promise<void>>>();

function loadPack(translator: Translator, pack: Pack): Promise<void> {
  const byPack = packLoading.get(translator) ?? new Map<Pack, Promise<void>>();
  packLoading.set(translator, byPack);
  let promise = byPack.get(pack);
  if (!promise) {
    promise = PACK_LOADERS[translator.lang][pack]().then((areas) => translator.add(areas));
    promise.catch(() => byPack.delete(pack));
    byPack.set(pack, promise);
  }
  return promise;
}
