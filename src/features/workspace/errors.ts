import type { Translator } from '../../i18n/translator';

/** Words for a failed workspace call: the store's own message (WorkspaceError) or a plain fallback. */
export function errorMessage(error: unknown, tr: Translator): string {
  if (error instanceof Error && error.message) return error.message;
  return tr.m('workspace.storageSilent');
}

/** True for the store's 'conflict' (another tab wrote the record since this one read it). */
export function isConflict(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { kind?: unknown }).kind === 'conflict';
}
