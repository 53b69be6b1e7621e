/**
 * Which obligations apply, from when, and with what status as of the evaluation date (§3 obligations matrix,
 * §4 steps 6–7; R28, R48, R56–R63, R66–R70, R75, R87–R89, E7, E14, E19–E22, E25, E28, E29). Dates come from
 * ./obligation-dates.ts; this module assembles the list and its statuses.
 */

import type { Answers } from '../answers';
import { daysBetween, formatDate } from '../dates';
import { WORDS } from '../law/words';
import type {
  IsoDate,
  NotApplicableObligation,
  Obligation,
  ObligationId,
  ObligationStatus,
  ProviderRole,
} from '../report';
import { art, gl, rec } from '../sources';
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
  providerSummary: string;
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
  obligations: Obligation[];
  notApplicable: NotApplicableObligation[];
  notificationDeadline: IsoDate | null;
  complianceDeadline: IsoDate | null;
  /** Placed on or before 1 August 2025 (R68); null when the placing date is unknown. */
  legacy: boolean | null;
}

const MODIFICATION_SCOPE: Partial<Record<ObligationId, string>> = {
  art53_1_a: 'Limited to the modification: document what you changed and how (R28).',
  art53_1_b: 'Limited to the modification: information on what changed for downstream providers (R28).',
  art53_1_c: 'Covers the data used for your modification (R28).',
  art53_1_d: 'Covers the data used for your modification (R28).',
};

/** Steps already taken: the answer that says whether an obligation is met. */
const STEP_FOR: Partial<Record<ObligationId, keyof NonNullable<Answers['stepsTaken']>>> = {
  art53_1_a: 'technicalDocumentation',
  art53_1_b: 'downstreamInformation',
  art53_1_c: 'copyrightPolicy',
  art53_1_d: 'trainingSummary',
  art54: 'authorisedRepresentative',
};

const EXEMPTION_REASON =
  'Released under a free and open-source licence with public weights, architecture and usage information, not monetised, and without systemic risk (Art. 53(2), 54(6)).';

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
    question: 'Which provider obligations apply?',
    answer: 'Not the provider of a general-purpose AI model',
    rule: 'R5',
    outcome: 'None of the Chapter V model obligations apply to you.',
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
  readonly obligations: Obligation[] = [];
  readonly notApplicable: NotApplicableObligation[] = [];
  constructor(private readonly input: ObligationInputs) {}

  na(id: ObligationId, reason: string, rules: NotApplicableObligation['rules']): void {
    const def = obligationDefinition(id);
    this.notApplicable.push({ id, article: def.article, title: def.title, reason, rules });
  }

  push(def: ObligationDefinition, dates: Dates, extra: Partial<Obligation> = {}): void {
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
    list.na('art54', 'You are established in the EU, so no authorised representative is needed.', ['R61']);
    return;
  }
  if (input.answers.euEstablished === 'unknown') {
    f.ask({
      field: 'euEstablished',
      question: 'Is the provider (the legal entity placing the model) established in the EU?',
      askWhom: 'Legal (corporate structure)',
      assumption: 'Assumed not, so an EU authorised representative (Art. 54) is listed.',
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
    question: 'From when are the obligations the open-source exemption had removed owed?',
    answer: `Systemic risk arose on ${formatDate(arose)}`,
    rule: 'R48',
    outcome:
      'The exemption never covers a model with systemic risk: technical documentation, downstream information and (outside the EU) the authorised representative are owed from the day the systemic risk arose, not from placing.',
    citations: [art('53(2)'), art('54(6)'), rec(104)],
  });
}

// ── Art. 52(1) (R35, R37, R62, R87–R89) ──────────────────────────────────────────────────────────────────

