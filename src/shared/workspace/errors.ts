/**
 * The one error the workspace store throws (ADR 0090). Its message is meant for the user as it stands: it says
 * what was not saved and the way out. No idb here, so screens can test `instanceof` without loading the store.
 * `message` words it in the page's language (see the getter); `text` is the same message as a Text, for screens
 * that word it themselves (`tr.t(e.text)`).
 */
import type { Param, Text } from '../../engine/text';
import { englishOrId } from '../../i18n/english';
import { pickLanguage } from '../../i18n/languages';
import { READY } from '../../i18n/ready';
import type { AssessmentRecord, TaskRecord, WorkspaceErrorKind } from './types';

export class WorkspaceError extends Error {
  readonly kind: WorkspaceErrorKind;
  /** The message in any language; a message given as a plain string is shown as given. */
  readonly text: Text;
  /** On 'conflict': the record as the other tab left it. */
  readonly current: AssessmentRecord | TaskRecord | undefined;

  constructor(
    kind: WorkspaceErrorKind,
    message: string | Text,
    options?: { cause?: unknown; current?: AssessmentRecord | TaskRecord },
  ) {
    const text: Text =
      typeof message === 'string' ? { msg: 'app.workspaceErrorAsGiven', params: { message } } : message;
    // No message of its own: `message` (below) words the Text when it is read.
    super(undefined, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'WorkspaceError';
    this.kind = kind;
    this.text = text;
    this.current = options?.current;
  }

  /**
   * In the page's language when its words are loaded (screens that show `e.message` then show the reader's
   * language), else in English where loaded (the command line, tests), else the message id (a log).
   */
  override get message(): string {
    const lang = typeof document === 'undefined' ? 'en' : pickLanguage([document.documentElement.lang]);
    try {
      const words = READY.get(lang)?.t(this.text);
      if (words !== undefined) return words;
    } catch {
      // That language's words for it are not loaded.
    }
    return englishOrId(this.text);
  }
}

export function isWorkspaceError(e: unknown): e is WorkspaceError {
  return e instanceof WorkspaceError;
}

const FAILURE_MESSAGES = {
  unavailable: 'app.workspaceUnavailable',
  quota: 'app.workspaceQuota',
  conflict: 'app.workspaceConflict',
  'not-found': 'app.workspaceNotFound',
  locked: 'app.workspaceLocked',
  'write-failed': 'app.workspaceWriteFailed',
} as const satisfies Record<WorkspaceErrorKind, Text['msg']>;

/** Each failure as a Text; `what` names what was not saved (a Text such as "the task", or the user's words). */
export function failureText(kind: WorkspaceErrorKind, what: Param): Text {
  return { msg: FAILURE_MESSAGES[kind], params: { what } };
}

/** Each failure's message in English (or its id, where the English words are not loaded); `what` names what was not saved ("the task", "your changes"). */
export function failureMessage(kind: WorkspaceErrorKind, what: string): string {
  return englishOrId(failureText(kind, what));
}
