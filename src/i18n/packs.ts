import type { Area } from './message-id';

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
