/**
 * The reader's language for React screens. The root layout provides the language (./lang-context.ts, in the
 * first load); this module, loaded with the screens, turns it into a translator once its packs are loaded (the
 * root route's loader loads them before the page renders, so a screen normally never waits). A
 * TranslatorProvider overrides both, for tests and previews.
 */
import { createContext, use, useContext } from 'react';
import { LangContext, PacksContext } from './lang-context';
import { hasPacks, loadPacks, loadTranslator, readyTranslator } from './load';
import type { Pack } from './message-id';
import type { Translator } from './translator';

const TranslatorContext = createContext<Translator | null>(null);

export const TranslatorProvider = TranslatorContext.Provider;

/**
 * `const { t, m } = useTranslator()`: engine Texts and the screens' own messages in the reader's language. The
 * root route's loader has loaded the packs of the route's screen (./route-packs.ts); a component that needs a
 * pack of its own names it (`useTranslator(['rules'])`) and suspends until it is loaded.
 */
export function useTranslator(packs: readonly Pack[] = []): Translator {
  const given = useContext(TranslatorContext);
  const lang = useContext(LangContext);
  const routePacks = useContext(PacksContext);
  const translator = given ?? readyTranslator(lang) ?? use(loadTranslator(lang));
  // The route's packs are normally loaded by the root route's loader; a change of route within the page may
  // render before they arrive.
  const needed = packs.length === 0 ? routePacks : [...routePacks, ...packs];
  if (!hasPacks(translator, needed)) use(loadPacks(translator, needed));
  return translator;
}
