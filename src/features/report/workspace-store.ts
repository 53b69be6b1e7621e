/**
 * The workspace store, loaded only when a report needs it (an assessment's report, or "Save to my
 * workspace"): a share link's report paints without IndexedDB code, and the first load never carries it.
 */
export type WorkspaceStore = typeof import('../../shared/workspace/store');

export function loadWorkspaceStore(): Promise<WorkspaceStore> {
  return import('../../shared/workspace/store');
}
