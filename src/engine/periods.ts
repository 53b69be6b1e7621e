/**
 * R87 (rev. 2): time limits under Regulation (EEC, Euratom) No 1182/71. The day of the event is not counted
 * (Art. 3(1)); a period in weeks ends on the same weekday as the event, in months on the same date or the
 * month's last day (Art. 3(2)(b), (c)); a last day on a Saturday, Sunday or public holiday moves to the end of
 * the next working day (Art. 3(4)). Holidays are the Commission's, and only from a cited list (Art. 2(1)).
 * Fixed dates of application (2 August 2026 is a Sunday) are not periods and never pass through here.
 */
import { addDays, addMonths } from './dates';
import { isCommissionHoliday } from './law/commission-holidays';
import type { IsoDate, PeriodEnd } from './report';
import { dateParam, listParam, type Text, tx } from './text';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export type PeriodLength = { weeks: number } | { months: number };

export function weekday(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] as string;
}

function nonWorkingReason(date: IsoDate): Text | null {
  const day = weekday(date);
  // The weekday is an ICU select value ("Saturday" / "Sunday"), named in the reader's language.
  if (day === 'Saturday' || day === 'Sunday')
    return tx('dates.nonWorkingWeekend', { date: dateParam(date), day });
  if (isCommissionHoliday(date) === true) return tx('dates.nonWorkingHoliday', { date: dateParam(date) });
  return null;
}

/** Art. 3(4): the first working day on or after `date`, with the reason for each day skipped. */
export function nextWorkingDay(date: IsoDate): { date: IsoDate; reasons: Text[] } {
  const reasons: Text[] = [];
  let day = date;
  for (let reason = nonWorkingReason(day); reason !== null; reason = nonWorkingReason(day)) {
    reasons.push(reason);
    day = addDays(day, 1);
  }
  return { date: day, reasons };
}

function lengthWords(length: PeriodLength): Text {
  if ('weeks' in length) return tx('dates.lengthWeeks', { weeks: length.weeks });
  return tx('dates.lengthMonths', { months: length.months });
}

/** Art. 3(2)(b), (c): the nominal last day of a period running from `from`. */
export function nominalEnd(from: IsoDate, length: PeriodLength): IsoDate {
  return 'weeks' in length ? addDays(from, 7 * length.weeks) : addMonths(from, length.months);
}

const periods = new Map<string, PeriodEnd<Text>>();

/** The legal last day of a period and, when it moved, why (R87). Memoised: the same few periods recur. */
export function periodEnd(
  from: IsoDate,
  length: PeriodLength,
  bound: PeriodEnd['bound'] = 'exact',
): PeriodEnd<Text> {
  const key = `${from}|${'weeks' in length ? `w${length.weeks}` : `m${length.months}`}|${bound}`;
  let period = periods.get(key);
  if (period === undefined) {
    period = computePeriodEnd(from, length, bound);
    if (periods.size > 50_000) periods.clear();
    periods.set(key, period);
  }
  return period;
}

function computePeriodEnd(from: IsoDate, length: PeriodLength, bound: PeriodEnd['bound']): PeriodEnd<Text> {
  const nominal = nominalEnd(from, length);
  const { date: lastDay, reasons } = nextWorkingDay(nominal);
  return {
    from,
    length: lengthWords(length),
    nominal,
    lastDay,
    movedBecause:
      reasons.length === 0 ? null : tx('dates.periodMoved', { reasons: listParam(reasons, 'semicolon') }),
    bound,
  };
}

/** True when the last day lies in a year for which no Commission holiday list is shipped (a note is due). */
export function holidayListMissing(period: Pick<PeriodEnd<unknown>, 'lastDay'>): boolean {
  return isCommissionHoliday(period.lastDay) === 'unknown';
}
