import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { AS_OF, developer } from '../test-helpers';

const gpai = (flop: number, extra = {}) =>
  evaluate(developer({ compute: { parameterUpdateFlop: flop }, ...extra }), AS_OF);

describe('R7 / E2 — indicative GPAI criterion: parameter-update compute strictly greater than 10^23 FLOP', () => {
  it('exactly 10^23 FLOP does not meet "greater than"', () => {
    expect(gpai(1e23).isGPAI).toBe(false);
  });
  it('just above 10^23 FLOP meets it', () => {
    expect(gpai(1.000001e23).isGPAI).toBe(true);
  });
  it('just below 10^23 FLOP does not', () => {
    expect(gpai(9.99999e22).isGPAI).toBe(false);
  });
  it('the outcome names the exact-threshold reading', () => {
    const step = gpai(1e23).trace.find((t) => t.rule === 'R7');
    expect(step?.outcome).toContain('exactly 10^23 does not meet');
  });
});

describe('R7 / R11 — output modalities', () => {
  it.each([['text'], ['audio'], ['image'], ['video']])('%s output at 10^24 qualifies', (modality) => {
    expect(gpai(1e24, { outputModalities: [modality] }).isGPAI).toBe(true);
  });
  it('R11: a model that only outputs other things (actions, weather fields) is not GPAI by the criterion', () => {
    expect(gpai(1e24, { outputModalities: ['other'] }).isGPAI).toBe(false);
  });
  it('unknown modalities are read conservatively and asked as an open question', () => {
    const r = gpai(1e24, { outputModalities: 'unknown' });
    expect(r.isGPAI).toBe(true);
    expect(r.openQuestions.map((q) => q.field)).toContain('outputModalities');
  });
});

describe('R9 / R10 / E1 — generality overrides the criterion both ways', () => {
  it('R10: a narrow model (speech transcription) at 10^24 FLOP is not GPAI, flagged E1', () => {
    const r = gpai(1e24, { outputModalities: ['text'], generality: 'narrow' });
    expect(r.isGPAI).toBe(false);
    expect(r.ambiguities.map((a) => a.edgeCase)).toContain('E1');
    expect(r.obligations).toEqual([]);
  });
  it('R9: a broad model below 10^23 FLOP is GPAI exceptionally, flagged E1', () => {
    const r = gpai(1e22, { generality: 'broad' });
    expect(r.isGPAI).toBe(true);
    expect(r.verdicts.gpai.ambiguous).toContain('E1');
  });
  it('unknown generality falls back to the criterion and becomes an open question', () => {
    const r = gpai(5e23, { generality: 'unknown' });
    expect(r.isGPAI).toBe(true);
    expect(r.openQuestions.map((q) => q.field)).toContain('generality');
  });
  it('R12: unknown compute is asked of the training team and assumed above 10^23', () => {
    const r = gpai(0, { compute: { parameterUpdateFlop: 'unknown' } });
    expect(r.isGPAI).toBe(true);
    expect(r.openQuestions.find((q) => q.field === 'compute.parameterUpdateFlop')?.askWhom).toMatch(
      /training/i,
    );
  });
});

describe('R2 — research and development before placing', () => {
  it('a model not yet made available is outside the definition', () => {
    const r = evaluate(developer({ placing: { channels: ['notYet'], euAvailability: 'none' } }), AS_OF);
    expect(r.isGPAI).toBe(false);
    expect(r.isProvider).toBe(false);
    expect(r.role).toBe('not-placed');
    expect(r.verdicts.gpai.rules).toContain('R2');
  });
});

describe('R43 / E2 — warnings near the 10^23 criterion', () => {
  it('warns when 10^23 lies inside the ±30 % band of the estimate (1.3 × 10^23)', () => {
    expect(gpai(1.3e23).warnings.map((w) => w.id)).toContain('near-gpai-threshold');
  });
  it('does not warn when the band stops short of 10^23 (1.5 × 10^23: band from 1.05 × 10^23)', () => {
    expect(gpai(1.5e23).warnings.map((w) => w.id)).not.toContain('near-gpai-threshold');
  });
});
