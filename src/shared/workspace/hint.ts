/**
 * A tiny summary of the workspace in localStorage, written by the store after each committed change, so the
 * start page (first load: no IndexedDB code, no zod) can offer "Resume" and "Your workspace" synchronously and
 * the deep-link guard can tell that a workspace exists. It is a hint, never the data: the store is the truth.
 */
export const WORKSPACE_HINT_KEY = 'gpai-navigator.workspace';

export interface WorkspaceHint {
  /** Assessments in the workspace, archived included. */
  count: number;
  /** The assessment changed last (the one "Resume" opens), or null. */
  lastId: string | null;
  lastName: string | null;
  /** When the workspace last changed (ISO timestamp). */
  updatedAt: string;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The hint, or null when there is none or it is unreadable. Never throws. */
export function readWorkspaceHint(): WorkspaceHint | null {
  let raw: string | null;
  try {
    raw = storage()?.getItem(WORKSPACE_HINT_KEY) ?? null;
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const v = JSON.parse(raw) as Partial<WorkspaceHint> | null;
    if (
      !v ||
      typeof v !== 'object' ||
      typeof v.count !== 'number' ||
      !Number.isInteger(v.count) ||
      v.count < 0
    ) {
      return null;
    }
    return {
      count: v.count,
      lastId: typeof v.lastId === 'string' ? v.lastId : null,
      lastName: typeof v.lastName === 'string' ? v.lastName : null,
      updatedAt: typeof v.updatedAt === 'string' ? v.updatedAt : '',
    };
  } catch {
    return null;
  }
}

/** Writes the hint; an empty workspace removes it. Never throws (the hint is a convenience). */
export function writeWorkspaceHint(hint: WorkspaceHint): void {
  try {
    const s = storage();
    if (!s) return;
    if (hint.count === 0) s.removeItem(WORKSPACE_HINT_KEY);
    else s.setItem(WORKSPACE_HINT_KEY, JSON.stringify(hint));
  } catch {
    // Storage full or disabled: the start page then simply offers no "Resume".
  }
}

/** The hint that describes these assessments: the last changed one by updatedAt. */
export function hintFromAssessments(
  assessments: readonly { id: string; name: string; updatedAt: string }[],
  updatedAt: string,
): WorkspaceHint {
  let last: { id: string; name: string; updatedAt: string } | null = null;
  for (const a of assessments) if (!last || a.updatedAt > last.updatedAt) last = a;
  return { count: assessments.length, lastId: last?.id ?? null, lastName: last?.name ?? null, updatedAt };
}
