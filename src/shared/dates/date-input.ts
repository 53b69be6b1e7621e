/**
 * Reading a date typed by a person. The answers hold YYYY-MM-DD; people in EU legal teams also write
 * 2/8/2025, 02.08.2025 or "2 August 2025" — always day before month — and sometimes know only the month
 * ("March 2025", "2025-03", "03/2025"). A month alone is read as one day of it, the cautious one for the
 * question (its `monthReading`: the first day unless the question says otherwise), and said so; a month that
 * contains a date of the law (parameter table) is refused, because there the day decides the answer.
 * Dates are written back the one way the app writes them: "2 August 2025" (formatDate), or in the
 * translator's language when one is given ("2. August 2025", "2 août 2025").
 *
 * Languages (issue #11). What is read does not depend on the reader's language: the same text means the same
 * day on every screen, in a CSV import (which has no language) and in a link someone else opens. So
 * - month names are read in English, German and French in every language — full, abbreviated with or without
 *   a dot, with or without accents and umlauts, in any case ("März", "Maerz", "Mrz.", "févr.", "aout",
 *   "Jänner"). No name or abbreviation of one language is another month in another; the one clash, "jui"
 *   (French juin / juillet), is refused as ambiguous, like any prefix shorter than three letters.
 * - numbers are read day first in every language, as they always were in English: 02.08.2025 (the German
 *   form), 02/08/2025 (the French) and 2-8-2025 are all 2 August 2025. Month-first (US) order is never read;
 *   every hint says "day first". Reading 02/08/2025 as 8 February in one language and 2 August in another
 *   would make an answer depend on the screen's language, so there is no per-language numeric form.
 * - French "1er" ("1er mars 2026") is read for the first of a month, and German "2. Aug. 2026" with its dots.
 * The language matters only for the words given back: pass the reader's translator as `tr` and the message,
 * the date in words and the month's label are in that language; without it they are English, as before.
 */
import { formatDate } from '../../engine/dates';
import { LAW } from '../../engine/law/parameters';
import type { Text } from '../../engine/text';
import type { Translator } from '../../i18n/translator';

/** Catalog keys of the months (`dates.monthOfYear`'s select values), January first. */
const MONTH_KEYS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/**
 * Each month's names, lower case without accents: English, German (with its ae/oe/ue spelling, the Austrian
 * Jänner and Feber, the DIN abbreviation Mrz), French. A typed word is a month when it is one of these names or
 * the start of one (three letters at least) and every name it starts is the same month.
 */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'januar', 'jaenner', 'janner', 'janvier'],
  ['february', 'februar', 'feber', 'fevrier'],
  ['march', 'marz', 'maerz', 'mrz', 'mars'],
  ['april', 'avril'],
  ['may', 'mai'],
  ['june', 'juni', 'juin'],
  ['july', 'juli', 'juillet'],
  ['august', 'aout'],
  ['september', 'septembre'],
  ['october', 'oktober', 'octobre'],
  ['november', 'novembre'],
  ['december', 'dezember', 'decembre'],
];

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Lower case, accents and umlauts dropped (März → marz, août → aout), a final dot dropped. */
function folded(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/u, '');
}

function monthNumber(word: string): number | null {
  const w = folded(word);
  if (w.length < 3) return null;
  const months = new Set<number>();
  MONTH_NAMES.forEach((names, i) => {
    if (names.some((name) => name.startsWith(w))) months.add(i + 1);
  });
  return months.size === 1 ? ([...months][0] as number) : null;
}

