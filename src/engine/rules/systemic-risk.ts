/**
 * Systemic risk: presumption, designation, contest. R29, R31–R39, R41, E5, E20, E21.
 */

import type { Answers } from '../answers';
import { exceeds, formatFlop, SYSTEMIC_RISK_THRESHOLD_FLOP, withinBandOf } from '../compute';
import { formatDate } from '../dates';
import { WORDS } from '../law/words';
import type { DecisiveAnswer, IsoDate, Verdict } from '../report';
import { annex, art, gl, rec } from '../sources';
import { CONTEST_WORDS, dateWords, flopWords, METHOD_WORDS } from '../words';
import type { Findings } from './context';
import { computeFacts } from './facts';
import { plannedCumulative } from './predicates';

export type SystemicRisk = 'presumed' | 'designated' | 'none';

export interface SystemicRiskResult {
  systemicRisk: SystemicRisk;
  /** Art. 51(1)(a) met: presumption by compute or modified-SR (R29) — Art. 52(1) notification owed. */
  presumptionMet: boolean;
  /** An accepted contest ended the presumption (R37). */
  contestAccepted: boolean;
  /** R35: a placed model's continued training is planned above 10^25 FLOP — notify now, presumed from the crossing. */
  notificationOnly: boolean;
  verdict: Verdict;
}

export { systemicRiskConditionOnFacts } from './predicates';

function notApplicableVerdict(summary: string, rules: Verdict['rules']): Verdict {
  return {
    key: 'systemicRisk',
    label: 'Not applicable',
    summary,
    decisiveAnswers: [],
    rules,
    citations: [art('51(1)')],
    ambiguous: [],
  };
}

