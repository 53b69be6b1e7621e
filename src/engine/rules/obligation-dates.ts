/**
 * When each obligation applies and falls due (§4 step 7, rev. 2): base dates from placing (R67, R68), the
 * Art. 52(1) notification (R35, R70, R87–R89, E7, E29), the Art. 55 start (R34, R38, E20, E28), the end of
 * an open-source exemption, and the summary compliance deadline.
 */

import { maxDate } from '../dates';
import { periodEnd } from '../periods';
import type { IsoDate, PeriodEnd } from '../report';
import { art, gl } from '../sources';
import { dateParam, type Text, tx } from '../text';
import type { Findings } from './context';
import {
  CHAPTER_V_APPLIES,
  LEGACY_COMPLIANCE_DEADLINE,
  LEGACY_LAST_PLACING_DAY,
  NOTIFICATION_PERIOD,
} from './key-dates';

export interface Dates {
  appliesFrom: IsoDate | null;
  dueBy: IsoDate | null;
  prepareFrom?: IsoDate | null;
  period?: PeriodEnd<Text> | null;
  /** Both the threshold date and the placing date of a placed model are unknown: due "without delay" (R89). */
  dueNow?: boolean;
}

export interface DateFacts {
  placed: IsoDate | null;
  /** R68: placed on or before 1 August 2025; null when the placing date is unknown. */
  legacy: boolean | null;
  /** R88: not yet placed, meant to be. */
  planned: boolean;
  metDate: IsoDate | null;
  designationInformed: IsoDate | null;
  asOf: IsoDate;
}

export function known(d: IsoDate | 'unknown' | null | undefined): IsoDate | null {
  return d === undefined || d === null || d === 'unknown' ? null : d;
}

export function isLegacy(placed: IsoDate | null): boolean | null {
  return placed === null ? null : placed <= LEGACY_LAST_PLACING_DAY;
}

/** R67, R68: Art. 53 and 54 apply from placing, or by 2 August 2027 for a model placed before 2 August 2025. */
export function baseDates(d: DateFacts): Dates {
  if (d.legacy === null) return { appliesFrom: null, dueBy: null };
  return d.legacy
    ? { appliesFrom: CHAPTER_V_APPLIES, dueBy: LEGACY_COMPLIANCE_DEADLINE }
    : { appliesFrom: d.placed, dueBy: d.placed };
}

// ── Art. 52(1) ───────────────────────────────────────────────────────────────────────────────────────────

export function notificationDates(d: DateFacts, f: Findings): Dates {
  if (d.legacy === true) return legacyNotification(d, f);
  if (d.metDate) return notificationFromThreshold(d, d.metDate, f);
  if (d.placed) return notificationBoundByPlacing(d, d.placed, f);
  if (d.planned) return { appliesFrom: null, dueBy: null };
  return notificationDueNow(f);
}

/** R35: continued training of a placed model planned above 10^25 — from the day that became known. */
export function notificationBeforeCrossing(d: DateFacts, f: Findings): Dates {
  return d.metDate ? notificationFromThreshold(d, d.metDate, f) : notificationDueNow(f);
}

/** R35, R70, R87: two weeks after the threshold is met or known (after 2 August 2025 for earlier dates). */
function notificationFromThreshold(d: DateFacts, met: IsoDate, f: Findings): Dates {
  const before = met < CHAPTER_V_APPLIES;
  const from = before ? CHAPTER_V_APPLIES : met;
  const period = periodEnd(from, NOTIFICATION_PERIOD);
  f.step({
    verdict: 'dates',
    question: tx('dates.notificationDueQuestion'),
    answer: tx('dates.thresholdMetAnswer', { date: dateParam(met) }),
    rule: before ? 'R70' : 'R35',
    outcome: before
      ? tx('dates.notificationBeforeChapterVOutcome', { lastDay: dateParam(period.lastDay) })
      : tx('dates.notificationWithinTwoWeeksOutcome', {
          met: dateParam(met),
          lastDay: dateParam(period.lastDay),
        }),
    citations: [art('52(1)'), gl('§2.3.2'), gl('§5.3')],
  });
  periodMovedStep(period, f);
  if (d.placed && met > d.placed) {
    f.step({
      verdict: 'dates',
      question: tx('dates.crossedAfterPlacingQuestion'),
      answer: tx('dates.crossedAfterPlacingAnswer', { placed: dateParam(d.placed), met: dateParam(met) }),
      rule: 'E20',
      outcome: tx('dates.crossedAfterPlacingOutcome'),
      citations: [gl('§2.2'), art('52(1)')],
    });
  }
  return { appliesFrom: from, dueBy: period.lastDay, period };
}

/** R89: placed, threshold date unknown — met no later than placing, so due at the latest two weeks after it. */
function notificationBoundByPlacing(d: DateFacts, placed: IsoDate, f: Findings): Dates {
  const period = periodEnd(maxDate(placed, CHAPTER_V_APPLIES), NOTIFICATION_PERIOD, 'atLatest');
  f.step({
    verdict: 'dates',
    question: tx('dates.boundByPlacingQuestion'),
    answer: tx('dates.boundByPlacingAnswer', {
      placing: d.planned && placed > d.asOf ? 'planned' : 'done',
      date: dateParam(placed),
    }),
    rule: 'R89',
    outcome: tx('dates.boundByPlacingOutcome', { lastDay: dateParam(period.lastDay) }),
    citations: [art('52(1)'), gl('§2.3.2')],
  });
  periodMovedStep(period, f);
  return { appliesFrom: null, dueBy: period.lastDay, period };
}

