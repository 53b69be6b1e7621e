/**
 * Issue #11: the reader's language for an address — its `?lang=` (a shared link opens in the sender's language),
 * which then holds for the rest of the visit even where a link does not carry it; else the reader's own choice or
 * browser (./lang-context.ts). In the first load (the root layout and route loaders use it).
 */
import { preferredLang } from './lang-context';
import { isLang, type Lang } from './languages';
import type { LazyArea } from './message-id';

let visitLang: Lang | undefined;

export function langOf(search: Record<string, unknown>): Lang {
  if (isLang(search.lang)) visitLang = search.lang;
  return visitLang ?? preferredLang();
}

/**
 * For a route's loader: the language's catalog and the lazy areas its page needs, before the page renders (a page
 * that suspended for them after the layout had painted would push the footer down: a layout shift). A failure is
 * left to the page, which asks again when it renders and says so if it still cannot.
 */
export function preloadAreas(search: Record<string, unknown>, areas: readonly LazyArea[]): Promise<void> {
  const lang = langOf(search);
  return import('./load')
    .then((m) => m.loadTranslator(lang).then((translator) => m.loadAreas(translator, areas)))
    .catch(() => undefined);
}
