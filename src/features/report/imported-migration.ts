/**
 * "Import answers" opens the report through a new (v2) share link, which cannot say that the file was of an
 * older answers version. The migration notes travel in the browser history entry instead: kept on reload and
 * Back, and only trusted for the share value they were made for.
 */
import type { Migration } from '../../engine/migrate';

export interface ImportedMigration {
  /** The share value the imported answers were opened with. */
  a: string;
  migration: Migration;
}

declare module '@tanstack/history' {
  interface HistoryState {
    importedMigration?: ImportedMigration;
  }
}
