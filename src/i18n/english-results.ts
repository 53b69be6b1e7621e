/**
 * English for what is English by design: the comparison's equality of texts (src/engine/compare/same-words.ts:
 * recorded summaries are English; answers are compared by their words) and the comparison's JSON for automation.
 * Brings the English packs of the screens, with that code only (the comparison's screens and exports).
 */
import { basePack } from './catalogs/en/pack-base';
import { resultsPack } from './catalogs/en/pack-results';
import { wizardPack } from './catalogs/en/pack-wizard';
import { workspacePack } from './catalogs/en/pack-workspace';
import { english, inEnglish } from './english';

english.add({ ...basePack, ...wizardPack, ...resultsPack, ...workspacePack });

export { english, inEnglish };
