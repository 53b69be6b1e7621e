import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCREEN_IDS } from '../../engine/questionnaire';
import { WIZARD_PERSONAS } from '../../engine/questionnaire/personas.fixture';
import { english } from '../../i18n/all';
import { peekDraft } from './peek';
import {
  clearDraft,
  completeAnswers,
  DRAFT_STORAGE_KEY,
  DRAFT_VERSION,
  type Draft,
  loadDraft,
  saveAnswers,
  saveDraft,
} from './storage';

const draftOf = (answers: Draft['answers']): Draft => ({
  version: DRAFT_VERSION,
  answers,
  updatedAt: '2026-11-25T10:00:00.000Z',
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('draft storage', () => {
  it('saves and loads the answers, stamped with version and time', () => {
    expect(loadDraft()).toEqual({ status: 'none' });
    const saved = saveAnswers({ role: 'developer', euEstablished: 'no' }, new Date('2026-11-25T10:00:00Z'));
    expect(saved).toEqual({
      version: DRAFT_VERSION,
      answers: { role: 'developer', euEstablished: 'no', schemaVersion: 2 },
      updatedAt: '2026-11-25T10:00:00.000Z',
    });
    expect(loadDraft()).toEqual({ status: 'ok', draft: saved, migration: null });
    expect(peekDraft()).toEqual({ status: 'present', updatedAt: '2026-11-25T10:00:00.000Z' });
  });

  it('keeps answers of screens that no longer apply (Back restores them)', () => {
    const answers = { ...WIZARD_PERSONAS.openWeights7B.answers, role: 'integrator' as const };
    saveDraft(draftOf(answers));
    const loaded = loadDraft();
    expect(loaded.status === 'ok' && loaded.draft.answers.licence?.name).toBe('Apache-2.0');
  });

  it('clears the draft', () => {
    saveAnswers({ role: 'developer' });
    clearDraft();
    expect(loadDraft()).toEqual({ status: 'none' });
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
  });

  it.each([
    ['not JSON', '{"version":1,"answers":'],
    ['not an object', '42'],
    ['answers missing', JSON.stringify({ version: 1 })],
    ['a wrong type', JSON.stringify({ version: 1, answers: { role: 42 } })],
    [
      'an impossible value',
      JSON.stringify({ version: 1, answers: { compute: { parameterUpdateFlop: -1 } } }),
    ],
    [
      'a date that does not exist',
      JSON.stringify({ version: 1, answers: { placing: { placingDate: '2025-02-30' } } }),
    ],
    ['an unknown field', JSON.stringify({ version: 1, answers: { role: 'developer', isGPAI: true } })],
  ])('discards a damaged draft (%s) with a reason, without throwing', (_case, raw) => {
    localStorage.setItem(DRAFT_STORAGE_KEY, raw);
    const result = loadDraft();
    expect(result.status).toBe('discarded');
    expect(result.status === 'discarded' && english.t(result.text)).toMatch(/damaged/);
  });

  it('discards a draft of another version with a reason', () => {
    localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify({ version: DRAFT_VERSION + 1, answers: {} }));
    expect(loadDraft()).toEqual({
      status: 'discarded',
      text: { msg: 'app.draftOtherVersion' },
    });
    expect(english.m('app.draftOtherVersion')).toMatch(/different version/);
    expect(peekDraft()).toEqual({
      status: 'unreadable',
      text: { msg: 'app.draftPeekOtherVersion' },
    });
    expect(english.m('app.draftPeekOtherVersion')).toMatch(/different version/);
    localStorage.setItem(
      DRAFT_STORAGE_KEY,
      JSON.stringify({ version: DRAFT_VERSION, answers: { schemaVersion: 3 } }),
    );
    expect(loadDraft().status).toBe('discarded');
  });

  it('never throws when the browser refuses storage', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    expect(loadDraft()).toEqual({ status: 'none' });
    expect(peekDraft()).toEqual({ status: 'none' });
    expect(saveDraft(draftOf({ role: 'developer' }))).toBe(false);
  });
});

