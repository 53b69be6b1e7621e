/**
 * The next deadline of an assessment, read from its latest version's result summary and today's date — no
 * re-evaluation, so that the list of 500 costs no engine run. The summary's obligation statuses were computed
 * as of the version's as-of date; here each date is placed against today instead:
 *
 * - done, exempted and date-unknown obligations give no deadline (an unknown date is counted apart);
 * - a date today or later is a deadline ahead;
 * - a date before today is overdue when the engine said so (a continuing duty answered "not in place", R89's
 *   "due now") or when the duty is a one-off act (the Art. 52(1) notification: its deadline passes, it does
 *   not come into force); a continuing duty whose date has passed is in force, not overdue.
 */
import type { IsoDate, ObligationId } from '../../engine/report';
import { obligationDefinition } from '../../engine/rules/obligation-catalogue';
import type { Text } from '../../engine/text';
import type { ResultSummary } from '../../shared/workspace/types';

export interface DatedObligation {
  id: ObligationId;
  article: Text;
  /** Null: due now without a date (R89, the date the answers could not give). */
  date: IsoDate | null;
}

export type NextDeadline =
  | { kind: 'overdue'; earliest: DatedObligation; count: number }
  | { kind: 'ahead'; next: DatedObligation; count: number }
  | { kind: 'unknown'; count: number }
  /** Nothing dated ahead; `obligations` counts those that apply (0: no GPAI model obligations at all). */
  | { kind: 'none'; obligations: number };

const byDate = (a: DatedObligation, b: DatedObligation) =>
  // An undated "due now" sorts before every date: nothing is earlier than now.
  a.date === b.date ? 0 : a.date === null ? -1 : b.date === null ? 1 : a.date < b.date ? -1 : 1;

export function nextDeadline(summary: ResultSummary, today: IsoDate): NextDeadline {
  const overdue: DatedObligation[] = [];
  const ahead: DatedObligation[] = [];
  let unknown = 0;
  let applicable = 0;
  for (const o of summary.obligations) {
    if (o.status === 'exempted') continue;
    applicable += 1;
    if (o.status === 'done') continue;
    if (o.status === 'date-unknown') {
      unknown += 1;
      continue;
    }
    const def = obligationDefinition(o.id);
    const date = o.dueBy ?? o.appliesFrom;
    const item = { id: o.id, article: def.article, date };
    if (date === null) {
      if (o.status === 'overdue') overdue.push(item);
    } else if (date >= today) ahead.push(item);
    else if (o.status === 'overdue' || def.oneOff) overdue.push(item);
  }
  const earliest = overdue.sort(byDate)[0];
  if (earliest) return { kind: 'overdue', earliest, count: overdue.length };
  const next = ahead.sort(byDate)[0];
  if (next) return { kind: 'ahead', next, count: ahead.length };
  return unknown > 0 ? { kind: 'unknown', count: unknown } : { kind: 'none', obligations: applicable };
}

/**
 * A key that sorts the list by urgency: overdue first (earliest first), then the next date ahead, then an
 * unknown date, then nothing, then not evaluated. Strings compare in that order.
 */
export function deadlineSortKey(d: NextDeadline | null): string {
  if (d === null) return '5';
  switch (d.kind) {
    case 'overdue':
      return `0${d.earliest.date ?? '0000-00-00'}`;
    case 'ahead':
      return `1${d.next.date}`;
    case 'unknown':
      return '2';
    case 'none':
      return '3';
  }
}
