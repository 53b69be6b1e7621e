import { describe, expect, it } from 'vitest';
import { encodeAnswers } from '../../share/codec';
import { PERSONAS } from '../../share/test-personas';
import { DRAFT_STORAGE_KEY, saveAnswers } from '../draft/storage';
import { resolveReportInput } from './report-input';

const legacy = PERSONAS.legacyModel2024;
if (!legacy) throw new Error('persona missing');

describe('resolveReportInput', () => {
  it('decodes a share link, reporting the rules version it was made with', () => {
    const input = resolveReportInput(encodeAnswers(legacy, { includeModelName: true }, '2025.1.0'));
    expect(input).toMatchObject({
      kind: 'ready',
      origin: 'link',
      linkRulesVersion: '2025.1.0',
      rulesChanged: true,
    });
    if (input.kind === 'ready') expect(input.answers.placing?.placingDate).toBe('2024-06-01');
  });

  it('turns a bad link into a typed error with a message, even when a complete draft exists', () => {
    saveAnswers(legacy);
    const input = resolveReportInput('v1.not-a-real-link');
    expect(input.kind).toBe('bad-link');
    if (input.kind === 'bad-link') expect(input.error.message).toMatch(/link/i);
    expect(resolveReportInput('invalid').kind).toBe('bad-link');
  });

  it('without a link uses a complete saved draft', () => {
    saveAnswers({ ...legacy, systemicRisk: { designated: 'no', contest: 'none' } });
    expect(resolveReportInput(undefined)).toMatchObject({
      kind: 'ready',
      origin: 'draft',
      rulesChanged: false,
    });
  });

  it('without a link or draft, or with an incomplete or damaged draft, asks for answers', () => {
    expect(resolveReportInput(undefined)).toEqual({
      kind: 'no-answers',
      missingSteps: null,
      discardedReason: null,
    });
    saveAnswers({ role: 'developer' });
    const incomplete = resolveReportInput(undefined);
    expect(incomplete.kind).toBe('no-answers');
    if (incomplete.kind === 'no-answers') expect(incomplete.missingSteps?.length).toBeGreaterThan(0);
    window.localStorage.setItem(DRAFT_STORAGE_KEY, '{broken');
    const damaged = resolveReportInput(undefined);
    expect(damaged.kind).toBe('no-answers');
    if (damaged.kind === 'no-answers') expect(damaged.discardedReason).toMatch(/damaged/);
  });
});
