/**
 * Systemic risk: presumption, designation, contest. R29, R31–R39, R41, R88, R92, E5, E20, E21. One small step
 * per rule; where one rule overrides another, the step that overrides says so (see assessSystemicRisk).
 */

import type { Answers } from '../answers';
import { exceeds, formatFlop, SYSTEMIC_RISK_THRESHOLD_FLOP, withinBandOf } from '../compute';
import { formatDate } from '../dates';
import { WORDS } from '../law/words';
import type { DecisiveAnswer, IsoDate, Verdict } from '../report';
import { annex, art, gl, rec } from '../sources';
import { CONTEST_WORDS, dateWords, flopWords, METHOD_WORDS } from '../words';
import type { Findings } from './context';
import { type ComputeFacts, computeFacts, type Flop } from './facts';
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

/**
 * The steps, in the order RULES.md takes them. Each later step can override an earlier one, and says so where
 * it does:
 * 1. gates — not a GPAI model (R31), or not this user's assessment (R14, R21, R30, E6): nothing else follows;
 * 2. the presumption (Art. 51(1)(a)) — modified-SR (R29) before compute (R32, R33, E5, R88);
 * 3. a placed model whose continued training is planned above the threshold owes the notification only (R35);
 * 4. an accepted contest ends the presumption (R37); a pending one does not suspend it (E21);
 * 5. a designation (R38) overrides both the absence of a presumption and an accepted contest;
 * 6. reach facts that make a designation possible (R92), only while no systemic risk is established.
 */
export function assessSystemicRisk(
  a: Answers,
  isGPAI: boolean,
  isProvider: boolean,
  asOf: IsoDate,
  f: Findings,
): SystemicRiskResult {
  const gate = notApplicableGate(a, isGPAI, isProvider);
  if (gate) return gate;

  const sr = a.systemicRisk;
  const rules: Verdict['rules'] = ['R31'];
  const facts = computeFacts(a);
  const decisive = computeDecisiveAnswers(a, facts);
  const p = presumption(a, facts, f);
  presumptionSteps(a, p, decisive[0]?.value ?? '', rules, f);
  computeCaveats(a, p, f);

  const presumptionMet = p.byCompute || p.asModifiedSR;
  // R35 only matters while the presumption is not met: a presumed model owes the notification anyway.
  const notificationOnly = !presumptionMet && continuedTrainingPlanned(a, f);
  const contestAccepted = presumptionMet && sr ? contest(sr, asOf, decisive, rules, f) : false;
  let systemicRisk: SystemicRisk = presumptionMet && !contestAccepted ? 'presumed' : 'none';
  // R38 overrides R37: an accepted contest does not stop the Commission from designating the model.
  if (designation(sr, decisive, rules, f)) systemicRisk = 'designated';

  if (presumptionMet && systemicRisk !== 'none') askThresholdMetDate(sr, f);
  if (systemicRisk === 'none' && !contestAccepted) designationRisk(a, f);
  systemicRiskCounterfactuals(p.cumulative, systemicRisk, contestAccepted, f);

  const wording = verdictWording({
    systemicRisk,
    asModifiedSR: p.asModifiedSR,
    contestPending: sr?.contest === 'pending',
    contestAccepted,
    notificationOnly,
    computeUnknown: p.computeUnknown,
  });
  return {
    systemicRisk,
    presumptionMet,
    contestAccepted,
    notificationOnly,
    verdict: {
      key: 'systemicRisk',
      label: wording.label,
      summary: wording.summary,
      decisiveAnswers: decisive,
      rules,
      citations: [art('51'), art('52'), gl('§2.3')],
      ambiguous: f.flagged('E5', 'E7', 'E8'),
    },
  };
}

// ── Gates: R14, R21, R30, R31, E6 ──────────────────────────────────────────────────────────────────────────

function none(verdict: Verdict): SystemicRiskResult {
  return {
    systemicRisk: 'none',
    presumptionMet: false,
    contestAccepted: false,
    notificationOnly: false,
    verdict,
  };
}

/**
 * R31, R14, R21, R57, R30, E6: the cases with no systemic-risk assessment for this user. The first that
 * applies gives the wording: a model that is not a GPAI model has no systemic risk whoever asks (R31), so
 * that gate comes before the ones about whose assessment it is.
 */
function notApplicableGate(a: Answers, isGPAI: boolean, isProvider: boolean): SystemicRiskResult | null {
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
  return null;
}

