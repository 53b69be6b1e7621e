import { ENGLISH_MONTHS } from '../engine/dates';
import type { IsoDate } from '../engine/report';
import type { Lang } from './languages';

/**
 * "2 August 2026", "2. August 2026", "2 août 2026": what Intl.DateTimeFormat writes for these locales with a
 * long month (long-date.test.ts compares the two for every day of 1900–2100). Written out because the first
 * Intl object a page creates costs 50–100 ms on a desktop CPU and 200–300 ms on a mid-range phone, loading
 * the locale data (issue #12, ADR 0070 amendment 4); the law's dates are in the first text of every screen.
 */
const MONTHS: Record<Lang, readonly string[]> = {
  en: ENGLISH_MONTHS,
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
};

/** A calendar date (YYYY-MM-DD) in words; a RangeError for anything else, 30 February included. */
export function longDate(iso: IsoDate, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const checked = new Date(Date.UTC(2000, month - 1, day));
  checked.setUTCFullYear(year);
  if (!match || checked.getUTCMonth() !== month - 1 || checked.getUTCDate() !== day)
    throw new RangeError(`Invalid date: ${iso}`);
  const name = MONTHS[lang][month - 1];
  return lang === 'de' ? `${day}. ${name} ${year}` : `${day} ${name} ${year}`;
}
