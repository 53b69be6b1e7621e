/**
 * Which obligations apply, from when, and with what status as of the evaluation date (§3 obligations matrix,
 * §4 steps 6–7; R28, R48, R56–R63, R66–R70, R75, R87–R89, E7, E14, E19–E22, E25, E28, E29). Dates come from
 * ./obligation-dates.ts; this module assembles the list and its statuses.
 */

import type { Answers } from '../answers';
import { daysBetween } from '../dates';
import type {
  IsoDate,
  NotApplicableObligation,
  Obligation,
  ObligationId,
  ObligationStatus,
  ProviderRole,
} from '../report';
import { art, gl, rec } from '../sources';
import { dateParam, type Text, tx } from '../text';
import type { Findings } from './context';
import {
  ANNEX_XI_SECTION_2,
  OBLIGATIONS,
  type ObligationDefinition,
  obligationDefinition,
} from './obligation-catalogue';
import {
  baseDates,
  complianceDeadline,
  type DateFacts,
  type Dates,
  isLegacy,
  known,
  notificationBeforeCrossing,
  notificationDates,
  presumedArt55Dates,
  systemicRiskArose,
} from './obligation-dates';
import { codeOfPracticeStep, datesSteps, finesStep } from './obligation-steps';
import type { SystemicRisk } from './systemic-risk';

export interface ObligationInputs {
  answers: Answers;
  asOf: IsoDate;
  isProvider: boolean;
  role: ProviderRole;
  providerSummary: Text;
  systemicRisk: SystemicRisk;
  presumptionMet: boolean;
  contestAccepted: boolean;
  openSourceExempt: boolean;
  /** R35: continued training of a placed model is planned above 10^25 FLOP — the notification only. */
  notificationOnly: boolean;
  /** The licence qualifies for the exemption but systemic risk excludes it (R48, E14). */
  exemptButForSystemicRisk: boolean;
  placingDate: IsoDate | 'unknown' | null;
  /** R88: not yet placed, meant to be. */
  planned: boolean;
}

export interface ObligationResult {
  obligations: Obligation<Text>[];
  notApplicable: NotApplicableObligation<Text>[];
  notificationDeadline: IsoDate | null;
  complianceDeadline: IsoDate | null;
  /** Placed on or before 1 August 2025 (R68); null when the placing date is unknown. */
  legacy: boolean | null;
}

const MODIFICATION_SCOPE: Partial<Record<ObligationId, Text>> = {
  art53_1_a: tx('obligations.scopeArt53_1_a'),
  art53_1_b: tx('obligations.scopeArt53_1_b'),
  art53_1_c: tx('obligations.scopeModificationData'),
  art53_1_d: tx('obligations.scopeModificationData'),
};

/** Steps already taken: the answer that says whether an obligation is met. */
const STEP_FOR: Partial<Record<ObligationId, keyof NonNullable<Answers['stepsTaken']>>> = {
  art53_1_a: 'technicalDocumentation',
  art53_1_b: 'downstreamInformation',
  art53_1_c: 'copyrightPolicy',
  art53_1_d: 'trainingSummary',
  art54: 'authorisedRepresentative',
};

const EXEMPTION_REASON = tx('obligations.exemptionReason');

export function assessObligations(input: ObligationInputs, f: Findings): ObligationResult {
  if (!input.isProvider) return notProvider(input, f);
  const a = input.answers;
  const placed = known(input.placingDate);
  const d: DateFacts = {
    placed,
    legacy: isLegacy(placed),
    planned: input.planned,
    metDate: known(a.systemicRisk?.thresholdMetDate),
    designationInformed: known(a.systemicRisk?.designationInformedDate),
    asOf: input.asOf,
  };
  datesSteps(a, d, f);
  const list = new ObligationList(input);
  const arose = systemicRiskArose(d, input.systemicRisk === 'designated', input.presumptionMet);
  art53And54(input, d, arose, list, f);
  const notification = art52(input, d, list, f);
  art55(input, d, list, f);
  summarySteps(input, f);
  codeOfPracticeStep(a, input.systemicRisk, f);
  finesStep(input.asOf, d.legacy, f);
  return {
    obligations: list.obligations,
    notApplicable: list.notApplicable,
    notificationDeadline: notification,
    complianceDeadline: complianceDeadline(d, arose),
    legacy: d.legacy,
  };
}

function notProvider(input: ObligationInputs, f: Findings): ObligationResult {
  f.step({
    verdict: 'obligations',
    question: tx('obligations.whichApplyQuestion'),
    answer: tx('obligations.notProviderAnswer'),
    rule: 'R5',
    outcome: tx('obligations.notProviderOutcome'),
    citations: [art('53'), art('3(3)')],
  });
  return {
    obligations: [],
    notApplicable: OBLIGATIONS.map((def) => ({
      id: def.id,
      article: def.article,
      title: def.title,
      reason: input.providerSummary,
      rules: ['R5'],
    })),
    notificationDeadline: null,
    complianceDeadline: null,
    legacy: null,
  };
}