// ── The presumption: R29, R32, R33, R88, E5 ────────────────────────────────────────────────────────────────

/** R33, R36: the cumulative compute figure and, with it, how it was obtained. */
function computeDecisiveAnswers(
  a: Answers,
  { cumulative, cumulativeKnownPart }: ComputeFacts,
): DecisiveAnswer[] {
  const decisive: DecisiveAnswer[] = [
    {
      field: a.role === 'modifier' ? 'modification.modificationFlop' : 'compute.parameterUpdateFlop',
      label: 'Cumulative training compute',
      value:
        cumulative === 'unknown'
          ? cumulativeKnownPart
            ? `At least ${formatFlop(cumulativeKnownPart)} (some parts unknown)`
            : "I don't know"
          : flopWords(cumulative ?? 'unknown'),
    },
  ];
  const method = a.role === 'modifier' ? undefined : a.compute?.method;
  if (method && method !== 'unknown') {
    // R36: the notification states the estimation method with the figure.
    decisive.push({
      field: 'compute.method',
      label: 'How the compute figure was obtained',
      value: METHOD_WORDS[method],
    });
  }
  return decisive;
}

interface Presumption {
  /** R33: the cumulative compute of the model concerned ('unknown' if any part is). */
  cumulative: Flop | null;
  /** R32, R33, R88: presumed on compute (planned, known, or a known part that already exceeds). */
  byCompute: boolean;
  /** Nothing known decides the compute test. */
  computeUnknown: boolean;
  /** R29: a significant modification of a model with systemic risk. */
  asModifiedSR: boolean;
}

/**
 * Art. 51(1)(a) on compute, first match wins: R88 — for a model not yet placed, the compute planned for it
 * (it is known the threshold will be met, whatever has been spent so far); else R32 — the cumulative figure
 * when every part is known; else R33 — a known part that already exceeds the threshold is enough, since the
 * unknown parts only add to it; else unknown. R29 is a separate ground, tested on its own.
 */
function presumption(
  a: Answers,
  { cumulative, cumulativeKnownPart }: ComputeFacts,
  f: Findings,
): Presumption {
  const asModifiedSR = a.role === 'modifier' && a.modification?.originalSystemicRisk === 'yes';
  const notYetPlaced = a.placing?.channels.includes('notYet') ?? false;
  const planned = notYetPlaced ? plannedCumulative(a) : null;
  if (planned !== null && exceeds(planned, SYSTEMIC_RISK_THRESHOLD_FLOP)) {
    plannedStep(planned, f);
    return { cumulative, byCompute: true, computeUnknown: false, asModifiedSR };
  }
  if (typeof cumulative === 'number') {
    const byCompute = exceeds(cumulative, SYSTEMIC_RISK_THRESHOLD_FLOP);
    return { cumulative, byCompute, computeUnknown: false, asModifiedSR };
  }
  if (cumulativeKnownPart !== null && exceeds(cumulativeKnownPart, SYSTEMIC_RISK_THRESHOLD_FLOP)) {
    return { cumulative, byCompute: true, computeUnknown: false, asModifiedSR };
  }
  return { cumulative, byCompute: false, computeUnknown: true, asModifiedSR };
}

/** The trace of the presumption: the modified model (R29, E5) or the model built (R32, R33). */
function presumptionSteps(
  a: Answers,
  p: Presumption,
  computeAnswer: string,
  rules: Verdict['rules'],
  f: Findings,
): void {
  if (a.role !== 'modifier') {
    rules.push('R32', 'R33');
    computeStep(p, computeAnswer, f);
    return;
  }
  // R29 before E5: a modified model with systemic risk is presumed whatever the compute, so the compute
  // reading (E5) is only taken, and flagged, when R29 does not apply.
  if (p.asModifiedSR) {
    rules.push('R29');
    modifiedSRStep(f);
  } else if (p.byCompute) {
    rules.push('R33', 'E5');
    modifiedAboveThresholdStep(computeAnswer, f);
  }
}

/** R32, E2: the cumulative compute against the threshold ("greater than"). */
function computeStep(p: Presumption, computeAnswer: string, f: Findings): void {
  f.step({
    verdict: 'systemicRisk',
    question: `Does cumulative training compute (including non-public synthetic data generation and inherited weights) exceed ${WORDS.systemicRiskThreshold}?`,
    answer: computeAnswer,
    rule: 'R32',
    outcome: p.byCompute
      ? 'Yes: the model is presumed to have high-impact capabilities, hence systemic risk.'
      : p.computeUnknown
        ? 'Unknown: the presumption cannot be checked until the compute is estimated.'
        : p.cumulative === SYSTEMIC_RISK_THRESHOLD_FLOP
          ? `No: exactly ${WORDS.systemicRiskThreshold} does not meet "greater than" (E2), so no presumption.`
          : `No: not more than ${WORDS.systemicRiskThreshold}, so no presumption.`,
    citations: [art('51(2)'), rec(111), gl('Annex A.1')],
  });
}

