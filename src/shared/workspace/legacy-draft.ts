/**
 * Reads the draft of the single-assessment era (localStorage `gpai-navigator.draft`) for the store's
 * migrateLegacyDraft. Kept apart because reading it validates with zod and the answers schema: the store
 * imports this module only when a migration is due, so its own chunk stays small.
 */
import type { Migration } from '../../engine/migrate';
import type { DraftAnswers } from '../../engine/questionnaire';
import type { Text } from '../../engine/text';
import { sha256, toHex } from '../../share/sha256';
import { encodeWtf8 } from '../../share/wtf8';
import { DRAFT_STORAGE_KEY, draftStorage } from '../draft/keys';
import { loadDraft } from '../draft/storage';

export type LegacyDraft =
  | { status: 'none' }
  | { status: 'discarded'; text: Text }
  | {
      status: 'ok';
      /** The stored text, to remove the key only if it still holds this very draft. */
      raw: string;
      /** SHA-256 of the stored text: the same draft is never migrated twice. */
      fingerprint: string;
      answers: DraftAnswers;
      migration: Migration | null;
    };

export function readLegacyRaw(): string | null {
  try {
    return draftStorage()?.getItem(DRAFT_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function readLegacyDraft(): LegacyDraft {
  const raw = readLegacyRaw();
  if (raw === null) return { status: 'none' };
  const loaded = loadDraft();
  if (loaded.status === 'none') return { status: 'none' };
  if (loaded.status === 'discarded') return loaded;
  return {
    status: 'ok',
    raw,
    fingerprint: toHex(sha256(encodeWtf8(raw))),
    answers: loaded.draft.answers,
    migration: loaded.migration,
  };
}

/** Removes the old key, but only while it still holds the draft that was migrated. Never throws. */
export function removeLegacyDraft(raw: string): void {
  if (readLegacyRaw() !== raw) return;
  try {
    draftStorage()?.removeItem(DRAFT_STORAGE_KEY);
  } catch {
    // Left in place; the fingerprint keeps it from being migrated twice.
  }
}
