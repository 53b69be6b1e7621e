/**
 * Report values in words for the exports (PDF, calendar, command line), from the `reportWords` catalog area in
 * the translator's language (English where a caller has not chosen one yet). Never raw keys.
 */
import type { Obligation, ProviderRole, Report, VerdictKey } from '../engine/report';
import type { MessageId } from '../engine/text';
import type { Translator } from '../i18n/translator';
import type { TaskStatus } from '../shared/workspace/types';
import { dueWords } from './period-words';

/** A tracked task's status in words, as the tasks CSV and the calendar write it. */
export function taskStatusWords(status: TaskStatus, tr: Translator): string {
  return tr.m(TASK_STATUS_MESSAGES[status]);
}

const TASK_STATUS_MESSAGES = {
  'not-started': 'documents.taskStatusNotStarted',
  'in-progress': 'documents.taskStatusInProgress',
  done: 'documents.taskStatusDone',
  'not-needed': 'documents.taskStatusNotNeeded',
} as const satisfies Record<TaskStatus, MessageId>;

export const VERDICT_ORDER: readonly VerdictKey[] = ['gpai', 'provider', 'systemicRisk', 'openSource'];

/** "General-purpose AI model?", "Are you its provider?"… */
export function verdictTitle(key: VerdictKey, tr: Translator): string {
  return tr.t({ msg: `reportWords.verdictTitle_${key}` });
}

export function roleWords(role: ProviderRole, tr: Translator): string {
  return tr.t({ msg: `reportWords.role_${role}` });
}

/** "in 14 days", "today", "3 days ago". */
export function daysWords(days: number, tr: Translator): string {
  if (days === 0) return tr.t({ msg: 'reportWords.today' });
  return tr.t({
    msg: days > 0 ? 'reportWords.inDays' : 'reportWords.daysAgo',
    params: { n: Math.abs(days) },
  });
}

/** The date an obligation is shown against: its due date, else the date it applies from. */
export function obligationDate(o: Obligation): string | null {
  return o.dueBy ?? o.appliesFrom;
}

/** "Applies from 2 August 2026, due at the latest by 18 August 2025; prepare from 16 November 2026". */
export function obligationDatesWords(o: Obligation, tr: Translator): string {
  const parts: string[] = [];
  if (o.appliesFrom)
    parts.push(tr.t({ msg: 'reportWords.appliesFrom', params: { date: { date: o.appliesFrom } } }));
  if (o.dueBy && o.dueBy !== o.appliesFrom) {
    const due = dueWords(o, tr) ?? '';
    parts.push(parts.length ? due.charAt(0).toLowerCase() + due.slice(1) : due);
  }
  const dates = parts.length ? parts.join(', ') : tr.t({ msg: 'reportWords.noDate' });
  return o.prepareFrom
    ? tr.t({ msg: 'reportWords.withPrepareFrom', params: { dates, date: { date: o.prepareFrom } } })
    : dates;
}

export function obligationStatusWords(o: Obligation, tr: Translator): string {
  const n = o.daysFromAsOf;
  switch (o.status) {
    case 'in-force':
      return tr.t({ msg: 'reportWords.statusInForce' });
    case 'upcoming':
      return n === null
        ? tr.t({ msg: 'reportWords.statusUpcoming' })
        : tr.t({
            msg: o.dueBy ? 'reportWords.statusDueIn' : 'reportWords.statusAppliesIn',
            params: { days: daysWords(n, tr) },
          });
    case 'overdue':
      return n === null
        ? tr.t({ msg: 'reportWords.statusOverdue' })
        : tr.t({ msg: 'reportWords.statusOverdueBy', params: { n: Math.abs(n) } });
    case 'exempted':
      return tr.t({ msg: 'reportWords.statusExempted' });
    case 'date-unknown':
      return tr.t({ msg: 'reportWords.statusDateUnknown' });
    case 'done':
      return tr.t({ msg: 'reportWords.statusDone' });
  }
}

export function systemicRiskWords(r: Report, tr: Translator): string {
  const msg =
    r.systemicRisk === 'none'
      ? 'reportWords.riskNone'
      : r.systemicRisk === 'presumed'
        ? 'reportWords.riskPresumed'
        : 'reportWords.riskDesignated';
  return tr.t({ msg });
}
