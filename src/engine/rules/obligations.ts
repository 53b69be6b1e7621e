/**
 * Which obligations apply, from when, and with what status as of the evaluation date (§3 obligations matrix,
 * §4 steps 6–7; R28, R48, R56–R63, R66–R70, R75, E7, E14, E19–E22, E25).
 */
import type { Answers } from '../answers';
import { addDays, daysBetween, formatDate, maxDate } from '../dates';
import type {
  IsoDate,
  NotApplicableObligation,
  Obligation,
  ObligationId,
  ObligationStatus,
  ProviderRole,
} from '../report';
import { annex, art, gl, rec } from '../sources';
import type { Findings } from './context';
import {
  CHAPTER_V_APPLIES,
  LEGACY_COMPLIANCE_DEADLINE,
  LEGACY_LAST_PLACING_DAY,
  NOTIFICATION_DAYS,
} from './key-dates';
import { OBLIGATIONS, type ObligationDefinition } from './obligation-catalogue';
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
  placingDate: IsoDate | 'unknown' | null;
}

export interface ObligationResult {
  obligations: Obligation[];
  notApplicable: NotApplicableObligation[];
  notificationDeadline: IsoDate | null;
  complianceDeadline: IsoDate | null;
  /** Placed on or before 1 August 2025 (R68); null when the placing date is unknown. */
  legacy: boolean | null;
}

interface Dates {
  appliesFrom: IsoDate | null;
  dueBy: IsoDate | null;
}

function knownDate(d: IsoDate | 'unknown' | null | undefined): IsoDate | null {
  return d === undefined || d === null || d === 'unknown' ? null : d;
}

function statusOf(def: ObligationDefinition, dates: Dates, asOf: IsoDate): [ObligationStatus, number | null] {
  const target = dates.dueBy ?? dates.appliesFrom;
  if (target === null) return ['date-unknown', null];
  const days = daysBetween(asOf, target);
  if (def.oneOff) return [days < 0 ? 'overdue' : 'upcoming', days];
  return [days <= 0 ? 'in-force' : 'upcoming', days];
}

const MODIFICATION_SCOPE: Partial<Record<ObligationId, string>> = {
  art53_1_a: 'Limited to the modification: document what you changed and how (R28).',
  art53_1_b: 'Limited to the modification: information on what changed for downstream providers (R28).',
  art53_1_c: 'Covers the data used for your modification (R28).',
  art53_1_d: 'Covers the data used for your modification (R28).',
};

