/** Where and in which format the draft is kept. No zod here: the start page reads it without the form code. */
export const DRAFT_STORAGE_KEY = 'gpai-navigator.draft';
/** Bump when the draft format changes; an older draft is then ignored with a notice. */
export const DRAFT_VERSION = 1;

/** Local storage, or null where it is unavailable (disabled, private mode, sandboxed frame). */
export function draftStorage(): Storage | null {
  try {
    const s = globalThis.localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}
