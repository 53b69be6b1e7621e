/**
 * The IndexedDB layout of the workspace (ADR 0090), as plain data: the store builds it on upgrade, and the e2e
 * seeding helpers (e2e/workspace.ts) send the same description into the page, so that a test that creates the
 * database first creates exactly the one the app expects. No idb here.
 */
export const DB_NAME = 'gpai-navigator';
/** Bump with a new upgrade step when a store or an index changes. */
export const DB_VERSION = 1;
/** Other tabs hear every change on this channel. */
export const CHANNEL_NAME = 'gpai-navigator.workspace';

export interface StoreSpec {
  name: 'assessments' | 'versions' | 'tasks' | 'meta';
  /** Null: out-of-line keys (the meta store keeps small values under fixed names). */
  keyPath: string | null;
  indexes: { name: string; keyPath: string }[];
}

export const STORES: readonly StoreSpec[] = [
  { name: 'assessments', keyPath: 'id', indexes: [] },
  { name: 'versions', keyPath: 'id', indexes: [{ name: 'byAssessment', keyPath: 'assessmentId' }] },
  { name: 'tasks', keyPath: 'id', indexes: [{ name: 'byAssessment', keyPath: 'assessmentId' }] },
  { name: 'meta', keyPath: null, indexes: [] },
];

/** The meta key marking which legacy localStorage draft was migrated, so it is never migrated twice. */
export const LEGACY_DRAFT_META_KEY = 'legacy-draft';
