import { describe, expect, it } from 'vitest';
import { LANGUAGES, LOCALES } from './languages';
import { longDate } from './long-date';

const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('longDate (the translator\u2019s dates, without Intl)', () => {
  it.each(LANGUAGES)('writes every day of 1900-2100 as Intl.DateTimeFormat does in %s', (lang) => {
    const intl = new Intl.DateTimeFormat(LOCALES[lang], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const differences: string[] = [];
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const day = new Date(t);
      const ours = longDate(iso(day), lang);
      if (ours !== intl.format(day)) differences.push(`${iso(day)}: ${ours} / ${intl.format(day)}`);
    }
    expect(differences).toEqual([]);
  });

  it('writes the days the law names as a reader expects them', () => {
    expect(longDate('2025-08-02', 'en')).toBe('2 August 2025');
    expect(longDate('2025-08-02', 'de')).toBe('2. August 2025');
    expect(longDate('2027-03-01', 'fr')).toBe('1 mars 2027');
    expect(longDate('2028-02-29', 'de')).toBe('29. Februar 2028');
  });

  // The answers' dates are checked as calendar days before they get here. Given 2026-02-30, Date (and so Intl)
  // would have written "2 March 2026": a day nobody entered. A RangeError says what is wrong instead.
  it('refuses what is not a calendar day (RangeError), where Date would roll 30 February over to March', () => {
    for (const bad of [
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-4-1',
      '',
      'soon',
      '2026-01-01T00:00',
    ])
      expect(() => longDate(bad, 'en'), bad).toThrow(RangeError);
  });
});
