/**
 * What the "At a glance" box says, as pure functions: the certainty of each verdict as its card shows it, the
 * overdue items, and the next date — or, only when nothing dated or unknown-dated lies ahead, "No dates ahead".
 */
import type { Obligation, Report, Signpost, VerdictKey } from '../../engine/report';
import type { Translator } from '../../i18n/translator';
import { labelCertainty } from '../../i18n/verdict-labels';

/** How sure a verdict is, read from the engine's label and its ambiguity flags (what the card shows). */
export type Certainty = 'settled' | 'probable' | 'not-established' | 'conditional';

/** The label as the report's translator wrote it, read in that language (src/i18n/verdict-labels.ts). */
export function verdictCertainty(report: Report, key: VerdictKey, tr: Translator): Certainty {
  const certainty = labelCertainty(report.verdicts[key].label, tr);
  return certainty === 'not-applicable' ? 'settled' : certainty;
}

export function isAmbiguous(report: Report, key: VerdictKey): boolean {
  return report.verdicts[key].ambiguous.length > 0;
}

/** Obligations that bind the user (not exempted). */
export function applicableObligations(report: Report): Obligation[] {
  return report.obligations.filter((o) => !o.exempted && o.status !== 'exempted');
}

export function overdueWords(o: Obligation, tr: Translator): string {
  const date = o.dueBy ?? o.appliesFrom;
  if (!date) return o.article;
  const msg =
    o.period?.bound === 'atLatest' ? 'reportPage.overdueWasDueAtLatest' : 'reportPage.overdueWasDue';
  const words = tr.m(msg, { article: o.article, date: tr.date(date) });
  return o.daysFromAsOf === null
    ? words
    : `${words} (${tr.m('reportWords.daysAgo', { n: Math.abs(o.daysFromAsOf) })})`;
}

export type NextDate =
  /** A dated milestone on or after the as-of date. */
  { kind: 'dated'; date: string; daysFromAsOf: number; label: string } | { kind: 'none' };

/** The earliest dated milestone of the model's timeline that is today or later. */
export function nextDate(report: Report): NextDate {
  const next = [...report.timeline]
    .filter((m) => m.daysFromAsOf >= 0)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];
  return next
    ? { kind: 'dated', date: next.date, daysFromAsOf: next.daysFromAsOf, label: next.label }
    : { kind: 'none' };
}

/** Obligations whose date hangs on an answer given as "I don't know". */
export function unknownDated(report: Report): Obligation[] {
  return applicableObligations(report).filter((o) => o.status === 'date-unknown');
}

/** AI-system duties (not assessed) that apply from a date after the as-of date, earliest first. */
export function signpostsAhead(report: Report): Signpost[] {
  return report.signposts
    .filter(
      (s): s is Signpost & { appliesFrom: string } => s.appliesFrom !== null && s.appliesFrom > report.asOf,
    )
    .sort((a, b) => (a.appliesFrom < b.appliesFrom ? -1 : a.appliesFrom > b.appliesFrom ? 1 : 0));
}

/**
 * True only when nothing is ahead: no dated milestone, no overdue item (due now), no obligation with an
 * unknown date and no not-assessed AI-system duty with a date still to come.
 */
export function nothingAhead(report: Report): boolean {
  return (
    nextDate(report).kind === 'none' &&
    !applicableObligations(report).some((o) => o.status === 'overdue') &&
    unknownDated(report).length === 0 &&
    signpostsAhead(report).length === 0
  );
}