/** Collects obligations with their status as of the evaluation date. */
class ObligationList {
  readonly obligations: Obligation<Text>[] = [];
  readonly notApplicable: NotApplicableObligation<Text>[] = [];
  constructor(private readonly input: ObligationInputs) {}

  na(id: ObligationId, reason: Text, rules: NotApplicableObligation['rules']): void {
    const def = obligationDefinition(id);
    this.notApplicable.push({ id, article: def.article, title: def.title, reason, rules });
  }

  push(def: ObligationDefinition, dates: Dates, extra: Partial<Obligation<Text>> = {}): void {
    const a = this.input.answers;
    const stepKey = STEP_FOR[def.id];
    const stepTaken = stepKey ? (a.stepsTaken?.[stepKey] ?? null) : null;
    const exempted = extra.exempted ?? false;
    const [status, days] = exempted
      ? (['exempted', null] as const)
      : statusOf(def, dates, stepTaken, this.input.asOf);
    this.obligations.push({
      id: def.id,
      article: def.article,
      title: def.title,
      explanation: def.explanation,
      produce: [...def.produce],
      codeOfPracticeChapter: def.codeOfPracticeChapter,
      scope: a.role === 'modifier' ? (MODIFICATION_SCOPE[def.id] ?? null) : null,
      appliesFrom: dates.appliesFrom,
      dueBy: dates.dueBy,
      prepareFrom: dates.prepareFrom ?? null,
      period: dates.period ?? null,
      stepTaken,
      status,
      daysFromAsOf: days,
      exempted,
      exemptionReason: null,
      rules: [...def.rules],
      citations: [...def.citations],
      ...extra,
    });
  }
}

function statusOf(
  def: ObligationDefinition,
  dates: Dates,
  stepTaken: 'yes' | 'no' | 'unknown' | null,
  asOf: IsoDate,
): [ObligationStatus, number | null] {
  const target = dates.dueBy ?? dates.appliesFrom;
  const days = target === null ? null : daysBetween(asOf, target);
  if (stepTaken === 'yes') return ['done', days];
  if (dates.dueNow) return ['overdue', null];
  if (days === null) return ['date-unknown', null];
  if (def.oneOff) return [days < 0 ? 'overdue' : 'upcoming', days];
  // A continuing duty that already applies but is answered "not in place" is overdue (steps already taken).
  if (days <= 0) return [stepTaken === 'no' ? 'overdue' : 'in-force', days];
  return ['upcoming', days];
}

// ── Art. 53 and 54 (R48, R56–R61, E12) ───────────────────────────────────────────────────────────────────

function art53And54(
  input: ObligationInputs,
  d: DateFacts,
  arose: IsoDate | null,
  list: ObligationList,
  f: Findings,
): void {
  const base = baseDates(d);
  // Rev. 2: obligations an open-source exemption had removed are owed from the day systemic risk arose.
  const afterExemption: Dates =
    input.exemptButForSystemicRisk && arose ? { appliesFrom: arose, dueBy: arose } : base;
  if (input.exemptButForSystemicRisk && arose) exemptionEndedStep(arose, f);
  for (const def of OBLIGATIONS.filter((o) => o.id.startsWith('art53'))) {
    const dates = def.openSourceExemptable ? afterExemption : base;
    if (input.openSourceExempt && def.openSourceExemptable) {
      list.push(def, base, {
        exempted: true,
        exemptionReason: EXEMPTION_REASON,
        rules: [...def.rules, 'R48'],
      });
    } else if (def.id === 'art53_1_a' && input.systemicRisk !== 'none') {
      list.push(def, dates, {
        produce: [...def.produce, ...ANNEX_XI_SECTION_2],
        rules: [...def.rules, 'R63'],
      });
    } else {
      list.push(def, dates);
    }
  }
  const art54 = obligationDefinition('art54');
  if (input.answers.euEstablished === 'yes') {
    list.na('art54', tx('obligations.art54NotApplicable'), ['R61']);
    return;
  }
  if (input.answers.euEstablished === 'unknown') {
    f.ask({
      field: 'euEstablished',
      question: tx('obligations.euEstablishedQuestion'),
      askWhom: tx('obligations.euEstablishedAskWhom'),
      assumption: tx('obligations.euEstablishedAssumption'),
      rules: ['R61'],
    });
  }
  if (input.openSourceExempt) {
    list.push(art54, base, {
      exempted: true,
      exemptionReason: EXEMPTION_REASON,
      rules: [...art54.rules, 'R48'],
    });
  } else {
    list.push(art54, afterExemption);
  }
}

function exemptionEndedStep(arose: IsoDate, f: Findings): void {
  f.step({
    verdict: 'obligations',
    question: tx('obligations.exemptionEndedQuestion'),
    answer: tx('obligations.exemptionEndedAnswer', { date: dateParam(arose) }),
    rule: 'R48',
    outcome: tx('obligations.exemptionEndedOutcome'),
    citations: [art('53(2)'), art('54(6)'), rec(104)],
  });
}

