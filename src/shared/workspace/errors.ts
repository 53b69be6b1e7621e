/**
 * The one error the workspace store throws (ADR 0090). Its message is meant for the user as it stands: it says
 * what was not saved and the way out. No idb here, so screens can test `instanceof` without loading the store.
 */
import type { AssessmentRecord, TaskRecord, WorkspaceErrorKind } from './types';

export class WorkspaceError extends Error {
  readonly kind: WorkspaceErrorKind;
  /** On 'conflict': the record as the other tab left it. */
  readonly current: AssessmentRecord | TaskRecord | undefined;

  constructor(
    kind: WorkspaceErrorKind,
    message: string,
    options?: { cause?: unknown; current?: AssessmentRecord | TaskRecord },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'WorkspaceError';
    this.kind = kind;
    this.current = options?.current;
  }
}

export function isWorkspaceError(e: unknown): e is WorkspaceError {
  return e instanceof WorkspaceError;
}

const EXPORT_HINT =
  'To keep your work, export the workspace as a file (Workspace → Export) or download the answers from the page you are on.';

/** The user-readable message of each failure; `what` names what was not saved ("the task", "your changes"). */
export function failureMessage(kind: WorkspaceErrorKind, what: string): string {
  switch (kind) {
    case 'unavailable':
      return `This browser does not let the page keep a workspace (storage is disabled, or this is a private window), so ${what} could not be saved or read. ${EXPORT_HINT}`;
    case 'quota':
      return `Your browser has no space left for the workspace, so ${what} could not be saved. ${EXPORT_HINT} Then free space: delete assessments you no longer need, or clear other sites' data.`;
    case 'conflict':
      return `Someone changed this in another tab since you opened it, so ${what} could not be saved. Choose: keep your version or take theirs.`;
    case 'not-found':
      return `It no longer exists in this browser's workspace (it may have been deleted in another tab), so ${what} could not be saved.`;
    case 'locked':
      return `This version is signed and locked; it cannot change, so ${what} could not be saved. Edit the draft to start a new version.`;
    case 'write-failed':
      return `The browser refused to save ${what}. Nothing was changed. Try again; if it keeps failing, ${EXPORT_HINT.charAt(0).toLowerCase()}${EXPORT_HINT.slice(1)}`;
  }
}
