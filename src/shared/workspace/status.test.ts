/**
 * An assessment's status (issue #9 list: draft, complete, signed) and the hash of its draft: "draft" until the
 * draft's relevant complete answers are the latest version's, "signed" once that version is signed.
 */
import { describe, expect, it } from 'vitest';
import { WIZARD_PERSONAS } from '../../engine/questionnaire/personas.fixture';
import { answersHash } from '../../share/hash';
import { completeAnswers, DRAFT_VERSION } from '../draft/storage';
import { assessmentStatus, draftHash } from './status';
import type { AssessmentRecord } from './types';

/** A draft as the wizard leaves it when every screen is answered. */
const persona = WIZARD_PERSONAS.frontierLab.answers;
const complete = completeAnswers({ version: DRAFT_VERSION, answers: persona, updatedAt: '' });
if (!complete.ok) throw new Error('the fixture is complete');
const personaHash = answersHash(complete.answers);

function latestFor(hash: string, signed = false): AssessmentRecord['latest'] {
  return {
    versionId: 'v',
    seq: 1,
    answersHash: hash,
    rulesVersion: 'r',
    asOf: '2026-11-25',
    result: {} as never,
    signed,
  };
}

describe('draftHash', () => {
  it("is the answers hash of a complete draft, blind to the model's name", () => {
    expect(draftHash({ draft: persona })).toBe(personaHash);
    expect(draftHash({ draft: { ...persona, modelName: 'Renamed' } })).toBe(personaHash);
  });

  it('ignores answers on screens that no longer apply', () => {
    // A developer's draft still holding a modifier's answer from an earlier path.
    const withStale = { ...persona, modification: { modificationFlop: 1e24 } } as never;
    expect(draftHash({ draft: withStale })).toBe(personaHash);
  });

  it('is null while a screen that applies is unanswered', () => {
    const { placing: _placing, ...incomplete } = persona;
    expect(draftHash({ draft: incomplete })).toBeNull();
    expect(draftHash({ draft: {} })).toBeNull();
  });
});

describe('assessmentStatus', () => {
  it('is draft before the first version', () => {
    expect(assessmentStatus({ draft: persona, latest: null })).toBe('draft');
  });

  it('is complete when the draft is the latest version, signed when that version is signed', () => {
    const hash = personaHash;
    expect(assessmentStatus({ draft: persona, latest: latestFor(hash) })).toBe('complete');
    expect(assessmentStatus({ draft: persona, latest: latestFor(hash, true) })).toBe('signed');
  });

  it('is draft again once an answer changed, or the draft became incomplete, even after a sign-off', () => {
    const hash = personaHash;
    const changed = { ...persona, codeOfPractice: 'none' as const };
    expect(assessmentStatus({ draft: changed, latest: latestFor(hash, true) })).toBe('draft');
    const { role: _role, ...incomplete } = persona;
    expect(assessmentStatus({ draft: incomplete, latest: latestFor(hash) })).toBe('draft');
  });
});
