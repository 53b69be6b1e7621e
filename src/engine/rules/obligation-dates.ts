/**
 * When each obligation applies and falls due (§4 step 7, rev. 2): base dates from placing (R67, R68), the
 * Art. 52(1) notification (R35, R70, R87–R89, E7, E29), the Art. 55 start (R34, R38, E20, E28), the end of
 * an open-source exemption, and the summary compliance deadline.
 */

import { formatDate, maxDate } from '../dates';
import { WORDS } from '../law/words';
import { periodEnd } from '../periods';
import type { IsoDate, PeriodEnd } from '../report';
import { art, gl } from '../sources';
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
  period?: PeriodEnd | null;
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
    question: 'When is the Art. 52(1) notification due?',
    answer: `Threshold met or known on ${formatDate(met)}`,
    rule: before ? 'R70' : 'R35',
    outcome: before
      ? `Art. 52 applies from ${WORDS.chapterVApplies}, so the Commission expected the notification within two weeks of that date: by ${formatDate(period.lastDay)}.`
      : `Within two weeks of ${formatDate(met)}: by ${formatDate(period.lastDay)}.`,
    citations: [art('52(1)'), gl('§2.3.2'), gl('§5.3')],
  });
  periodMovedStep(period, f);
  if (d.placed && met > d.placed) {
    f.step({
      verdict: 'dates',
      question: `Did the model cross ${WORDS.systemicRiskThreshold} after it was placed?`,
      answer: `Placed ${formatDate(d.placed)}; threshold met ${formatDate(met)}`,
      rule: 'E20',
      outcome:
        'Continued training is the same model: it has systemic risk from the moment the threshold is met, and the notification is due within two weeks of that.',
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
    question: 'When is the Art. 52(1) notification due, when the date the threshold was met is unknown?',
    answer: `Threshold date unknown; ${d.planned && placed > d.asOf ? 'placing planned' : 'first placed'} ${formatDate(placed)}`,
    rule: 'R89',
    outcome: `Training before placing met the threshold no later than the placing date, so the notification is due at the latest two weeks after it — by ${formatDate(period.lastDay)} — and earlier if the threshold was met earlier. If training after placing crossed the threshold, give that date instead (E20).`,
    citations: [art('52(1)'), gl('§2.3.2')],
  });
  periodMovedStep(period, f);
  return { appliesFrom: null, dueBy: period.lastDay, period };
}

/** R89: a placed model with neither date known — the notification is due without delay. */
function notificationDueNow(f: Findings): Dates {
  f.step({
    verdict: 'dates',
    question:
      'When is the Art. 52(1) notification due, when neither the threshold date nor the placing date is known?',
    answer: 'Both dates unknown; the model is on the market',
    rule: 'R89',
    outcome:
      'The notification is due without delay: the model has been placed, so the two weeks have most likely run. Give either date to see the deadline.',
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
      title: `Model placed before ${WORDS.chapterVApplies} that crossed ${WORDS.systemicRiskThreshold} later`,
      readingChosen: `Continued training stays in the model’s lifecycle, so Art. 111(3) gives ${WORDS.legacyComplianceDeadline} as the outer limit for all its obligations; notify by ${formatDate(recommended.lastDay)} (two weeks after crossing) all the same.`,
      alternative:
        'On the stricter reading (E20) the notification was due two weeks after the threshold was crossed and the Art. 55 obligations applied from then.',
      rules: ['R13', 'R68', 'E20'],
      citations: [art('111(3)'), art('52(1)'), gl('§5.3')],
    });
    f.warn(
      'legacy-crossing-notification',
      `The model crossed ${WORDS.systemicRiskThreshold} after ${WORDS.chapterVApplies}: the legal outer limit shown is ${WORDS.legacyComplianceDeadline}, but notify by ${formatDate(recommended.lastDay)} (two weeks after crossing) to be safe on the stricter reading.`,
      ['E29', 'R35', 'R87'],
    );
    return { appliesFrom: d.metDate, dueBy: LEGACY_COMPLIANCE_DEADLINE, prepareFrom: null, period: null };
  }
  f.ambiguous({
    edgeCase: 'E7',
    title: `Notification for a model with systemic risk placed before ${WORDS.chapterVApplies}`,
    readingChosen: `The legal outer limit is ${WORDS.legacyComplianceDeadline} (Art. 111(3) covers “the obligations laid down in this Regulation”), but notify without delay: Art. 52 has applied since ${WORDS.chapterVApplies} and the Commission can designate ex officio.`,
    alternative: `Art. 52 has applied since ${WORDS.chapterVApplies}, so the notification was arguably due two weeks after that date.`,
    rules: ['R68', 'R72'],
    citations: [art('111(3)'), art('52(1)'), gl('§5.3')],
  });
  f.warn(
    'legacy-notification',
    `For a model placed before ${WORDS.chapterVApplies} the notification deadline shown is the legal outer limit (${WORDS.legacyComplianceDeadline}); Art. 52 has applied since ${WORDS.chapterVApplies} and the Commission can designate the model itself — notify without delay.`,
    ['E7', 'R72'],
  );
  return { appliesFrom: CHAPTER_V_APPLIES, dueBy: LEGACY_COMPLIANCE_DEADLINE, period: null };
}

/** R87: say when and why a period's last day moved. */
export function periodMovedStep(period: PeriodEnd, f: Findings): void {
  if (period.movedBecause === null) return;
  f.step({
    verdict: 'dates',
    question: 'Does the deadline fall on a working day?',
    answer: `Two weeks end on ${formatDate(period.nominal)}`,
    rule: 'R87',
    outcome: `Moved to ${formatDate(period.lastDay)}: ${period.movedBecause}`,
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
    title: 'Systemic-risk obligations before placing',
    readingChosen: `Art. 55 applies from placing${start ? ` (${formatDate(start)})` : ''} at the latest; prepare from ${formatDate(prepareFrom)}, when the threshold was met or known.`,
    alternative:
      'The Commission’s guidelines read the systemic-risk obligations as running from the moment the threshold is met, even before placing; Art. 3(3) and 3(63) tie a provider’s duties to placing.',
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
