/**
 * The reader's language for React screens. The root layout provides the language (./lang-context.ts, in the
 * first load); this module, loaded with the screens, turns it into a translator: English at once, German or
 * French once their catalog is loaded (the root route's loader loads it before the page renders, so a screen
 * normally never waits). A TranslatorProvider overrides both, for tests and previews.
 */
import { createContext, use, useContext } from 'react';
import { LangContext } from './lang-context';
import { loadAreas, loadTranslator, readyTranslator } from './load';
import type { LazyArea } from './message-id';
import type { Translator } from './translator';

const TranslatorContext = createContext<Translator | null>(null);

export const TranslatorProvider = TranslatorContext.Provider;

/**
 * `const { t, m } = useTranslator()`: engine Texts and the screens' own messages in the reader's language. A
 * screen that needs a lazy area names it (`useTranslator(['rules'])`) and suspends until it is loaded.
 */
export function useTranslator(areas: readonly LazyArea[] = []): Translator {
  const given = useContext(TranslatorContext);
  const lang = useContext(LangContext);
  const translator = given ?? readyTranslator(lang) ?? use(loadTranslator(lang));
  if (!areas.every((area) => translator.has(area))) use(loadAreas(translator, areas));
  return translator;
}
