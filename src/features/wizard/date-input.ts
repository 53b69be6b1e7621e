/**
 * Reading a date typed by a person. The answers hold YYYY-MM-DD; people in EU legal teams also write
 * 2/8/2025, 02.08.2025 or "2 August 2025" — always day before month. Returns the ISO form when it can read
 * it; otherwise the text unchanged, so that the answers schema's own message ("Write the date as YYYY-MM-DD…")
 * explains the fix.
 */
import { formatDate } from '../../engine/dates';

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

export function normalizeDateInput(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\.? ([A-Za-z]+)\.?,? (\d{4})$/.exec(t);
  if (m) {
    const word = (m[2] as string).toLowerCase();
    const month = MONTHS.findIndex((name) => word.length >= 3 && name.startsWith(word));
    if (month >= 0) return iso(Number(m[3]), month + 1, Number(m[1]));
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
