/**
 * Reads one side of a comparison from the workspace: the answers, the date it is evaluated on and, for a
 * version recorded under older rules, the result as recorded. Never throws: a missing record, an unfinished
 * draft or unreadable answers become a state the page explains in words.
 */
import { ANSWERS_SCHEMA_VERSION, type Answers, answersSchema } from '../../engine/answers';
import type { CompareInput, Words } from '../../engine/compare';
import {
  type DraftAnswers,
  incompleteScreens,
  relevantAnswers,
  SCREEN_BY_ID,
} from '../../engine/questionnaire';
import { RULES_VERSION } from '../../engine/rules-version';
import { tx } from '../../engine/text';
import { parseAnswers } from '../../engine/validate';
import type { Translator } from '../../i18n/translator';
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

const say = (tr: Translator, x: Words) => (typeof x === 'string' ? x : tr.t(x));

/** A draft's finished answers (answers on screens that no longer apply dropped), or what is still missing. */
export function finishedDraft(
  draft: DraftAnswers,
): { ok: true; answers: Answers } | { ok: false; missing: Words[] } {
  const missing = incompleteScreens(draft);
  if (missing.length > 0)
    return { ok: false, missing: missing.map((s): Words => SCREEN_BY_ID.get(s)?.title ?? s) };
  const parsed = answersSchema.safeParse({
    ...relevantAnswers(draft),
    schemaVersion: ANSWERS_SCHEMA_VERSION,
  });
  if (!parsed.success) return { ok: false, missing: [tx('compare.sideInvalidAnswers')] };
  return { ok: true, answers: parsed.data };
}

export async function loadSide(
  reader: SideReader,
  ref: Ref,
  asOf: string | undefined,
  today: string,
  tr: Translator,
): Promise<SideState> {
  if (ref.kind === 'd') {
    const assessment = await reader.getAssessment(ref.id);
    if (!assessment) return { ok: false, message: tr.t(tx('compare.sideAssessmentMissing')) };
    const done = finishedDraft(assessment.draft);
    if (!done.ok)
      return {
        ok: false,
        message: tr.t(
          tx('compare.sideDraftUnfinished', {
            name: assessment.name,
            screens: done.missing.map((m) => say(tr, m)).join(', '),
            count: done.missing.length,
          }),
        ),
      };
    return {
      ok: true,
      label: tr.t(tx('compare.sideCurrentDraft', { name: assessment.name })),
      input: { answers: done.answers, asOf: asOf ?? today },
      assessmentId: assessment.id,
    };
  }
  const version = await reader.getVersion(ref.id);
  if (!version) return { ok: false, message: tr.t(tx('compare.sideVersionMissing')) };
  const assessment = await reader.getAssessment(version.assessmentId);
  const name = assessment?.name ?? tr.t(tx('compare.deletedAssessment'));
  // Stored answers are read as a file would be: an older schema migrates, anything else is named.
  const parsed = parseAnswers(version.answers);
  if (!parsed.ok)
    return {
      ok: false,
      message: tr.t(
        tx('compare.sideUnreadable', {
          seq: String(version.seq),
          name,
          issues: parsed.issues.map((i) => say(tr, i.message)).join('; '),
        }),
      ),
    };
  const asRecorded = ref.kind === 'v' && asOf === undefined && version.rulesVersion !== RULES_VERSION;
  const label =
    ref.kind === 'r'
      ? tr.t(tx('compare.sideVersionCurrentRules', { name, seq: String(version.seq) }))
      : tr.t(tx('compare.sideVersion', { name, seq: String(version.seq), date: { date: version.asOf } }));
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
