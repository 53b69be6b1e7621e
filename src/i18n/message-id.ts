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
 * The areas a browser fetches together, one chunk per pack and language (./load.ts): the start page needs only
 * `base`; the wizard, the report and the workspace add theirs; the rules page's statements and the methodology
 * page's reference data are packs of their own. The command line's `cli` area is in none (Node loads every area:
 * ./all.ts). Each pack is catalogs/<lang>/pack-<name>.ts, or the area's own file for a pack of one area.
 */
export const PACKS = {
  // `wizard` holds the words of the shared components (notices, error summaries, back links).
  base: ['common', 'law', 'layout', 'offline', 'words', 'app', 'wizard'],
  wizard: ['questions', 'options', 'validation', 'dates'],
  results: [
    'reportPage',
    'reportWords',
    'documents',
    'evaluate',
    'gpai',
    'placement',
    'provider',
    'modifier',
    'systemicRisk',
    'enforcement',
    'signposts',
    'obligations',
    'openSource',
  ],
  workspace: ['workspace', 'compare'],
  rules: ['rules'],
  reference: ['reference'],
} as const satisfies Record<string, readonly Area[]>;

export type Pack = keyof typeof PACKS;

/** Every pack but the two that only their own page needs. */
export const SCREEN_PACKS = ['base', 'wizard', 'results', 'workspace'] as const satisfies readonly Pack[];
