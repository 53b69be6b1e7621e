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
  clearWorkspace,
  closeWorkspace,
  createAssessment,
  deleteAssessment,
  duplicateAssessment,
  exportRecords,
  getAssessment,
  getVersion,
  importRecords,
  listAssessments,
  listTasks,
  listVersions,
  newId,
  putTask,
  recordVersion,
  requestPersistence,
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

function taskInput(assessmentId: string, patch: Partial<Parameters<typeof putTask>[0]> = {}) {
  return {
    id: `${assessmentId}/art53_1_b`,
    assessmentId,
    obligationId: 'art53_1_b' as const,
    itemKey: null,
    status: 'not-started' as const,
    reason: '',
    owner: '',
    due: null,
    evidence: '',
    ...patch,
  };
}

describe('revisions of tasks', () => {
  it('creates with expectedRev null at rev 1, then needs the revision read', async () => {
    const a = await createAssessment({}, T0);
    const t1 = await putTask(taskInput(a.id), null, T0);
    expect(t1).toMatchObject({ kind: 'task', format: 1, rev: 1, updatedAt: T0.toISOString() });
    const t2 = await putTask(taskInput(a.id, { status: 'done', evidence: 'https://x.example/doc' }), 1, T1);
    expect(t2).toMatchObject({ rev: 2, status: 'done' });
    // Another tab still holding rev 1, and a second "create" of the same task: both told, with the current task.
    await expect(putTask(taskInput(a.id, { owner: 'Me' }), 1)).rejects.toMatchObject({
      kind: 'conflict',
      current: t2,
    });
    await expect(putTask(taskInput(a.id), null)).rejects.toMatchObject({ kind: 'conflict', current: t2 });
    expect(await listTasks(a.id)).toEqual([t2]);
  });

  it('refuses a task of an assessment that is gone, and an update of a task that never existed', async () => {
    await expect(putTask(taskInput('missing'), null)).rejects.toMatchObject({ kind: 'not-found' });
    const a = await createAssessment({}, T0);
    await expect(putTask(taskInput(a.id), 3)).rejects.toMatchObject({ kind: 'not-found' });
    expect(await listTasks()).toEqual([]);
  });
});

