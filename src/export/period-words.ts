/**
 * The rev. 2 date wording, written once for every place a report is rendered (web page, print, PDF, calendar,
 * command line): a period's legal last day and why it moved (R87), the "at the latest" bound (R89), the
 * "prepare from" date (E28) and the steps the user said are taken. Pure; no markup. The words come from the
 * `reportWords` catalog area in the translator's language (English where a caller has not chosen one yet).
 */
import type { IsoDate, Obligation, PeriodEnd } from '../engine/report';
import type { Translator } from '../i18n/translator';

/** "Saturday 16 August 2025" (the weekday of a calendar date, computed in UTC so no zone can shift it). */
export function dayWords(date: IsoDate, tr: Translator): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = String(new Date(Date.UTC(y, m - 1, d)).getUTCDay());
  return tr.t({ msg: 'reportWords.dayAndDate', params: { weekday, date: { date } } });
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/**
 * "Moved from Saturday 16 August 2025 to Monday 18 August 2025. 16 August 2025 is a Saturday: a period ending
 * on …" — or null when the period did not move. The engine's reason is kept word for word; the rule is added
 * only if the reason does not already name it.
 */
export function periodMovedWords(period: PeriodEnd, tr: Translator): string | null {
  if (period.lastDay === period.nominal && !period.movedBecause) return null;
  const why = period.movedBecause?.trim() ?? '';
  const reason = !why
    ? tr.t({ msg: 'reportWords.rule1182Sentence' })
    : /1182\/71/.test(why)
      ? sentence(why)
      : tr.t({
          msg: 'reportWords.movedBecause',
          params: { why: why.replace(/[.;:]$/, ''), rule: { msg: 'reportWords.rule1182' } },
        });
  return tr.t({
    msg: 'reportWords.moved',
    params: { nominal: dayWords(period.nominal, tr), lastDay: dayWords(period.lastDay, tr), reason },
  });
}

/**
 * How the last day was found: "2 weeks after 2 August 2025; last day Monday 18 August 2025." With bound
 * "atLatest" (R89): "At the latest Monday …: 2 weeks after first placing on …; earlier if the threshold was met
 * earlier."
 */
export function periodWords(period: PeriodEnd, tr: Translator): string {
  const params = {
    lastDay: dayWords(period.lastDay, tr),
    length: period.length,
    from: { date: period.from },
  };
  if (period.bound === 'atLatest') return tr.t({ msg: 'reportWords.periodAtLatest', params });
  const text = tr.t({ msg: 'reportWords.periodExact', params });
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Both of the above for a period: how it was counted, then the move if any. */
export function periodLines(period: PeriodEnd, tr: Translator): string[] {
  const moved = periodMovedWords(period, tr);
  return moved ? [periodWords(period, tr), moved] : [periodWords(period, tr)];
}

/** "Due by 18 August 2025" or "Due at the latest by 18 August 2025" (R89). */
export function dueWords(o: Pick<Obligation, 'dueBy' | 'period'>, tr: Translator): string | null {
  if (!o.dueBy) return null;
  const msg = o.period?.bound === 'atLatest' ? 'reportWords.dueAtLatest' : 'reportWords.due';
  return tr.t({ msg, params: { date: { date: o.dueBy } } });
}

/** E28: why there is an earlier date to prepare from (without the date itself). */
export function prepareFromNote(o: Pick<Obligation, 'appliesFrom'>, tr: Translator): string {
  const from = o.appliesFrom ? { date: o.appliesFrom } : { msg: 'reportWords.placing' as const };
  return tr.t({ msg: 'reportWords.prepareFromNote', params: { from } });
}

/** E28: "Prepare from 16 November 2026: …", or null when the obligation has no earlier date to prepare from. */
export function prepareFromWords(
  o: Pick<Obligation, 'prepareFrom' | 'appliesFrom'>,
  tr: Translator,
): string | null {
  if (!o.prepareFrom) return null;
  return tr.t({
    msg: 'reportWords.prepareFrom',
    params: { date: { date: o.prepareFrom }, note: prepareFromNote(o, tr) },
  });
}

const STEP_WORDS = {
  notified: {
    yes: 'reportWords.stepNotifiedYes',
    no: 'reportWords.stepNotifiedNo',
    unknown: 'reportWords.stepNotifiedUnknown',
  },
  other: { yes: 'reportWords.stepYes', no: 'reportWords.stepNo', unknown: 'reportWords.stepUnknown' },
} as const;

/** Steps already taken, as answered: "You answered that this is done." */
export function stepTakenWords(o: Pick<Obligation, 'stepTaken' | 'id'>, tr: Translator): string | null {
  if (o.stepTaken === null) return null;
  return tr.t({ msg: STEP_WORDS[o.id === 'art52_1' ? 'notified' : 'other'][o.stepTaken] });
}
