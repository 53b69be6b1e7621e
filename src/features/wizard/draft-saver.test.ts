import { describe, expect, it, vi } from 'vitest';
import { WorkspaceError } from '../../shared/workspace/errors';
import type { AssessmentRecord } from '../../shared/workspace/types';
import { DraftSaver, type SaverStore, UNTITLED } from './draft-saver';

function record(over: Partial<AssessmentRecord> = {}): AssessmentRecord {
  return {
    kind: 'assessment',
    format: 1,
    id: 'a1',
    name: UNTITLED,
    owner: '',
    archived: false,
    createdAt: '2026-11-30T10:00:00.000Z',
    updatedAt: '2026-11-30T10:00:00.000Z',
    rev: 1,
    draft: {},
    provenance: {},
    basedOnVersionId: null,
    latest: null,
    ...over,
  };
}

/** An in-memory store with the real store's rules for revisions (conflict when the rev moved). */
function memoryStore(initial: AssessmentRecord[] = []) {
  const rows = new Map(initial.map((r) => [r.id, r]));
  let fail: WorkspaceError | null = null;
  const store: SaverStore & { rows: typeof rows; failNext(e: WorkspaceError | null): void } = {
    rows,
    failNext(e) {
      fail = e;
    },
    createAssessment: vi.fn(async (init) => {
      if (fail) throw fail;
      const r = record({ id: `new-${rows.size + 1}`, name: init.name ?? UNTITLED, draft: init.draft ?? {} });
      rows.set(r.id, { ...r, provenance: init.provenance ?? {} });
      return rows.get(r.id) as AssessmentRecord;
    }),
    updateAssessment: vi.fn(async (id, rev, patch) => {
      if (fail) throw fail;
      const current = rows.get(id);
      if (!current) throw new WorkspaceError('not-found', 'gone');
      if (current.rev !== rev) throw new WorkspaceError('conflict', 'changed', { current });
      const next = { ...current, ...patch, rev: current.rev + 1 };
      rows.set(id, next);
      return next;
    }),
    getAssessment: vi.fn(async (id) => rows.get(id) ?? null),
  };
  return store;
}