// ── Art. 52(1) (R35, R37, R62, R87–R89) ──────────────────────────────────────────────────────────────────

function art52(input: ObligationInputs, d: DateFacts, list: ObligationList, f: Findings): IsoDate | null {
  const def = obligationDefinition('art52_1');
  if (input.contestAccepted) {
    list.na('art52_1', tx('obligations.art52ContestAccepted'), ['R37']);
    return null;
  }
  if (!input.presumptionMet && !input.notificationOnly) {
    list.na(
      'art52_1',
      input.systemicRisk === 'designated'
        ? tx('obligations.art52Designated')
        : tx('obligations.art52NotPresumed'),
      ['R32', 'R62'],
    );
    return null;
  }
  const dates = input.notificationOnly ? notificationBeforeCrossing(d, f) : notificationDates(d, f);
  const notified = known(input.answers.systemicRisk?.notifiedDate);
  if (notified && notified <= input.asOf) {
    notifiedStep(notified, dates.dueBy, f);
    list.push(def, dates, {
      status: 'done',
      daysFromAsOf: dates.dueBy ? daysBetween(input.asOf, dates.dueBy) : null,
      rules: [...def.rules, ...periodRules(dates)],
    });
  } else {
    list.push(def, dates, { rules: [...def.rules, ...periodRules(dates)] });
  }
  return dates.dueBy;
}

function periodRules(dates: Dates): Obligation<Text>['rules'] {
  if (dates.dueNow) return ['R89'];
  if (!dates.period) return [];
  return dates.period.bound === 'atLatest' ? ['R87', 'R89'] : ['R87'];
}

function notifiedStep(notified: IsoDate, dueBy: IsoDate | null, f: Findings): void {
  const late = dueBy !== null && notified > dueBy;
  f.step({
    verdict: 'obligations',
    question: tx('obligations.notifiedQuestion'),
    answer: tx('obligations.notifiedAnswer', { date: dateParam(notified) }),
    rule: 'R35',
    outcome: late
      ? tx('obligations.notifiedLateOutcome', { dueBy: dateParam(dueBy as IsoDate) })
      : tx('obligations.notifiedOutcome'),
    citations: [art('52(1)'), art('101')],
  });
  if (late) {
    f.warn(
      'late-notification',
      tx('obligations.lateNotificationWarning', {
        notified: dateParam(notified),
        dueBy: dateParam(dueBy as IsoDate),
      }),
      ['R35', 'R74'],
    );
  }
}

// ── Art. 55 (R34, R38, R63, E28) ─────────────────────────────────────────────────────────────────────────

function art55(input: ObligationInputs, d: DateFacts, list: ObligationList, f: Findings): void {
  const defs = OBLIGATIONS.filter((o) => o.id.startsWith('art55'));
  if (input.systemicRisk === 'none') {
    const reason = input.contestAccepted
      ? tx('obligations.art55ContestAccepted')
      : tx('obligations.art55OnlySystemicRisk');
    for (const def of defs) list.na(def.id, reason, ['R63']);
    return;
  }
  const designatedOnly = input.systemicRisk === 'designated' && !input.presumptionMet;
  const dates: Dates = designatedOnly
    ? { appliesFrom: d.designationInformed, dueBy: d.designationInformed }
    : presumedArt55Dates(d, f);
  const rule = designatedOnly ? 'R38' : 'R34';
  for (const def of defs)
    list.push(def, dates, { rules: [...def.rules, rule, ...(dates.prepareFrom ? (['E28'] as const) : [])] });
  f.step({
    verdict: 'obligations',
    question: tx('obligations.systemicRiskAddsQuestion'),
    answer: input.systemicRisk === 'designated' ? tx('obligations.designated') : tx('obligations.presumed'),
    rule: 'R63',
    outcome: tx('obligations.systemicRiskAddsOutcome'),
    citations: [art('55(1)'), art('53(1)(a)')],
  });
}

function summarySteps(input: ObligationInputs, f: Findings): void {
  f.step({
    verdict: 'obligations',
    question: tx('obligations.whichApplyQuestion'),
    answer: input.openSourceExempt ? tx('obligations.exemptAnswer') : tx('obligations.noExemptionAnswer'),
    rule: input.openSourceExempt ? 'R49' : 'R56',
    outcome: input.openSourceExempt ? tx('obligations.exemptOutcome') : tx('obligations.noExemptionOutcome'),
    citations: [art('53(1)'), art('53(2)'), gl('§4.1')],
  });
  if (input.answers.role === 'modifier') {
    f.step({
      verdict: 'obligations',
      question: tx('obligations.modifierQuestion'),
      answer: tx('obligations.modifierAnswer'),
      rule: 'R28',
      outcome: tx('obligations.modifierOutcome'),
      citations: [rec(109), gl('§3.2.1')],
    });
  }
}