/** R29: a significant modification of a model with systemic risk. */
function modifiedSRStep(f: Findings): void {
  f.step({
    verdict: 'systemicRisk',
    question: 'Is the original model a general-purpose AI model with systemic risk?',
    answer: 'Yes',
    rule: 'R29',
    outcome:
      'A significant modification of a model with systemic risk is presumed to have high-impact capabilities: the modified model is presumed to have systemic risk.',
    citations: [gl('¶67'), gl('§3.2.2')],
  });
}

/** E5, R33: the modification takes the cumulative compute (original included) above the threshold. */
function modifiedAboveThresholdStep(computeAnswer: string, f: Findings): void {
  f.step({
    verdict: 'systemicRisk',
    question: `Does the modified model’s cumulative compute (original plus modification) exceed ${WORDS.systemicRiskThreshold}?`,
    answer: computeAnswer,
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

/** R35, R43, E2: an unknown figure is asked (unless R29 decides anyway); one near the threshold is warned. */
function computeCaveats(a: Answers, p: Presumption, f: Findings): void {
  if (p.computeUnknown && !p.asModifiedSR) {
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
  const cumulative = p.cumulative;
  if (typeof cumulative === 'number' && withinBandOf(cumulative, SYSTEMIC_RISK_THRESHOLD_FLOP)) {
    f.warn(
      'near-systemic-risk-threshold',
      `Cumulative compute of ${formatFlop(cumulative)} is within ±30 % of ${WORDS.systemicRiskThreshold}. An estimate within 30 % is legally sufficient, but keep monitoring and document the method; a better estimate could change the result.`,
      ['R43', 'E2'],
    );
  }
}

/** R34, R35, R89: the date the threshold was met sets the notification deadline; asked when unknown. */
function askThresholdMetDate(sr: Answers['systemicRisk'], f: Findings): void {
  const metDate = sr?.thresholdMetDate;
  if (metDate !== undefined && metDate !== 'unknown') return;
  f.ask({
    field: 'systemicRisk.thresholdMetDate',
    question: `On what date was the ${WORDS.systemicRiskThreshold} threshold met, or did it become known that it would be met (e.g. when the training run was planned)?`,
    askWhom: 'The training team and whoever approved the compute budget',
    assumption:
      'For a model already placed, the notification is taken as due at the latest two weeks after first placing (R89); otherwise its deadline cannot be computed.',
    rules: ['R34', 'R35', 'R89'],
  });
}

// ── Contest: R37, E21 ──────────────────────────────────────────────────────────────────────────────────────

type SystemicRiskAnswers = NonNullable<Answers['systemicRisk']>;

/**
 * R37, E21: the contest of a met presumption. Returns whether an accepted contest has ended it as of `asOf` —
 * the only outcome that overrides the presumption; pending (E21), rejected or unknown leave it standing.
 */
function contest(
  sr: SystemicRiskAnswers,
  asOf: IsoDate,
  decisive: DecisiveAnswer[],
  rules: Verdict['rules'],
  f: Findings,
): boolean {
  decisive.push({
    field: 'systemicRisk.contest',
    label: 'Contest of the presumption',
    value: CONTEST_WORDS[sr.contest],
  });
  let accepted = false;
  if (sr.contest === 'accepted') accepted = contestAccepted(sr, asOf, rules, f);
  else if (sr.contest === 'pending') contestPending(rules, f);
  else if (sr.contest === 'unknown') askContest(f);
  else if (sr.contest === 'rejected') contestRejected(rules, f);
  if (sr.contest !== 'none' && sr.contest !== 'unknown') contestTiming(sr, f);
  return accepted;
}

/** R37: an accepted contest ends the obligations from when the provider was informed (not before). */
function contestAccepted(
  sr: SystemicRiskAnswers,
  asOf: IsoDate,
  rules: Verdict['rules'],
  f: Findings,
): boolean {
  const decided = sr.contestDecisionDate;
  const effective = decided === undefined || decided === 'unknown' || decided <= asOf;
  if (effective) rules.push('R37');
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
  return effective;
}

/** E21: a pending contest does not suspend the obligations. */
function contestPending(rules: Verdict['rules'], f: Findings): void {
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
}

function askContest(f: Findings): void {
  f.ask({
    field: 'systemicRisk.contest',
    question:
      'Did you argue, with the notification, that the model exceptionally does not present systemic risk — and did the Commission decide?',
    askWhom: 'Legal or regulatory affairs',
    assumption: 'Assumed no contest: the presumption stands.',
    rules: ['R37'],
  });
}

function contestRejected(rules: Verdict['rules'], f: Findings): void {
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

// ── Designation: R38 ───────────────────────────────────────────────────────────────────────────────────────

/** R38: designated by the Commission (Art. 51(1)(b)), whatever the compute or the contest. */
function designation(
  sr: Answers['systemicRisk'],
  decisive: DecisiveAnswer[],
  rules: Verdict['rules'],
  f: Findings,
): boolean {
  if (sr?.designated === 'unknown') {
    f.ask({
      field: 'systemicRisk.designated',
      question: 'Has the Commission informed you that it designated the model as having systemic risk?',
      askWhom: 'Legal or regulatory affairs',
      assumption: 'Assumed not designated.',
      rules: ['R38'],
    });
  }
  if (sr?.designated !== 'yes') return false;
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
  return true;
}

// ── Before the crossing (R35) and the designation risk (R92) ───────────────────────────────────────────────

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

// ── What would change, and the verdict’s words ─────────────────────────────────────────────────────────────

function systemicRiskCounterfactuals(
  cumulative: Flop | null,
  systemicRisk: SystemicRisk,
  contestAccepted: boolean,
  f: Findings,
): void {
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
}

interface VerdictFacts {
  systemicRisk: SystemicRisk;
  asModifiedSR: boolean;
  contestPending: boolean;
  contestAccepted: boolean;
  notificationOnly: boolean;
  computeUnknown: boolean;
}

/**
 * The verdict's label and summary: the first matching row wins. The rows follow the overrides of the steps:
 * a designation (R38) over everything; then a standing presumption, by its ground (R29 before compute) and
 * noting a pending contest (E21); then an accepted contest (R37), which is why there is no presumption; then
 * the notification owed before the crossing (R35); then a compute too unknown to decide; otherwise no.
 */
const VERDICT_WORDING: readonly { when: (v: VerdictFacts) => boolean; label: string; summary: string }[] = [
  {
    when: (v) => v.systemicRisk === 'designated',
    label: 'Designated',
    summary:
      'Yes — designated by the Commission: the systemic-risk obligations apply from when you were informed.',
  },
  {
    when: (v) => v.systemicRisk === 'presumed' && v.asModifiedSR,
    label: 'Presumed',
    summary: 'Presumed: you significantly modified a model with systemic risk.',
  },
  {
    when: (v) => v.systemicRisk === 'presumed' && v.contestPending,
    label: 'Presumed',
    summary: `Presumed: cumulative compute exceeds ${WORDS.systemicRiskThreshold}. Your contest is pending and does not suspend the obligations.`,
  },
  {
    when: (v) => v.systemicRisk === 'presumed',
    label: 'Presumed',
    summary: `Presumed: cumulative training compute exceeds ${WORDS.systemicRiskThreshold}.`,
  },
  {
    when: (v) => v.contestAccepted,
    label: 'No',
    summary: 'No longer: the Commission accepted your arguments against the presumption.',
  },
  {
    when: (v) => v.notificationOnly,
    label: 'Not yet — notify now',
    summary: `Not yet: continued training is planned above ${WORDS.systemicRiskThreshold}, so notify the Commission now; the presumption applies from the crossing.`,
  },
  {
    when: (v) => v.computeUnknown && !v.asModifiedSR,
    label: 'Not established',
    summary: `Not established: cumulative compute is unknown, so the ${WORDS.systemicRiskThreshold} presumption cannot be checked.`,
  },
  {
    when: () => true,
    label: 'No',
    summary: `No: cumulative training compute does not exceed ${WORDS.systemicRiskThreshold} and the model is not designated.`,
  },
];

function verdictWording(v: VerdictFacts): { label: string; summary: string } {
  const row = VERDICT_WORDING.find((r) => r.when(v)) as (typeof VERDICT_WORDING)[number];
  return { label: row.label, summary: row.summary };
}