/** Timers run by hand: the pause before a write is the test's to end. */
function manualTimers() {
  let due: (() => void) | null = null;
  return {
    setTimer: (fn: () => void) => {
      due = fn;
      return 1;
    },
    clearTimer: () => {
      due = null;
    },
    run: () => {
      const fn = due;
      due = null;
      fn?.();
    },
    get pending() {
      return due !== null;
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('DraftSaver: typing saved as it happens', () => {
  it('writes after the pause, says "saving" until the write committed, then "saved"', async () => {
    const store = memoryStore([record()]);
    const timers = manualTimers();
    const saver = new DraftSaver(store, record(), timers);
    saver.edit({ draft: { modelName: 'A' } });
    saver.edit({ draft: { modelName: 'Au' } });
    expect(saver.getState().status).toBe('saving');
    expect(store.updateAssessment).not.toHaveBeenCalled();
    timers.run();
    expect(saver.getState().status).toBe('saving');
    await settle();
    expect(store.updateAssessment).toHaveBeenCalledTimes(1);
    expect(store.rows.get('a1')?.draft).toEqual({ modelName: 'Au' });
    expect(saver.getState()).toMatchObject({ status: 'saved', record: { rev: 2 } });
  });

  it('flush writes at once (Continue) and resolves true only once committed', async () => {
    const store = memoryStore([record()]);
    const saver = new DraftSaver(store, record(), manualTimers());
    saver.edit({ draft: { role: 'developer' } });
    expect(await saver.flush()).toBe(true);
    expect(store.rows.get('a1')?.draft).toEqual({ role: 'developer' });
  });

  it('an edit equal to what is saved writes nothing', async () => {
    const store = memoryStore([record({ draft: { role: 'developer' } })]);
    const saver = new DraftSaver(store, record({ draft: { role: 'developer' } }), manualTimers());
    saver.edit({ draft: { role: 'developer' } });
    expect(await saver.flush()).toBe(true);
    expect(store.updateAssessment).not.toHaveBeenCalled();
    expect(saver.getState().status).toBe('idle');
  });

  it('creates the assessment with the first answer, named from the model, and says so once', async () => {
    const store = memoryStore();
    const onCreated = vi.fn();
    const saver = new DraftSaver(store, null, { ...manualTimers(), onCreated });
    saver.edit({ draft: { modelName: 'Aurora-3' } });
    await saver.flush();
    saver.edit({ draft: { modelName: 'Aurora-3', role: 'developer' } });
    await saver.flush();
    expect(store.createAssessment).toHaveBeenCalledTimes(1);
    expect(store.createAssessment).toHaveBeenCalledWith(expect.objectContaining({ name: 'Aurora-3' }));
    expect(onCreated).toHaveBeenCalledTimes(1);
    expect(store.updateAssessment).toHaveBeenCalledWith('new-1', 1, expect.anything());
  });

  it('the name follows the model name until the assessment was renamed', async () => {
    const store = memoryStore([record({ name: 'Aurora', draft: { modelName: 'Aurora' } })]);
    const saver = new DraftSaver(
      store,
      record({ name: 'Aurora', draft: { modelName: 'Aurora' } }),
      manualTimers(),
    );
    saver.edit({ draft: { modelName: 'Aurora-3' } });
    await saver.flush();
    expect(store.rows.get('a1')?.name).toBe('Aurora-3');

    const renamed = record({ id: 'b', name: 'Our flagship', draft: { modelName: 'Aurora' } });
    const other = memoryStore([renamed]);
    const s2 = new DraftSaver(other, renamed, manualTimers());
    s2.edit({ draft: { modelName: 'Aurora-4' } });
    await s2.flush();
    expect(other.rows.get('b')?.name).toBe('Our flagship');
  });

  it('saves provenance with the answers', async () => {
    const store = memoryStore([record()]);
    const saver = new DraftSaver(store, record(), manualTimers());
    saver.edit({
      provenance: { 'compute.parameterUpdateFlop': { source: 'ML lead', exactness: 'estimate' } },
    });
    await saver.flush();
    expect(store.rows.get('a1')?.provenance).toEqual({
      'compute.parameterUpdateFlop': { source: 'ML lead', exactness: 'estimate' },
    });
  });
});

describe('DraftSaver: a failed write', () => {
  it('keeps the edit unsaved, reports the reason, and a retry writes it', async () => {
    const store = memoryStore([record()]);
    const saver = new DraftSaver(store, record(), manualTimers());
    store.failNext(new WorkspaceError('quota', 'No space left.'));
    saver.edit({ draft: { modelName: 'Kept' } });
    expect(await saver.flush()).toBe(false);
    expect(saver.getState()).toMatchObject({
      status: 'failed',
      error: { kind: 'quota', message: 'No space left.' },
      draft: { modelName: 'Kept' },
    });
    // Typing on while the browser refuses: still not saved, the notice stays.
    saver.edit({ draft: { modelName: 'Kept on' } });
    expect(await saver.flush()).toBe(false);
    expect(saver.getState().error?.kind).toBe('quota');
    store.failNext(null);
    expect(await saver.flush()).toBe(true);
    expect(saver.getState()).toMatchObject({ status: 'saved', error: null });
    expect(store.rows.get('a1')?.draft).toEqual({ modelName: 'Kept on' });
  });

  it('a plain error (not the store’s) is still a failure, never "saved"', async () => {
    const store = memoryStore([record()]);
    (store.updateAssessment as ReturnType<typeof vi.fn>).mockRejectedValueOnce(new Error('boom'));
    const saver = new DraftSaver(store, record(), manualTimers());
    saver.edit({ draft: { role: 'developer' } });
    expect(await saver.flush()).toBe(false);
    expect(saver.getState()).toMatchObject({ status: 'failed', error: { kind: 'unknown' } });
  });
});

describe('DraftSaver: two tabs', () => {
  it('a write after another tab’s is refused: the user chooses; keep mine writes over theirs', async () => {
    const store = memoryStore([record()]);
    const saver = new DraftSaver(store, record(), manualTimers());
    // The other tab writes.
    await store.updateAssessment('a1', 1, { draft: { modelName: 'Theirs' } });
    saver.edit({ draft: { modelName: 'Mine' } });
    expect(await saver.flush()).toBe(false);
    expect(saver.getState()).toMatchObject({ status: 'conflict', theirs: { rev: 2 } });
    expect(store.rows.get('a1')?.draft).toEqual({ modelName: 'Theirs' });
    // While the choice is open, typing is kept but nothing is written.
    saver.edit({ draft: { modelName: 'Mine!' } });
    expect(await saver.flush()).toBe(false);
    expect(await saver.keepMine()).toBe(true);
    expect(store.rows.get('a1')).toMatchObject({ rev: 3, draft: { modelName: 'Mine!' } });
  });

  it('take theirs drops mine and reloads the form with theirs', async () => {
    const store = memoryStore([record()]);
    const saver = new DraftSaver(store, record(), manualTimers());
    await store.updateAssessment('a1', 1, { draft: { modelName: 'Theirs' } });
    saver.edit({ draft: { modelName: 'Mine' } });
    await saver.flush();
    const generation = saver.getState().generation;
    saver.takeTheirs();
    expect(saver.getState()).toMatchObject({
      status: 'idle',
      draft: { modelName: 'Theirs' },
      record: { rev: 2 },
    });
    expect(saver.getState().generation).toBe(generation + 1);
    expect(await saver.flush()).toBe(true);
    expect(store.updateAssessment).toHaveBeenCalledTimes(2); // theirs, and the refused one: nothing more
  });

  it('with nothing unsaved, another tab’s change is taken in silently and said', async () => {
    const store = memoryStore([record()]);
    const saver = new DraftSaver(store, record(), manualTimers());
    await store.updateAssessment('a1', 1, { draft: { modelName: 'Theirs' } });
    saver.changed('a1', 2);
    await settle();
    expect(saver.getState()).toMatchObject({
      draft: { modelName: 'Theirs' },
      fromOtherTab: true,
      generation: 1,
    });
  });

  it('its own write announced back is not mistaken for another tab’s', async () => {
    const store = memoryStore([record()]);
    const saver = new DraftSaver(store, record(), manualTimers());
    saver.edit({ draft: { modelName: 'Mine' } });
    await saver.flush();
    saver.changed('a1', 2);
    await settle();
    expect(saver.getState()).toMatchObject({ generation: 0, fromOtherTab: false, status: 'saved' });
  });

  it('with an unsaved edit, another tab’s change is not taken in (the write then asks)', async () => {
    const store = memoryStore([record()]);
    const timers = manualTimers();
    const saver = new DraftSaver(store, record(), timers);
    saver.edit({ draft: { modelName: 'Mine' } });
    await store.updateAssessment('a1', 1, { draft: { modelName: 'Theirs' } });
    saver.changed('a1', 2);
    await settle();
    expect(saver.getState().draft).toEqual({ modelName: 'Mine' });
    timers.run();
    await settle();
    expect(saver.getState().status).toBe('conflict');
  });

  it('an assessment deleted elsewhere is reported, not silently recreated', async () => {
    const store = memoryStore([record()]);
    const saver = new DraftSaver(store, record(), manualTimers());
    store.rows.delete('a1');
    saver.changed('a1', null);
    await settle();
    expect(saver.getState()).toMatchObject({ status: 'failed', error: { kind: 'not-found' } });
  });

  it('an assessment restored after a delete (undo) is taken back in, the failure cleared', async () => {
    const store = memoryStore([record()]);
    const saver = new DraftSaver(store, record(), manualTimers());
    const kept = store.rows.get('a1') as AssessmentRecord;
    store.rows.delete('a1');
    saver.changed('a1', null);
    await settle();
    expect(saver.getState().error?.kind).toBe('not-found');
    store.rows.set('a1', kept);
    saver.changed('a1', kept.rev);
    await settle();
    expect(saver.getState()).toMatchObject({ status: 'idle', error: null, record: { id: 'a1' } });
  });
});