/** A word of letters, accented or not (also when the accent is typed as a separate combining mark). */
const WORD = '([\\p{L}\\p{M}]+)';
/** Between a month name and the year: "Aug 2025", "Aug. 2025", "Aug, 2025", "Aug., 2025", "Aug.2025". */
const AFTER_MONTH = '(?:\\.?,? |\\.)';
/** "2 August 2025", "2. August 2025", "2.Aug.2025", "1er mars 2026". */
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})(\\. ?| |er )${WORD}${AFTER_MONTH}(\\d{4})$`, 'iu');
/** "March 2025", "Mar. 2025", "févr. 2026". */
const MONTH_YEAR = new RegExp(`^${WORD}${AFTER_MONTH}(\\d{4})$`, 'u');

export function normalizeDateInput(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = DAY_MONTH_YEAR.exec(t);
  if (m) {
    const month = monthNumber(m[3] as string);
    // "1er" is French for the first; "2er" is nothing.
    const day = Number(m[1]);
    if (month !== null && (m[2]?.toLowerCase() !== 'er ' || day === 1)) return iso(Number(m[4]), month, day);
  }
  return t;
}

/** "2 August 2025" for a valid ISO date, otherwise null. */
export function dateInWords(isoDate: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return formatDate(isoDate);
}

/**
 * A month alone: "March 2025", "Mar. 2025", "März 2025", "févr. 2026", "2025-03", "03/2025", "3.2025". Year and
 * month, or null.
 */
export function readMonth(text: string): { year: number; month: number } | null {
  const t = text.trim().replace(/\s+/g, ' ');
  let m = MONTH_YEAR.exec(t);
  if (m) {
    const month = monthNumber(m[1] as string);
    return month === null ? null : { year: Number(m[2]), month };
  }
  m = /^(\d{4})-(\d{1,2})$/u.exec(t) ?? null;
  if (m) return validMonth(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[./](\d{4})$/u.exec(t);
  if (m) return validMonth(Number(m[2]), Number(m[1]));
  return null;
}

function validMonth(year: number, month: number): { year: number; month: number } | null {
  return month >= 1 && month <= 12 ? { year, month } : null;
}

/** Every date of application in the law's parameter table, oldest first. */
const LAW_DATES: readonly string[] = [
  ...new Set(
    Object.values(LAW).flatMap((p) =>
      p.kind === 'date' ? p.values.map((v) => v.value as unknown as string) : [],
    ),
  ),
].sort();

export type MonthReading = 'first' | 'last';

export type DateReading =
  | { ok: true; iso: string; words: string; month?: { label: string; reading: MonthReading } }
  /** `message` in the translator's language (English unless one is given); `text` the same message as an id. */
  | { ok: false; message: string; text: Text };

/** "August 2025", "August 2025", "août 2025": a month and year in the translator's language. */
function monthOfYear(year: number, month: number): Text {
  return { msg: 'dates.monthOfYear', params: { month: MONTH_KEYS[month - 1] as string, year: String(year) } };
}

/** The example in the refusal: 2 August 2025, written the ways this reader reads (words, numbers, ISO, month). */
const EXAMPLE = { year: 2025, month: 8, day: 2 } as const;

/**
 * The typed text as a date, or why not. A month alone becomes its first or last day (`reading`), unless a
 * date of the law falls inside the month after its first day: then either reading could be on the wrong
 * side of it, and the exact day is asked for. What is read is the same in every language; `tr` (English by
 * default) only words the answer: the message, `words` and the month's label.
 */
export function readDate(text: string, reading: MonthReading = 'first', tr: Translator): DateReading {
  const refused = (why: Text): DateReading => ({ ok: false, message: tr.t(why), text: why });
  const inWords = (day: string) => (tr.lang === 'en' ? formatDate(day) : tr.date(day));
  const month = readMonth(text);
  if (month) {
    const first = iso(month.year, month.month, 1);
    const lastDay = new Date(Date.UTC(month.year, month.month, 0)).getUTCDate();
    const last = iso(month.year, month.month, lastDay);
    const name = monthOfYear(month.year, month.month);
    const inside = LAW_DATES.filter((d) => d > first && d <= last);
    if (inside.length > 0)
      return refused({
        msg: 'app.dateExactDay',
        params: {
          month: name,
          n: inside.length,
          dates: { list: inside.map((date) => ({ date })), join: 'and' },
        },
      });
    const day = reading === 'first' ? first : last;
    return { ok: true, iso: day, words: inWords(day), month: { label: tr.t(name), reading } };
  }
  const normal = normalizeDateInput(text);
  const words = dateInWords(normal);
  if (words) return { ok: true, iso: normal, words: inWords(normal) };
  if (/^\d{4}-\d{2}-\d{2}$/u.test(normal)) return refused({ msg: 'app.dateNotInCalendar' });
  // The examples are forms this reader accepts, each written the reader's language's way.
  const { year, month: mo, day } = EXAMPLE;
  return refused({
    msg: 'app.dateFormat',
    params: {
      words: { date: iso(year, mo, day) },
      slashes: {
        msg: 'dates.numericDate',
        params: { day: String(day), month: String(mo), year: String(year) },
      },
      iso: iso(year, mo, day),
      month: monthOfYear(year, mo),
    },
  });
}
