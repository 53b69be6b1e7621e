/**
 * A cheap look at the saved draft for the start page, without zod or the questionnaire (keeps the first load
 * light). It only says whether something is saved and whether it looks readable; storage.ts validates fully.
 */
import type { MessageId, Text } from '../../engine/text';
import { DRAFT_STORAGE_KEY, DRAFT_VERSION, draftStorage } from './keys';

export type DraftPeek =
  | { status: 'none' }
  | { status: 'present'; updatedAt: string | null }
  | { status: 'unreadable'; text: Text };

function unreadable(msg: MessageId): DraftPeek {
  return { status: 'unreadable', text: { msg } };
}

export function peekDraft(): DraftPeek {
  const storage = draftStorage();
  let raw: string | null;
  try {
    raw = storage?.getItem(DRAFT_STORAGE_KEY) ?? null;
  } catch {
    return { status: 'none' };
  }
  if (raw === null) return { status: 'none' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return unreadable('app.draftPeekDamaged');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return unreadable('app.draftPeekDamaged');
  }
  const { version, updatedAt } = parsed as { version?: unknown; updatedAt?: unknown };
  if (version !== DRAFT_VERSION) {
    return unreadable('app.draftPeekOtherVersion');
  }
  return { status: 'present', updatedAt: typeof updatedAt === 'string' ? updatedAt : null };
}

/** Removes the saved draft. Never throws. */
export function removeDraft(): void {
  try {
    draftStorage()?.removeItem(DRAFT_STORAGE_KEY);
  } catch {
    // Nothing to remove, or storage unavailable: either way nothing is kept.
  }
}
