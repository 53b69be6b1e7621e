import type { Translator } from '../../i18n/translator';
import { isWorkspaceError } from '../../shared/workspace/errors';

/** The file input drawn like the app's secondary buttons. */
export const FILE_INPUT_CLASS =
  'mt-2 block w-full max-w-full text-sm file:mr-3 file:cursor-pointer file:rounded-sm file:border-0 file:bg-slate-200 file:px-5 file:py-2.5 file:font-semibold file:text-base file:text-slate-900 file:shadow-[0_2px_0_#64748b] hover:file:bg-slate-300';

/** A failure in words: the store's own message (it says what was not saved and the way out), else the reason. */
export function errorText(error: unknown, tr: Translator): string {
  if (isWorkspaceError(error)) return error.message;
  return tr.m('workspace.somethingWrong', { error: error instanceof Error ? error.message : String(error) });
}

/** Resolves after the browser has painted: a "Reading…" status shows before a long synchronous check. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
