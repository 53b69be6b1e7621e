/**
 * Where a workspace report's answers come from (issue #9, ADR 0092): an assessment's draft (`?id=`) or one
 * of its recorded versions (`?id=&v=`), read from the store, and whether showing the draft's report records a
 * new version. Never throws: every failure becomes a state the page explains in words.
 */
import { ANSWERS_SCHEMA_VERSION, type Answers, answersSchema } from '../../engine/answers';
import {
  type DraftAnswers,
  incompleteScreens,
  relevantAnswers,
  type ScreenId,
  screenOfAnswerPath,
} from '../../engine/questionnaire';
import { answersHash } from '../../share/hash';
import type { AssessmentRecord, RecordId, VersionRecord } from '../../shared/workspace/types';

export type WorkspaceSource =
  | { kind: 'draft'; assessment: AssessmentRecord; answers: Answers; hash: string }
  | { kind: 'incomplete'; assessment: AssessmentRecord; missingSteps: ScreenId[] }
  | { kind: 'version'; assessment: AssessmentRecord; version: VersionRecord }
  | { kind: 'not-found'; what: 'assessment' | 'version' }
  /** `message`: the store's own, or null (the screen says the workspace could not be read). */
  | { kind: 'unavailable'; message: string | null };

/** The part of the store this reads (a structural type, so tests can hand in a plain object). */
export interface StoreReader {
  getAssessment(id: RecordId): Promise<AssessmentRecord | null>;
  getVersion(id: RecordId): Promise<VersionRecord | null>;
}

export type CompleteDraft = { ok: true; answers: Answers } | { ok: false; missingSteps: ScreenId[] };

/**
 * The finished answers of a draft for the engine: answers on screens that no longer apply are dropped, every
 * screen that applies must be answered, and the whole must pass the answers schema (the same reading as the
 * check page's, so the report and the wizard agree on what "complete" means).
 */
export function completeDraft(draft: DraftAnswers): CompleteDraft {
  const missingSteps = incompleteScreens(draft);
  if (missingSteps.length > 0) return { ok: false, missingSteps };
  const parsed = answersSchema.safeParse({
    ...relevantAnswers(draft),
    schemaVersion: ANSWERS_SCHEMA_VERSION,
  });
  if (!parsed.success) {
    const steps = parsed.error.issues.map((i) => screenOfAnswerPath(i.path.map(String).join('.')));
    return { ok: false, missingSteps: [...new Set(steps)] };
  }
  return { ok: true, answers: parsed.data };
}

/** The report source for an assessment's draft. */
export function draftSource(assessment: AssessmentRecord): WorkspaceSource {
  const complete = completeDraft(assessment.draft);
  if (!complete.ok) return { kind: 'incomplete', assessment, missingSteps: complete.missingSteps };
  return { kind: 'draft', assessment, answers: complete.answers, hash: answersHash(complete.answers) };
}

/**
 * Whether showing this draft's report records a new version: when there is none yet, or the answers or the
 * rules differ from the latest one's. The same answers under the same rules on a later day are the same
 * evaluation — recording one a day would bury the history and drop a signed version's "signed" status for
 * nothing (ADR 0092).
 */
export function needsNewVersion(
  latest: AssessmentRecord['latest'],
  hash: string,
  rulesVersion: string,
): boolean {
  return latest === null || latest.answersHash !== hash || latest.rulesVersion !== rulesVersion;
}

/** The error's own message (a workspace error's is in the page's language), or null: the screen words it. */
export function errorMessage(e: unknown): string | null {
  return e instanceof Error && e.message ? e.message : null;
}

/** Reads what `?id=` (and `v=`) name. A version of another assessment than `id` is not found. */
export async function loadWorkspaceSource(
  store: StoreReader,
  id: RecordId | undefined,
  v: RecordId | undefined,
): Promise<WorkspaceSource> {
  try {
    if (v !== undefined) {
      const version = await store.getVersion(v);
      if (!version || (id !== undefined && version.assessmentId !== id)) {
        return { kind: 'not-found', what: 'version' };
      }
      const assessment = await store.getAssessment(version.assessmentId);
      if (!assessment) return { kind: 'not-found', what: 'assessment' };
      return { kind: 'version', assessment, version };
    }
    if (id === undefined) return { kind: 'not-found', what: 'assessment' };
    const assessment = await store.getAssessment(id);
    if (!assessment) return { kind: 'not-found', what: 'assessment' };
    return draftSource(assessment);
  } catch (e) {
    return { kind: 'unavailable', message: errorMessage(e) };
  }
}

/** The assessment a bare `#/report` means: the one last changed that is not archived, if any. */
export function lastChangedOpen(assessments: readonly AssessmentRecord[]): AssessmentRecord | null {
  let best: AssessmentRecord | null = null;
  for (const a of assessments) {
    if (a.archived) continue;
    if (!best || a.updatedAt > best.updatedAt) best = a;
  }
  return best;
}