export function assessObligations(input: ObligationInputs, f: Findings): ObligationResult {
  const { answers: a, asOf } = input;
  const notApplicable: NotApplicableObligation[] = [];
  const na = (def: ObligationDefinition, reason: string, rules: NotApplicableObligation['rules']) =>
    notApplicable.push({ id: def.id, article: def.article, title: def.title, reason, rules });

  if (!input.isProvider) {
    for (const def of OBLIGATIONS) na(def, input.providerSummary, ['R5']);
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
      notApplicable,
      notificationDeadline: null,
      complianceDeadline: null,
      legacy: null,
    };
  }

  // Dates (R66–R68, E19).
  const placed = knownDate(input.placingDate);
  const legacy = placed === null ? null : placed <= LEGACY_LAST_PLACING_DAY;
  if (placed === null) {
    f.ask({
      field: a.role === 'modifier' ? 'modification.modificationPlacingDate' : 'placing.placingDate',
      question: 'On what date was the model first made available in the EU (or when is that planned)?',
      askWhom: 'The product or release team',
      assumption: 'Deadlines that depend on the placing date are shown as unknown.',
      rules: ['R67', 'R68'],
    });
  }
  const base: Dates =
    legacy === null
      ? { appliesFrom: null, dueBy: null }
      : legacy
        ? { appliesFrom: CHAPTER_V_APPLIES, dueBy: LEGACY_COMPLIANCE_DEADLINE }
        : { appliesFrom: placed, dueBy: placed };
  if (legacy !== null) {
    f.step({
      verdict: 'dates',
      question: 'When was the model first placed on the Union market?',
      answer: formatDate(placed as IsoDate),
      rule: legacy ? 'R68' : 'R67',
      outcome: legacy
        ? 'Placed before 2 August 2025: the provider must comply by 2 August 2027, covering the whole lifecycle of the model.'
        : placed && placed > asOf
          ? `Placement planned for ${formatDate(placed)}: the obligations apply from placement.`
          : 'Placed on or after 2 August 2025: the obligations apply from placement.',
      citations: legacy ? [art('111(3)'), gl('§5.3')] : [art('113'), gl('§5.3')],
    });
    if (legacy) {
      f.step({
        verdict: 'dates',
        question:
          'What about training data that can no longer be traced for a model placed before 2 August 2025?',
        answer: formatDate(placed as IsoDate),
        rule: 'R69',
        outcome:
          'Retraining or unlearning is not required where impossible or disproportionate; disclose and justify the gap in the copyright policy and the training summary.',
        citations: [gl('§5.3')],
      });
    }
    if (a.role === 'modifier' && !legacy) {
      f.step({
        verdict: 'dates',
        question: 'Is the modified model a new model?',
        answer: `Modified model placed ${formatDate(placed as IsoDate)}`,
        rule: 'E19',
        outcome:
          'A significant modification by a downstream actor is a new model placed when you place it; your obligations apply from that date, even if the original was placed before 2 August 2025.',
        citations: [gl('§3.2'), gl('§5.3')],
      });
    }
  }

  const obligations: Obligation[] = [];
  const push = (def: ObligationDefinition, dates: Dates, extra: Partial<Obligation> = {}) => {
    const exempted = extra.exempted ?? false;
    const [status, days] = exempted ? (['exempted', null] as const) : statusOf(def, dates, asOf);
    obligations.push({
      id: def.id,
      article: def.article,
      title: def.title,
      explanation: def.explanation,
      produce: [...def.produce],
      codeOfPracticeChapter: def.codeOfPracticeChapter,
      scope: a.role === 'modifier' ? (MODIFICATION_SCOPE[def.id] ?? null) : null,
      appliesFrom: dates.appliesFrom,
      dueBy: dates.dueBy,
      status,
      daysFromAsOf: days,
      exempted,
      exemptionReason: null,
      rules: [...def.rules],
      citations: [...def.citations],
      ...extra,
    });
  };
  const exemptionReason =
    'Released under a free and open-source licence with public weights, architecture and usage information, not monetised, and without systemic risk (Art. 53(2), 54(6)).';

  // Art. 53(1)(a)–(d), 53(3): all GPAI providers (R56–R60); (a), (b) exempted for open source (R48).
  for (const def of OBLIGATIONS.filter((o) => o.id.startsWith('art53'))) {
    if (input.openSourceExempt && def.openSourceExemptable) {
      push(def, base, { exempted: true, exemptionReason, rules: [...def.rules, 'R48'] });
    } else {
      push(def, base);
    }
  }

  // Art. 54: providers established outside the Union (R61, E12).
  const art54 = OBLIGATIONS.find((o) => o.id === 'art54') as ObligationDefinition;
  if (a.euEstablished === 'yes') {
    na(art54, 'You are established in the EU, so no authorised representative is needed.', ['R61']);
  } else {
    if (a.euEstablished === 'unknown') {
      f.ask({
        field: 'euEstablished',
        question: 'Is the provider (the legal entity placing the model) established in the EU?',
        askWhom: 'Legal (corporate structure)',
        assumption: 'Assumed not, so an EU authorised representative (Art. 54) is listed.',
        rules: ['R61'],
      });
    }
    if (input.openSourceExempt) {
      push(art54, base, { exempted: true, exemptionReason, rules: [...art54.rules, 'R48'] });
    } else {
      push(art54, base);
    }
  }

  // Art. 52(1): notification (R35, R62, R70, E7).
  const art52 = OBLIGATIONS.find((o) => o.id === 'art52_1') as ObligationDefinition;
  let notificationDeadline: IsoDate | null = null;
  const sr = a.systemicRisk;
  const metDate = knownDate(sr?.thresholdMetDate);
  if (input.presumptionMet && !input.contestAccepted) {
    let dates: Dates = { appliesFrom: null, dueBy: null };
    if (metDate) {
      if (legacy === true && metDate < CHAPTER_V_APPLIES) {
        dates = { appliesFrom: CHAPTER_V_APPLIES, dueBy: LEGACY_COMPLIANCE_DEADLINE };
        f.ambiguous({
          edgeCase: 'E7',
          title: 'Notification for a model with systemic risk placed before 2 August 2025',
          readingChosen:
            'The legal outer limit is 2 August 2027 (Art. 111(3) covers “the obligations laid down in this Regulation”), but notify as early as possible: the Commission expected notifications by 16 August 2025 and can designate ex officio.',
          alternative:
            'Art. 52 has applied since 2 August 2025, so the notification was arguably due within two weeks of that date (16 August 2025).',
          rules: ['R68', 'R70', 'R72'],
          citations: [art('111(3)'), art('52(1)'), gl('§5.3')],
        });
        f.warn(
          'legacy-notification',
          'For a model placed before 2 August 2025 the notification deadline shown is the legal outer limit (2 August 2027); the Commission expected notification by 16 August 2025 — notify without delay.',
          ['R70', 'E7'],
        );
      } else {
        const effective = maxDate(metDate, CHAPTER_V_APPLIES);
        dates = { appliesFrom: effective, dueBy: addDays(effective, NOTIFICATION_DAYS) };
        f.step({
          verdict: 'dates',
          question: 'When is the Art. 52(1) notification due?',
          answer: `Threshold met or known on ${formatDate(metDate)}`,
          rule: metDate < CHAPTER_V_APPLIES ? 'R70' : 'R35',
          outcome:
            metDate < CHAPTER_V_APPLIES
              ? `Art. 52 applies from 2 August 2025, so the notification was due within two weeks of that date: ${formatDate(dates.dueBy as IsoDate)}.`
              : `Within 14 days of ${formatDate(metDate)}: by ${formatDate(dates.dueBy as IsoDate)}.`,
          citations: [art('52(1)'), gl('§2.3.2'), gl('§5.3')],
        });
        if (placed && metDate > placed) {
          f.step({
            verdict: 'dates',
            question: 'Did the model cross 10^25 FLOP after it was placed?',
            answer: `Placed ${formatDate(placed)}; threshold met ${formatDate(metDate)}`,
            rule: 'E20',
            outcome:
              'Continued training is the same model: it has systemic risk from the moment the threshold is met, and the notification is due within 14 days of that.',
            citations: [gl('§2.2'), gl('¶27')],
          });
        }
      }
      notificationDeadline = dates.dueBy;
    }
    const notified = knownDate(sr?.notifiedDate);
    if (notified && notified <= asOf) {
      // R35: the notification was made; record whether it was in time.
      const late = dates.dueBy !== null && notified > dates.dueBy;
      f.step({
        verdict: 'obligations',
        question: 'Have you notified the Commission?',
        answer: `Yes, on ${formatDate(notified)}`,
        rule: 'R35',
        outcome: late
          ? `Notified after the deadline of ${formatDate(dates.dueBy as IsoDate)}: late notification is an infringement the Commission can take into account (Art. 101).`
          : 'Notified: keep the notification, the compute estimate and the method on file; notify again on a substantial change.',
        citations: [art('52(1)'), art('101')],
      });
      if (late) {
        f.warn(
          'late-notification',
          `The Art. 52(1) notification was made on ${formatDate(notified)}, after its deadline of ${formatDate(dates.dueBy as IsoDate)}.`,
          ['R35', 'R74'],
        );
      }
      push(art52, dates, {
        status: 'done',
        daysFromAsOf: dates.dueBy ? daysBetween(asOf, dates.dueBy) : null,
      });
    } else {
      push(art52, dates);
    }
  } else if (input.contestAccepted) {
    na(
      art52,
      'Fulfilled: your arguments against the presumption accompanied the notification and were accepted.',
      ['R37'],
    );
  } else {
    na(
      art52,
      input.systemicRisk === 'designated'
        ? 'The model was designated rather than presumed: the notification duty arises when the 10^25 FLOP threshold is met.'
        : 'Owed only when cumulative training compute exceeds 10^25 FLOP (or you significantly modify a model with systemic risk).',
      ['R32', 'R62'],
    );
  }

  // Art. 55(1)(a)–(d): models with systemic risk (R63, R34, R38).
  const art55 = OBLIGATIONS.filter((o) => o.id.startsWith('art55'));
  if (input.systemicRisk !== 'none') {
    let dates: Dates;
    if (input.presumptionMet && metDate) {
      dates =
        legacy === true && metDate < CHAPTER_V_APPLIES
          ? { appliesFrom: CHAPTER_V_APPLIES, dueBy: LEGACY_COMPLIANCE_DEADLINE }
          : { appliesFrom: maxDate(metDate, CHAPTER_V_APPLIES), dueBy: maxDate(metDate, CHAPTER_V_APPLIES) };
    } else if (input.systemicRisk === 'designated') {
      const informed = knownDate(sr?.designationInformedDate);
      dates = { appliesFrom: informed, dueBy: informed };
    } else {
      dates = { appliesFrom: null, dueBy: null };
    }
    for (const def of art55)
      push(def, dates, { rules: [...def.rules, input.systemicRisk === 'designated' ? 'R38' : 'R34'] });
    f.step({
      verdict: 'obligations',
      question: 'Which obligations does systemic risk add?',
      answer: input.systemicRisk === 'designated' ? 'Designated' : 'Presumed',
      rule: 'R63',
      outcome:
        'Model evaluation with adversarial testing, systemic-risk assessment and mitigation, serious-incident reporting and cybersecurity (Art. 55(1)(a)–(d)), on top of Art. 53 — with no open-source exemption.',
      citations: [art('55(1)'), annex('XI')],
    });
  } else {
    for (const def of art55) {
      na(
        def,
        input.contestAccepted
          ? 'The Commission accepted your arguments that the model does not present systemic risk.'
          : 'Applies only to general-purpose AI models with systemic risk.',
        ['R63'],
      );
    }
  }

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
  if (a.role === 'modifier') {
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
  codeOfPracticeStep(a, input.systemicRisk, f);
  finesStep(asOf, legacy, f);

  return {
    obligations,
    notApplicable,
    notificationDeadline,
    complianceDeadline: legacy === null ? null : legacy ? LEGACY_COMPLIANCE_DEADLINE : (placed as IsoDate),
    legacy,
  };
}

