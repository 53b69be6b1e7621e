/**
 * Message ids are "area.key" pairs of the English catalog, so an id the catalog lacks does not compile, and every
 * other language's catalog must have exactly the same keys (each src/i18n/catalogs/<lang>/index.ts).
 */
import type { en } from './catalogs/en';

export type Catalog = typeof en;

export type Area = keyof Catalog;

export type MessageId = { [A in Area]: `${A}.${Extract<keyof Catalog[A], string>}` }[Area];

/** One language's messages for an area: the English area's keys, each an ICU MessageFormat string. */
export type Messages<EnglishArea> = { readonly [K in keyof EnglishArea]: string };

/** A whole catalog in another language: every area, every key. */
export type Translation = { readonly [A in Area]: Messages<Catalog[A]> };

/**
 * Areas the browser does not load with the first screen: the rules page's statements and the methodology page's
 * reference data (each needed by its own page only) and the command line's words (never needed in a browser).
 * A screen that needs one asks for it (useTranslator(areas)).
 */
export const LAZY_AREAS = ['rules', 'reference', 'cli'] as const;
export type LazyArea = (typeof LAZY_AREAS)[number];

/** The areas loaded with the first screen. */
export type CoreTranslation = Omit<Translation, LazyArea>;
