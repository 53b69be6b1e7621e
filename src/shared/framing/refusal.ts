/**
 * The framing refusal (./frame-guard.ts), in the reader's language. It runs instead of the app, so it cannot
 * wait for a catalog: it reads only the catalogs' small `offline` area (plain text) and chooses the language as
 * the root layout does on a first visit (issue #11): the address's `?lang=`, else the reader's stored choice,
 * else the browser's preference (src/i18n/lang-context.ts).
 */
import { offline as de } from '../../i18n/catalogs/de/offline';
import { offline as en } from '../../i18n/catalogs/en/offline';
import { offline as fr } from '../../i18n/catalogs/fr/offline';
import { preferredLang } from '../../i18n/lang-context';
import { isLang, type Lang } from '../../i18n/languages';

const WORDS: Record<Lang, typeof de> = { en, de, fr };

/**
 * The `?lang=` of an address. With hash routing it sits after the "#" (`#/report?a=…&lang=de`); the router may
 * write it JSON-quoted (`lang=%22de%22`). A query before the "#" counts too.
 */
export function addressLang(href: string): Lang | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const hash = url.hash.slice(1);
  const queries = [hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '', url.search.slice(1)];
  for (const query of queries) {
    const value = new URLSearchParams(query).get('lang');
    if (value === null) continue;
    if (isLang(value)) return value;
    try {
      const parsed: unknown = JSON.parse(value);
      if (isLang(parsed)) return parsed;
    } catch {
      // Not JSON: not a language either.
    }
  }
  return undefined;
}

/** The language of the refusal for this address: the address's, else the stored choice or the browser's. */
export function refusalLang(href: string): Lang {
  return addressLang(href) ?? preferredLang();
}

/** Replaces the page (also a prerendered one) with a short message and a link that opens the app on its own. */
export function showFramingRefusal(root: HTMLElement, href: string, lang: Lang = refusalLang(href)): void {
  const w = WORDS[lang];
  root.ownerDocument.documentElement.lang = lang;
  const section = document.createElement('main');
  section.className = 'mx-auto max-w-3xl px-4 py-8';
  const heading = document.createElement('h1');
  heading.className = 'text-2xl font-semibold';
  heading.textContent = w.framedTitle;
  const text = document.createElement('p');
  text.className = 'mt-4';
  text.textContent = w.framedText;
  const link = document.createElement('a');
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.className = 'mt-4 inline-block underline';
  link.textContent = w.framedOpen;
  section.append(heading, text, link);
  root.replaceChildren(section);
}
