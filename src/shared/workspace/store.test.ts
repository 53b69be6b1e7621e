/**
 * The workspace store against fake-indexeddb (ADR 0090): every API function, revisions and conflicts,
 * immutable versions, undo of a deletion, the hint, and the migration of the old localStorage draft.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answers } from '../../engine/answers';
import { evaluate } from '../../engine/evaluate';
import { answersHash } from '../../share/hash';
import { PERSONAS } from '../../share/test-personas';
import { WORKSPACE_HINT_KEY } from './hint';
import {
  closeWorkspace,
  createAssessment,
  deleteAssessment,
  duplicateAssessment,
  exportRecords,
  getAssessment,
  getVersion,
  listAssessments,
  listTasks,
  listVersions,
  putTask,
  recordVersion,
  restoreAssessment,
  signVersion,
  updateAssessment,
} from './store';
import { summarizeReport } from './summary';
import type { AssessmentRecord } from './types';

const persona = PERSONAS.frontierLabOutsideEu as Answers;
const T0 = new Date('2026-11-30T10:00:00.000Z');
const T1 = new Date('2026-11-30T10:05:00.000Z');

function versionOf(answers = persona, asOf = '2026-11-25') {
  const report = evaluate(answers, asOf);
  return {
    answers,
    provenance: {},
    rulesVersion: report.rulesVersion,
    asOf,
    answersHash: answersHash(answers),
    result: summarizeReport(report),
  };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

afterEach(async () => {
  await closeWorkspace();
});

describe('assessments', () => {
  it('creates one named after the model, reads it back and lists it', async () => {
    const a = await createAssessment({ draft: persona, owner: 'Legal' }, T0);
    expect(a).toMatchObject({ kind: 'assessment', format: 1, name: 'Łódź AI', owner: 'Legal', rev: 1 });
    expect(a.createdAt).toBe(T0.toISOString());
    expect(await getAssessment(a.id)).toEqual(a);
    expect(await listAssessments()).toEqual([a]);
    expect(await getAssessment('nope')).toBeNull();
  });

  it('updates with the revision read, and refuses a stale revision with the current record', async () => {
    const a = await createAssessment({}, T0);
    expect(a.name).toBe('Untitled model');
    const b = await updateAssessment(a.id, 1, { name: 'Renamed' }, T1);
    expect(b).toMatchObject({ name: 'Renamed', rev: 2, updatedAt: T1.toISOString() });
    const stale = updateAssessment(a.id, 1, { owner: 'Someone else' });
    await expect(stale).rejects.toMatchObject({ kind: 'conflict', current: b });
    expect(await getAssessment(a.id)).toEqual(b);
  });
});

describe('versions', () => {
  it('records seq 1, 2 and returns the latest unchanged for the same evaluation', async () => {
    const a = await createAssessment({ draft: persona }, T0);
    const v1 = await recordVersion(a.id, versionOf(), T1);
    expect(v1).toMatchObject({ seq: 1, assessmentId: a.id, signoff: null });
    expect(await recordVersion(a.id, versionOf())).toEqual(v1);
    const v2 = await recordVersion(a.id, versionOf(persona, '2027-01-01'));
    expect(v2.seq).toBe(2);
    expect((await listVersions(a.id)).map((v) => v.seq)).toEqual([1, 2]);
    const after = (await getAssessment(a.id)) as AssessmentRecord;
    expect(after.latest).toMatchObject({ versionId: v2.id, seq: 2, signed: false });
  });

  it('signs once; a second sign-off is locked', async () => {
    const a = await createAssessment({ draft: persona }, T0);
    const v = await recordVersion(a.id, versionOf());
    const signed = await signVersion(v.id, { name: 'R', role: 'Counsel', date: '2026-11-30', note: '' }, T1);
    expect(signed.signoff).toMatchObject({ name: 'R', signedAt: T1.toISOString() });
    expect((await getAssessment(a.id))?.latest?.signed).toBe(true);
    await expect(
      signVersion(v.id, { name: 'X', role: '', date: '2026-11-30', note: '' }),
    ).rejects.toMatchObject({
      kind: 'locked',
    });
    expect(await getVersion(v.id)).toEqual(signed);
  });
});

describe('delete and undo, duplicate, tasks, export', () => {
  it('deletes with versions and tasks and restores them exactly', async () => {
    const a = await createAssessment({ draft: persona }, T0);
    await recordVersion(a.id, versionOf());
    const task = await putTask(
      {
        id: `${a.id}/art53_1_a`,
        assessmentId: a.id,
        obligationId: 'art53_1_a',
        itemKey: null,
        status: 'in-progress',
        reason: '',
        owner: 'ML',
        due: null,
        evidence: '',
      },
      null,
    );
    const before = await exportRecords();
    const deleted = await deleteAssessment(a.id);
    expect(deleted.versions).toHaveLength(1);
    expect(deleted.tasks).toEqual([task]);
    expect(await exportRecords()).toEqual([]);
    await restoreAssessment(deleted);
    expect(await exportRecords()).toEqual(before);
    expect(await listTasks(a.id)).toEqual([task]);
    const copy = await duplicateAssessment(a.id);
    expect(copy.name).toBe('Łódź AI (copy)');
    expect(await listVersions(copy.id)).toEqual([]);
    expect(localStorage.getItem(WORKSPACE_HINT_KEY)).toContain(copy.id);
  });
});
