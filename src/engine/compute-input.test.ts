import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/english';
import { exceeds, GPAI_THRESHOLD_FLOP, SYSTEMIC_RISK_THRESHOLD_FLOP } from './compute';
import { formatFlopInput, MAX_FLOP_INPUT, parseFlopInput } from './compute-input';

/** The reader's result with its messages and notes in English. */
const read = (...args: Parameters<typeof parseFlopInput>) => inEnglish(parseFlopInput(...args));

function value(text: string): number {
  const r = read(text);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(text)} to parse, got: ${r.message}`);
  return r.value;
}

function message(text: string): string {
  const r = read(text);
  if (r.ok) throw new Error(`expected ${JSON.stringify(text)} to be refused, got ${r.value}`);
  return r.message;
}

describe('parseFlopInput — notations of a FLOP figure (R42: compute is counted in FLOP)', () => {
  it.each([
    ['3.8e25', 3.8e25],
    ['3.8E25', 3.8e25],
    ['3.8E+25', 3.8e25],
    ['3.8e+25', 3.8e25],
    ['3.8×10^25', 3.8e25],
    ['3.8 × 10^25', 3.8e25],
    ['3.8 x 10^25', 3.8e25],
    ['3.8 X 10^25', 3.8e25],
    ['3.8*10^25', 3.8e25],
    ['3.8 * 10 ^ 25', 3.8e25],
    ['3.8*10**25', 3.8e25],
    ['3.8·10²⁵', 3.8e25],
    ['3.8⋅10²⁵', 3.8e25],
    ['3.8 × 10²⁵', 3.8e25],
    ['10^23', 1e23],
    ['10²³', 1e23],
    ['1e23', 1e23],
    ['1E23', 1e23],
    ['7.5e22', 7.5e22],
    ['.5e24', 5e23],
    ['+3e25', 3e25],
    ['0', 0],
    ['25', 25],
    ['2000000', 2e6],
  ])('reads %s as %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('reads negative exponents exactly (10^-3, 3.8 × 10⁻², 1e-5)', () => {
    expect(value('10^-3')).toBe(1e-3);
    expect(value('3.8 × 10⁻²')).toBe(0.038);
    expect(value('1e-5')).toBe(1e-5);
    expect(value('1e−5')).toBe(1e-5); // Unicode minus sign
  });

  it('reads integers grouped with spaces, thin spaces, no-break spaces, underscores or apostrophes', () => {
    expect(value('2 000 000')).toBe(2e6);
    expect(value('2\u2009000\u2009000')).toBe(2e6); // thin space
    expect(value('2\u202f000\u202f000')).toBe(2e6); // narrow no-break space (French typography)
    expect(value('2\u00a0000\u00a0000')).toBe(2e6); // no-break space
    expect(value('2_000_000')).toBe(2e6);
    expect(value("2'000'000")).toBe(2e6);
    expect(value('380 000 000 000 000 000 000 000')).toBe(3.8e23);
  });

  it('ignores surrounding spaces and an optional trailing FLOP / FLOPs in any case', () => {
    expect(value('  3.8e25  ')).toBe(3.8e25);
    expect(value('3.8e25 FLOP')).toBe(3.8e25);
    expect(value('3.8e25FLOP')).toBe(3.8e25);
    expect(value('3.8e25 FLOPs')).toBe(3.8e25);
    expect(value('3.8e25 flop')).toBe(3.8e25);
    expect(value('3.8 × 10^25 FLOP')).toBe(3.8e25);
    expect(value('10^23 FLOP')).toBe(1e23);
  });

  it.each([
    ['380 ZFLOP', 3.8e23],
    ['380ZFLOP', 3.8e23],
    ['380 Z FLOP', 3.8e23],
    ['1.2 YFLOP', 1.2e24],
    ['38 YFLOP', 3.8e25],
    ['5 EFLOP', 5e18],
    ['5 PFLOP', 5e15],
    ['5 TFLOP', 5e12],
    ['5 GFLOP', 5e9],
    ['5 MFLOP', 5e6],
    ['5 kFLOP', 5e3],
    ['5 KFLOP', 5e3],
    ['2 RFLOP', 2e27],
    ['1 QFLOP', 1e30],
    ['380 zettaFLOP', 3.8e23],
    ['2 yottaFLOPs', 2e24],
    ['3 ExaFLOP', 3e18],
    ['1.5e2 ZFLOP', 1.5e23],
  ])('reads the SI prefix in %s (= %d FLOP)', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('reads petaFLOP/s-days (1 PF-day = 8.64 × 10^19 FLOP) and says so: 3640 PF-days ≈ 3.14 × 10^23', () => {
    expect(read('3640 PF-days')).toEqual({
      ok: true,
      value: 3640 * 8.64e19,
      words: '3.14 × 10²³ FLOP',
      note: 'Read 3640 petaFLOP/s-days as 3.14 × 10²³ FLOP (1 petaFLOP/s-day = 8.64 × 10¹⁹ FLOP).',
    });
    for (const t of [
      '3640 pf-days',
      '3640 PF-day',
      '3640 petaflop/s-days',
      '3640 PFLOP/s-days',
      '3640 petaflops days',
    ])
      expect(value(t)).toBe(3640 * 8.64e19);
    expect(read('1,5 PF-days')).toMatchObject({
      ok: true,
      value: 1.5 * 8.64e19,
      note: expect.stringContaining('(the comma read as a decimal point)'),
    });
    expect(message('-3 PF-days')).toMatch(/cannot be negative/);
    expect(message('1e11 PF-days')).toMatch(/more than 10\^30 FLOP/);
    expect(value('1e10 PF-days')).toBe(8.64e29);
  });

  it('gives the value in words with formatFlop ("3.8 × 10²⁵ FLOP") and no note for ordinary input', () => {
    expect(read('3.8e25')).toEqual({ ok: true, value: 3.8e25, words: '3.8 × 10²⁵ FLOP' });
    expect(read('10^23')).toEqual({ ok: true, value: 1e23, words: '10²³ FLOP' });
    expect(read('380 ZFLOP')).toEqual({ ok: true, value: 3.8e23, words: '3.8 × 10²³ FLOP' });
  });
});

describe('parseFlopInput — exact values at the thresholds (E2: every test is strictly "greater than")', () => {
  it('R7: 10^23 written any way is exactly the threshold, so it does not exceed it; just above does', () => {
    for (const t of ['1e23', '10^23', '10²³', '100 ZFLOP', '0.1 YFLOP', '100 000 000 000 000 000 000 000']) {
      expect(value(t)).toBe(GPAI_THRESHOLD_FLOP);
      expect(exceeds(value(t), GPAI_THRESHOLD_FLOP)).toBe(false);
    }
    expect(exceeds(value('1.0000000001e23'), GPAI_THRESHOLD_FLOP)).toBe(true);
    expect(exceeds(value('9.9999999999e22'), GPAI_THRESHOLD_FLOP)).toBe(false);
  });

  it('R32: 10^25 written any way is exactly the threshold, so it does not exceed it; just above does', () => {
    for (const t of ['1e25', '10^25', '10²⁵', '10 YFLOP', '1,0e25']) {
      expect(value(t)).toBe(SYSTEMIC_RISK_THRESHOLD_FLOP);
      expect(exceeds(value(t), SYSTEMIC_RISK_THRESHOLD_FLOP)).toBe(false);
    }
    expect(exceeds(value('1.0000000001e25'), SYSTEMIC_RISK_THRESHOLD_FLOP)).toBe(true);
    expect(exceeds(value('9.9999999999e24'), SYSTEMIC_RISK_THRESHOLD_FLOP)).toBe(false);
  });

  it('accepts 0 and exactly 10^30 (the schema range); refuses just above 10^30', () => {
    expect(value('0')).toBe(0);
    expect(value('1e30')).toBe(MAX_FLOP_INPUT);
    expect(value('10^30')).toBe(MAX_FLOP_INPUT);
    expect(message('1.000000000001e30')).toMatch(/more than 10\^30 FLOP/);
    expect(message('1e31')).toMatch(/Check the exponent/);
    expect(message('10 QFLOP')).toMatch(/more than 10\^30/);
  });
});

describe('parseFlopInput — decimal comma (common in EU legal teams)', () => {
  it('reads a comma followed by digits and an exponent as a decimal comma and says so', () => {
    expect(read('1,2e24')).toEqual({
      ok: true,
      value: 1.2e24,
      words: '1.2 × 10²⁴ FLOP',
      note: 'Read the comma as a decimal point: 1.2 × 10²⁴ FLOP',
    });
    expect(read('3,8 × 10^25')).toEqual({
      ok: true,
      value: 3.8e25,
      words: '3.8 × 10²⁵ FLOP',
      note: 'Read the comma as a decimal point: 3.8 × 10²⁵ FLOP',
    });
    expect(value('3,8·10²⁵')).toBe(3.8e25);
    expect(value('3,8E+25')).toBe(3.8e25);
  });

  it('reads a comma followed by digits and an SI prefix as a decimal comma (380,5 ZFLOP)', () => {
    const r = read('380,5 ZFLOP');
    expect(r).toMatchObject({
      ok: true,
      value: 3.805e23,
      note: 'Read the comma as a decimal point: 3.805 × 10²³ FLOP',
    });
    // Three digits after the comma are not ambiguous when an exponent or prefix follows.
    expect(value('1,200e24')).toBe(1.2e24);
    expect(value('1,200 YFLOP')).toBe(1.2e24);
  });

  it('echoes every digit typed in the note, not a rounded figure', () => {
    const r = read('1,23456e24');
    expect(r).toMatchObject({ ok: true, value: 1.23456e24, words: '1.23 × 10²⁴ FLOP' });
    expect(r.ok && r.note).toBe('Read the comma as a decimal point: 1.23456 × 10²⁴ FLOP');
  });

  it('reads a comma after a space-grouped integer as decimal (French style 2 000,5)', () => {
    const r = read('2 000,5');
    expect(r).toMatchObject({
      ok: true,
      value: 2000.5,
      note: 'Read the comma as a decimal point: 2000.5 FLOP',
    });
    expect(value('2 000,500')).toBe(2000.5);
  });

  it('reads a comma that cannot be a thousands separator (not three digits after it) as decimal', () => {
    expect(read('1,5')).toMatchObject({
      ok: true,
      value: 1.5,
      note: expect.stringMatching(/comma/),
    });
    expect(value('1,2500')).toBe(1.25);
    expect(value('0,200')).toBe(0.2);
  });

  it('does not add a note when the decimal mark is a point', () => {
    const r = read('1.2e24');
    expect(r.ok && 'note' in r).toBe(false);
  });
});

describe('parseFlopInput — refusals say how to write the figure', () => {
  it('refuses 1,200: decimal comma or thousands separator?', () => {
    const m = message('1,200');
    expect(m).toContain('"1,200" is ambiguous');
    expect(m).toContain('Write 1200 (or 1 200) if it groups thousands, or 1.2 if it is a decimal comma.');
  });

  it('refuses 1.200: decimal point or thousands separator (German, Italian)?', () => {
    const m = message('1.200');
    expect(m).toContain('"1.200" is ambiguous');
    expect(m).toContain('Write 1200 (or 1 200) if it groups thousands, or 1.2 if it is a decimal point.');
    expect(message('1.000')).toContain('or 1 if it is a decimal point');
    expect(message('1,200 FLOP')).toContain('ambiguous'); // FLOP alone is not a scale
  });

  it('accepts the neighbours of the ambiguous case: two or four digits after the mark', () => {
    expect(value('1.20')).toBe(1.2);
    expect(value('1.2000')).toBe(1.2);
    expect(value('0.200')).toBe(0.2); // 0,200 cannot be a thousands grouping
  });

  it('reads commas or dots as digit grouping only where no other reading exists (ADR 0081)', () => {
    expect(value('1,200,000')).toBe(1_200_000);
    expect(value('1.200.000')).toBe(1_200_000);
    expect(value('1.200,5')).toBe(1200.5);
    expect(value('1,200.5')).toBe(1200.5);
    expect(value('2,048,000,000e12')).toBe(2.048e21);
    expect(read('1.200.000,5')).toMatchObject({
      ok: true,
      note: 'Read the dots as digit grouping and the comma as a decimal point: 1 200 000.5.',
    });
    // One mark before three digits stays ambiguous for a figure that may have decimals…
    expect(message('2,048')).toContain('ambiguous');
    // …and is grouping where only a whole number makes sense; a decimal stays a decimal there.
    expect(read('2,048', { whole: true })).toMatchObject({ ok: true, value: 2048 });
    expect(read('2.048', { whole: true })).toMatchObject({
      ok: true,
      value: 2048,
      note: 'Read the dot as digit grouping: 2 048.',
    });
    expect(read('2.5', { whole: true })).toMatchObject({ ok: true, value: 2.5 });
    expect(read('0.048', { whole: true })).toMatchObject({ ok: true, value: 0.048 });
  });

  it('refuses marks that cannot be digit grouping, with the fix', () => {
    for (const t of ['1,20,000', '1.200.00', '1,200,000,5', '12345,678,000', '1,200.000.5']) {
      expect(message(t)).toMatch(/^Do not group digits with commas or dots/);
    }
    expect(message('1,20,000')).toContain('Write 120000 or 1.2e5');
  });

  it('refuses digit groups that are not threes', () => {
    expect(message('20 00')).toBe(
      'Group digits in threes from the right (2 000 000 or 2_000_000), or leave the spaces out (2000000).',
    );
    expect(message('2_0000')).toMatch(/Group digits in threes/);
  });

  it('refuses empty input and input of spaces only', () => {
    expect(message('')).toMatch(/^Enter the training compute as a number of FLOP, for example 3.8e25/);
    expect(message('   ')).toMatch(/^Enter the training compute/);
    expect(message('FLOP')).toMatch(/^Enter the number before the unit/);
  });

  it('refuses negative compute (ASCII hyphen, Unicode minus, en dash)', () => {
    for (const t of ['-3e25', '−3e25', '–3e25', '-0', '-1 ZFLOP']) {
      expect(message(t)).toBe(
        'Compute cannot be negative. Enter the total number of FLOP as a positive figure, e.g. 3.8e25.',
      );
    }
  });

  it('refuses NaN and Infinity', () => {
    for (const t of ['NaN', 'nan', 'Infinity', 'inf', '∞'])
      expect(message(t)).toMatch(/is not a number of FLOP/);
    expect(message('1e999')).toMatch(/more than 10\^30/);
  });

  it('refuses garbage with the accepted forms', () => {
    expect(message('abc')).toBe(
      'Could not read "abc" as a number of FLOP. Write it for example 3.8e25, 3.8 × 10^25, 10^23, 2 000 000 or 380 ZFLOP.',
    );
    expect(message('3.8e25 tokens')).toMatch(/Could not read/);
    expect(message('about 1e25')).toMatch(/Could not read/);
    expect(message('3.')).toMatch(/Could not read/);
    expect(message('2 × 3e24')).toMatch(/one way of writing the power of ten/);
  });

  it('refuses a rate in FLOP/s, pointing to the hardware estimate (R44)', () => {
    for (const t of ['3e25 FLOP/s', '989 TFLOP/s', '1e15 FLOPs/s', '1e15 FLOP per second']) {
      expect(message(t)).toMatch(/^That is a rate \(FLOP per second\)/);
    }
  });

  it('refuses mixed or incomplete powers of ten', () => {
    expect(message('3.8 x 10e25')).toBe(
      'Use one way of writing the power of ten: 3.8e25 or 3.8 × 10^25, not both.',
    );
    expect(message('3.8 x 10')).toBe('Add the power of ten after 10, for example 3.8 × 10^25.');
    expect(message('3.8 × 10^')).toBe('Add the power of ten after 10, for example 3.8 × 10^25.');
    expect(message('3.8 × 1000')).toMatch(/Write the power of ten as 10\^25/);
    expect(message('3.8e')).toBe('The exponent is missing after "e". Write it like 3.8e25.');
    expect(message('3.8e+')).toMatch(/exponent is missing/);
  });

  it('refuses superscripts that are not a power of ten', () => {
    expect(message('3.8e²⁵')).toMatch(/Superscript digits are read only as a power of ten/);
    expect(message('²⁵')).toMatch(/Superscript/);
  });

  it('refuses unknown or lower-case unit prefixes, and a prefix without FLOP', () => {
    expect(message('380 zFLOP')).toBe(
      'Write the unit prefix as a capital letter: ZFLOP. A lower-case "z" is not a multiple of FLOP.',
    );
    expect(message('5 mFLOP')).toMatch(/capital letter: MFLOP/);
    expect(message('5 bFLOP')).toMatch(/"b" is not a unit prefix this tool knows/);
    expect(message('5 billionFLOP')).toMatch(/not a unit prefix/);
    expect(message('380 Z')).toMatch(/^Add FLOP after the unit prefix/);
  });

  it('refuses overlong input without trying to read it', () => {
    expect(message('1'.repeat(81))).toMatch(/too long/);
    expect(value('1'.repeat(30))).toBe(Number('1'.repeat(30)));
  });

  it('never throws on values that are not strings (untyped callers)', () => {
    for (const v of [undefined, null, 42, {}, []]) {
      expect(read(v as unknown as string).ok).toBe(false);
    }
  });
});

describe('formatFlopInput — editable text that reads back the same', () => {
  it.each([
    [3.8e25, '3.8e25'],
    [1e23, '1e23'],
    [7.2e23, '7.2e23'],
    [2e6, '2e6'],
    [1e30, '1e30'],
    [0, '0'],
    [25, '25'],
    [999999, '999999'],
    [0.5, '5e-1'],
    [123456.789, '1.23456789e5'],
  ])('writes %d as %s', (v, text) => {
    expect(formatFlopInput(v)).toBe(text);
    expect(value(text)).toBe(v);
  });

  it('writes -0 as "0" and gives "" for values the schema never holds', () => {
    expect(formatFlopInput(-0)).toBe('0');
    expect(formatFlopInput(Number.NaN)).toBe('');
    expect(formatFlopInput(Number.POSITIVE_INFINITY)).toBe('');
    expect(formatFlopInput(-1)).toBe('');
  });
});
