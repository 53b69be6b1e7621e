/**
 * Reads one side of a comparison from the workspace: the answers, the date it is evaluated on and, for a
 * version recorded under older rules, the result as recorded. Never throws: a missing record, an unfinished
 * draft or unreadable answers become a state the page explains in words.
 */
import { ANSWERS_SCHEMA_VERSION, type Answers, answersSchema } from '../../engine/answers';
import type { CompareInput } from '../../engine/compare';
import { formatDate } from '../../engine/dates';
import {
  type DraftAnswers,
  incompleteScreens,
  relevantAnswers,
  SCREEN_BY_ID,
} from '../../engine/questionnaire';
import { RULES_VERSION } from '../../engine/rules-version';
import { parseAnswers } from '../../engine/validate';
import type { AssessmentRecord, RecordId, VersionRecord } from '../../shared/workspace/types';
import type { Ref } from './refs';

/** The part of the store this reads (structural, so tests hand in a plain object). */
export interface SideReader {
  getAssessment(id: RecordId): Promise<AssessmentRecord | null>;
  getVersion(id: RecordId): Promise<VersionRecord | null>;
}

export type SideState =
  | { ok: true; label: string; input: CompareInput; assessmentId: string }
  | { ok: false; message: string };

/** A draft's finished answers (answers on screens that no longer apply dropped), or what is still missing. */
export function finishedDraft(
  draft: DraftAnswers,
): { ok: true; answers: Answers } | { ok: false; missing: string[] } {
  const missing = incompleteScreens(draft);
  if (missing.length > 0) return { ok: false, missing: missing.map((s) => SCREEN_BY_ID.get(s)?.title ?? s) };
  const parsed = answersSchema.safeParse({
    ...relevantAnswers(draft),
    schemaVersion: ANSWERS_SCHEMA_VERSION,
  });
  if (!parsed.success) return { ok: false, missing: ['some answers are not valid yet'] };
  return { ok: true, answers: parsed.data };
}

export async function loadSide(
  reader: SideReader,
  ref: Ref,
  asOf: string | undefined,
  today: string,
): Promise<SideState> {
  if (ref.kind === 'd') {
    const assessment = await reader.getAssessment(ref.id);
    if (!assessment) return { ok: false, message: 'This assessment is not in this browser’s workspace.' };
    const done = finishedDraft(assessment.draft);
    if (!done.ok)
      return {
        ok: false,
        message: `The draft of “${assessment.name}” is not finished: ${done.missing.join(', ')} still need${done.missing.length === 1 ? 's' : ''} an answer.`,
      };
    return {
      ok: true,
      label: `${assessment.name} — current draft`,
      input: { answers: done.answers, asOf: asOf ?? today },
      assessmentId: assessment.id,
    };
  }
  const version = await reader.getVersion(ref.id);
  if (!version) return { ok: false, message: 'This version is not in this browser’s workspace.' };
  const assessment = await reader.getAssessment(version.assessmentId);
  const name = assessment?.name ?? 'A deleted assessment';
  // Stored answers are read as a file would be: an older schema migrates, anything else is named.
  const parsed = parseAnswers(version.answers);
  if (!parsed.ok)
    return {
      ok: false,
      message: `The answers of version ${version.seq} of “${name}” cannot be read by this version of the app: ${parsed.issues.map((i) => i.message).join('; ')}`,
    };
  const asRecorded = ref.kind === 'v' && asOf === undefined && version.rulesVersion !== RULES_VERSION;
  const label =
    ref.kind === 'r'
      ? `${name} — version ${version.seq} under the current rules`
      : `${name} — version ${version.seq} (${formatDate(version.asOf)})`;
  return {
    ok: true,
    label,
    input: {
      answers: parsed.answers,
      asOf: asOf ?? version.asOf,
      recorded: asRecorded ? { summary: version.result, rulesVersion: version.rulesVersion } : null,
    },
    assessmentId: version.assessmentId,
  };
}
