import { describe, expect, it } from 'vitest';
import type { Answers } from '../../engine/answers';
import { WIZARD_PERSONAS } from '../../engine/questionnaire/personas.fixture';
import { english } from '../../i18n/english';
import { answersHash } from '../../share/hash';
import type { AssessmentRecord, VersionRecord } from '../../shared/workspace/types';
import { provenanceWords as provenanceIn } from './provenance';

import {
  completeDraft,
  draftSource,
  errorMessage,
  lastChangedOpen,
  loadWorkspaceSource,
  needsNewVersion,
  type StoreReader,
} from './workspace-report';

const provenanceWords = (p: Parameters<typeof provenanceIn>[0]) => provenanceIn(p, english);

const answers = WIZARD_PERSONAS.frontierLab.answers as Answers;

function assessment(over: Partial<AssessmentRecord> = {}): AssessmentRecord {
  return {
    kind: 'assessment',
    format: 1,
    id: 'a1',
    name: 'Aurora-3',
    owner: '',
    archived: false,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    rev: 1,
    draft: answers,
    provenance: {},
    basedOnVersionId: null,
    latest: null,
    ...over,
  };
}

const latest = (hash: string, rulesVersion: string) =>
  ({
    versionId: 'v1',
    seq: 1,
    answersHash: hash,
    rulesVersion,
    asOf: '2026-01-01',
    signed: true,
  }) as NonNullable<AssessmentRecord['latest']>;

describe('needsNewVersion (which evaluation is kept as a new version)', () => {
  it('the first complete evaluation is kept', () => {
    expect(needsNewVersion(null, 'abc', '2026.11.2')).toBe(true);
  });
  it('other answers, or other rules, make a new version', () => {
    expect(needsNewVersion(latest('abc', '2026.11.2'), 'abd', '2026.11.2')).toBe(true);
    expect(needsNewVersion(latest('abc', '2026.11.1'), 'abc', '2026.11.2')).toBe(true);
  });
  it('the same answers under the same rules do not, whatever the day (a signed version stays the latest)', () => {
    expect(needsNewVersion(latest('abc', '2026.11.2'), 'abc', '2026.11.2')).toBe(false);
  });
});

describe('completeDraft / draftSource', () => {
  it('a complete draft gives the engine its answers and their hash', () => {
    const source = draftSource(assessment());
    expect(source.kind).toBe('draft');
    if (source.kind === 'draft') expect(source.hash).toBe(answersHash(source.answers));
  });
  it('answers on screens that no longer apply are dropped before hashing (the hash is of what counts)', () => {
    const withStale = { ...answers, consortiumRole: 'coordinator' } as Answers;
    const a = completeDraft(answers);
    const b = completeDraft(withStale);
    expect(a.ok && b.ok && answersHash(a.answers) === answersHash(b.answers)).toBe(true);
  });
  it('an incomplete draft names the screens still to answer', () => {
    const source = draftSource(assessment({ draft: { role: 'developer' } }));
    expect(source.kind === 'incomplete' && source.missingSteps.length > 0).toBe(true);
  });
});

describe('loadWorkspaceSource', () => {
  const version = { kind: 'version', id: 'v1', assessmentId: 'a1', seq: 1 } as VersionRecord;
  const reader = (over: Partial<StoreReader> = {}): StoreReader => ({
    getAssessment: async (id) => (id === 'a1' ? assessment() : null),
    getVersion: async (id) => (id === 'v1' ? version : null),
    ...over,
  });

  it('an id: its draft; an id and a version: that version with its assessment', async () => {
    expect((await loadWorkspaceSource(reader(), 'a1', undefined)).kind).toBe('draft');
    expect(await loadWorkspaceSource(reader(), 'a1', 'v1')).toMatchObject({ kind: 'version', version });
  });
  it('unknown ids, and a version of another assessment, are not found', async () => {
    expect(await loadWorkspaceSource(reader(), 'zz', undefined)).toEqual({
      kind: 'not-found',
      what: 'assessment',
    });
    expect(await loadWorkspaceSource(reader(), 'a1', 'zz')).toEqual({ kind: 'not-found', what: 'version' });
    expect(await loadWorkspaceSource(reader(), 'a2', 'v1')).toEqual({ kind: 'not-found', what: 'version' });
  });
  it('a store that fails becomes a message, never a throw', async () => {
    const failing = reader({
      getAssessment: async () => {
        throw new Error('The workspace is not available in this browser.');
      },
    });
    expect(await loadWorkspaceSource(failing, 'a1', undefined)).toEqual({
      kind: 'unavailable',
      message: 'The workspace is not available in this browser.',
    });
  });
});

describe('errorMessage (issue #11)', () => {
  it('gives an error’s own message, and none for a failure without words, which the screen then words itself', () => {
    expect(errorMessage(new Error('The quota is full.'))).toBe('The quota is full.');
    expect(errorMessage(new Error(''))).toBeNull();
    expect(errorMessage('refused')).toBeNull();
  });
});

describe('lastChangedOpen (what a bare #/report means)', () => {
  it('the assessment changed last, archived ones left out; none without any', () => {
    const older = assessment({ id: 'old', updatedAt: '2026-11-01T10:00:00.000Z' });
    const newer = assessment({ id: 'new', updatedAt: '2026-11-02T10:00:00.000Z' });
    const archived = assessment({ id: 'arch', archived: true, updatedAt: '2026-11-03T10:00:00.000Z' });
    expect(lastChangedOpen([older, archived, newer])?.id).toBe('new');
    expect(lastChangedOpen([archived])).toBeNull();
    expect(lastChangedOpen([])).toBeNull();
  });
});

describe('provenanceWords', () => {
  it('source, exactness and note in that order; blank fields are not given', () => {
    expect(provenanceWords({ source: 'ML lead', note: '12 Nov: logged FLOP', exactness: 'estimate' })).toBe(
      'Source: ML lead · Estimate · 12 Nov: logged FLOP',
    );
    expect(provenanceWords({ exactness: 'exact' })).toBe('Exact');
    expect(provenanceWords({ source: '  ', note: '' })).toBeNull();
    expect(provenanceWords(undefined)).toBeNull();
  });
});
