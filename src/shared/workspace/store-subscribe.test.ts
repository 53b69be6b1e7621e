/**
 * Change notices (issue #9 "Several tabs", ADR 0090): this tab's listeners hear every committed change, and
 * another tab hears it over the BroadcastChannel — here a second channel, as a second tab would open it.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAME } from './schema';
import {
  clearWorkspace,
  closeWorkspace,
  createAssessment,
  deleteAssessment,
  putTask,
  subscribe,
  updateAssessment,
} from './store';
import type { WorkspaceChange } from './types';

let otherTab: BroadcastChannel;
let heardByOtherTab: WorkspaceChange[];

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  heardByOtherTab = [];
  otherTab = new BroadcastChannel(CHANNEL_NAME);
  otherTab.onmessage = (e: MessageEvent) => heardByOtherTab.push(e.data);
});

afterEach(async () => {
  otherTab.close();
  await closeWorkspace();
});

/** Resolves when `list` holds `n` entries (messages between channels arrive on a later turn). */
async function until<T>(list: T[], n: number): Promise<T[]> {
  for (let i = 0; i < 200 && list.length < n; i += 1) await new Promise((r) => setTimeout(r, 5));
  return list;
}

describe('subscribe', () => {
  it('tells this tab and the other tabs of each committed change', async () => {
    const local: WorkspaceChange[] = [];
    const stop = subscribe((c) => local.push(c));
    const a = await createAssessment({ name: 'A' });
    await updateAssessment(a.id, 1, { name: 'B' });
    await putTask(
      {
        id: `${a.id}/art53_1_a`,
        assessmentId: a.id,
        obligationId: 'art53_1_a',
        itemKey: null,
        status: 'done',
        reason: '',
        owner: '',
        due: null,
        evidence: '',
      },
      null,
    );
    await deleteAssessment(a.id);
    await clearWorkspace();
    const expected: WorkspaceChange[] = [
      { kind: 'assessment', id: a.id, rev: 1 },
      { kind: 'assessment', id: a.id, rev: 2 },
      { kind: 'task', id: `${a.id}/art53_1_a`, assessmentId: a.id },
      { kind: 'assessment', id: a.id, rev: null },
      { kind: 'all' },
    ];
    expect(local).toEqual(expected);
    expect(await until(heardByOtherTab, 5)).toEqual(expected);
    stop();
  });

  it("hears the other tabs' changes, ignores what is not a change, and stops when unsubscribed", async () => {
    const local: WorkspaceChange[] = [];
    const stop = subscribe((c) => local.push(c));
    otherTab.postMessage({ kind: 'nonsense' });
    otherTab.postMessage('hello');
    otherTab.postMessage({ kind: 'version', id: 'v1', assessmentId: 'a1' });
    await until(local, 1);
    expect(local).toEqual([{ kind: 'version', id: 'v1', assessmentId: 'a1' }]);
    stop();
    otherTab.postMessage({ kind: 'all' });
    await new Promise((r) => setTimeout(r, 50));
    expect(local).toHaveLength(1);
  });

  it('announces nothing for a write that failed', async () => {
    const local: WorkspaceChange[] = [];
    subscribe((c) => local.push(c));
    const a = await createAssessment({ name: 'A' });
    await expect(updateAssessment(a.id, 7, { name: 'B' })).rejects.toMatchObject({ kind: 'conflict' });
    await new Promise((r) => setTimeout(r, 50));
    expect(local).toEqual([{ kind: 'assessment', id: a.id, rev: 1 }]);
    expect(heardByOtherTab).toEqual(local);
  });

  it('keeps telling the other listeners when one throws', async () => {
    const heard: string[] = [];
    subscribe(() => {
      throw new Error('broken listener');
    });
    subscribe((c) => heard.push(c.kind));
    // The broken listener's error is rethrown on its own turn, where the page reports it; here, caught.
    const rethrown: unknown[] = [];
    const catcher = (e: unknown) => rethrown.push(e);
    process.on('uncaughtException', catcher);
    try {
      await createAssessment({ name: 'A' });
      await new Promise((r) => setTimeout(r, 10));
    } finally {
      process.off('uncaughtException', catcher);
    }
    expect(heard).toEqual(['assessment']);
    expect(rethrown).toMatchObject([{ message: 'broken listener' }]);
  });
});
