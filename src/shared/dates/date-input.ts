/**
 * Reading a date typed by a person. The answers hold YYYY-MM-DD; people in EU legal teams also write
 * 2/8/2025, 02.08.2025 or "2 August 2025" — always day before month — and sometimes know only the month
 * ("March 2025", "2025-03", "03/2025"). A month alone is read as one day of it, the cautious one for the
 * question (its `monthReading`: the first day unless the question says otherwise), and said so; a month that
 * contains a date of the law (parameter table) is refused, because there the day decides the answer.
 * Dates are written back the one way the app writes them: "2 August 2025" (formatDate).
 */
import { formatDate } from '../../engine/dates';
import { LAW } from '../../engine/law/parameters';
import type { Text } from '../../engine/text';
import { english } from '../../i18n/english';

const MONTHS = [
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
];

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/u, '');
  const i = MONTHS.findIndex((name) => w.length >= 3 && name.startsWith(w));
  return i >= 0 ? i + 1 : null;
}

export function normalizeDateInput(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\.? ([A-Za-z]+)\.?,? (\d{4})$/.exec(t);
  if (m) {
    const month = monthNumber(m[2] as string);
    if (month !== null) return iso(Number(m[3]), month, Number(m[1]));
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

/** A month alone: "March 2025", "Mar. 2025", "2025-03", "03/2025", "3.2025". Year and month, or null. */
export function readMonth(text: string): { year: number; month: number } | null {
  const t = text.trim().replace(/\s+/g, ' ');
  let m = /^([A-Za-z]+\.?),? (\d{4})$/u.exec(t);
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
  /** `message` in English; `text` the same message for the reader's language (`tr.t(text)`). */
  | { ok: false; message: string; text: Text };

function refused(text: Text): DateReading {
  return { ok: false, message: english.t(text), text };
}

/**
 * The typed text as a date, or why not. A month alone becomes its first or last day (`reading`), unless a
 * date of the law falls inside the month after its first day: then either reading could be on the wrong
 * side of it, and the exact day is asked for.
 */
export function readDate(text: string, reading: MonthReading = 'first'): DateReading {
  const month = readMonth(text);
  if (month) {
    const first = iso(month.year, month.month, 1);
    const lastDay = new Date(Date.UTC(month.year, month.month, 0)).getUTCDate();
    const last = iso(month.year, month.month, lastDay);
    const label = `${MONTHS[month.month - 1]?.replace(/^./u, (c) => c.toUpperCase())} ${month.year}`;
    const inside = LAW_DATES.filter((d) => d > first && d <= last);
    if (inside.length > 0)
      return refused({
        msg: 'app.dateExactDay',
        params: {
          month: label,
          n: inside.length,
          dates: { list: inside.map((date) => ({ date })), join: 'and' },
        },
      });
    const day = reading === 'first' ? first : last;
    return { ok: true, iso: day, words: formatDate(day), month: { label, reading } };
  }
  const normal = normalizeDateInput(text);
  const words = dateInWords(normal);
  if (words) return { ok: true, iso: normal, words };
  if (/^\d{4}-\d{2}-\d{2}$/u.test(normal)) return refused({ msg: 'app.dateNotInCalendar' });
  // The examples are forms this reader accepts (English month names), whatever the reader's language.
  return refused({
    msg: 'app.dateFormat',
    params: { words: '2 August 2025', slashes: '2/8/2025', iso: '2025-08-02', month: 'August 2025' },
  });
}