export function assessSystemicRisk(
  a: Answers,
  isGPAI: boolean,
  isProvider: boolean,
  asOf: IsoDate,
  f: Findings,
): SystemicRiskResult {
  const none = (verdict: Verdict): SystemicRiskResult => ({
    systemicRisk: 'none',
    presumptionMet: false,
    contestAccepted: false,
    notificationOnly: false,
    verdict,
  });
  if (!isGPAI) {
    return none(
      notApplicableVerdict('Not applicable: only general-purpose AI models can have systemic risk.', ['R31']),
    );
  }
  if (a.role === 'integrator' && !isProvider) {
    return none(
      notApplicableVerdict(
        'Not your assessment to make: the model’s provider classifies it. As a downstream provider you can rely on its Annex XII information.',
        ['R21', 'R57'],
      ),
    );
  }
  if (a.role === 'host') {
    return none(
      notApplicableVerdict('Not your assessment to make: each uploader classifies its own models.', ['R14']),
    );
  }
  if (a.role === 'modifier' && !isProvider) {
    const originalSR = a.modification?.originalSystemicRisk === 'yes';
    return none(
      notApplicableVerdict(
        originalSR
          ? 'Stays with the original provider: the original model has systemic risk, but your modification is below the threshold, so its obligations remain the original provider’s (E6).'
          : 'Not applicable to you: you are not the provider of the modified model.',
        originalSR ? ['R30', 'E6'] : ['R30'],
      ),
    );
  }

  const sr = a.systemicRisk;
  const { cumulative, cumulativeKnownPart } = computeFacts(a);
  const decisive: DecisiveAnswer[] = [];
  const rules: Verdict['rules'] = ['R31'];
  const cumulativeField =
    a.role === 'modifier' ? 'modification.modificationFlop' : 'compute.parameterUpdateFlop';
  decisive.push({
    field: cumulativeField,
    label: 'Cumulative training compute',
    value:
      cumulative === 'unknown'
        ? cumulativeKnownPart
          ? `At least ${formatFlop(cumulativeKnownPart)} (some parts unknown)`
          : "I don't know"
        : flopWords(cumulative ?? 'unknown'),
  });

  const method = a.role === 'modifier' ? undefined : a.compute?.method;
  if (method && method !== 'unknown') {
    // R36: the notification states the estimation method with the figure.
    decisive.push({
      field: 'compute.method',
      label: 'How the compute figure was obtained',
      value: METHOD_WORDS[method],
    });
  }

  // R32, R33: presumption on cumulative compute; R88: or on the compute planned for a model not yet placed;
  // R29: modification of a GPAI-SR model.
  const notYetPlaced = a.placing?.channels.includes('notYet') ?? false;
  const planned = notYetPlaced ? plannedCumulative(a) : null;
  let presumedByCompute = false;
  let computeUnknown = false;
  if (planned !== null && exceeds(planned, SYSTEMIC_RISK_THRESHOLD_FLOP)) {
    presumedByCompute = true;
    plannedStep(planned, f);
  } else if (typeof cumulative === 'number') {
    presumedByCompute = exceeds(cumulative, SYSTEMIC_RISK_THRESHOLD_FLOP);
  } else if (cumulativeKnownPart !== null && exceeds(cumulativeKnownPart, SYSTEMIC_RISK_THRESHOLD_FLOP)) {
    presumedByCompute = true;
  } else {
    computeUnknown = true;
  }
  const presumedAsModifiedSR = a.role === 'modifier' && a.modification?.originalSystemicRisk === 'yes';

  if (a.role === 'modifier') {
    if (presumedAsModifiedSR) {
      rules.push('R29');
      f.step({
        verdict: 'systemicRisk',
        question: 'Is the original model a general-purpose AI model with systemic risk?',
        answer: 'Yes',
        rule: 'R29',
        outcome:
          'A significant modification of a model with systemic risk is presumed to have high-impact capabilities: the modified model is presumed to have systemic risk.',
        citations: [gl('¶67'), gl('§3.2.2')],
      });
    } else if (presumedByCompute) {
      rules.push('R33', 'E5');
      f.step({
        verdict: 'systemicRisk',
        question: `Does the modified model’s cumulative compute (original plus modification) exceed ${WORDS.systemicRiskThreshold}?`,
        answer: decisive[0]?.value ?? '',
        rule: 'E5',
        outcome:
          'Yes: cumulative compute includes the compute that trained the weights you started from, so the modified model is presumed to have systemic risk.',
        citations: [rec(111), gl('Annex A.1')],
      });
      f.ambiguous({
        edgeCase: 'E5',
        title: `Modification pushes cumulative compute above ${WORDS.systemicRiskPower}`,
        readingChosen:
          'Presumed systemic risk: cumulative compute includes the compute of weights used for initialisation (R33).',
        alternative: 'The guidelines do not discuss this combination explicitly.',
        rules: ['R33'],
        citations: [gl('Annex A.1')],
      });
    }
  } else {
    rules.push('R32', 'R33');
    f.step({
      verdict: 'systemicRisk',
      question: `Does cumulative training compute (including non-public synthetic data generation and inherited weights) exceed ${WORDS.systemicRiskThreshold}?`,
      answer: decisive[0]?.value ?? '',
      rule: 'R32',
      outcome: presumedByCompute
        ? 'Yes: the model is presumed to have high-impact capabilities, hence systemic risk.'
        : computeUnknown
          ? 'Unknown: the presumption cannot be checked until the compute is estimated.'
          : cumulative === SYSTEMIC_RISK_THRESHOLD_FLOP
            ? `No: exactly ${WORDS.systemicRiskThreshold} does not meet "greater than" (E2), so no presumption.`
            : `No: not more than ${WORDS.systemicRiskThreshold}, so no presumption.`,
      citations: [art('51(2)'), rec(111), gl('Annex A.1')],
    });
  }

  if (computeUnknown && !presumedAsModifiedSR) {
    f.ask({
      field: a.role === 'modifier' ? 'modification.originalComputeFlop' : 'compute.parameterUpdateFlop',
      question:
        'What is the cumulative training compute, including fine-tuning, non-public synthetic data generation and any weights you started from?',
      askWhom: 'The training or infrastructure team',
      assumption: `Assumed not above ${WORDS.systemicRiskThreshold}, so no systemic-risk presumption.`,
      rules: ['R32', 'R33', 'R35'],
    });
    f.warn(
      'cumulative-unknown',
      `Cumulative compute is not fully known: providers must estimate it, ideally before the large pre-training run, and notify within two weeks once it is known that it will exceed ${WORDS.systemicRiskThreshold}.`,
      ['R35', 'R43'],
    );
  }
  if (typeof cumulative === 'number' && withinBandOf(cumulative, SYSTEMIC_RISK_THRESHOLD_FLOP)) {
    f.warn(
      'near-systemic-risk-threshold',
      `Cumulative compute of ${formatFlop(cumulative)} is within ±30 % of ${WORDS.systemicRiskThreshold}. An estimate within 30 % is legally sufficient, but keep monitoring and document the method; a better estimate could change the result.`,
      ['R43', 'E2'],
    );
  }

  const presumptionMet = presumedByCompute || presumedAsModifiedSR;
  const notificationOnly = !presumptionMet && continuedTrainingPlanned(a, f);
  let systemicRisk: SystemicRisk = presumptionMet ? 'presumed' : 'none';
  let contestAccepted = false;

  // R37, E21: contesting the presumption.
  if (presumptionMet && sr) {
    decisive.push({
      field: 'systemicRisk.contest',
      label: 'Contest of the presumption',
      value: CONTEST_WORDS[sr.contest],
    });
    if (sr.contest === 'accepted') {
      const decided = sr.contestDecisionDate;
      const effective = decided === undefined || decided === 'unknown' || decided <= asOf;
      if (effective) {
        systemicRisk = 'none';
        contestAccepted = true;
        rules.push('R37');
      }
      f.step({
        verdict: 'systemicRisk',
        question: 'Did the Commission accept your arguments against the presumption?',
        answer: `Accepted; informed: ${dateWords(decided)}`,
        rule: 'R37',
        outcome: effective
          ? 'The systemic-risk obligations end from when you were informed; you must notify again on a substantial change, and the Commission may still designate the model.'
          : `Accepted with effect from ${formatDate(decided as IsoDate)}; until then the obligations apply.`,
        citations: [art('52(2)'), art('52(3)'), gl('§2.3.3')],
      });
    } else if (sr.contest === 'pending') {
      rules.push('R37', 'E21');
      f.step({
        verdict: 'systemicRisk',
        question: 'Have you contested the presumption?',
        answer: 'Yes, decision pending',
        rule: 'E21',
        outcome: 'A pending contest does not suspend the obligations.',
        citations: [art('52(2)'), gl('§2.3.3')],
      });
      f.warn(
        'contest-pending',
        'Your contest is pending: the systemic-risk obligations apply in full until the Commission accepts it.',
        ['R37', 'E21'],
      );
    } else if (sr.contest === 'unknown') {
      f.ask({
        field: 'systemicRisk.contest',
        question:
          'Did you argue, with the notification, that the model exceptionally does not present systemic risk — and did the Commission decide?',
        askWhom: 'Legal or regulatory affairs',
        assumption: 'Assumed no contest: the presumption stands.',
        rules: ['R37'],
      });
    } else if (sr.contest === 'rejected') {
      rules.push('R37');
      f.step({
        verdict: 'systemicRisk',
        question: 'Have you contested the presumption?',
        answer: 'Yes, rejected',
        rule: 'R37',
        outcome: 'Rejected: the model has systemic risk from when the condition was met.',
        citations: [art('52(3)'), gl('§2.3.3')],
      });
    }
  }

  if (presumptionMet && sr && sr.contest !== 'none' && sr.contest !== 'unknown') contestTiming(sr, f);

  // R38: designation by the Commission.
  if (sr?.designated === 'yes') {
    systemicRisk = 'designated';
    rules.push('R38');
    decisive.push({
      field: 'systemicRisk.designationInformedDate',
      label: 'Designated by the Commission; informed on',
      value: dateWords(sr.designationInformedDate),
    });
    f.step({
      verdict: 'systemicRisk',
      question: 'Has the Commission designated the model as a general-purpose AI model with systemic risk?',
      answer: `Yes; informed ${dateWords(sr.designationInformedDate)}`,
      rule: 'R38',
      outcome:
        'Designated: the systemic-risk obligations apply from when you were informed of the designation. You may ask for reassessment no earlier than six months after it (R39).',
      citations: [art('51(1)(b)'), art('52(4)'), annex('XIII'), gl('§2.3.4')],
    });
    if (sr.designationInformedDate === undefined || sr.designationInformedDate === 'unknown') {
      f.ask({
        field: 'systemicRisk.designationInformedDate',
        question: 'On what date were you informed of the designation decision?',
        askWhom: 'Legal or regulatory affairs (the Commission’s decision letter)',
        assumption: 'The start date of the systemic-risk obligations cannot be given.',
        rules: ['R38'],
      });
    }
  } else if (sr?.designated === 'unknown') {
    f.ask({
      field: 'systemicRisk.designated',
      question: 'Has the Commission informed you that it designated the model as having systemic risk?',
      askWhom: 'Legal or regulatory affairs',
      assumption: 'Assumed not designated.',
      rules: ['R38'],
    });
  }

  if (presumptionMet && systemicRisk !== 'none') {
    const metDate = sr?.thresholdMetDate;
    if (metDate === undefined || metDate === 'unknown') {
      f.ask({
        field: 'systemicRisk.thresholdMetDate',
        question: `On what date was the ${WORDS.systemicRiskThreshold} threshold met, or did it become known that it would be met (e.g. when the training run was planned)?`,
        askWhom: 'The training team and whoever approved the compute budget',
        assumption:
          'For a model already placed, the notification is taken as due at the latest two weeks after first placing (R89); otherwise its deadline cannot be computed.',
        rules: ['R34', 'R35', 'R89'],
      });
    }
  }
  if (systemicRisk === 'none' && !contestAccepted) designationRisk(a, f);

  if (systemicRisk === 'none' && !contestAccepted && typeof cumulative === 'number') {
    f.whatIf(
      'cross-systemic-risk',
      `With more than ${WORDS.systemicRiskThreshold} of cumulative training compute (now ${formatFlop(cumulative)}, ${Math.round((cumulative / SYSTEMIC_RISK_THRESHOLD_FLOP) * 100)} % of it),`,
      'the model would be presumed to have systemic risk: you would have to notify the Commission within two weeks and meet Art. 55, and any open-source exemption would fall away.',
      ['R32', 'R35', 'R48', 'R63'],
    );
  }
  if (systemicRisk === 'presumed') {
    f.whatIf(
      'contest',
      'If you showed, with the notification, that the model exceptionally does not present systemic risk and the Commission accepted it,',
      'the systemic-risk obligations would end when you are informed (mitigations do not count as arguments).',
      ['R37'],
    );
  }

  const label =
    systemicRisk === 'designated'
      ? 'Designated'
      : systemicRisk === 'presumed'
        ? 'Presumed'
        : notificationOnly
          ? 'Not yet — notify now'
          : computeUnknown && !presumedAsModifiedSR && !contestAccepted
            ? 'Not established'
            : 'No';
  const summary =
    systemicRisk === 'designated'
      ? 'Yes — designated by the Commission: the systemic-risk obligations apply from when you were informed.'
      : systemicRisk === 'presumed'
        ? presumedAsModifiedSR
          ? 'Presumed: you significantly modified a model with systemic risk.'
          : sr?.contest === 'pending'
            ? `Presumed: cumulative compute exceeds ${WORDS.systemicRiskThreshold}. Your contest is pending and does not suspend the obligations.`
            : `Presumed: cumulative training compute exceeds ${WORDS.systemicRiskThreshold}.`
        : contestAccepted
          ? 'No longer: the Commission accepted your arguments against the presumption.'
          : notificationOnly
            ? `Not yet: continued training is planned above ${WORDS.systemicRiskThreshold}, so notify the Commission now; the presumption applies from the crossing.`
            : computeUnknown && !presumedAsModifiedSR
              ? `Not established: cumulative compute is unknown, so the ${WORDS.systemicRiskThreshold} presumption cannot be checked.`
              : `No: cumulative training compute does not exceed ${WORDS.systemicRiskThreshold} and the model is not designated.`;

  return {
    systemicRisk,
    presumptionMet,
    contestAccepted,
    notificationOnly,
    verdict: {
      key: 'systemicRisk',
      label,
      summary,
      decisiveAnswers: decisive,
      rules,
      citations: [art('51'), art('52'), gl('§2.3')],
      ambiguous: f.flagged('E5', 'E7', 'E8'),
    },
  };
}

