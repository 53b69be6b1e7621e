import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/english';
import type { Localized } from '../i18n/localize';
import { ACCELERATOR_PRESETS, findAccelerator } from './accelerators';
import { estimateBand, formatFlop } from './compute';
import * as estimators from './estimators';
import { roundEstimate } from './estimators';

type EstimateResult = Localized<estimators.EstimateResult>;
type Estimate = Localized<estimators.Estimate>;

// The estimators' words, rendered in English as the wizard shows them.
const estimateFromHardware = (...a: Parameters<typeof estimators.estimateFromHardware>) =>
  inEnglish(estimators.estimateFromHardware(...a));
const estimateFromArchitecture = (...a: Parameters<typeof estimators.estimateFromArchitecture>) =>
  inEnglish(estimators.estimateFromArchitecture(...a));
const positionAgainstThresholds = (...a: Parameters<typeof estimators.positionAgainstThresholds>) =>
  inEnglish(estimators.positionAgainstThresholds(...a));
const positionAgainstOneThird = (...a: Parameters<typeof estimators.positionAgainstOneThird>) =>
  inEnglish(estimators.positionAgainstOneThird(...a));
const positionAgainstFallbackOneThird = (
  ...a: Parameters<typeof estimators.positionAgainstFallbackOneThird>
) => inEnglish(estimators.positionAgainstFallbackOneThird(...a));

/** Adjacent doubles, to test "just beside" a boundary without rounding slack. */
function nextUp(x: number): number {
  const f = new Float64Array([x]);
  const b = new BigInt64Array(f.buffer);
  b[0] = (b[0] as bigint) + (x >= 0 ? 1n : -1n);
  return f[0] as number;
}
function nextDown(x: number): number {
  const f = new Float64Array([x]);
  const b = new BigInt64Array(f.buffer);
  b[0] = (b[0] as bigint) - (x > 0 ? 1n : -1n);
  return f[0] as number;
}

function ok(r: EstimateResult): Estimate {
  if (!r.ok) throw new Error(`expected an estimate, got ${JSON.stringify(r.issues)}`);
  return r;
}
function issues(r: EstimateResult): { field: string; message: string }[] {
  if (r.ok) throw new Error(`expected issues, got ${r.flop}`);
  return r.issues;
}
const relClose = (a: number, b: number) => expect(Math.abs(a / b - 1)).toBeLessThan(1e-12);

const h100 = { count: 1024, days: 30, peakFlopPerSecond: 989e12, utilisation: 0.4 };

