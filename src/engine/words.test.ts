/** Counts in words (E27's parameter count on the report and check page), at and beside each unit's edge. */
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/all';
import { english, inEnglish } from '../i18n/english';
import { countWords } from './words';

describe('countWords', () => {
  it.each([
    [999_999, '999,999'],
    [1e6, '1 million'],
    [7e9, '7 billion'],
    [1.3e11, '130 billion'],
    [998_900_000, '999 million'],
    [999_999_999, '1 billion'],
    [999_600_000_000, '1 trillion'],
    [2.5e12, '2.5 trillion'],
  ])('%d → %s', (n, words) => {
    expect(english.t(countWords(n))).toBe(words);
  });

  it('writes the decimal sign of each language', () => {
    expect(translatorFor('de').t(countWords(1.3e9))).toBe('1,3 Milliarden');
    // French counts below 2 in the singular ("1,3 milliard"); German only exactly 1 ("1 Milliarde").
    expect(translatorFor('fr').t(countWords(1.3e9))).toBe('1,3 milliard');
    expect(translatorFor('fr').t(countWords(7e9))).toBe('7 milliards');
    expect(translatorFor('de').t(countWords(1e9))).toBe('1 Milliarde');
    expect(inEnglish(countWords(1.3e9))).toBe('1.3 billion');
  });
});