/** R88: the planned cumulative compute of a model not yet placed exceeds 10^25 FLOP. */
function plannedStep(planned: number, f: Findings): void {
  f.step({
    verdict: 'systemicRisk',
    question: `Will the cumulative training compute planned for the model exceed ${WORDS.systemicRiskThreshold}?`,
    answer: `Planned: ${formatFlop(planned)}`,
    rule: 'R88',
    outcome:
      'Yes: it is known that the threshold will be met, so the model is presumed to have systemic risk and the Art. 52(1) notification is owed within two weeks of that becoming known — before training ends and before placing.',
    citations: [art('52(1)'), rec(112), gl('§2.3.2')],
  });
}

/** R37: the Art. 52(2) arguments are to accompany the notification. */
function contestTiming(sr: NonNullable<Answers['systemicRisk']>, f: Findings): void {
  if (sr.contestWithNotification === 'no') {
    f.warn(
      'contest-not-with-notification',
      'Art. 52(2) lets you present your arguments against the presumption with the notification; arguments sent separately may not be considered in that procedure — check with the AI Office.',
      ['R37'],
    );
  }
}

/** R92: Annex XIII reach facts make a designation possible; they create no obligation by themselves. */
function designationRisk(a: Answers, f: Findings): void {
  const users = a.systemicRisk?.euBusinessUsers;
  if (users === 'atLeast10000') {
    f.warn(
      'designation-risk',
      'Made available to at least 10 000 registered business users in the EU: Annex XIII presumes a high impact on the internal market, so the Commission may designate the model as having systemic risk (Art. 51(1)(b), 52(4)). Nothing changes until a designation; keep the Annex XIII facts documented.',
      ['R92', 'R38'],
    );
  } else if (users === 'unknown') {
    f.ask({
      field: 'systemicRisk.euBusinessUsers',
      question:
        'How many registered business users in the EU is the model made available to: at least 10 000, or fewer?',
      askWhom: 'The sales or product team',
      assumption: 'No designation risk from reach is reported.',
      rules: ['R92'],
    });
  }
}