describe('a draft saved before rules revision 2 (answers schema version 1)', () => {
  /** Exactly what a version 1 build left in localStorage, half-way through the questions. */
  const v1Draft = {
    version: 1,
    answers: {
      schemaVersion: 1,
      modelName: 'Łódź lab model',
      role: 'research',
      euEstablished: 'yes',
      outputModalities: ['text', 'audio'],
      generality: 'narrow',
      compute: { parameterUpdateFlop: 4e23, method: 'hardware' },
      placing: { channels: ['internalOnly', 'notYet'], euAvailability: 'none' },
      systemicRisk: { thresholdMetDate: 'unknown' },
    },
    updatedAt: '2026-11-20T09:30:00.000Z',
  };

  it('is migrated on load without losing an answer, and says what changed', () => {
    localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(v1Draft));
    const loaded = loadDraft();
    if (loaded.status !== 'ok') throw new Error(JSON.stringify(loaded));
    expect(loaded.draft).toEqual({
      version: DRAFT_VERSION,
      answers: {
        schemaVersion: 2,
        modelName: 'Łódź lab model',
        role: 'research',
        euEstablished: 'yes',
        outputModalities: ['text', 'speech'],
        generalityFacts: { singleTask: 'otherSingleTask' },
        compute: { parameterUpdateFlop: 4e23, method: 'hardware' },
        placing: {
          channels: ['internalOnly', 'notYet'],
          euAvailability: 'none',
          intention: 'undecided',
          internalUseLocation: 'unknown',
        },
        systemicRisk: { thresholdMetDate: 'unknown' },
      },
      updatedAt: '2026-11-20T09:30:00.000Z',
    });
    expect(loaded.migration?.fromVersion).toBe(1);
    expect(loaded.migration?.notes.map((n) => n.field)).toEqual([
      'outputModalities',
      'generalityFacts.singleTask',
      'placing.intention',
      'placing.internalUseLocation',
      'placing.commercial',
    ]);
    expect(peekDraft()).toEqual({ status: 'present', updatedAt: '2026-11-20T09:30:00.000Z' });
  });

  it('is saved as version 2 with the next answer, and then loads without a migration', () => {
    localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(v1Draft));
    const loaded = loadDraft();
    if (loaded.status !== 'ok') throw new Error('not loaded');
    const saved = saveAnswers(loaded.draft.answers);
    expect(JSON.parse(localStorage.getItem(DRAFT_STORAGE_KEY) ?? '').answers.schemaVersion).toBe(2);
    expect(loadDraft()).toEqual({ status: 'ok', draft: saved, migration: null });
  });

  it.each([
    ['a version 2 value', { outputModalities: ['speech'] }],
    ['a version 2 field', { generalityFacts: { singleTask: 'music' } }],
    ['an impossible value', { generality: 'wide' }],
  ])('is discarded as damaged when it holds %s', (_case, bad) => {
    localStorage.setItem(
      DRAFT_STORAGE_KEY,
      JSON.stringify({ ...v1Draft, answers: { ...v1Draft.answers, ...bad } }),
    );
    expect(loadDraft()).toEqual({
      status: 'discarded',
      text: { msg: 'app.draftDamaged' },
    });
  });
});

describe('completeAnswers', () => {
  it.each(Object.entries(WIZARD_PERSONAS))(
    '%s: gives answers the engine accepts, without answers that no longer apply',
    (_name, p) => {
      const result = completeAnswers(draftOf(p.answers));
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.answers.schemaVersion).toBe(2);
    },
  );

  it('fills schema defaults only for questions that were not asked', () => {
    const result = completeAnswers(draftOf(WIZARD_PERSONAS.apiIntegrator.answers));
    expect(result.ok && result.answers.codeOfPractice).toBe('unknown');
    expect(result.ok && result.answers.placing).toBeUndefined();
  });

  it('names the screens still missing, in order', () => {
    const { codeOfPractice: _p, ...partial } = WIZARD_PERSONAS.frontierLab.answers;
    expect(completeAnswers(draftOf(partial))).toEqual({ ok: false, missingSteps: ['code-of-practice'] });
    // An empty draft: every screen shown to everyone is missing, in the order they are asked.
    const empty = completeAnswers(draftOf({}));
    if (empty.ok) throw new Error('an empty draft is not complete');
    const order = (ids: readonly string[]) =>
      [...ids].sort((x, y) => SCREEN_IDS.indexOf(x as never) - SCREEN_IDS.indexOf(y as never));
    expect(empty.missingSteps).toEqual(order(empty.missingSteps));
    expect(empty.missingSteps).toEqual(expect.arrayContaining(['role', 'capabilities', 'code-of-practice']));
    expect(empty.missingSteps[0]).toBe('role');
  });

  it('drops stale answers: a developer who became an integrator no longer carries licence or placing answers', () => {
    const result = completeAnswers(
      draftOf({
        ...WIZARD_PERSONAS.openWeights7B.answers,
        role: 'integrator',
        integration: { systemInEu: 'yes', upstreamExcludedEu: 'no' },
      }),
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.answers.licence).toBeUndefined();
      expect(result.answers.placing).toBeUndefined();
      expect(result.answers.systemicRisk).toBeUndefined();
    }
  });
});
