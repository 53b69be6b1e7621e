/**
 * Issue #11: the reader's language for an address — its `?lang=` (a shared link opens in the sender's language),
 * which then holds for the rest of the visit even where a link does not carry it; else the reader's own choice or
 * browser (./lang-context.ts). In the first load (the root layout and its loader use it).
 */
import { preferredLang } from './lang-context';
import { isLang, type Lang } from './languages';

let visitLang: Lang | undefined;

export function langOf(search: Record<string, unknown>): Lang {
  if (isLang(search.lang)) visitLang = search.lang;
  return visitLang ?? preferredLang();
}
