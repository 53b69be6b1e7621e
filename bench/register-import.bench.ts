/**
 * `npm run bench` (issue #9 "Moving data in and out", ADR 0097): what an import costs before anything is
 * written. (1) A 500-row model register: CSV parsed and every cell checked (parseRegister), each row judged
 * complete or not (previewRows), and the 500 records built with the complete rows evaluated
 * (registerRecords). (2) A workspace file of 500 assessments, each with a version and a task: parsed and
 * validated by the zod schema (answers through parseAnswers, answers hashes checked), then planned against
 * the same workspace (all unchanged: every record compared).
 */
import { bench, describe } from 'vitest';
import { WIZARD_PERSONAS, type WizardPersona } from '../src/engine/questionnaire/personas.fixture';
import { answersToRow, parseRegister, registerCsv } from '../src/export/register-csv';
import { previewRows, registerRecords } from '../src/features/workspace-data/register-records';
import { english } from '../src/i18n/english';
import { completeAnswers, DRAFT_VERSION } from '../src/shared/draft/storage';
import { planImport, readWorkspaceFile, workspaceFileJson } from '../src/shared/workspace/file';
import { assessmentOf, taskOf, versionOf } from '../src/shared/workspace/file-fixtures';
import type { WorkspaceRecord } from '../src/shared/workspace/types';

const N = 500;
const personas = Object.values(WIZARD_PERSONAS as Record<string, WizardPersona>);
const persona = (i: number) => (personas[i % personas.length] as WizardPersona).answers;

const csv = registerCsv(
  Array.from({ length: N }, (_, i) =>
    answersToRow({ ...persona(i), modelName: `Model ${i}` }, `Owner ${i % 7}`),
  ),
);

const records: WorkspaceRecord[] = [];
for (let i = 0; i < N; i++) {
  const done = completeAnswers({ version: DRAFT_VERSION, answers: persona(i), updatedAt: '' });
  if (!done.ok) throw new Error('persona not complete');
  const id = `a${i}`;
  const v = versionOf(id, 1, { ...done.answers, modelName: `Model ${i}` });
  records.push(assessmentOf(id, v.answers, v), v, taskOf(id));
}
const fileText = workspaceFileJson(records, '2026-11-30T12:00:00.000Z');

let n = 0;
describe(`model register: ${N} rows (${Math.round(csv.length / 1024)} KB CSV)`, () => {
  bench('parse + check every cell', () => {
    const r = parseRegister(csv, english);
    if (!r.ok || r.rows.length !== N) throw new Error('register did not parse');
  });
  bench('parse + check + preview + build records (complete rows evaluated)', () => {
    const r = parseRegister(csv, english);
    if (!r.ok) throw new Error('register did not parse');
    const built = registerRecords(previewRows(r.rows), {
      asOf: '2026-11-30',
      now: '2026-11-30T12:00:00.000Z',
      newId: () => `id${n++}`,
    });
    if (built.length < N) throw new Error('records missing');
  });
});

describe(`workspace file: ${N} assessments, ${N} versions, ${N} tasks (${Math.round(fileText.length / 1024)} KB)`, () => {
  bench('parse + validate (zod, answers, hashes)', () => {
    const r = readWorkspaceFile(fileText);
    if (!r.ok) throw new Error(r.summary);
  });
  bench('parse + validate + plan against the same workspace', () => {
    const r = readWorkspaceFile(fileText);
    if (!r.ok) throw new Error(r.summary);
    const plan = planImport(records, r.file.records);
    if (plan.unchanged.length !== records.length) throw new Error('plan differs');
  });
});
