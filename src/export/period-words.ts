/**
 * The rev. 2 date wording, written once for every place a report is rendered (web page, print, PDF, calendar,
 * command line): a period's legal last day and why it moved (R87), the "at the latest" bound (R89), the
 * "prepare from" date (E28) and the steps the user said are taken. Pure; plain English; no markup.
 */
import { formatDate } from '../engine/dates';
import type { IsoDate, Obligation, PeriodEnd } from '../engine/report';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** "Saturday 16 August 2025" (the weekday of a calendar date, computed in UTC so no zone can shift it). */
export function dayWords(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${formatDate(date)}`;
}

const RULE_1182 =
  'a period ending on a Saturday, Sunday or public holiday ends at the end of the next working day (Reg. (EEC, Euratom) No 1182/71, Art. 3(4))';

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/**
 * "Moved from Saturday 16 August 2025 to Monday 18 August 2025. 16 August 2025 is a Saturday: a period ending
 * on …" — or null when the period did not move. The engine's reason is kept word for word; the rule is added
 * only if the reason does not already name it.
 */
export function periodMovedWords(period: PeriodEnd): string | null {
  if (period.lastDay === period.nominal && !period.movedBecause) return null;
  const why = period.movedBecause?.trim() ?? '';
  const reason = !why
    ? `${RULE_1182.charAt(0).toUpperCase()}${RULE_1182.slice(1)}.`
    : /1182\/71/.test(why)
      ? sentence(why)
      : `${why.replace(/[.;:]$/, '')}: ${RULE_1182}.`;
  return `Moved from ${dayWords(period.nominal)} to ${dayWords(period.lastDay)}. ${reason}`;
}

/**
 * How the last day was found: "2 weeks after 2 August 2025; last day Monday 18 August 2025." With bound
 * "atLatest" (R89): "At the latest Monday …: 2 weeks after first placing on …; earlier if the threshold was met
 * earlier."
 */
export function periodWords(period: PeriodEnd): string {
  return period.bound === 'atLatest'
    ? `At the latest ${dayWords(period.lastDay)}: ${period.length} after first placing on ${formatDate(period.from)}. The date the threshold was met is not known; if it was met before placing, the deadline was two weeks after that date (R89).`
    : `${period.length.charAt(0).toUpperCase()}${period.length.slice(1)} after ${formatDate(period.from)}; last day ${dayWords(period.lastDay)}.`;
}

/** Both of the above for a period: how it was counted, then the move if any. */
export function periodLines(period: PeriodEnd): string[] {
  const moved = periodMovedWords(period);
  return moved ? [periodWords(period), moved] : [periodWords(period)];
}

/** "Due by 18 August 2025" or "Due at the latest by 18 August 2025" (R89). */
export function dueWords(o: Pick<Obligation, 'dueBy' | 'period'>): string | null {
  if (!o.dueBy) return null;
  return `Due ${o.period?.bound === 'atLatest' ? 'at the latest ' : ''}by ${formatDate(o.dueBy)}`;
}

/** E28: why there is an earlier date to prepare from (without the date itself). */
export function prepareFromNote(o: Pick<Obligation, 'appliesFrom'>): string {
  return `the Commission’s guidelines read the systemic-risk obligations as running from the day the threshold was met; the Act ties them to placing, so this report applies them from ${o.appliesFrom ? formatDate(o.appliesFrom) : 'placing'} at the latest (ambiguous, E28).`;
}

/** E28: "Prepare from 16 November 2026: …", or null when the obligation has no earlier date to prepare from. */
export function prepareFromWords(o: Pick<Obligation, 'prepareFrom' | 'appliesFrom'>): string | null {
  return o.prepareFrom ? `Prepare from ${formatDate(o.prepareFrom)}: ${prepareFromNote(o)}` : null;
}

/** Steps already taken, as answered: "You answered that this is done." */
export function stepTakenWords(o: Pick<Obligation, 'stepTaken' | 'id'>): string | null {
  const what = o.id === 'art52_1' ? 'the Commission has been notified' : 'this is in place';
  switch (o.stepTaken) {
    case 'yes':
      return `You answered that ${what}.`;
    case 'no':
      return `You answered that ${o.id === 'art52_1' ? 'the Commission has not been notified' : 'this is not in place yet'}.`;
    case 'unknown':
      return `You answered that you do not know whether ${what}.`;
    default:
      return null;
  }
}