function art52(input: ObligationInputs, d: DateFacts, list: ObligationList, f: Findings): IsoDate | null {
  const def = obligationDefinition('art52_1');
  if (input.contestAccepted) {
    list.na(
      'art52_1',
      'Fulfilled: your arguments against the presumption accompanied the notification and were accepted.',
      ['R37'],
    );
    return null;
  }
  if (!input.presumptionMet && !input.notificationOnly) {
    list.na(
      'art52_1',
      input.systemicRisk === 'designated'
        ? `The model was designated rather than presumed: the notification duty arises when the ${WORDS.systemicRiskThreshold} threshold is met.`
        : `Owed only when cumulative training compute exceeds, or is known to be going to exceed, ${WORDS.systemicRiskThreshold} (or you significantly modify a model with systemic risk).`,
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

function periodRules(dates: Dates): Obligation['rules'] {
  if (dates.dueNow) return ['R89'];
  if (!dates.period) return [];
  return dates.period.bound === 'atLatest' ? ['R87', 'R89'] : ['R87'];
}

function notifiedStep(notified: IsoDate, dueBy: IsoDate | null, f: Findings): void {
  const late = dueBy !== null && notified > dueBy;
  f.step({
    verdict: 'obligations',
    question: 'Have you notified the Commission?',
    answer: `Yes, on ${formatDate(notified)}`,
    rule: 'R35',
    outcome: late
      ? `Notified after the deadline of ${formatDate(dueBy as IsoDate)}: late notification is an infringement the Commission can take into account (Art. 101).`
      : 'Notified: keep the notification, the compute estimate and the method on file; notify again on a substantial change.',
    citations: [art('52(1)'), art('101')],
  });
  if (late) {
    f.warn(
      'late-notification',
      `The Art. 52(1) notification was made on ${formatDate(notified)}, after its deadline of ${formatDate(dueBy as IsoDate)}.`,
      ['R35', 'R74'],
    );
  }
}

// ── Art. 55 (R34, R38, R63, E28) ─────────────────────────────────────────────────────────────────────────

function art55(input: ObligationInputs, d: DateFacts, list: ObligationList, f: Findings): void {
  const defs = OBLIGATIONS.filter((o) => o.id.startsWith('art55'));
  if (input.systemicRisk === 'none') {
    const reason = input.contestAccepted
      ? 'The Commission accepted your arguments that the model does not present systemic risk.'
      : 'Applies only to general-purpose AI models with systemic risk.';
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
    question: 'Which obligations does systemic risk add?',
    answer: input.systemicRisk === 'designated' ? 'Designated' : 'Presumed',
    rule: 'R63',
    outcome:
      'Model evaluation with adversarial testing, systemic-risk assessment and mitigation, serious-incident reporting and cybersecurity (Art. 55(1)(a)–(d)), on top of Art. 53 — whose technical documentation then includes Annex XI Section 2 — with no open-source exemption.',
    citations: [art('55(1)'), art('53(1)(a)')],
  });
}

function summarySteps(input: ObligationInputs, f: Findings): void {
  f.step({
    verdict: 'obligations',
    question: 'Which provider obligations apply?',
    answer: input.openSourceExempt ? 'Open-source exemption applies' : 'No exemption',
    rule: input.openSourceExempt ? 'R49' : 'R56',
    outcome: input.openSourceExempt
      ? 'Copyright policy, training-content summary and cooperation remain owed; technical documentation, downstream information and the authorised representative are exempted.'
      : 'Technical documentation, downstream information, copyright policy, training-content summary and cooperation apply to every provider of a general-purpose AI model; there is no SME exemption.',
    citations: [art('53(1)'), art('53(2)'), gl('§4.1')],
  });
  if (input.answers.role === 'modifier') {
    f.step({
      verdict: 'obligations',
      question: 'What do your obligations cover as a modifier?',
      answer: 'Provider of the modified model',
      rule: 'R28',
      outcome:
        'Documentation covers the modification; the copyright policy and the training summary cover the data used for the modification; Art. 54 applies if you are outside the EU.',
      citations: [rec(109), gl('§3.2.1')],
    });
  }
}
