/**
 * Wording helpers for the report: relative days, obligation status and verdict tone. Pure functions so the
 * same words can be tested without rendering. Dates are calendar dates from the engine (no time zone).
 */

import type { Obligation, ProviderRole, Report, VerdictKey } from '../../engine/report';
import type { Param } from '../../engine/text';
import { dueWords, stepTakenWords } from '../../export/period-words';
import { daysWords, verdictTitle } from '../../export/words';
import type { reportPage } from '../../i18n/catalogs/en/report-page';
import type { Translator } from '../../i18n/translator';
import { labelCertainty } from '../../i18n/verdict-labels';
import { superscriptPowers } from '../../shared/legal-text/superscript';
import { verdictBadgeTone } from '../../shared/verdict-tone';

type ReportPageKey = keyof typeof reportPage;

/** "today", "in 1 day", "in 14 days", "1 day ago", "3 days ago". */
export function relativeDays(days: number, tr: Translator): string {
  return daysWords(days, tr);
}

export type Tone = 'positive' | 'negative' | 'caution' | 'neutral' | 'unknown';
export type IconName = 'check' | 'clock' | 'alert' | 'help' | 'minus' | 'cross' | 'info' | 'na';

export interface StatusWords {
  tone: Tone;
  icon: IconName;
  /** Short status in words: "In force since 2 August 2025", "Due in 14 days". */
  text: string;
  /** A second line giving the date or reason, or null. */
  detail: string | null;
}

/** Status of an obligation relative to the report's as-of date, in words and an icon (never colour alone). */
export function obligationStatus(ob: Obligation, tr: Translator): StatusWords {
  const days = ob.daysFromAsOf;
  const atLatest = ob.period?.bound === 'atLatest';
  const m = (key: ReportPageKey, params?: Record<string, Param>) => tr.m(`reportPage.${key}`, params);
  switch (ob.status) {
    case 'in-force':
      // Not a tick: "in force" is a duty that binds now, not a step done ('done' has the tick).
      return {
        tone: 'neutral',
        icon: 'info',
        text: ob.appliesFrom
          ? m('inForceSince', { date: tr.date(ob.appliesFrom) })
          : tr.m('reportWords.statusInForce'),
        detail:
          ob.dueBy && ob.dueBy !== ob.appliesFrom
            ? days !== null && days > 0
              ? m('mustBeMetByIn', { date: tr.date(ob.dueBy), relative: relativeDays(days, tr) })
              : m('mustBeMetBy', { date: tr.date(ob.dueBy) })
            : null,
      };
    case 'upcoming': {
      const date = ob.dueBy ?? ob.appliesFrom;
      if (ob.dueBy) {
        const due = dueWords(ob, tr) ?? '';
        return {
          tone: 'caution',
          icon: 'clock',
          text: m('statusDue', {
            when: days === null ? 'unknown' : days <= 0 ? 'today' : 'later',
            n: days ?? 0,
            atLatest: atLatest ? 'yes' : 'no',
          }),
          detail:
            ob.appliesFrom && ob.appliesFrom !== ob.dueBy
              ? m('dueAndAppliesFrom', { due, date: tr.date(ob.appliesFrom) })
              : due,
        };
      }
      return {
        tone: 'neutral',
        icon: 'clock',
        text: days === null ? m('appliesLater') : days <= 0 ? m('appliesToday') : m('appliesIn', { n: days }),
        detail: date ? m('appliesFrom', { date: tr.date(date) }) : null,
      };
    }
    case 'overdue': {
      const date = ob.dueBy ?? ob.appliesFrom;
      const was = date ? m(atLatest ? 'wasDueAtLatest' : 'wasDue', { date: tr.date(date) }) : null;
      return {
        tone: 'negative',
        icon: 'alert',
        text:
          days === null
            ? tr.m('reportWords.statusOverdue')
            : tr.m('reportWords.statusOverdueBy', { n: Math.abs(days) }),
        detail:
          ob.stepTaken === 'no'
            ? [was, stepTakenWords(ob, tr)].filter(Boolean).join('. ')
            : was && m('wasDueKeepRecord', { was }),
      };
    }
    case 'exempted':
      return {
        tone: 'neutral',
        icon: 'minus',
        text: tr.m('reportWords.statusExempted'),
        detail: ob.exemptionReason,
      };
    case 'done': {
      const done = tr.m('reportWords.statusDone');
      if (ob.id === 'art52_1')
        return {
          tone: 'positive',
          icon: 'check',
          text: done,
          detail: ob.dueBy ? m('notifiedDeadline', { date: tr.date(ob.dueBy) }) : m('notified'),
        };
      const date = ob.dueBy ?? ob.appliesFrom;
      return {
        tone: 'positive',
        icon: 'check',
        text: done,
        detail: date
          ? m(days !== null && days > 0 ? 'inPlaceRequiredBy' : 'inPlaceRequiredSince', {
              date: tr.date(date),
            })
          : m('inPlace'),
      };
    }
    case 'date-unknown':
      return {
        tone: 'unknown',
        icon: 'help',
        text: tr.m('reportWords.statusDateUnknown'),
        detail: m('dateUnknownDetail'),
      };
  }
}

/** "General-purpose AI model?", "Are you its provider?"… (the same titles as the exports'). */
export function verdictQuestion(key: VerdictKey, tr: Translator): string {
  return verdictTitle(key, tr);
}

export const VERDICT_ORDER: readonly VerdictKey[] = ['gpai', 'provider', 'systemicRisk', 'openSource'];

/** Badge tone and icon for a verdict: its certainty, read from the label in the reader's language, then its facts. */
export function verdictTone(report: Report, key: VerdictKey, tr: Translator): { tone: Tone; icon: IconName } {
  return verdictBadgeTone(report, key, labelCertainty(report.verdicts[key].label, tr));
}

/** The provider role as the verdict card explains it: "Provider — you develop the model…". */
export function roleDescription(role: ProviderRole, tr: Translator): string {
  return tr.m(`reportPage.role_${role}`);
}

/** The short answers hash as the PDF and share tools print it: the first 12 hex digits (ADR 0020). */
export function shortHash(hash: string): string {
  return hash.replace(/^sha256[:-]/i, '').slice(0, 12);
}

/** Today's calendar date in the user's time zone, read in the UI layer only (the engine never reads clocks). */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The report with every sentence's ASCII powers of ten written as superscripts (links and ids untouched). */
export function withSuperscripts(report: Report): Report {
  return JSON.parse(JSON.stringify(report), (key, value) =>
    typeof value === 'string' && key !== 'url' ? superscriptPowers(value) : value,
  ) as Report;
}
