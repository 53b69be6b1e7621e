import { describe, expect, it } from 'vitest';
import {
  estimateBand,
  exceeds,
  exceedsFallbackOneThird,
  exceedsOneThird,
  formatFlop,
  withinBandOf,
} from './compute';

describe('E2 — every threshold is strictly greater than', () => {
  it('exceeds is false at the threshold', () => {
    expect(exceeds(1e25, 1e25)).toBe(false);
    expect(exceeds(1.0000000001e25, 1e25)).toBe(true);
  });
  it('R24: one third is compared as 3 × mod > original (no floating-point error at 1/3)', () => {
    expect(exceedsOneThird(1e24, 3e24)).toBe(false);
    expect(exceedsOneThird(1e23 / 3, 1e23)).toBe(false);
  });
  it('R25: fallback thresholds 10^23/3 and 10^25/3', () => {
    expect(exceedsFallbackOneThird(3.34e22, false)).toBe(true);
    expect(exceedsFallbackOneThird(3.33e22, false)).toBe(false);
    expect(exceedsFallbackOneThird(3.34e24, true)).toBe(true);
    expect(exceedsFallbackOneThird(3.33e24, true)).toBe(false);
  });
});

describe('R43 — ±30 % band', () => {
  it('band of 10^25 is 7 × 10^24 to 1.3 × 10^25', () => {
    const b = estimateBand(1e25);
    expect(b.low).toBeCloseTo(7e24, -20);
    expect(b.high).toBeCloseTo(1.3e25, -20);
  });
  it('withinBandOf includes the band edges', () => {
    expect(withinBandOf(1e25 / 1.3, 1e25)).toBe(true);
    expect(withinBandOf(7.6e24, 1e25)).toBe(false);
  });
});

describe('formatFlop — figures in words', () => {
  it('writes superscript powers of ten', () => {
    expect(formatFlop(3.8e25)).toBe('3.8 × 10²⁵ FLOP');
    expect(formatFlop(1e23)).toBe('10²³ FLOP');
  });
  it('ascii form for PDF and plain text', () => {
    expect(formatFlop(3.3333e24, { ascii: true })).toBe('3.33 × 10^24 FLOP');
  });
});
