/**
 * The English verdict labels a workspace stores as they are (src/shared/workspace/summary.ts: the stored,
 * language-neutral form a list or a comparison reads). The code that writes or reads them imports `english`
 * from here, which brings the English areas those labels come from (the four verdicts', the common yes and no,
 * and the law's values every text may use) with that code only: a German or French reader fetches them on the workspace's screens, nowhere else.
 */
import { common } from './catalogs/en/common';
import { gpai } from './catalogs/en/gpai';
import { law } from './catalogs/en/law';
import { openSource } from './catalogs/en/open-source';
import { provider } from './catalogs/en/provider';
import { systemicRisk } from './catalogs/en/systemic-risk';
import { english } from './english';

english.add({ law, common, gpai, provider, systemicRisk, openSource });

export { english };
