/**
 * Calendar-date arithmetic on YYYY-MM-DD strings. Dates are calendar dates, not instants: all arithmetic is
 * done in UTC on day numbers so that no time zone can shift a deadline by a day.
 */
import type { IsoDate } from './report';

const DAY_MS = 86_400_000;

const dayNumbers = new Map<IsoDate, number>();

function toDayNumber(date: IsoDate): number {
  // Hot path (every obligation and milestone): the same few dates recur, so remember them.
  let day = dayNumbers.get(date);
  if (day === undefined) {
    day =
      Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
    if (dayNumbers.size > 50_000) dayNumbers.clear();
    dayNumbers.set(date, day);
  }
  return day;
}

function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Adds calendar months; clamps to the last day of the month (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return a < b; // ISO calendar dates compare lexicographically
}

export function maxDate(...dates: IsoDate[]): IsoDate {
  return [...dates].sort().at(-1) as IsoDate; // ISO dates sort chronologically
}

/** "2 August 2025" — fixed English month names, independent of the runtime locale. */
export const ENGLISH_MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const formattedDates = new Map<IsoDate, string>();

export function formatDate(date: IsoDate): string {
  let text = formattedDates.get(date);
  if (text === undefined) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    text = `${d} ${ENGLISH_MONTHS[m - 1]} ${y}`;
    if (formattedDates.size > 50_000) formattedDates.clear();
    formattedDates.set(date, text);
  }
  return text;
}
