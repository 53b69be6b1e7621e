import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/english';
import { rangeWarnings, THRESHOLD_TESTS } from './estimators';
import { parseFlopFigure } from './flop-figure';

/** The reader's result with its messages and notes in English. */
const read = (...args: Parameters<typeof parseFlopFigure>) => inEnglish(parseFlopFigure(...args));

describe('parseFlopFigure: a figure with its uncertainty (R43)', () => {
  it('reads "about" and its spellings as the figure, marked as an estimate', () => {
    for (const t of ['about 3e25', '~3e25', '≈ 3e25', 'approx. 3e25', 'roughly 3 × 10^25', 'ca. 3e25'])
      expect(read(t)).toMatchObject({ ok: true, value: 3e25, uncertainty: { kind: 'about' } });
  });

  it('reads a range and records its upper end by default, its lower end where that is the cautious one', () => {
    for (const t of ['2e25–4e25', '2e25 - 4e25', '2e25 to 4e25', '2e25..4e25', '2 × 10^25 — 4 × 10^25'])
      expect(read(t)).toMatchObject({
        ok: true,
        value: 4e25,
        uncertainty: { kind: 'range', low: 2e25, high: 4e25 },
      });
    const lower = read('2e25–4e25', 'lower');
    expect(lower).toMatchObject({ ok: true, value: 2e25 });
    expect(lower.ok && lower.note).toContain(
      'records its lower end, 2 × 10²⁵ FLOP, because a smaller original',
    );
  });

  it('applies a unit written once to both ends', () => {
    expect(read('380–400 ZFLOP')).toMatchObject({
      ok: true,
      uncertainty: { kind: 'range', low: 3.8e23, high: 4e23 },
    });
  });

  it('refuses, with the fix, what it would have to guess', () => {
    expect(read('2–4e25')).toEqual({
      ok: false,
      message:
        'Write the power of ten on both ends of the range, for example 2e24–4e24 or 2 × 10^24 to 4 × 10^24.',
    });
    expect(read('4e25–2e25')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Write the smaller figure first/),
    });
    expect(read('2e25–lots')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The upper end of the range: /),
    });
  });

  it('leaves plain figures and exponent signs alone', () => {
    expect(read('3.8e25')).toEqual({ ok: true, value: 3.8e25, words: '3.8 × 10²⁵ FLOP' });
    expect(read('1e-3 FLOP')).toMatchObject({ ok: true, value: 1e-3 });
  });
});

describe('rangeWarnings (R43, E2)', () => {
  it('warns for each threshold the range spans, at and beside the boundary', () => {
    const [w] = inEnglish(rangeWarnings({ low: 8e24, high: 1.2e25 }, 1.2e25, THRESHOLD_TESTS));
    expect(w).toContain('spans 10²⁵ FLOP, the presumption of systemic risk (R32)');
    expect(w).toContain('records 1.2 × 10²⁵ FLOP, above it');
    // A range ending exactly at 10^25 does not exceed it: nothing to span (E2).
    expect(rangeWarnings({ low: 8e24, high: 1e25 }, 1e25, THRESHOLD_TESTS)).toEqual([]);
    // A range starting exactly at 10^25 spans it: its lower end is not above.
    expect(rangeWarnings({ low: 1e25, high: 1.1e25 }, 1.1e25, THRESHOLD_TESTS)).toHaveLength(1);
    expect(rangeWarnings({ low: 1e22, high: 1e26 }, 1e26, THRESHOLD_TESTS)).toHaveLength(2);
  });

  it('property: a range warns exactly when its ends fall on different sides of a threshold', () => {
    const flop = fc.double({ min: 1e21, max: 1e27, noNaN: true });
    fc.assert(
      fc.property(flop, flop, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const expected = THRESHOLD_TESTS.filter((t) => low > t.threshold !== high > t.threshold).length;
        expect(rangeWarnings({ low, high }, high, THRESHOLD_TESTS)).toHaveLength(expected);
      }),
    );
  });
});