/** R89: a placed model with neither date known — the notification is due without delay. */
function notificationDueNow(f: Findings): Dates {
  f.step({
    verdict: 'dates',
    question: tx('dates.dueNowQuestion'),
    answer: tx('dates.dueNowAnswer'),
    rule: 'R89',
    outcome: tx('dates.dueNowOutcome'),
    citations: [art('52(1)')],
  });
  return { appliesFrom: null, dueBy: null, dueNow: true };
}

/** E7, E29: a model placed before 2 August 2025 — 2 August 2027 is the outer legal limit. */
function legacyNotification(d: DateFacts, f: Findings): Dates {
  const crossedLater = d.metDate !== null && d.metDate > CHAPTER_V_APPLIES;
  if (crossedLater) {
    const recommended = periodEnd(d.metDate as IsoDate, NOTIFICATION_PERIOD);
    f.ambiguous({
      edgeCase: 'E29',
      title: tx('dates.legacyCrossingTitle'),
      readingChosen: tx('dates.legacyCrossingReading', { lastDay: dateParam(recommended.lastDay) }),
      alternative: tx('dates.legacyCrossingAlternative'),
      rules: ['R13', 'R68', 'E20'],
      citations: [art('111(3)'), art('52(1)'), gl('§5.3')],
    });
    f.warn(
      'legacy-crossing-notification',
      tx('dates.legacyCrossingWarning', { lastDay: dateParam(recommended.lastDay) }),
      ['E29', 'R35', 'R87'],
    );
    return { appliesFrom: d.metDate, dueBy: LEGACY_COMPLIANCE_DEADLINE, prepareFrom: null, period: null };
  }
  f.ambiguous({
    edgeCase: 'E7',
    title: tx('dates.legacyNotificationTitle'),
    readingChosen: tx('dates.legacyNotificationReading'),
    alternative: tx('dates.legacyNotificationAlternative'),
    rules: ['R68', 'R72'],
    citations: [art('111(3)'), art('52(1)'), gl('§5.3')],
  });
  f.warn('legacy-notification', tx('dates.legacyNotificationWarning'), ['E7', 'R72']);
  return { appliesFrom: CHAPTER_V_APPLIES, dueBy: LEGACY_COMPLIANCE_DEADLINE, period: null };
}

/** R87: say when and why a period's last day moved. */
export function periodMovedStep(period: PeriodEnd<Text>, f: Findings): void {
  if (period.movedBecause === null) return;
  f.step({
    verdict: 'dates',
    question: tx('dates.workingDayQuestion'),
    answer: tx('dates.twoWeeksEndAnswer', { date: dateParam(period.nominal) }),
    rule: 'R87',
    outcome: tx('dates.movedOutcome', { lastDay: dateParam(period.lastDay), reason: period.movedBecause }),
    citations: [],
  });
}

// ── Art. 55 ──────────────────────────────────────────────────────────────────────────────────────────────

/** R34, E20, E28: from placing at the latest (from the crossing if later); "prepare from" the threshold date. */
export function presumedArt55Dates(d: DateFacts, f: Findings): Dates {
  if (d.legacy === true) {
    const from = d.metDate && d.metDate > CHAPTER_V_APPLIES ? d.metDate : CHAPTER_V_APPLIES;
    return { appliesFrom: from, dueBy: LEGACY_COMPLIANCE_DEADLINE, prepareFrom: null };
  }
  const prepare = d.metDate ? maxDate(d.metDate, CHAPTER_V_APPLIES) : null;
  const start = d.placed ? maxDate(d.placed, d.metDate ?? d.placed, CHAPTER_V_APPLIES) : null;
  const prepareFrom = prepare !== null && (start === null || prepare < start) ? prepare : null;
  if (prepareFrom) art55PrepareFlag(prepareFrom, start, f);
  return { appliesFrom: start, dueBy: start, prepareFrom };
}

function art55PrepareFlag(prepareFrom: IsoDate, start: IsoDate | null, f: Findings): void {
  f.ambiguous({
    edgeCase: 'E28',
    title: tx('dates.prepareTitle'),
    readingChosen: start
      ? tx('dates.prepareReadingWithStart', { start: dateParam(start), prepareFrom: dateParam(prepareFrom) })
      : tx('dates.prepareReading', { prepareFrom: dateParam(prepareFrom) }),
    alternative: tx('dates.prepareAlternative'),
    rules: ['R34', 'E28'],
    citations: [gl('§2.3.2'), art('3(3)'), art('55(1)')],
  });
}

// ── Summary ──────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The day systemic risk arose after placing (a designation, or a crossing after placing), or null. From that
 * day the obligations an open-source exemption had removed are owed, and it is the summary deadline (rev. 2).
 */
export function systemicRiskArose(d: DateFacts, designated: boolean, presumed: boolean): IsoDate | null {
  if (!d.placed || d.legacy) return null;
  // R38: a designation of a model that met the threshold (and was not notified) runs from the threshold date.
  const arose = presumed && d.metDate ? d.metDate : designated ? d.designationInformed : null;
  return arose && arose > d.placed ? arose : null;
}

export function complianceDeadline(d: DateFacts, arose: IsoDate | null): IsoDate | null {
  if (d.legacy === null) return null;
  if (d.legacy) return LEGACY_COMPLIANCE_DEADLINE;
  return arose ?? d.placed;
}
