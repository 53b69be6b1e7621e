/**
 * What the store writes is what the workspace file accepts (ADR 0090 with ADR 0097): every kind of record the
 * store makes — a migrated draft, a renamed and owned assessment, versions recorded and signed, tasks — is
 * exported, read back through the file's strict schema, cleared and imported, and comes back equal.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { evaluate } from '../../engine/evaluate';
import { WIZARD_PERSONAS } from '../../engine/questionnaire/personas.fixture';
import { answersHash } from '../../share/hash';
import { completeAnswers, DRAFT_STORAGE_KEY, DRAFT_VERSION } from '../draft/storage';
import { readWorkspaceFile, workspaceFileJson } from './file';
import {
  clearWorkspace,
  closeWorkspace,
  createAssessment,
  exportRecords,
  importRecords,
  migrateLegacyDraft,
  putTask,
  recordVersion,
  signVersion,
  updateAssessment,
} from './store';
import { summarizeReport } from './summary';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

afterEach(async () => {
  await closeWorkspace();
});

it('exports records the workspace file reads back unchanged, and imports them after a clear', async () => {
  const draft = WIZARD_PERSONAS.frontierLab.answers;
  const complete = completeAnswers({ version: DRAFT_VERSION, answers: draft, updatedAt: '' });
  if (!complete.ok) throw new Error('the fixture is complete');
  const report = evaluate(complete.answers, '2026-11-25');

  localStorage.setItem(
    DRAFT_STORAGE_KEY,
    JSON.stringify({ version: 1, answers: WIZARD_PERSONAS.openWeights7B.answers, updatedAt: '' }),
  );
  await migrateLegacyDraft();
  const a = await createAssessment({
    draft,
    provenance: { 'compute.parameterUpdateFlop': { source: 'ML lead' } },
  });
  await updateAssessment(a.id, 1, { name: 'Aurora-3 (EU)', owner: 'Legal' });
  const v1 = await recordVersion(a.id, {
    answers: complete.answers,
    provenance: {},
    rulesVersion: report.rulesVersion,
    asOf: '2026-11-25',
    answersHash: answersHash(complete.answers),
    result: summarizeReport(report),
  });
  await signVersion(v1.id, { name: 'R. Reviewer', role: 'Counsel', date: '2026-11-30', note: 'Checked.' });
  await putTask(
    {
      id: `${a.id}/art53_1_a/annex-xi-1`,
      assessmentId: a.id,
      obligationId: 'art53_1_a',
      itemKey: 'annex-xi-1',
      status: 'not-needed',
      reason: 'Covered by the model card.',
      owner: 'ML',
      due: '2027-08-02',
      evidence: 'https://example.org/card',
    },
    null,
  );

  const records = await exportRecords();
  expect(records.map((r) => r.kind).sort()).toEqual(['assessment', 'assessment', 'task', 'version']);
  const read = readWorkspaceFile(workspaceFileJson(records, '2026-11-30T12:00:00.000Z'));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  expect(read.file.records).toEqual(expect.arrayContaining(records));
  expect(read.file.records).toHaveLength(records.length);

  await clearWorkspace();
  await importRecords(read.file.records);
  expect(await exportRecords()).toEqual(expect.arrayContaining(records));
});
