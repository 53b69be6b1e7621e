import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/english';
import { formatFlopInput, MAX_FLOP_INPUT, parseFlopInput } from './compute-input';

/** The reader's result with its messages and notes in English. */
const read = (...args: Parameters<typeof parseFlopInput>) => inEnglish(parseFlopInput(...args));

const schemaRangeFlop = fc.double({ min: 0, max: MAX_FLOP_INPUT, noNaN: true, noDefaultInfinity: true });

/** Strings built from the pieces the parser looks at, so the property reaches its deeper branches. */
const flopLikeText = fc
  .array(
    fc.constantFrom(
      ..."0123456789.,eE+-−^×xX*·⁰¹²³⁴⁵⁶⁷⁸⁹⁻ _'’\u2009\u202f".split(''),
      '10',
      '10^',
      'FLOP',
      'FLOPs',
      '/s',
      'Z',
      'Y',
      'zetta',
      'NaN',
      'Infinity',
      ' ',
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

describe('parseFlopInput properties (R42)', () => {
  it('round-trips: every finite value in [0, 10^30] written by formatFlopInput reads back equal', () => {
    fc.assert(
      fc.property(schemaRangeFlop, (v) => {
        const r = read(formatFlopInput(v));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const tolerance = 1e-12 * Math.max(Math.abs(v), Number.MIN_VALUE);
        expect(Math.abs(r.value - v)).toBeLessThanOrEqual(tolerance);
      }),
      { numRuns: 5000 },
    );
  }, 30_000); // ceiling for a loaded machine, not a speed assertion

  it('round-trips values around the thresholds 10^23 and 10^25 exactly', () => {
    const nearThresholds = fc.oneof(
      fc.double({ min: 0.5e23, max: 2e23, noNaN: true }),
      fc.double({ min: 0.5e25, max: 2e25, noNaN: true }),
    );
    fc.assert(
      fc.property(nearThresholds, (v) => {
        const r = read(formatFlopInput(v));
        expect(r.ok && r.value).toBe(v);
      }),
    );
  });

  it('never throws on any string, and every answer is a well-formed result', () => {
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 100 }), fc.string(), flopLikeText);
    fc.assert(
      fc.property(anyText, (text) => {
        const r = read(text);
        if (r.ok) {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(r.value).toBeGreaterThanOrEqual(0);
          expect(r.value).toBeLessThanOrEqual(MAX_FLOP_INPUT);
          expect(r.words).toMatch(/FLOP$/);
        } else {
          expect(r.message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 5000 },
    );
  }, 30_000); // ceiling for a loaded machine, not a speed assertion

  it('an accepted comma is always echoed in a note', () => {
    fc.assert(
      fc.property(flopLikeText, (text) => {
        const r = read(text);
        if (r.ok && text.includes(','))
          expect(r.note).toMatch(/^Read the (comma|dots?)( as| as digit grouping and the comma as) /);
      }),
      { numRuns: 3000 },
    );
  });

  describe('digit grouping with commas and dots (ADR 0081)', () => {
    const group = (digits: string, sep: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/gu, sep);
    const sep = fc.constantFrom(',', '.');
    const other = (s: string) => (s === ',' ? '.' : ',');
    const atLeast = (min: number) => fc.bigInt({ min: BigInt(min), max: 10n ** 18n }).map(String);

    it('two or more groups read as the whole number, with or without a decimal part in the other mark', () => {
      fc.assert(
        fc.property(atLeast(1_000_000), sep, fc.option(fc.stringMatching(/^\d{1,6}$/u)), (int, s, frac) => {
          const text = `${group(int, s)}${frac === null ? '' : `${other(s)}${frac}`}`;
          const r = read(text);
          expect(r.ok && r.value).toBe(Number(`${int}.${frac ?? '0'}`));
          expect(r.ok && r.note).toMatch(/as digit grouping/);
        }),
        { numRuns: 2000 },
      );
    });

    it('one mark before exactly three digits is grouping only in a whole-number field; never a silent guess', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1000, max: 999_999 }), sep, (n, s) => {
          const text = group(String(n), s);
          expect(read(text).ok).toBe(false);
          expect(read(text)).toMatchObject({
            ok: false,
            message: expect.stringContaining('ambiguous'),
          });
          expect(read(text, { whole: true })).toMatchObject({ ok: true, value: n });
        }),
        { numRuns: 2000 },
      );
    });

    it('a mark before anything but exactly three digits stays a decimal mark, whole-number field or not', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 999 }),
          fc.stringMatching(/^(\d{1,2}|\d{4,6})$/u),
          sep,
          fc.boolean(),
          (int, frac, s, whole) => {
            const r = read(`${int}${s}${frac}`, { whole });
            expect(r.ok && r.value).toBe(Number(`${int}.${frac}`));
          },
        ),
        { numRuns: 2000 },
      );
    });
  });
});
