import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../i18n/english';
import { loadTranslator } from '../../i18n/load';
import { evaluate } from '../evaluate';
import { AS_OF, BROAD, developer, NARROW } from '../test-helpers';

const gpai = (flop: number, extra = {}) =>
  inEnglish(evaluate(developer({ compute: { parameterUpdateFlop: flop }, ...extra }), AS_OF));

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

describe('R7 / R10 / R11 — output modalities (rev. 2: audio counts only with speech)', () => {
  it.each([['text'], ['speech'], ['image'], ['video']])('%s output at 10^24 qualifies', (modality) => {
    expect(gpai(1e24, { outputModalities: [modality] }).isGPAI).toBe(true);
  });
  it('R10: audio without speech (music, sound effects) does not meet the modality half on its own', () => {
    const r = gpai(1e24, { outputModalities: ['otherAudio'] });
    expect(r.isGPAI).toBe(false);
    expect(r.trace.find((s) => s.rule === 'R7')?.outcome).toMatch(/audio without speech/);
  });
  it('R10: image-to-image work (upscaling, inpainting) is not text-to-image', () => {
    expect(gpai(1e24, { outputModalities: ['imageEdit'] }).isGPAI).toBe(false);
    expect(gpai(1e24, { outputModalities: ['imageEdit', 'image'] }).isGPAI).toBe(true);
  });
  it('R11: a model that only outputs other things (actions, weather fields) is not GPAI by the criterion', () => {
    expect(gpai(1e24, { outputModalities: ['other'] }).isGPAI).toBe(false);
  });
  it('unknown modalities are read conservatively and asked as an open question', () => {
    const r = gpai(1e24, { outputModalities: 'unknown' });
    expect(r.isGPAI).toBe(true);
    expect(r.verdicts.gpai.label).toBe('Probably');
    expect(r.openQuestions.map((q) => q.field)).toContain('outputModalities');
  });
});

describe('R8 / R9 / R10 / E27 — generality from facts overrides the criterion both ways', () => {
  it('R10, E27: a model built for speech transcription at 10^24 FLOP is not GPAI, flagged E27', () => {
    const r = gpai(1e24, { outputModalities: ['text'], generalityFacts: NARROW });
    expect(r.isGPAI).toBe(false);
    expect(r.verdicts.gpai.ambiguous).toContain('E27');
    expect(r.obligations).toEqual([]);
  });
  it('E27: built for one task wins over broad scale facts (the Commission’s 10^24 narrow examples)', () => {
    const r = gpai(1e24, { generalityFacts: { ...BROAD, singleTask: 'music' } });
    expect(r.isGPAI).toBe(false);
  });
  it('R8, E27: ≥ 1 B parameters, large broad data and self-supervision below 10^23 → GPAI exceptionally', () => {
    const facts = {
      parameterCount: 1e9,
      largeBroadData: 'yes',
      selfSupervised: 'yes',
      singleTask: 'none',
    } as const;
    const r = gpai(1e22, { generalityFacts: facts });
    expect(r.isGPAI).toBe(true);
    expect(r.verdicts.gpai.ambiguous).toContain('E27');
  });
  it('R8: just below 1 B parameters the scale facts alone do not show generality', () => {
    const facts = {
      parameterCount: 999_999_999,
      largeBroadData: 'yes',
      selfSupervised: 'yes',
      singleTask: 'none',
    } as const;
    expect(gpai(1e22, { generalityFacts: facts }).isGPAI).toBe(false);
  });
  it('R8: scale without self-supervision, or without broad data, does not show generality', () => {
    const base = {
      parameterCount: 7e9,
      largeBroadData: 'yes',
      selfSupervised: 'yes',
      singleTask: 'none',
    } as const;
    expect(gpai(1e22, { generalityFacts: { ...base, selfSupervised: 'no' } }).isGPAI).toBe(false);
    expect(gpai(1e22, { generalityFacts: { ...base, largeBroadData: 'unknown' } }).isGPAI).toBe(false);
  });
  it('E27: three distinct tasks show a wide range; two do not', () => {
    const three = { tasks: ['conversation', 'code', 'translation'], singleTask: 'none' } as const;
    const two = { tasks: ['conversation', 'code'], singleTask: 'none' } as const;
    expect(gpai(1e22, { generalityFacts: three }).isGPAI).toBe(true);
    expect(gpai(1e22, { generalityFacts: two }).isGPAI).toBe(false);
  });
  it('E27: unknown facts leave the criterion to decide and become an open question', () => {
    const r = gpai(5e23, { generalityFacts: { singleTask: 'unknown', tasks: 'unknown' } });
    expect(r.isGPAI).toBe(true);
    // With the criterion met only "built for one task?" can change the verdict (narrow wins, E27).
    expect(r.openQuestions.map((q) => q.field)).toContain('generalityFacts.singleTask');
    expect(r.verdicts.gpai.ambiguous).not.toContain('E27');
  });
  it('E27: below the criterion, unknown breadth facts are asked; known ones are not', () => {
    const asked = (facts: object) => gpai(5e22, { generalityFacts: facts }).openQuestions.map((q) => q.field);
    expect(asked({ singleTask: 'none', tasks: 'unknown' })).toContain('generalityFacts');
    expect(asked({ singleTask: 'none', tasks: ['code'], parameterCount: 3e8 })).not.toContain(
      'generalityFacts',
    );
    expect(
      gpai(5e23, { generalityFacts: { singleTask: 'none' } }).openQuestions.map((q) => q.field),
    ).not.toContain('generalityFacts.singleTask');
  });
  it('R12: unknown compute is asked of the training team and assumed above 10^23', () => {
    const r = gpai(0, { compute: { parameterUpdateFlop: 'unknown' } });
    expect(r.isGPAI).toBe(true);
    expect(r.openQuestions.find((q) => q.field === 'compute.parameterUpdateFlop')?.askWhom).toMatch(
      /training/i,
    );
  });
});

