/**
 * The one-time move of the old localStorage draft into the workspace (issue #9 "The existing local draft
 * migrates … without loss", ADR 0090): the answers arrive intact, the old key goes only after the write
 * committed, a damaged draft is reported and left alone, and two tabs (or two loads) never make two.
 */
import { english } from '../../i18n/all';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PERSONAS } from '../../share/test-personas';
import { DRAFT_STORAGE_KEY } from '../draft/keys';
import { WORKSPACE_HINT_KEY } from './hint';
import {
  closeWorkspace,
  deleteAssessment,
  listAssessments,
  migrateLegacyDraft,
  migrateLegacyDraftDetailed,
} from './store';

const T0 = new Date('2026-11-30T10:00:00.000Z');
const realAdd = IDBObjectStore.prototype.add;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

afterEach(async () => {
  IDBObjectStore.prototype.add = realAdd;
  await closeWorkspace();
});

function saveLegacy(draft: unknown): string {
  const raw = JSON.stringify(draft);
  localStorage.setItem(DRAFT_STORAGE_KEY, raw);
  return raw;
}

const v2Draft = {
  version: 1,
  answers: { ...PERSONAS.openWeights7bApache, modelName: '  Open-7B  ' },
  updatedAt: '2026-11-20T09:30:00.000Z',
};

describe('migrateLegacyDraft', () => {
  it('turns the saved draft into an assessment named after the model, then removes the old key', async () => {
    saveLegacy(v2Draft);
    const result = await migrateLegacyDraftDetailed(T0);
    if (result.status !== 'migrated') throw new Error(result.status);
    expect(result.assessment).toMatchObject({
      name: 'Open-7B',
      draft: v2Draft.answers,
      rev: 1,
      latest: null,
      createdAt: T0.toISOString(),
    });
    expect(result.migration).toBeNull();
    expect(await listAssessments()).toEqual([result.assessment]);
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
    expect(JSON.parse(localStorage.getItem(WORKSPACE_HINT_KEY) ?? '{}')).toMatchObject({
      count: 1,
      lastId: result.assessment.id,
      lastName: 'Open-7B',
    });
    // Nothing left to migrate on the next load.
    expect(await migrateLegacyDraftDetailed()).toEqual({ status: 'none' });
    expect(await listAssessments()).toHaveLength(1);
  });

  it('migrates a version 1 draft with its answers moved to version 2, and says so; no name → "Untitled model"', async () => {
    saveLegacy({
      version: 1,
      answers: { schemaVersion: 1, role: 'research', generality: 'narrow', outputModalities: ['audio'] },
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    const result = await migrateLegacyDraftDetailed(T0);
    if (result.status !== 'migrated') throw new Error(result.status);
    expect(result.assessment.name).toBe('Untitled model');
    expect(result.assessment.draft).toMatchObject({
      schemaVersion: 2,
      role: 'research',
      outputModalities: ['speech'],
      generalityFacts: { singleTask: 'otherSingleTask' },
    });
    expect(result.migration?.fromVersion).toBe(1);
  });

  it('leaves a damaged draft in place and gives the reason to show', async () => {
    const raw = '{"version":1,"answers":{"role":';
    localStorage.setItem(DRAFT_STORAGE_KEY, raw);
    expect(await migrateLegacyDraftDetailed()).toEqual({
      status: 'discarded',
      text: { msg: 'app.draftDamaged' },
    });
    expect(english.m('app.draftDamaged')).toMatch(/damaged/);
    expect(await migrateLegacyDraft()).toBeNull();
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBe(raw);
    expect(await listAssessments()).toEqual([]);
  });

  it('makes one assessment when two tabs migrate at once, and both get it', async () => {
    saveLegacy(v2Draft);
    const [first, second] = await Promise.all([migrateLegacyDraft(), migrateLegacyDraft()]);
    expect(await listAssessments()).toHaveLength(1);
    expect(first?.id).toBeDefined();
    expect(second?.id).toBe(first?.id);
  });

  it('never migrates the same draft twice, even when its key could not be removed, nor after the assessment was deleted', async () => {
    const raw = saveLegacy(v2Draft);
    const migrated = await migrateLegacyDraft();
    localStorage.setItem(DRAFT_STORAGE_KEY, raw);
    expect(await migrateLegacyDraftDetailed()).toEqual({ status: 'already-migrated', assessment: migrated });
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
    await deleteAssessment(migrated?.id ?? '');
    localStorage.setItem(DRAFT_STORAGE_KEY, raw);
    expect(await migrateLegacyDraftDetailed()).toEqual({ status: 'already-migrated', assessment: null });
    expect(await listAssessments()).toEqual([]);
  });

  it('migrates a different draft saved later (an older build in another tab)', async () => {
    saveLegacy(v2Draft);
    await migrateLegacyDraft();
    saveLegacy({ ...v2Draft, answers: { ...v2Draft.answers, modelName: 'Open-8B' } });
    expect((await migrateLegacyDraft())?.name).toBe('Open-8B');
    expect((await listAssessments()).map((a) => a.name).sort()).toEqual(['Open-7B', 'Open-8B']);
  });

  it('keeps the old key when the write fails', async () => {
    const raw = saveLegacy(v2Draft);
    IDBObjectStore.prototype.add = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    await expect(migrateLegacyDraft()).rejects.toMatchObject({ kind: 'quota' });
    IDBObjectStore.prototype.add = realAdd;
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBe(raw);
    expect(await listAssessments()).toEqual([]);
  });
});
