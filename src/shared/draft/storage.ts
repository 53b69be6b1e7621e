/**
 * The single answers draft that builds before the workspace kept in localStorage (issue #9, ADR 0091: the
 * wizard now edits workspace assessments). Read here so that the workspace store can move it in
 * (migrateLegacyDraft): a damaged, foreign or unknown-version draft is never trusted — loadDraft() reports it
 * as discarded with a reason the page shows, and never throws; a draft of answers schema version 1 is
 * migrated on load (./migrate-draft.ts). `completeAnswers` turns any draft into the engine's answers.
 */
import { ANSWERS_SCHEMA_VERSION, type Answers, answersSchema } from '../../engine/answers';
import { ANSWERS_SCHEMA_VERSION_V1 } from '../../engine/answers-v1';
import type { Migration } from '../../engine/migrate';
import {
  type DraftAnswers,
  draftAnswersSchema,
  incompleteScreens,
  relevantAnswers,
  type ScreenId,
  screenOfAnswerPath,
} from '../../engine/questionnaire';
import type { Text } from '../../engine/text';
import { DRAFT_STORAGE_KEY, DRAFT_VERSION, draftStorage } from './keys';
import { migrateDraftAnswersV1 } from './migrate-draft';
import { removeDraft } from './peek';

export { DRAFT_STORAGE_KEY, DRAFT_VERSION } from './keys';

export interface Draft {
  version: number;
  /** Every answer given so far — including those on screens that no longer apply, so Back restores them. */
  answers: DraftAnswers;
  /** ISO timestamp of the last save. */
  updatedAt: string;
}

export type LoadDraftResult =
  | { status: 'none' }
  | {
      status: 'ok';
      draft: Draft;
      /** Set when the saved answers were of an older schema version and were migrated on load. */
      migration: Migration | null;
    }
  /** Why, for the reader's language. */
  | { status: 'discarded'; text: Text };

const DAMAGED_TEXT: Text = { msg: 'app.draftDamaged' };
const OLD_VERSION_TEXT: Text = { msg: 'app.draftOtherVersion' };

export function loadDraft(): LoadDraftResult {
  let raw: string | null;
  try {
    raw = draftStorage()?.getItem(DRAFT_STORAGE_KEY) ?? null;
  } catch {
    return { status: 'none' };
  }
  if (raw === null) return { status: 'none' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { status: 'discarded', text: DAMAGED_TEXT };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { status: 'discarded', text: DAMAGED_TEXT };
  }
  const { version, answers, updatedAt } = parsed as Record<string, unknown>;
  if (version !== DRAFT_VERSION) return { status: 'discarded', text: OLD_VERSION_TEXT };
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
    return { status: 'discarded', text: DAMAGED_TEXT };
  }
  let current: unknown = answers;
  let migration: Migration | null = null;
  const schemaVersion = (answers as { schemaVersion?: unknown }).schemaVersion;
  if (schemaVersion === ANSWERS_SCHEMA_VERSION_V1) {
    const migrated = migrateDraftAnswersV1(answers);
    if (!migrated) return { status: 'discarded', text: DAMAGED_TEXT };
    current = migrated.answers;
    migration = { fromVersion: migrated.fromVersion, notes: migrated.notes };
  } else if (schemaVersion !== undefined && schemaVersion !== ANSWERS_SCHEMA_VERSION) {
    return { status: 'discarded', text: OLD_VERSION_TEXT };
  }
  // Validate without keeping the parsed output: defaults must not turn into answers the user never gave.
  if (!draftAnswersSchema.safeParse(current).success) return { status: 'discarded', text: DAMAGED_TEXT };
  return {
    status: 'ok',
    draft: {
      version: DRAFT_VERSION,
      answers: current as DraftAnswers,
      updatedAt: typeof updatedAt === 'string' ? updatedAt : '',
    },
    migration,
  };
}

/** Saves the draft. Returns false when the browser refuses (storage full or disabled); never throws. */
export function saveDraft(draft: Draft): boolean {
  try {
    const storage = draftStorage();
    if (!storage) return false;
    storage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** Saves answers as the current draft, stamped with the current version and time. */
export function saveAnswers(answers: DraftAnswers, now: Date = new Date()): Draft {
  const draft: Draft = {
    version: DRAFT_VERSION,
    answers: { ...answers, schemaVersion: ANSWERS_SCHEMA_VERSION },
    updatedAt: now.toISOString(),
  };
  saveDraft(draft);
  return draft;
}

/** Removes the old draft from this browser. */
export function clearDraft(): void {
  removeDraft();
}

export type CompleteAnswersResult = { ok: true; answers: Answers } | { ok: false; missingSteps: ScreenId[] };

/**
 * The finished answers for the engine: drops answers on screens that no longer apply (prune), then checks
 * that every screen that applies is answered and that the whole passes the answers schema.
 */
export function completeAnswers(draft: Draft): CompleteAnswersResult {
  const missingSteps = incompleteScreens(draft.answers);
  if (missingSteps.length > 0) return { ok: false, missingSteps };
  const relevant = relevantAnswers(draft.answers);
  const parsed = answersSchema.safeParse({ ...relevant, schemaVersion: ANSWERS_SCHEMA_VERSION });
  if (!parsed.success) {
    // Not expected once every screen is complete; point at the screens of the failing fields.
    const steps = parsed.error.issues.map((i) => screenOfAnswerPath(i.path.map(String).join('.')));
    return { ok: false, missingSteps: [...new Set(steps)] };
  }
  return { ok: true, answers: parsed.data };
}
