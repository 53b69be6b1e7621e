/**
 * The reader's language for React screens. Screens read the translator from context; until a provider sets
 * another language it is English. This module carries the English catalog, so the root layout (first load)
 * must not import it.
 */
import { createContext, useContext } from 'react';
import { english } from './english';
import type { Translator } from './translator';

const TranslatorContext = createContext<Translator>(english);

export const TranslatorProvider = TranslatorContext.Provider;

/** `const { t } = useTranslator()`; t(text) renders an engine Text in the reader's language. */
export function useTranslator(): Translator {
  return useContext(TranslatorContext);
}
