/**
 * Failed writes (issue #9 "Never claim saved when it is not", ADR 0090): a full disk is 'quota', a browser
 * without usable IndexedDB is 'unavailable', any other refusal 'write-failed'; each message says what was not
 * saved and the way out, nothing is half-written, no listener hears of it and the hint does not move.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WORKSPACE_HINT_KEY } from './hint';
import { CHANNEL_NAME, DB_NAME } from './schema';
import {
  closeWorkspace,
  createAssessment,
  exportRecords,
  getAssessment,
  listAssessments,
  recordVersion,
  subscribe,
  updateAssessment,
  WorkspaceError,
} from './store';
import type { ResultSummary } from './types';

const T0 = new Date('2026-11-30T10:00:00.000Z');
const realPut = IDBObjectStore.prototype.put;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

afterEach(async () => {
  IDBObjectStore.prototype.put = realPut;
  vi.restoreAllMocks();
  await closeWorkspace();
});

function quotaOnPut() {
  IDBObjectStore.prototype.put = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}

describe('a full disk', () => {
  it("is 'quota': says what was not saved and to export, keeps the stored record and the hint", async () => {
    const a = await createAssessment({ name: 'Model A' }, T0);
    const hint = localStorage.getItem(WORKSPACE_HINT_KEY);
    const heard: unknown[] = [];
    subscribe((c) => heard.push(c));
    quotaOnPut();
    const err = await updateAssessment(a.id, 1, { name: 'Model B' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkspaceError);
    expect(err).toMatchObject({ kind: 'quota' });
    expect((err as Error).message).toMatch(/no space left.*your changes to “Model A” could not be saved/);
    expect((err as Error).message).toMatch(/export the workspace as a file/);
    IDBObjectStore.prototype.put = realPut;
    expect(await getAssessment(a.id)).toEqual(a);
    expect(localStorage.getItem(WORKSPACE_HINT_KEY)).toBe(hint);
    expect(heard).toEqual([]);
  });

  it('never half-writes: a version whose assessment update fails is not kept either', async () => {
    const a = await createAssessment({ name: 'Model A' }, T0);
    // recordVersion adds the version, then puts the assessment: the put fails after the add succeeded.
    quotaOnPut();
    const version = {
      answers: { schemaVersion: 2 } as never,
      provenance: {},
      rulesVersion: 'r',
      asOf: '2026-11-30',
      answersHash: 'abc',
      result: {} as ResultSummary,
    };
    await expect(recordVersion(a.id, version)).rejects.toMatchObject({ kind: 'quota' });
    IDBObjectStore.prototype.put = realPut;
    expect(await exportRecords()).toEqual([a]);
  });
});

describe('a write the browser drops at commit', () => {
  it("rejects ('write-failed') instead of reporting success, and nothing is stored", async () => {
    const a = await createAssessment({ name: 'Model A' }, T0);
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      const request = realPut.apply(this, args);
      // The request succeeds, then the transaction is aborted before it commits.
      request.addEventListener('success', () => this.transaction.abort());
      return request;
    };
    const err = await updateAssessment(a.id, 1, { name: 'Model B' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'write-failed' });
    expect((err as Error).message).toMatch(/refused to save your changes to “Model A”. Nothing was changed/);
    IDBObjectStore.prototype.put = realPut;
    expect((await getAssessment(a.id))?.name).toBe('Model A');
  });
});

describe('no usable IndexedDB', () => {
  it("is 'unavailable' when indexedDB is missing, naming what was not saved", async () => {
    (globalThis as { indexedDB?: unknown }).indexedDB = undefined;
    const err = await createAssessment({ name: 'x' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'unavailable' });
    expect((err as Error).message).toMatch(/private window\), so the new assessment could not be saved/);
    await expect(listAssessments()).rejects.toMatchObject({ kind: 'unavailable' });
    expect(localStorage.getItem(WORKSPACE_HINT_KEY)).toBeNull();
  });

  it("is 'unavailable' when opening throws (private mode), and a later call tries again", async () => {
    const factory = new IDBFactory();
    globalThis.indexedDB = factory;
    const open = vi.spyOn(factory, 'open').mockImplementation(() => {
      throw new DOMException(
        'A mutation operation was attempted on a database that did not allow mutations.',
        'InvalidStateError',
      );
    });
    await expect(createAssessment({ name: 'x' })).rejects.toMatchObject({ kind: 'unavailable' });
    open.mockRestore();
    const a = await createAssessment({ name: 'x' });
    expect(await listAssessments()).toEqual([a]);
  });

  it("is 'unavailable' when a newer build left the database at a higher version", async () => {
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, 99);
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    const err = await listAssessments().catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'unavailable' });
    expect((err as Error).message).toMatch(/newer version .* Reload the page/);
  });

  it('steps aside when a newer build in another tab upgrades the database, and keeps hearing other tabs', async () => {
    const heard: unknown[] = [];
    subscribe((c) => heard.push(c));
    await createAssessment({ name: 'x' });
    const upgraded = await new Promise<number>((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, 2);
      req.onblocked = () => reject(new Error('blocked by the open connection'));
      req.onsuccess = () => {
        req.result.close();
        resolve(req.result.version);
      };
      req.onerror = () => reject(req.error);
    });
    expect(upgraded).toBe(2);
    const otherTab = new BroadcastChannel(CHANNEL_NAME);
    otherTab.postMessage({ kind: 'all' });
    for (let i = 0; i < 100 && heard.length < 2; i += 1) await new Promise((r) => setTimeout(r, 5));
    otherTab.close();
    expect(heard).toEqual([expect.objectContaining({ kind: 'assessment' }), { kind: 'all' }]);
  });
});