/** R64, R75, E22: the Code of Practice changes how compliance is shown, never the obligations. */
function codeOfPracticeStep(a: Answers, systemicRisk: SystemicRisk, f: Findings): void {
  const cop = a.codeOfPractice;
  const outcome = {
    full: 'Signing changes neither the classification nor the obligations (E22). Adhering to the adequate Code is a straightforward way to demonstrate compliance; the Commission focuses on monitoring adherence, and adherence can mitigate fines.',
    partial:
      'Signing changes neither the classification nor the obligations (E22). For the chapters you did not sign you must show alternative adequate means, and you lose the Code’s benefit for them.',
    none: 'Not signing changes no obligation, but you must show alternative adequate means (e.g. a gap analysis against the Code) and can expect more information and evaluation requests.',
    unknown: 'Signing the Code of Practice changes neither the classification nor the obligations (E22).',
  }[cop];
  f.step({
    verdict: 'obligations',
    question: 'Have you signed the General-Purpose AI Code of Practice?',
    answer: { full: 'Yes, all chapters', partial: 'Some chapters', none: 'No', unknown: "I don't know" }[cop],
    rule: cop === 'unknown' ? 'E22' : 'R75',
    outcome,
    citations: [art('53(4)'), art('55(2)'), art('56'), gl('§5.1')],
  });
  if (cop === 'partial') {
    f.warn(
      'code-partial',
      systemicRisk === 'none'
        ? 'You signed only some chapters of the Code of Practice: document alternative adequate means for the Transparency and Copyright obligations you did not sign up to.'
        : 'You signed only some chapters of the Code of Practice: document alternative adequate means for each obligation the unsigned chapters cover (Transparency, Copyright, Safety and Security).',
      ['R75', 'E22'],
    );
  }
}

/** R71, R74, E25: enforcement dates. */
function finesStep(asOf: IsoDate, legacy: boolean | null, f: Findings): void {
  f.step({
    verdict: 'dates',
    question: 'From when can the Commission fine?',
    answer: `Evaluated as of ${formatDate(asOf)}`,
    rule: asOf < '2026-08-02' ? 'E25' : 'R74',
    outcome:
      (asOf < '2026-08-02'
        ? 'No Commission fines before 2 August 2026, but the obligations already apply. '
        : 'Since 2 August 2026 the Commission can fine up to 3 % of worldwide annual turnover or EUR 15 million, whichever is higher — with no SME reduction. ') +
      (legacy
        ? 'For a model placed before 2 August 2025, non-compliance starts only after 2 August 2027.'
        : ''),
    citations: [art('101'), art('113'), gl('§5.2')],
  });
}
