import { describe, expect, it } from 'vitest';
import { english } from '../../i18n/english';
import { readCount as readIn } from './count-input';

const readCount = (text: string, options: { whole?: boolean } = {}) => readIn(text, options, english);

describe('readCount (ADR 0081)', () => {
  it('reads a whole count grouped with commas, dots or spaces', () => {
    for (const t of ['2,048', '2.048', '2 048', '2048', '2,048 '])
      expect(readCount(t, { whole: true })).toMatchObject({ ok: true, value: 2048 });
    expect(readCount('7,000,000,000', { whole: true })).toMatchObject({ ok: true, value: 7e9 });
    expect(readCount('7.5B', { whole: true })).toMatchObject({ ok: true, value: 7.5e9 });
    expect(readCount('1.5 trillion')).toMatchObject({ ok: true, value: 1.5e12 });
  });

  it('keeps 2.5 a decimal, and refuses 2,048 where decimals make sense with both spellings', () => {
    expect(readCount('2.5', { whole: true })).toMatchObject({ ok: true, value: 2.5 });
    expect(readCount('2,5')).toMatchObject({ ok: true, value: 2.5 });
    const r = readCount('2,048');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(
      'Write 2048 (or 2 048) if it groups thousands, or 2.048 if it is a decimal comma.',
    );
  });

  it('says what to write for text that is not a number', () => {
    expect(readCount('lots')).toEqual({
      ok: false,
      message: 'Could not read "lots" as a number. Write it like 2048, 2 048, 7e9 or 7B.',
    });
    expect(readCount('  ')).toEqual({ ok: false, message: 'Enter a number.' });
  });
});