describe('R44 hardware-based estimate C = N · L · H · U', () => {
  it('multiplies units × seconds × peak FLOP/s × utilisation (1024 H100 × 30 days × 989 TFLOP/s × 40 %)', () => {
    const e = ok(estimateFromHardware(h100));
    relClose(e.flop, 1024 * 30 * 86_400 * 989e12 * 0.4);
    expect(formatFlop(e.flop)).toBe('1.05 × 10²⁴ FLOP');
    expect(e.formula).toBe(
      'C = N × L × H × U = 1,024 units × 2,592,000 s (30 days) × 9.89 × 10¹⁴ FLOP/s × 0.4 = 1.05 × 10²⁴ FLOP',
    );
    expect(e.rules).toEqual(['R44', 'R46', 'R43']);
  });

  it('reads the duration in hours as well as days (720 h = 30 days)', () => {
    const inHours = ok(estimateFromHardware({ ...h100, days: undefined, hours: 720 }));
    expect(inHours.flop).toBe(ok(estimateFromHardware(h100)).flop);
    expect(inHours.formula).toContain('2,592,000 s (720 h)');
  });

  it('R43: carries a ±30 % band and says so in the assumptions', () => {
    const e = ok(estimateFromHardware(h100));
    expect(e.band).toEqual(estimateBand(e.flop));
    relClose(e.band.low, e.flop * 0.7);
    relClose(e.band.high, e.flop * 1.3);
    expect(e.assumptions.at(-1)).toMatch(/overall error of up to 30 % \(R43\)/);
    expect(e.assumptions.some((a) => a.includes('regardless of precision (R46)'))).toBe(true);
    expect(e.assumptions.some((a) => a.includes('R12') && a.includes('R33'))).toBe(true);
  });

  it('fills H from an accelerator preset and names the hardware, precision and source', () => {
    const e = ok(
      estimateFromHardware({ count: 1024, days: 30, accelerator: 'nvidia-h100-sxm', utilisation: 0.4 }),
    );
    expect(e.flop).toBe(ok(estimateFromHardware(h100)).flop);
    expect(e.formula).toContain('(NVIDIA H100 SXM, BF16 dense)');
    expect(
      e.assumptions.some((a) => a.startsWith('Peak of NVIDIA H100 SXM') && a.includes('vendor datasheet')),
    ).toBe(true);
  });

  it('an explicit peak overrides the preset (e.g. a run in FP8)', () => {
    const e = ok(
      estimateFromHardware({
        count: 8,
        hours: 10,
        accelerator: 'nvidia-h100-sxm',
        peakFlopPerSecond: 1979e12,
        utilisation: 0.5,
      }),
    );
    relClose(e.flop, 8 * 36_000 * 1979e12 * 0.5);
    expect(e.formula).not.toContain('BF16');
  });

  it('sums several periods (changing unit count or mixed hardware) and shows each term', () => {
    const periods = [
      { label: 'pre-training', count: 2048, days: 60, accelerator: 'nvidia-a100', utilisation: 0.45 },
      { label: 'long-context', count: 512, hours: 100, peakFlopPerSecond: 989e12, utilisation: 0.35 },
    ];
    const e = ok(estimateFromHardware(periods));
    const expected = 2048 * 60 * 86_400 * 312e12 * 0.45 + 512 * 100 * 3600 * 989e12 * 0.35;
    relClose(e.flop, expected);
    expect(e.formula).toMatch(/^C = sum of N × L × H × U over 2 periods: \(pre-training: 2,048 units/);
    expect(e.formula).toContain(') + (long-context: 512 units');
    expect(e.formula.endsWith(`= ${formatFlop(expected)}`)).toBe(true);
    expect(e.assumptions).toContain(
      'Hardware or unit count changed during the run: the compute of each period is summed (R44).',
    );
  });

  it('R44: summing mixed hardware per period equals N × L × (weighted average H) × U', () => {
    const e = ok(
      estimateFromHardware([
        { count: 100, days: 10, peakFlopPerSecond: 312e12, utilisation: 0.4 },
        { count: 300, days: 10, peakFlopPerSecond: 989e12, utilisation: 0.4 },
      ]),
    );
    const weightedPeak = (100 * 312e12 + 300 * 989e12) / 400;
    relClose(e.flop, 400 * 10 * 86_400 * weightedPeak * 0.4);
  });

  it('a one-element array is a single period, with fields named by index', () => {
    const e = ok(estimateFromHardware([h100]));
    expect(e.formula.startsWith('C = N × L × H × U = ')).toBe(true);
    expect(issues(estimateFromHardware([{ ...h100, count: 0 }]))[0]?.field).toBe('periods[0].count');
  });
});

describe('R44 inputs are validated with messages that say how to fix them', () => {
  it('utilisation: exactly 1 (100 %) is accepted, flagged as an upper bound; just above 1 is refused', () => {
    const e = ok(estimateFromHardware({ ...h100, utilisation: 1 }));
    expect(e.assumptions).toContain(
      'A utilisation of 1 (100 % of peak) is an upper bound; real training runs achieve less.',
    );
    expect(issues(estimateFromHardware({ ...h100, utilisation: nextUp(1) }))[0]?.message).toMatch(
      /cannot exceed 1 \(100 %\)/,
    );
    expect(ok(estimateFromHardware({ ...h100, utilisation: nextDown(1) })).assumptions).not.toContain(
      'A utilisation of 1 (100 % of peak) is an upper bound; real training runs achieve less.',
    );
  });

  it('utilisation: 0 and negative are refused; the smallest positive is accepted', () => {
    expect(issues(estimateFromHardware({ ...h100, utilisation: 0 }))).toEqual([
      {
        field: 'utilisation',
        message:
          'Utilisation must be more than 0: it is the share of peak actually achieved, e.g. 0.4 for 40 %.',
      },
    ]);
    expect(issues(estimateFromHardware({ ...h100, utilisation: -0.4 }))[0]?.field).toBe('utilisation');
    expect(ok(estimateFromHardware({ ...h100, utilisation: Number.MIN_VALUE })).flop).toBeGreaterThan(0);
  });

  it('utilisation typed as a percentage (40) says to write 0.4; over 100 says it cannot exceed 1', () => {
    expect(issues(estimateFromHardware({ ...h100, utilisation: 40 }))[0]?.message).toBe(
      'Utilisation is a fraction between 0 and 1, not a percentage, and cannot exceed 1 (100 %): for 40 % write 0.4.',
    );
    expect(issues(estimateFromHardware({ ...h100, utilisation: 100 }))[0]?.message).toMatch(
      /for 100 % write 1\.$/,
    );
    expect(issues(estimateFromHardware({ ...h100, utilisation: 101 }))[0]?.message).toBe(
      'Utilisation cannot exceed 1 (100 % of peak).',
    );
    expect(issues(estimateFromHardware({ ...h100, utilisation: Number.NaN }))[0]?.message).toMatch(
      /fraction of peak/,
    );
  });

  it('count: at least 1 and whole; 1 is accepted, 0, 0.5 and 1.5 are refused', () => {
    expect(ok(estimateFromHardware({ ...h100, count: 1 })).flop).toBeGreaterThan(0);
    expect(issues(estimateFromHardware({ ...h100, count: 0 }))[0]?.message).toBe(
      'The number of accelerators must be at least 1.',
    );
    expect(issues(estimateFromHardware({ ...h100, count: -8 }))[0]?.message).toMatch(/at least 1/);
    expect(issues(estimateFromHardware({ ...h100, count: 0.5 }))[0]?.message).toMatch(/at least 1/);
    expect(issues(estimateFromHardware({ ...h100, count: 1.5 }))[0]?.message).toBe(
      'Enter a whole number of accelerators (2, not 1.5).',
    );
    expect(issues(estimateFromHardware({ ...h100, count: Number.POSITIVE_INFINITY }))[0]?.field).toBe(
      'count',
    );
  });

  it('duration: more than 0, in days or hours but not both, and not missing', () => {
    expect(issues(estimateFromHardware({ ...h100, days: 0 }))[0]).toEqual({
      field: 'days',
      message: 'The duration must be more than 0 days.',
    });
    expect(issues(estimateFromHardware({ ...h100, days: undefined, hours: -1 }))[0]).toEqual({
      field: 'hours',
      message: 'The duration must be more than 0 hours.',
    });
    expect(issues(estimateFromHardware({ ...h100, hours: 5 }))[0]?.message).toBe(
      'Give the duration in days or in hours, not both.',
    );
    expect(issues(estimateFromHardware({ ...h100, days: undefined }))[0]?.message).toMatch(
      /in days or in hours/,
    );
  });

  it('peak: exactly 10^9 FLOP/s is accepted, just below is read as a TFLOP/s slip with the fix', () => {
    expect(ok(estimateFromHardware({ ...h100, peakFlopPerSecond: 1e9 })).flop).toBeGreaterThan(0);
    expect(issues(estimateFromHardware({ ...h100, peakFlopPerSecond: 989 }))[0]?.message).toBe(
      '989 FLOP/s is far too low for a training accelerator — was it typed in TFLOP/s? 989 TFLOP/s is 9.89e14 FLOP/s.',
    );
    expect(issues(estimateFromHardware({ ...h100, peakFlopPerSecond: nextDown(1e9) }))[0]?.field).toBe(
      'peakFlopPerSecond',
    );
  });

  it('peak: exactly 10^17 FLOP/s is accepted, just above is refused as a whole-cluster figure', () => {
    expect(ok(estimateFromHardware({ ...h100, count: 1, peakFlopPerSecond: 1e17 })).flop).toBeGreaterThan(0);
    expect(issues(estimateFromHardware({ ...h100, peakFlopPerSecond: nextUp(1e17) }))[0]?.message).toMatch(
      /more than any single accelerator delivers/,
    );
  });

  it('peak: zero, negative, missing, or an unknown preset are refused', () => {
    expect(issues(estimateFromHardware({ ...h100, peakFlopPerSecond: 0 }))[0]?.message).toMatch(
      /positive number/,
    );
    expect(issues(estimateFromHardware({ ...h100, peakFlopPerSecond: -1e15 }))[0]?.message).toMatch(
      /positive/,
    );
    expect(issues(estimateFromHardware({ count: 8, days: 1, utilisation: 0.4 }))[0]?.message).toBe(
      'Choose an accelerator or enter the peak FLOP/s of one unit, e.g. 9.89e14 for 989 TFLOP/s.',
    );
    expect(
      issues(estimateFromHardware({ count: 8, days: 1, utilisation: 0.4, accelerator: 'h100' })),
    ).toEqual([
      {
        field: 'accelerator',
        message: 'Unknown accelerator "h100". Choose one from the list or enter its peak FLOP/s.',
      },
    ]);
  });

  it('reports every bad field at once, each named by its period', () => {
    const r = issues(
      estimateFromHardware([
        { count: 0, days: 1, peakFlopPerSecond: 1e15, utilisation: 0.4 },
        { count: 8, days: 1, peakFlopPerSecond: 1e15, utilisation: 40 },
      ]),
    );
    expect(r.map((i) => i.field)).toEqual(['periods[0].count', 'periods[1].utilisation']);
  });

  it('refuses an empty list of periods and a total above 10^30 FLOP', () => {
    expect(issues(estimateFromHardware([]))).toEqual([
      { field: 'periods', message: 'Add at least one training period.' },
    ]);
    const huge = issues(
      estimateFromHardware({ count: 1e9, days: 1e6, peakFlopPerSecond: 1e17, utilisation: 1 }),
    );
    expect(huge[0]?.field).toBe('');
    expect(huge[0]?.message).toMatch(/more than 10\^30 FLOP/);
  });
});

describe('R45 architecture-based estimate C ≈ 6 · P · D', () => {
  it('R47 reference point: 3.8 B parameters × 3.3 T tokens ≈ 7.5 × 10^22 FLOP (GL Annex A.3)', () => {
    const e = ok(estimateFromArchitecture({ parameters: 3.8e9, tokens: 3.3e12 }));
    relClose(e.flop, 7.524e22);
    expect(formatFlop(e.flop, { digits: 2 })).toBe('7.5 × 10²² FLOP');
    expect(e.formula).toBe('C ≈ 6 × P × D = 6 × 3.8 × 10⁹ parameters × 3.3 × 10¹² tokens = 7.52 × 10²² FLOP');
    expect(e.rules).toEqual(['R45', 'R43']);
  });

  it('R47: the reference point is below 10^23 and 10^23 lies outside its ±30 % band', () => {
    const e = ok(estimateFromArchitecture({ parameters: 3.8e9, tokens: 3.3e12 }));
    const [gpai] = positionAgainstThresholds(e.flop);
    expect(gpai).toMatchObject({ rule: 'R7', above: false, withinBand: false });
    expect(e.band.high).toBeLessThan(1e23);
  });

  it('an 8 B model on 15 T tokens is 7.2 × 10^23 FLOP, above 10^23 with the band clear of it', () => {
    const e = ok(estimateFromArchitecture({ parameters: 8e9, tokens: 15e12 }));
    relClose(e.flop, 7.2e23);
    expect(positionAgainstThresholds(e.flop)[0]).toMatchObject({ above: true, withinBand: false });
  });

  it('states its assumptions: dense transformer, large model, all epochs counted, other architectures', () => {
    const e = ok(estimateFromArchitecture({ parameters: 7e9, tokens: 2e12 }));
    expect(e.assumptions[0]).toMatch(
      /^Dense transformer: about 6 FLOP per parameter per training token.*\(R45\)/,
    );
    expect(e.assumptions.some((a) => a.includes('1/12 of the context length'))).toBe(true);
    expect(e.assumptions.some((a) => a.includes('repeated epochs'))).toBe(true);
    expect(e.assumptions.some((a) => a.includes('mixture-of-experts'))).toBe(true);
    expect(e.band).toEqual(estimateBand(e.flop));
  });

  it('parameters and tokens: exactly 1000 is accepted; 999 reads as billions/trillions with the fix', () => {
    expect(ok(estimateFromArchitecture({ parameters: 1000, tokens: 1000 })).flop).toBe(6e6);
    expect(issues(estimateFromArchitecture({ parameters: 7, tokens: 2e12 }))).toEqual([
      {
        field: 'parameters',
        message: 'Enter the number of parameters itself, not in billions: 7 billion is 7e9.',
      },
    ]);
    expect(issues(estimateFromArchitecture({ parameters: 7e9, tokens: 999 }))).toEqual([
      {
        field: 'tokens',
        message: 'Enter the number of tokens itself, not in trillions: 999 trillion is 9.99e14.',
      },
    ]);
  });

  it('refuses zero, negative, non-finite and missing inputs, reporting both fields', () => {
    const r = issues(estimateFromArchitecture({ parameters: 0, tokens: -1 }));
    expect(r.map((i) => i.field)).toEqual(['parameters', 'tokens']);
    expect(r[0]?.message).toMatch(/positive number, e.g. 7e9/);
    expect(issues(estimateFromArchitecture({ parameters: Number.NaN, tokens: 1e12 }))[0]?.field).toBe(
      'parameters',
    );
    expect(issues(estimateFromArchitecture({} as never)).length).toBe(2);
  });

  it('refuses a product above 10^30 FLOP', () => {
    expect(issues(estimateFromArchitecture({ parameters: 1e15, tokens: 2e14 }))[0]?.message).toMatch(
      /more than 10\^30 FLOP/,
    );
    expect(ok(estimateFromArchitecture({ parameters: 1e15, tokens: 1.6e14 })).flop).toBeLessThanOrEqual(1e30);
  });
});

describe('positionAgainstThresholds — 10^23 (R7) and 10^25 (R32), strictly greater (E2), ±30 % (R43)', () => {
  it('E2: exactly 10^23 is not above it; the next double is', () => {
    const [at] = positionAgainstThresholds(1e23);
    expect(at).toMatchObject({ threshold: 1e23, rule: 'R7', above: false, withinBand: true });
    expect(at?.message).toMatch(/is exactly 10²³ FLOP, which does not exceed it/);
    expect(positionAgainstThresholds(nextUp(1e23))[0]?.above).toBe(true);
    expect(positionAgainstThresholds(nextDown(1e23))[0]?.above).toBe(false);
  });

  it('E2: exactly 10^25 is not above it; the next double is', () => {
    const sr = positionAgainstThresholds(1e25)[1];
    expect(sr).toMatchObject({ threshold: 1e25, rule: 'R32', above: false, withinBand: true });
    expect(positionAgainstThresholds(nextUp(1e25))[1]?.above).toBe(true);
    expect(positionAgainstThresholds(nextDown(1e25))[1]?.above).toBe(false);
  });

  it('R43: the band edge is exact — the threshold at the top of the band is inside, one double less is outside', () => {
    // Smallest figure whose +30 % reaches 10^25 exactly.
    let x = 1e25 / 1.3;
    while (estimateBand(x).high < 1e25) x = nextUp(x);
    while (estimateBand(nextDown(x)).high >= 1e25) x = nextDown(x);
    expect(positionAgainstThresholds(x)[1]?.withinBand).toBe(true);
    expect(positionAgainstThresholds(nextDown(x))[1]?.withinBand).toBe(false);
  });

  it('R43: the band edge is exact at the bottom as well', () => {
    // Largest figure whose −30 % is still at or below 10^23.
    let x = 1e23 / 0.7;
    while (estimateBand(x).low > 1e23) x = nextDown(x);
    while (estimateBand(nextUp(x)).low <= 1e23) x = nextUp(x);
    expect(positionAgainstThresholds(x)[0]?.withinBand).toBe(true);
    expect(positionAgainstThresholds(nextUp(x))[0]?.withinBand).toBe(false);
  });

  it('a figure above 10^25 with the threshold inside its band warns that a better estimate could change the side', () => {
    const [gpai, sr] = positionAgainstThresholds(1.2e25);
    expect(gpai).toMatchObject({ above: true, withinBand: false });
    expect(gpai?.message).toBe(
      '1.2 × 10²⁵ FLOP is above 10²³ FLOP, the indicative criterion for a general-purpose AI model (R7).',
    );
    expect(sr).toMatchObject({ above: true, withinBand: true });
    expect(sr?.message).toContain(
      '10²⁵ FLOP lies within the ±30 % band of the figure (8.4 × 10²⁴ – 1.56 × 10²⁵ FLOP)',
    );
    expect(sr?.message).toContain('(R43, E2)');
  });

  it('a figure far from both thresholds has no band warning', () => {
    for (const p of positionAgainstThresholds(1e24)) expect(p.withinBand).toBe(false);
    expect(positionAgainstThresholds(1e24).map((p) => p.above)).toEqual([true, false]);
    expect(positionAgainstThresholds(0).map((p) => p.above)).toEqual([false, false]);
  });

  it('throws a RangeError for values outside the answers schema (negative, NaN)', () => {
    expect(() => positionAgainstThresholds(-1)).toThrow(RangeError);
    expect(() => positionAgainstThresholds(Number.NaN)).toThrow(RangeError);
  });
});

describe('positionAgainstOneThird — R24: 3 × modification > original', () => {
  it('fine-tuner example: 5 × 10^23 on a 2 × 10^24 original is below one third (6.67 × 10^23), R30', () => {
    const p = positionAgainstOneThird(5e23, 2e24);
    expect(p).toMatchObject({ exceeds: false, withinBand: false, rules: ['R24'], ambiguous: [] });
    expect(p.oneThird).toBe(2e24 / 3);
    expect(p.message).toBe(
      "5 × 10²³ FLOP of modification compute is not more than 6.67 × 10²³ FLOP, one third of the original's 2 × 10²⁴ FLOP: the indicative criterion for becoming the provider of the modified model is not met (R24, R30).",
    );
  });

  it('E2: exactly one third does not meet the criterion; the next double above does', () => {
    const third = 2 ** 80;
    const original = 3 * 2 ** 80;
    const at = positionAgainstOneThird(third, original);
    expect(at.exceeds).toBe(false);
    expect(at.message).toMatch(
      /is exactly one third of the original's .* requires more than one third \(R24, E2\)/,
    );
    expect(positionAgainstOneThird(nextUp(third), original).exceeds).toBe(true);
    expect(positionAgainstOneThird(nextDown(third), original).exceeds).toBe(false);
    expect(positionAgainstOneThird(2e24 / 3, 2e24).exceeds).toBe(false);
  });

  it('above one third: the criterion is met (R23, R24); band warning when one third is within ±30 %', () => {
    const p = positionAgainstOneThird(7e23, 2e24);
    expect(p).toMatchObject({ exceeds: true, withinBand: true });
    expect(p.message).toMatch(
      /criterion for becoming the provider of the modified model is met \(R23, R24\)/,
    );
    expect(p.message).toMatch(/One third lies within the ±30 % band of the modification figure/);
    expect(positionAgainstOneThird(1e24, 2e24)).toMatchObject({ exceeds: true, withinBand: false });
  });

  it('refuses invalid figures', () => {
    expect(() => positionAgainstOneThird(-1, 1e24)).toThrow(RangeError);
    expect(() => positionAgainstOneThird(1e23, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('positionAgainstFallbackOneThird — R25 when the original compute is unknown (E4)', () => {
  it('original with systemic risk: one third of 10^25, exactly at it is not above (E2)', () => {
    expect(positionAgainstFallbackOneThird(1e25 / 3, 'yes')).toMatchObject({
      oneThird: 1e25 / 3,
      exceeds: false,
      rules: ['R25'],
      ambiguous: [],
    });
    expect(positionAgainstFallbackOneThird(nextUp(1e25 / 3), 'yes').exceeds).toBe(true);
    expect(positionAgainstFallbackOneThird(3.4e24, 'yes').message).toContain('one third of 10²⁵ FLOP');
  });

  it('original without systemic risk: one third of 10^23 (3.33 × 10^22)', () => {
    expect(positionAgainstFallbackOneThird(1e23 / 3, 'no').exceeds).toBe(false);
    expect(positionAgainstFallbackOneThird(nextUp(1e23 / 3), 'no').exceeds).toBe(true);
    expect(positionAgainstFallbackOneThird(5e22, 'no').message).toMatch(/is more than 3.33 × 10²² FLOP/);
  });

  it('E4: unknown systemic risk uses the lower, conservative threshold and is flagged ambiguous', () => {
    const p = positionAgainstFallbackOneThird(1e24, 'unknown');
    expect(p).toMatchObject({ oneThird: 1e23 / 3, exceeds: true, ambiguous: ['E4'] });
    expect(p.message).toContain('the conservative reading, R25, E4');
  });
});

describe('accelerator presets (R44: H = peak theoretical FLOP/s, dense, vendor datasheet)', () => {
  it.each([
    ['nvidia-a100', 312e12, 'BF16 dense'],
    ['nvidia-h100-sxm', 989e12, 'BF16 dense'],
    ['nvidia-h200', 989e12, 'BF16 dense'],
    ['nvidia-b200', 2.25e15, 'BF16 dense'],
    ['nvidia-gb200', 2.5e15, 'BF16 dense'],
    ['nvidia-v100', 125e12, 'FP16 tensor core dense'],
    ['amd-mi300x', 1307.4e12, 'BF16 dense'],
    ['google-tpu-v4', 275e12, 'BF16 dense'],
    ['google-tpu-v5e', 197e12, 'BF16 dense'],
    ['google-tpu-v5p', 459e12, 'BF16 dense'],
  ])('%s peaks at %d FLOP/s (%s)', (id, peak, precision) => {
    expect(inEnglish(findAccelerator(id))).toMatchObject({
      peakFlopPerSecond: peak,
      precision,
      source: 'vendor datasheet',
    });
  });

  it('every preset has a unique id and a peak inside the range the estimator accepts', () => {
    expect(new Set(ACCELERATOR_PRESETS.map((a) => a.id)).size).toBe(ACCELERATOR_PRESETS.length);
    for (const a of ACCELERATOR_PRESETS) {
      expect(ok(estimateFromHardware({ count: 1, hours: 1, accelerator: a.id, utilisation: 0.5 })).flop).toBe(
        3600 * a.peakFlopPerSecond * 0.5,
      );
    }
    expect(findAccelerator('nope')).toBeUndefined();
  });
});

describe('roundEstimate: sensible precision that never changes a verdict (R43, E2)', () => {
  it('writes two significant figures', () => {
    expect(roundEstimate(2.1000093696e24)).toBe(2.1e24);
    expect(roundEstimate(3.8461e22)).toBe(3.8e22);
    expect(roundEstimate(0)).toBe(0);
  });

  it('keeps more figures where two would cross or land on 10^25 (R32) or 10^23 (R7)', () => {
    expect(roundEstimate(1.0004e25)).toBe(1.0004e25);
    expect(roundEstimate(9.996e24)).toBe(9.996e24);
    expect(roundEstimate(1.049e23)).toBe(1.05e23); // 1.0e23 would be exactly the threshold: not more
    expect(roundEstimate(9.99e22)).toBe(9.99e22);
    expect(roundEstimate(1e25)).toBe(1e25); // exactly at the threshold stays exactly at it
  });

  it('keeps the side of one third of the original compute (R24) when given', () => {
    const original = 3e24; // one third: 1e24
    expect(roundEstimate(1.004e24, [original / 3]) > 1e24).toBe(true);
    expect(roundEstimate(0.996e24, [original / 3]) < 1e24).toBe(true);
  });

  it('beside a threshold, the next double up stays above it (E2)', () => {
    expect(roundEstimate(nextUp(1e25)) > 1e25).toBe(true);
    expect(roundEstimate(nextUp(1e23)) > 1e23).toBe(true);
  });

  it('property: within 5 % of the estimate, on the same side of every threshold, at most as many digits', () => {
    const thresholds = [1e23, 1e25, 1e23 / 3, 1e25 / 3];
    fc.assert(
      fc.property(fc.double({ min: 1e20, max: 1e28, noNaN: true }), (v) => {
        const r = roundEstimate(v);
        expect(Math.abs(r - v) / v).toBeLessThanOrEqual(0.05);
        for (const t of thresholds) expect(r > t).toBe(v > t);
      }),
      { numRuns: 3000 },
    );
  });
});