describe('revisions of assessments', () => {
  it('counts every write: rename, archive, version, sign-off', async () => {
    const a = await createAssessment({ draft: persona }, T0);
    const b = await updateAssessment(a.id, 1, { archived: true });
    expect(b.rev).toBe(2);
    const v = await recordVersion(a.id, versionOf());
    expect((await getAssessment(a.id))?.rev).toBe(3);
    await signVersion(v.id, { name: 'R', role: '', date: '2026-11-30', note: '' });
    expect((await getAssessment(a.id))?.rev).toBe(4);
    // A conflict names the record as it now is, so the screen can offer "take theirs".
    const err = await updateAssessment(a.id, 2, { name: 'late' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'conflict', current: { rev: 4, archived: true } });
    expect((err as Error).message).toMatch(/another tab.*could not be saved/);
  });

  it('ignores undefined fields of a patch and cannot change id, kind or latest', async () => {
    const a = await createAssessment({ name: 'A', owner: 'Legal' }, T0);
    const b = await updateAssessment(a.id, 1, {
      owner: undefined,
      name: 'B',
      ...({ id: 'x', latest: {} } as object),
    });
    expect(b).toMatchObject({ id: a.id, name: 'B', owner: 'Legal', latest: null });
  });

  it('says not-found for an assessment deleted meanwhile', async () => {
    const a = await createAssessment({}, T0);
    await deleteAssessment(a.id);
    await expect(updateAssessment(a.id, 1, { name: 'x' })).rejects.toMatchObject({ kind: 'not-found' });
    await expect(recordVersion(a.id, versionOf())).rejects.toMatchObject({ kind: 'not-found' });
    await expect(deleteAssessment(a.id)).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('versions never change', () => {
  it('keeps a version as recorded when its assessment changes, and the answers passed in are copied', async () => {
    const answers = structuredClone(persona);
    const a = await createAssessment({ draft: answers }, T0);
    const v = await recordVersion(a.id, versionOf(answers));
    answers.modelName = 'mutated after recording';
    await updateAssessment(a.id, 2, { draft: { ...persona, modelName: 'Edited' } });
    expect((await getVersion(v.id))?.answers.modelName).toBe('Łódź AI');
  });

  it('makes a new version when only the rules version or the as-of date differs', async () => {
    const a = await createAssessment({ draft: persona }, T0);
    const v1 = await recordVersion(a.id, versionOf());
    const v2 = await recordVersion(a.id, { ...versionOf(), rulesVersion: '2099.1.1' });
    const v3 = await recordVersion(a.id, versionOf(persona, '2026-11-26'));
    expect([v1.seq, v2.seq, v3.seq]).toEqual([1, 2, 3]);
  });

  it('imports a version again unchanged or with its sign-off, and refuses one that rewrites it (nothing written)', async () => {
    const a = await createAssessment({ draft: persona }, T0);
    const v = await recordVersion(a.id, versionOf());
    await importRecords([v]);
    const signed = {
      ...v,
      signoff: { name: 'R', role: '', date: '2026-11-30', note: '', signedAt: T1.toISOString() },
    };
    await importRecords([signed]);
    expect(await getVersion(v.id)).toEqual(signed);
    const renamed = { ...(await getAssessment(a.id)), name: 'from the file' } as AssessmentRecord;
    const rewritten = { ...signed, asOf: '2030-01-01' };
    await expect(importRecords([renamed, rewritten])).rejects.toMatchObject({ kind: 'locked' });
    expect((await getAssessment(a.id))?.name).toBe('Łódź AI');
    await expect(importRecords([{ ...signed, signoff: null }])).rejects.toMatchObject({ kind: 'locked' });
  });
});

describe('the whole workspace', () => {
  it('exports, clears and imports every record back as it was', async () => {
    const a = await createAssessment({ draft: persona }, T0);
    await recordVersion(a.id, versionOf());
    await putTask(taskInput(a.id), null);
    const all = await exportRecords();
    expect(all.map((r) => r.kind)).toEqual(['assessment', 'version', 'task']);
    await clearWorkspace();
    expect(await exportRecords()).toEqual([]);
    expect(localStorage.getItem(WORKSPACE_HINT_KEY)).toBeNull();
    await importRecords(all);
    expect(await exportRecords()).toEqual(all);
    expect(JSON.parse(localStorage.getItem(WORKSPACE_HINT_KEY) ?? '{}')).toMatchObject({
      count: 1,
      lastId: a.id,
    });
  });
});

describe('the start page hint', () => {
  it('follows creates, renames and deletions, and goes when the workspace is empty', async () => {
    const hint = () => JSON.parse(localStorage.getItem(WORKSPACE_HINT_KEY) ?? 'null');
    const a = await createAssessment({ name: 'First' }, T0);
    expect(hint()).toEqual({ count: 1, lastId: a.id, lastName: 'First', updatedAt: T0.toISOString() });
    const b = await createAssessment({ name: 'Second' }, T1);
    expect(hint()).toMatchObject({ count: 2, lastId: b.id, lastName: 'Second' });
    await updateAssessment(a.id, 1, { name: 'First, renamed' }, new Date('2026-11-30T11:00:00Z'));
    expect(hint()).toMatchObject({ count: 2, lastId: a.id, lastName: 'First, renamed' });
    // Deleting the one "Resume" points at falls back to the most recently changed one left.
    await deleteAssessment(a.id);
    expect(hint()).toMatchObject({ count: 1, lastId: b.id, lastName: 'Second' });
    // Deleting another keeps "Resume" where it was.
    const c = await createAssessment({ name: 'Third' }, T1);
    await updateAssessment(b.id, 1, { owner: 'x' });
    await deleteAssessment(c.id);
    expect(hint()).toMatchObject({ count: 1, lastId: b.id });
    await deleteAssessment(b.id);
    expect(hint()).toBeNull();
  });

  it('is not written when the write fails', async () => {
    const a = await createAssessment({ name: 'Kept' }, T0);
    const before = localStorage.getItem(WORKSPACE_HINT_KEY);
    await expect(updateAssessment(a.id, 9, { name: 'Lost' })).rejects.toMatchObject({ kind: 'conflict' });
    expect(localStorage.getItem(WORKSPACE_HINT_KEY)).toBe(before);
  });
});

describe('requestPersistence', () => {
  const original = Object.getOwnPropertyDescriptor(navigator, 'storage');
  afterEach(() => {
    if (original) Object.defineProperty(navigator, 'storage', original);
    else delete (navigator as { storage?: unknown }).storage;
  });
  function storage(value: unknown) {
    Object.defineProperty(navigator, 'storage', { value, configurable: true });
  }

  it('asks the browser and reports its answer', async () => {
    const asked: string[] = [];
    storage({ persisted: async () => false, persist: async () => asked.push('persist') > 0 });
    expect(await requestPersistence()).toBe('granted');
    storage({ persisted: async () => false, persist: async () => false });
    expect(await requestPersistence()).toBe('denied');
    storage({ persisted: async () => true, persist: async () => asked.push('again') < 0 });
    expect(await requestPersistence()).toBe('granted');
    expect(asked).toEqual(['persist']);
  });

  it('says unsupported without the Storage API, denied when it throws', async () => {
    storage(undefined);
    expect(await requestPersistence()).toBe('unsupported');
    storage({
      persist: async () => {
        throw new Error('no');
      },
    });
    expect(await requestPersistence()).toBe('denied');
  });
});

describe('ids', () => {
  it('are version 4 UUIDs, also where crypto.randomUUID is missing (plain http on a LAN address)', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newId()).toMatch(uuid);
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 50 }, () => newId()));
      expect(ids.size).toBe(50);
      for (const id of ids) expect(id).toMatch(uuid);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });

  it("stores copies: changing the caller's draft afterwards changes neither the store nor the returned record", async () => {
    const draft = structuredClone(persona);
    const a = await createAssessment({ draft }, T0);
    draft.modelName = 'changed by the caller';
    expect(a.draft.modelName).toBe('Łódź AI');
    expect((await getAssessment(a.id))?.draft.modelName).toBe('Łódź AI');
  });
});