describe('R2 / R88 — research and development before placing (rev. 2: only with no intention to place)', () => {
  const notYet = (intention?: 'yes' | 'no' | 'undecided') =>
    developer({
      placing: { channels: ['notYet'], euAvailability: 'none', ...(intention ? { intention } : {}) },
    });
  it('R2: not made available and not meant to be placed → outside the definition, nothing owed', () => {
    const r = evaluate(notYet('no'), AS_OF);
    expect(r.isGPAI).toBe(false);
    expect(r.isProvider).toBe(false);
    expect(r.role).toBe('not-placed');
    expect(r.verdicts.gpai.rules).toContain('R2');
    expect(r.obligations).toEqual([]);
  });
  it('R88: meant to be placed → assessed as a planned placement, provider once placed', () => {
    const r = inEnglish(evaluate(notYet('yes'), AS_OF));
    expect(r.isGPAI).toBe(true);
    expect(r.isProvider).toBe(true);
    expect(r.verdicts.provider.label).toBe('Once placed');
  });
  it('R88: the planned placing date is written in the reader’s language', async () => {
    const r = evaluate(
      developer({
        placing: {
          channels: ['notYet'],
          euAvailability: 'none',
          intention: 'yes',
          placingDate: '2026-03-01',
        },
      }),
      AS_OF,
    );
    const step = r.trace.find((s) => s.rule === 'R88');
    if (!step) throw new Error('no R88 step');
    expect(inEnglish(step).answer).toBe('Yes; planned for 1 March 2026');
    expect((await loadTranslator('de')).t(step.answer)).toBe('Ja; geplant für den 1. März 2026');
  });
  it('R88: undecided is read as meant to be placed, flagged', () => {
    const r = evaluate(notYet('undecided'), AS_OF);
    expect(r.isProvider).toBe(true);
    expect(r.verdicts.provider.ambiguous).toContain('R88');
  });
  it('R3: research partners only with no commercial facts stays outside the Act', () => {
    const r = evaluate(
      developer({ role: 'research', placing: { channels: ['researchPartners'], euAvailability: 'direct' } }),
      AS_OF,
    );
    expect(r.isGPAI).toBe(false);
    expect(r.role).toBe('out-of-scope');
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
