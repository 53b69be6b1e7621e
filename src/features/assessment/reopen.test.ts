import { describe, expect, it } from 'vitest';
import type { Answers } from '../../engine/answers';
import { WIZARD_PERSONAS } from '../../engine/questionnaire/personas.fixture';
import { answersHash } from '../../share/hash';
import { completeAnswers, DRAFT_VERSION } from '../../shared/draft/storage';
import type { AssessmentRecord, VersionRecord } from '../../shared/workspace/types';
import { draftHasUnsavedChanges } from './reopen';

const done = completeAnswers({
  version: DRAFT_VERSION,
  answers: WIZARD_PERSONAS.frontierLab.answers,
  updatedAt: '',
});
if (!done.ok) throw new Error('complete persona');
const answers: Answers = done.answers;

const version = {
  id: 'v1',
  answers,
  answersHash: answersHash(answers),
  provenance: { 'compute.method': { source: 'ML lead' } },
} as unknown as VersionRecord;

function record(overrides: Partial<AssessmentRecord> = {}) {
  return {
    draft: structuredClone(answers),
    provenance: { 'compute.method': { source: 'ML lead' } },
    latest: { versionId: 'v1', answersHash: version.answersHash } as AssessmentRecord['latest'],
    ...overrides,
  };
}

describe('draftHasUnsavedChanges (reopening asks first only when something would be lost)', () => {
  it('is false when the draft is its latest version: same answers, same sources', () => {
    expect(draftHasUnsavedChanges(record(), [version])).toBe(false);
  });

  it('is true when an answer that counts changed', () => {
    const draft = { ...answers, compute: { ...answers.compute, parameterUpdateFlop: 5e25 } };
    expect(draftHasUnsavedChanges(record({ draft }), [version])).toBe(true);
  });

  it('is true when only a source changed (the answers hash does not cover provenance)', () => {
    const provenance = { 'compute.method': { source: 'ML lead', exactness: 'exact' as const } };
    expect(draftHasUnsavedChanges(record({ provenance }), [version])).toBe(true);
  });

  it('without any version: true for a started draft, false for an empty one', () => {
    expect(draftHasUnsavedChanges(record({ latest: null }), [])).toBe(true);
    expect(draftHasUnsavedChanges(record({ latest: null, draft: {}, provenance: {} }), [])).toBe(false);
  });
});
