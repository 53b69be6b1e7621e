/**
 * Systemic risk: presumption, designation, contest. R29, R31–R39, R41, R88, R92, E5, E20, E21. One small step
 * per rule; where one rule overrides another, the step that overrides says so (see assessSystemicRisk).
 */

import type { Answers } from '../answers';
import { exceeds, SYSTEMIC_RISK_THRESHOLD_FLOP, withinBandOf } from '../compute';
import type { DecisiveAnswer, IsoDate, Verdict } from '../report';
import { annex, art, gl, rec } from '../sources';
import { dateParam, flopParam, type Text, tx } from '../text';
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
  verdict: Verdict<Text>;
}

export { systemicRiskConditionOnFacts } from './predicates';

function notApplicableVerdict(summary: Text, rules: Verdict['rules']): Verdict<Text> {
  return {
    key: 'systemicRisk',
    label: tx('systemicRisk.labelNotApplicable'),
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
  presumptionSteps(a, p, (decisive[0] as DecisiveAnswer<Text>).value, rules, f);
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

function none(verdict: Verdict<Text>): SystemicRiskResult {
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
    return none(notApplicableVerdict(tx('systemicRisk.gateNotGpai'), ['R31']));
  }
  if (a.role === 'integrator' && !isProvider) {
    return none(notApplicableVerdict(tx('systemicRisk.gateIntegrator'), ['R21', 'R57']));
  }
  if (a.role === 'host') {
    return none(notApplicableVerdict(tx('systemicRisk.gateHost'), ['R14']));
  }
  if (a.role === 'modifier' && !isProvider) {
    const originalSR = a.modification?.originalSystemicRisk === 'yes';
    return none(
      notApplicableVerdict(
        originalSR ? tx('systemicRisk.gateModifierOriginalSR') : tx('systemicRisk.gateModifierNotProvider'),
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
): DecisiveAnswer<Text>[] {
  const decisive: DecisiveAnswer<Text>[] = [
    {
      field: a.role === 'modifier' ? 'modification.modificationFlop' : 'compute.parameterUpdateFlop',
      label: tx('systemicRisk.decisiveComputeLabel'),
      value:
        cumulative === 'unknown'
          ? cumulativeKnownPart
            ? tx('systemicRisk.computeAtLeast', { flop: flopParam(cumulativeKnownPart) })
            : tx('common.unknown')
          : flopWords(cumulative ?? 'unknown'),
    },
  ];
  const method = a.role === 'modifier' ? undefined : a.compute?.method;
  if (method && method !== 'unknown') {
    // R36: the notification states the estimation method with the figure.
    decisive.push({
      field: 'compute.method',
      label: tx('systemicRisk.decisiveMethodLabel'),
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
  computeAnswer: Text,
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
function computeStep(p: Presumption, computeAnswer: Text, f: Findings): void {
  f.step({
    verdict: 'systemicRisk',
    question: tx('systemicRisk.computeQuestion'),
    answer: computeAnswer,
    rule: 'R32',
    outcome: p.byCompute
      ? tx('systemicRisk.computeOutcomeYes')
      : p.computeUnknown
        ? tx('systemicRisk.computeOutcomeUnknown')
        : p.cumulative === SYSTEMIC_RISK_THRESHOLD_FLOP
          ? tx('systemicRisk.computeOutcomeExactly')
          : tx('systemicRisk.computeOutcomeNo'),
    citations: [art('51(2)'), rec(111), gl('Annex A.1')],
  });
}

/** R29: a significant modification of a model with systemic risk. */
function modifiedSRStep(f: Findings): void {
  f.step({
    verdict: 'systemicRisk',
    question: tx('systemicRisk.modifiedSRQuestion'),
    answer: tx('common.yes'),
    rule: 'R29',
    outcome: tx('systemicRisk.modifiedSROutcome'),
    citations: [gl('¶67'), gl('§3.2.2')],
  });
}

/** E5, R33: the modification takes the cumulative compute (original included) above the threshold. */
function modifiedAboveThresholdStep(computeAnswer: Text, f: Findings): void {
  f.step({
    verdict: 'systemicRisk',
    question: tx('systemicRisk.modifiedComputeQuestion'),
    answer: computeAnswer,
    rule: 'E5',
    outcome: tx('systemicRisk.modifiedComputeOutcome'),
    citations: [rec(111), gl('Annex A.1')],
  });
  f.ambiguous({
    edgeCase: 'E5',
    title: tx('systemicRisk.e5Title'),
    readingChosen: tx('systemicRisk.e5Reading'),
    alternative: tx('systemicRisk.e5Alternative'),
    rules: ['R33'],
    citations: [gl('Annex A.1')],
  });
}

/** R88: the planned cumulative compute of a model not yet placed exceeds 10^25 FLOP. */
function plannedStep(planned: number, f: Findings): void {
  f.step({
    verdict: 'systemicRisk',
    question: tx('systemicRisk.plannedQuestion'),
    answer: tx('systemicRisk.plannedAnswer', { flop: flopParam(planned) }),
    rule: 'R88',
    outcome: tx('systemicRisk.plannedOutcome'),
    citations: [art('52(1)'), rec(112), gl('§2.3.2')],
  });
}

/** R35, R43, E2: an unknown figure is asked (unless R29 decides anyway); one near the threshold is warned. */
function computeCaveats(a: Answers, p: Presumption, f: Findings): void {
  if (p.computeUnknown && !p.asModifiedSR) {
    f.ask({
      field: a.role === 'modifier' ? 'modification.originalComputeFlop' : 'compute.parameterUpdateFlop',
      question: tx('systemicRisk.askComputeQuestion'),
      askWhom: tx('systemicRisk.askComputeWhom'),
      assumption: tx('systemicRisk.askComputeAssumption'),
      rules: ['R32', 'R33', 'R35'],
    });
    f.warn('cumulative-unknown', tx('systemicRisk.warnCumulativeUnknown'), ['R35', 'R43']);
  }
  const cumulative = p.cumulative;
  if (typeof cumulative === 'number' && withinBandOf(cumulative, SYSTEMIC_RISK_THRESHOLD_FLOP)) {
    f.warn(
      'near-systemic-risk-threshold',
      tx('systemicRisk.warnNearThreshold', { flop: flopParam(cumulative) }),
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
    question: tx('systemicRisk.askMetDateQuestion'),
    askWhom: tx('systemicRisk.askTrainingTeamWhom'),
    assumption: tx('systemicRisk.askMetDateAssumption'),
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
  decisive: DecisiveAnswer<Text>[],
  rules: Verdict['rules'],
  f: Findings,
): boolean {
  decisive.push({
    field: 'systemicRisk.contest',
    label: tx('systemicRisk.decisiveContestLabel'),
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
    question: tx('systemicRisk.contestAcceptedQuestion'),
    answer: tx('systemicRisk.contestAcceptedAnswer', { informed: dateWords(decided) }),
    rule: 'R37',
    outcome: effective
      ? tx('systemicRisk.contestAcceptedOutcome')
      : tx('systemicRisk.contestAcceptedLaterOutcome', { date: dateParam(decided as IsoDate) }),
    citations: [art('52(2)'), art('52(3)'), gl('§2.3.3')],
  });
  return effective;
}

/** E21: a pending contest does not suspend the obligations. */
function contestPending(rules: Verdict['rules'], f: Findings): void {
  rules.push('R37', 'E21');
  f.step({
    verdict: 'systemicRisk',
    question: tx('systemicRisk.contestedQuestion'),
    answer: tx('systemicRisk.contestPendingAnswer'),
    rule: 'E21',
    outcome: tx('systemicRisk.contestPendingOutcome'),
    citations: [art('52(2)'), gl('§2.3.3')],
  });
  f.warn('contest-pending', tx('systemicRisk.warnContestPending'), ['R37', 'E21']);
}

function askContest(f: Findings): void {
  f.ask({
    field: 'systemicRisk.contest',
    question: tx('systemicRisk.askContestQuestion'),
    askWhom: tx('systemicRisk.askLegalWhom'),
    assumption: tx('systemicRisk.askContestAssumption'),
    rules: ['R37'],
  });
}

function contestRejected(rules: Verdict['rules'], f: Findings): void {
  rules.push('R37');
  f.step({
    verdict: 'systemicRisk',
    question: tx('systemicRisk.contestedQuestion'),
    answer: tx('systemicRisk.contestRejectedAnswer'),
    rule: 'R37',
    outcome: tx('systemicRisk.contestRejectedOutcome'),
    citations: [art('52(3)'), gl('§2.3.3')],
  });
}

/** R37: the Art. 52(2) arguments are to accompany the notification. */
function contestTiming(sr: NonNullable<Answers['systemicRisk']>, f: Findings): void {
  if (sr.contestWithNotification === 'no') {
    f.warn('contest-not-with-notification', tx('systemicRisk.warnContestNotWithNotification'), ['R37']);
  }
}

// ── Designation: R38 ───────────────────────────────────────────────────────────────────────────────────────

/** R38: designated by the Commission (Art. 51(1)(b)), whatever the compute or the contest. */
function designation(
  sr: Answers['systemicRisk'],
  decisive: DecisiveAnswer<Text>[],
  rules: Verdict['rules'],
  f: Findings,
): boolean {
  if (sr?.designated === 'unknown') {
    f.ask({
      field: 'systemicRisk.designated',
      question: tx('systemicRisk.askDesignatedQuestion'),
      askWhom: tx('systemicRisk.askLegalWhom'),
      assumption: tx('systemicRisk.askDesignatedAssumption'),
      rules: ['R38'],
    });
  }
  if (sr?.designated !== 'yes') return false;
  rules.push('R38');
  decisive.push({
    field: 'systemicRisk.designationInformedDate',
    label: tx('systemicRisk.decisiveDesignationLabel'),
    value: dateWords(sr.designationInformedDate),
  });
  f.step({
    verdict: 'systemicRisk',
    question: tx('systemicRisk.designationQuestion'),
    answer: tx('systemicRisk.designationAnswer', { informed: dateWords(sr.designationInformedDate) }),
    rule: 'R38',
    outcome: tx('systemicRisk.designationOutcome'),
    citations: [art('51(1)(b)'), art('52(4)'), annex('XIII'), gl('§2.3.4')],
  });
  if (sr.designationInformedDate === undefined || sr.designationInformedDate === 'unknown') {
    f.ask({
      field: 'systemicRisk.designationInformedDate',
      question: tx('systemicRisk.askDesignationDateQuestion'),
      askWhom: tx('systemicRisk.askDesignationDateWhom'),
      assumption: tx('systemicRisk.askDesignationDateAssumption'),
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
    f.warn('designation-risk', tx('systemicRisk.warnDesignationRisk'), ['R92', 'R38']);
  } else if (users === 'unknown') {
    f.ask({
      field: 'systemicRisk.euBusinessUsers',
      question: tx('systemicRisk.askUsersQuestion'),
      askWhom: tx('systemicRisk.askUsersWhom'),
      assumption: tx('systemicRisk.askUsersAssumption'),
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
    question: tx('systemicRisk.continuedQuestion'),
    answer: tx('systemicRisk.plannedAnswer', { flop: flopParam(planned) }),
    rule: 'R35',
    outcome: tx('systemicRisk.continuedOutcome'),
    citations: [art('52(1)'), gl('§2.3.2'), gl('§2.2')],
  });
  const metDate = a.systemicRisk?.thresholdMetDate;
  if (metDate === undefined || metDate === 'unknown') {
    f.ask({
      field: 'systemicRisk.thresholdMetDate',
      question: tx('systemicRisk.askContinuedDateQuestion'),
      askWhom: tx('systemicRisk.askTrainingTeamWhom'),
      assumption: tx('systemicRisk.askContinuedDateAssumption'),
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
      tx('systemicRisk.whatIfCrossChange', {
        flop: flopParam(cumulative),
        percent: Math.round((cumulative / SYSTEMIC_RISK_THRESHOLD_FLOP) * 100),
      }),
      tx('systemicRisk.whatIfCrossEffect'),
      ['R32', 'R35', 'R48', 'R63'],
    );
  }
  if (systemicRisk === 'presumed') {
    f.whatIf('contest', tx('systemicRisk.whatIfContestChange'), tx('systemicRisk.whatIfContestEffect'), [
      'R37',
    ]);
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
const VERDICT_WORDING: readonly { when: (v: VerdictFacts) => boolean; label: Text; summary: Text }[] = [
  {
    when: (v) => v.systemicRisk === 'designated',
    label: tx('systemicRisk.labelDesignated'),
    summary: tx('systemicRisk.summaryDesignated'),
  },
  {
    when: (v) => v.systemicRisk === 'presumed' && v.asModifiedSR,
    label: tx('systemicRisk.labelPresumed'),
    summary: tx('systemicRisk.summaryModifiedSR'),
  },
  {
    when: (v) => v.systemicRisk === 'presumed' && v.contestPending,
    label: tx('systemicRisk.labelPresumed'),
    summary: tx('systemicRisk.summaryContestPending'),
  },
  {
    when: (v) => v.systemicRisk === 'presumed',
    label: tx('systemicRisk.labelPresumed'),
    summary: tx('systemicRisk.summaryPresumed'),
  },
  {
    when: (v) => v.contestAccepted,
    label: tx('systemicRisk.labelNo'),
    summary: tx('systemicRisk.summaryContestAccepted'),
  },
  {
    when: (v) => v.notificationOnly,
    label: tx('systemicRisk.labelNotYet'),
    summary: tx('systemicRisk.summaryNotificationOnly'),
  },
  {
    when: (v) => v.computeUnknown && !v.asModifiedSR,
    label: tx('systemicRisk.labelNotEstablished'),
    summary: tx('systemicRisk.summaryComputeUnknown'),
  },
  {
    when: () => true,
    label: tx('systemicRisk.labelNo'),
    summary: tx('systemicRisk.summaryNo'),
  },
];

function verdictWording(v: VerdictFacts): { label: Text; summary: Text } {
  const row = VERDICT_WORDING.find((r) => r.when(v)) as (typeof VERDICT_WORDING)[number];
  return { label: row.label, summary: row.summary };
}
