/** Words for a failed workspace call: the store's own message (WorkspaceError) or a plain fallback. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'The browser’s storage did not answer.';
}

/** True for the store's 'conflict' (another tab wrote the record since this one read it). */
export function isConflict(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { kind?: unknown }).kind === 'conflict';
}
