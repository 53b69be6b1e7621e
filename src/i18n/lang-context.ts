/**
 * The reader's language, as the root layout knows it (issue #11): the address's `?lang=`, else the language
 * the reader chose before (kept in this browser), else the browser's preference. Part of the first load, so it
 * imports no catalog: screens turn the language into a translator with useTranslator() (./react.tsx).
 */
import { createContext } from 'react';
import { isLang, type Lang, pickLanguage } from './languages';
import type { Pack } from './message-id';

export const LangContext = createContext<Lang>('en');

/** The catalog packs the current route's screen renders with (./route-packs.ts); none outside the app. */
export const PacksContext = createContext<readonly Pack[]>([]);

/** Where the reader's own choice is kept between visits. */
export const LANG_KEY = 'gpai-navigator.lang';

export function preferredLang(): Lang {
  try {
    const chosen = localStorage.getItem(LANG_KEY);
    if (isLang(chosen)) return chosen;
  } catch {
    // No storage: the browser's preference decides.
  }
  return pickLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Not kept between visits; the address still carries it.
  }
}
