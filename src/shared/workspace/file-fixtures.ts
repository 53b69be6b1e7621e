/**
 * Record builders for the workspace-file and register tests and the benchmark: real answers evaluated by the
 * real engine, so a record looks exactly like one the store writes. Test support only.
 */
import type { Answers } from '../../engine/answers';
import { evaluate } from '../../engine/evaluate';
import { RULES_VERSION } from '../../engine/rules-version';
import { canonicalAnswers } from '../../share/canonical';
import { answersHash } from '../../share/hash';
import { summarizeReport } from './summary';
import { type AssessmentRecord, RECORD_FORMAT, type TaskRecord, type VersionRecord } from './types';

export const T0 = '2026-11-01T09:00:00.000Z';

export function versionOf(
  assessmentId: string,
  seq: number,
  input: Answers,
  extra: Partial<VersionRecord> = {},
): VersionRecord {
  const answers = canonicalAnswers(input);
  const asOf = extra.asOf ?? '2026-11-30';
  return {
    kind: 'version',
    format: RECORD_FORMAT,
    id: `${assessmentId}-v${seq}`,
    assessmentId,
    seq,
    createdAt: T0,
    answers,
    provenance: {},
    rulesVersion: RULES_VERSION,
    asOf,
    answersHash: answersHash(answers),
    result: summarizeReport(evaluate(answers, asOf)),
    signoff: null,
    ...extra,
  };
}

export function assessmentOf(
  id: string,
  input: Answers,
  latest: VersionRecord | null = null,
): AssessmentRecord {
  return {
    kind: 'assessment',
    format: RECORD_FORMAT,
    id,
    name: input.modelName ?? id,
    owner: 'Legal',
    archived: false,
    createdAt: T0,
    updatedAt: T0,
    rev: 1,
    draft: latest ? structuredClone(latest.answers) : structuredClone(input),
    provenance: {},
    basedOnVersionId: null,
    latest: latest && {
      versionId: latest.id,
      seq: latest.seq,
      answersHash: latest.answersHash,
      rulesVersion: latest.rulesVersion,
      asOf: latest.asOf,
      result: latest.result,
      signed: latest.signoff !== null,
    },
  };
}

export function taskOf(assessmentId: string, extra: Partial<TaskRecord> = {}): TaskRecord {
  const obligationId = extra.obligationId ?? 'art53_1_a';
  const itemKey = extra.itemKey ?? null;
  return {
    kind: 'task',
    format: RECORD_FORMAT,
    id: `${assessmentId}/${obligationId}${itemKey === null ? '' : `/${itemKey}`}`,
    assessmentId,
    obligationId,
    itemKey,
    status: 'in-progress',
    reason: '',
    owner: 'Docs team',
    due: null,
    evidence: '',
    updatedAt: T0,
    rev: 1,
    ...extra,
  };
}
