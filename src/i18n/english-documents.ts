/**
 * English for the documents' fixed English words that tests and end-to-end checks compare against (the memo's
 * title and disclaimer, the tasks CSV's English headers), and for the workspace file's English summary (the
 * command line's wording). Brings the English areas they use with the export code only.
 */
import { app } from './catalogs/en/app';
import { common } from './catalogs/en/common';
import { documents } from './catalogs/en/documents';
import { law } from './catalogs/en/law';
import { validation } from './catalogs/en/validation';
import { workspace } from './catalogs/en/workspace';
import { english } from './english';

english.add({ law, common, app, documents, validation, workspace });

export { english };
