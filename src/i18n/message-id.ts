/**
 * Message ids are "area.key" pairs of the English catalog, so an id the catalog lacks does not compile, and every
 * other language's catalog must have exactly the same keys (each src/i18n/catalogs/<lang>/index.ts).
 */
import type { en } from './catalogs/en';
import type { PACKS } from './packs';

export type Catalog = typeof en;

export type Area = keyof Catalog;

export type MessageId = { [A in Area]: `${A}.${Extract<keyof Catalog[A], string>}` }[Area];

/** One language's messages for an area: the English area's keys, each an ICU MessageFormat string. */
export type Messages<EnglishArea> = { readonly [K in keyof EnglishArea]: string };

/** A whole catalog in another language: every area, every key. */
export type Translation = { readonly [A in Area]: Messages<Catalog[A]> };

/** A group of areas fetched together (./packs.ts). Only the names are in the first load: the lists are not. */
export type Pack = keyof typeof PACKS;

/** Every pack but the two that only their own page needs. */
export const SCREEN_PACKS = ['base', 'wizard', 'results', 'workspace'] as const satisfies readonly Pack[];
