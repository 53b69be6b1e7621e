/**
 * The translators whose catalog is loaded, by language. A small module of its own so that the root layout (first
 * load) can use a loaded translator without importing any catalog; ./load.ts fills it.
 */
import type { Lang } from './languages';
import type { Translator } from './translator';

export const READY = new Map<Lang, Translator>();
