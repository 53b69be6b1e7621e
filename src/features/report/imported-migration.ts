/**
 * "Import answers" opens the report through a new (v2) share link. Two things about the file do not travel in
 * that link: that it was of an older answers version (the migration notes), and the model name — which never
 * goes into the address bar, where it would be kept in the browser history and sent on with a copied link.
 * Both travel in the browser history entry instead: kept on reload and Back, and only trusted for the share
 * value they were made for.
 */
import type { Migration } from '../../engine/migrate';

export interface ImportedFile {
  /** The share value the imported answers were opened with (made without the model name). */
  a: string;
  /** The migration of a file of an older answers version, or null. */
  migration: Migration | null;
  /** The model name given in the file, if any. */
  modelName?: string;
}

declare module '@tanstack/history' {
  interface HistoryState {
    importedFile?: ImportedFile;
  }
}
