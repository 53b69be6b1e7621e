/**
 * The good rows of a model register as new workspace records (ADR 0097): each row an assessment whose draft is
 * the row's answers as given; a row that answers every question the wizard would ask is evaluated too and
 * kept as version 1, so the list shows its badges and deadline at once (status "complete"). Everything is
 * written by the caller in one transaction (importRecords), so a register is imported whole or not at all.
 * Pure: ids and the time come in.
 */
import type { Answers } from '../../engine/answers';
import { evaluate } from '../../engine/evaluate';
import { RULES_VERSION } from '../../engine/rules-version';
import type { RegisterRow } from '../../export/register-csv';
import { canonicalAnswers } from '../../share/canonical';
import { answersHash } from '../../share/hash';
import { completeAnswers, DRAFT_VERSION } from '../../shared/draft/storage';
import { summarizeReport } from '../../shared/workspace/summary';
import {
  type AssessmentRecord,
  RECORD_FORMAT,
  type Timestamp,
  type VersionRecord,
  type WorkspaceRecord,
} from '../../shared/workspace/types';

export interface RowPreview {
  row: RegisterRow;
  /** True when every question the wizard asks for these answers is answered: it is evaluated on import. */
  complete: boolean;
  /** The answers the engine evaluates (the relevant ones), when complete. */
  answers: Answers | null;
}

/** Judged once per row (walking the questionnaire is the costly part), for the preview and the import. */
export function previewRows(rows: readonly RegisterRow[]): RowPreview[] {
  return rows.map((row) => {
    const done = completeAnswers({ version: DRAFT_VERSION, answers: row.draft, updatedAt: '' });
    return { row, complete: done.ok, answers: done.ok ? done.answers : null };
  });
}

export function registerRecords(
  previews: readonly RowPreview[],
  context: { asOf: string; now: Timestamp; newId: () => string },
): WorkspaceRecord[] {
  const { asOf, now, newId } = context;
  const out: WorkspaceRecord[] = [];
  for (const { row, answers: complete } of previews) {
    const assessment: AssessmentRecord = {
      kind: 'assessment',
      format: RECORD_FORMAT,
      id: newId(),
      name: row.name,
      owner: row.owner,
      archived: false,
      createdAt: now,
      updatedAt: now,
      rev: 1,
      draft: row.draft,
      provenance: {},
      basedOnVersionId: null,
      latest: null,
    };
    if (complete) {
      const answers = canonicalAnswers(complete);
      const version: VersionRecord = {
        kind: 'version',
        format: RECORD_FORMAT,
        id: newId(),
        assessmentId: assessment.id,
        seq: 1,
        createdAt: now,
        answers,
        provenance: {},
        rulesVersion: RULES_VERSION,
        asOf,
        answersHash: answersHash(answers),
        result: summarizeReport(evaluate(answers, asOf)),
        signoff: null,
      };
      assessment.latest = {
        versionId: version.id,
        seq: 1,
        answersHash: version.answersHash,
        rulesVersion: RULES_VERSION,
        asOf,
        result: version.result,
        signed: false,
      };
      out.push(assessment, version);
    } else out.push(assessment);
  }
  return out;
}