/** R35, E20: a placed model whose continued training is planned above 10^25 FLOP owes the notification now. */
function continuedTrainingPlanned(a: Answers, f: Findings): boolean {
  if (a.placing?.channels.includes('notYet')) return false;
  const planned = plannedCumulative(a);
  if (planned === null || !exceeds(planned, SYSTEMIC_RISK_THRESHOLD_FLOP)) return false;
  f.step({
    verdict: 'systemicRisk',
    question: `Is further training planned that will take cumulative compute above ${WORDS.systemicRiskThreshold}?`,
    answer: `Planned: ${formatFlop(planned)}`,
    rule: 'R35',
    outcome:
      'Yes: the notification is due within two weeks of it becoming known that the threshold will be met — before the crossing. The model is presumed to have systemic risk, and Art. 55 applies, from the crossing (E20).',
    citations: [art('52(1)'), gl('§2.3.2'), gl('§2.2')],
  });
  const metDate = a.systemicRisk?.thresholdMetDate;
  if (metDate === undefined || metDate === 'unknown') {
    f.ask({
      field: 'systemicRisk.thresholdMetDate',
      question: `On what date did it become known that continued training would take the model above ${WORDS.systemicRiskThreshold}?`,
      askWhom: 'The training team and whoever approved the compute budget',
      assumption: 'The notification is due without delay.',
      rules: ['R35'],
    });
  }
  return true;
}
