/**
 * The translators whose catalog is loaded, by language. A small module of its own so that the root layout (first
 * load) can use a loaded translator without importing any catalog; ./load.ts fills it. The layout subscribes:
 * when a change of address within the page (a pasted link with `?lang=de`) loads another language, the router
 * may render the layout before the catalog arrives, and nothing else would render it again.
 */
import type { Lang } from './languages';
import type { Translator } from './translator';

export const READY = new Map<Lang, Translator>();

const listeners = new Set<() => void>();

export function markReady(lang: Lang, translator: Translator): void {
  READY.set(lang, translator);
  for (const listener of listeners) listener();
}

export function subscribeReady(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
