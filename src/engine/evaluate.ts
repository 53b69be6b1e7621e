/**
 * evaluate(answers, asOf) → Report. Pure: no clock, no I/O; the same answers and date give the same report.
 * Follows RULES.md §4: scope gates → GPAI test → provider test → systemic risk → open source → obligations →
 * dates.
 */

import type { Answers } from './answers';
import {
  estimateBand,
  exceeds,
  GPAI_THRESHOLD_FLOP,
  SYSTEMIC_RISK_THRESHOLD_FLOP,
  withinBandOf,
} from './compute';
import { holidayListMissing } from './periods';
import type { ComputeSummary, EngineReport, IsoDate, Verdict } from './report';
import { Findings } from './rules/context';
import { enforcementSection } from './rules/enforcement';
import { computeFacts, placingDate } from './rules/facts';
import { assessGpai, type GpaiResult } from './rules/gpai';
import { assessObligations, type ObligationResult } from './rules/obligations';
import { assessOpenSource, type OpenSourceResult } from './rules/open-source';
import { assessProvider, type ProviderResult, soleResearchFindings } from './rules/provider';
import { signposts } from './rules/signposts';
import {
  assessSystemicRisk,
  type SystemicRiskResult,
  systemicRiskConditionOnFacts,
} from './rules/systemic-risk';
import { buildTimeline } from './rules/timeline';
import { RULES_VERSION } from './rules-version';
import { art, rec } from './sources';
import { dateParam, flopParam, type Text, tx } from './text';

export function evaluate(answers: Answers, asOf: IsoDate): EngineReport {
  const f = new Findings();
  // Scope gates (R2, R3) and the GPAI test (R1, R7–R12, E27).
  const gpai = assessGpai(answers, f, modelIsTheirs(answers));
  // Provider test (R4, R5, R13–R30, R88, R90, R91).
  const provider = providerStep(answers, gpai, f);
  computeWarnings(answers, f);
  // Systemic risk (R29, R31–R39, R88, R92), then the open-source exemption it excludes (R48–R55, E14).
  const risk = assessSystemicRisk(answers, gpai.isGPAI, provider.isProvider, asOf, f);
  const openSource = assessOpenSource(answers, provider.isProvider, risk.systemicRisk !== 'none', f);
  // Obligations and their dates (§4 steps 6–7), then the timeline.
  const place = placingDate(answers);
  const obligations = assessObligations(
    {
      answers,
      asOf,
      isProvider: provider.isProvider,
      role: provider.role,
      providerSummary: provider.verdict.summary,
      systemicRisk: risk.systemicRisk,
      presumptionMet: risk.presumptionMet,
      contestAccepted: risk.contestAccepted,
      openSourceExempt: openSource.exempt,
      exemptButForSystemicRisk: openSource.exemptButForSystemicRisk ?? false,
      notificationOnly: risk.notificationOnly,
      placingDate: place,
      planned: provider.planned,
    },
    f,
  );
  counterfactuals(answers, provider.isProvider, obligations.legacy, openSource.exempt, f);
  const timeline = buildTimeline({
    answers,
    asOf,
    isProvider: provider.isProvider,
    legacy: obligations.legacy,
    placingDate: place,
    systemicRisk: risk.systemicRisk,
    presumptionMet: risk.presumptionMet,
    notificationDeadline: obligations.notificationDeadline,
    notificationPeriod: obligations.obligations.find((o) => o.id === 'art52_1')?.period ?? null,
  });
  holidayNotes(obligations.obligations, f);
  collectFlags(provider, risk, openSource, f);
  return assembleReport({ answers, asOf, gpai, provider, risk, openSource, obligations, timeline }, f);
}

/** The model is the user's to assess: not a host's, nor an integrator's unless R19, E24 bring it in. */
function modelIsTheirs(answers: Answers): boolean {
  const i = answers.integration;
  return (
    answers.role !== 'host' &&
    !(answers.role === 'integrator' && !(i?.upstreamExcludedEu === 'yes' && i.systemInEu !== 'no'))
  );
}

/**
 * R2, R3, E10: a model excluded as research or development has no provider; otherwise the provider test. A
 * "provider" of a model that is not a GPAI model is out of scope.
 */
function providerStep(answers: Answers, gpai: GpaiResult, f: Findings): ProviderResult {
  const provider = gpai.excludedAsResearch
    ? researchProvider(gpai.soleResearch, gpai.verdict.decisiveAnswers, f)
    : // E8 concerns general-purpose AI models with systemic risk only.
      assessProvider(answers, gpai.isGPAI, gpai.isGPAI && systemicRiskConditionOnFacts(answers), f);
  if (!gpai.isGPAI && provider.role === 'provider') provider.role = 'out-of-scope';
  return provider;
}

/** Verdicts collect the edge cases flagged anywhere while they were assessed. */
function collectFlags(
  provider: ProviderResult,
  risk: SystemicRiskResult,
  openSource: OpenSourceResult,
  f: Findings,
): void {
  provider.verdict.ambiguous = f.flagged('E4', 'E8', 'E10', 'E11', 'E13', 'E17', 'E30', 'R14', 'R88', 'R90');
  risk.verdict.ambiguous = f.flagged('E5', 'E7', 'E8', 'E28', 'E29');
  openSource.verdict.ambiguous = f.flagged('E15', 'E16');
}

interface Assessed {
  answers: Answers;
  asOf: IsoDate;
  gpai: GpaiResult;
  provider: ProviderResult;
  risk: SystemicRiskResult;
  openSource: OpenSourceResult;
  obligations: ObligationResult;
  timeline: EngineReport['timeline'];
}

function assembleReport(x: Assessed, f: Findings): EngineReport {
  const { answers, gpai, provider, risk, openSource, obligations } = x;
  return {
    isGPAI: gpai.isGPAI,
    isProvider: provider.isProvider,
    role: provider.role,
    systemicRisk: risk.systemicRisk,
    openSourceExemption: openSource.exempt,
    verdicts: {
      gpai: gpai.verdict,
      provider: provider.verdict,
      systemicRisk: risk.verdict,
      openSource: openSource.verdict,
    },
    obligations: obligations.obligations,
    notApplicable: obligations.notApplicable,
    notificationDeadline: obligations.notificationDeadline,
    complianceDeadline: obligations.complianceDeadline,
    timeline: x.timeline,
    trace: f.trace,
    ambiguities: f.ambiguities,
    warnings: f.warnings,
    openQuestions: f.openQuestions,
    counterfactuals: f.counterfactuals,
    signposts: gpai.excludedAsResearch ? [] : signposts(answers, provider.role),
    enforcement: provider.isProvider ? enforcementSection() : null,
    compute: computeSummary(answers),
    rulesVersion: RULES_VERSION,
    asOf: x.asOf,
  };
}

function counterfactuals(
  answers: Answers,
  isProvider: boolean,
  legacy: boolean | null,
  exempt: boolean,
  f: Findings,
): void {
  if (legacy && answers.role !== 'modifier') {
    f.whatIf('not-legacy', tx('evaluate.notLegacyChange'), tx('evaluate.notLegacyEffect'), ['R67', 'R68']);
  }
  if (isProvider && answers.euEstablished === 'no' && !exempt) {
    f.whatIf('eu-establishment', tx('evaluate.euEstablishmentChange'), tx('evaluate.euEstablishmentEffect'), [
      'R61',
    ]);
  }
}

/** R87: a last day in a year without a cited Commission holiday list may still move for a holiday. */
function holidayNotes(obligations: EngineReport['obligations'], f: Findings): void {
  const period = obligations.find((o) => o.period && holidayListMissing(o.period))?.period;
  if (!period) return;
  f.warn(
    'holiday-list-missing',
    tx('evaluate.holidayListMissing', {
      year: period.lastDay.slice(0, 4),
      lastDay: dateParam(period.lastDay),
    }),
    ['R87'],
  );
}

function computeSummary(a: Answers): ComputeSummary {
  const c = computeFacts(a);
  const p = typeof c.parameterUpdate === 'number' ? c.parameterUpdate : null;
  const cumulative = typeof c.cumulative === 'number' ? c.cumulative : null;
  const basis = cumulative ?? p;
  return {
    parameterUpdateFlop: p,
    cumulativeFlop: cumulative,
    band: basis === null ? null : estimateBand(basis),
  };
}

/** R43, E2: warn when an estimate lies within ±30 % of a threshold it is tested against. */
function computeWarnings(a: Answers, f: Findings): void {
  const c = computeFacts(a);
  if (
    a.role !== 'modifier' &&
    typeof c.parameterUpdate === 'number' &&
    withinBandOf(c.parameterUpdate, GPAI_THRESHOLD_FLOP)
  ) {
    f.warn('near-gpai-threshold', tx('evaluate.nearGpaiThreshold', { flop: flopParam(c.parameterUpdate) }), [
      'R43',
      'E2',
      'R7',
    ]);
  }
  const m = a.modification;
  if (a.role === 'modifier' && m && typeof m.modificationFlop === 'number') {
    const original =
      typeof m.originalComputeFlop === 'number'
        ? m.originalComputeFlop
        : m.originalSystemicRisk === 'yes'
          ? SYSTEMIC_RISK_THRESHOLD_FLOP
          : GPAI_THRESHOLD_FLOP;
    if (withinBandOf(3 * m.modificationFlop, original)) {
      f.warn(
        'near-one-third',
        tx('evaluate.nearOneThird', { flop: flopParam(m.modificationFlop), original: flopParam(original) }),
        ['R24', 'R43'],
      );
    }
  }
  const synthetic = a.compute?.syntheticDataFlop;
  if (
    a.role !== 'modifier' &&
    typeof c.parameterUpdate === 'number' &&
    !exceeds(c.parameterUpdate, SYSTEMIC_RISK_THRESHOLD_FLOP) &&
    typeof c.cumulative === 'number' &&
    exceeds(c.cumulative, SYSTEMIC_RISK_THRESHOLD_FLOP)
  ) {
    f.step({
      verdict: 'systemicRisk',
      question: tx('evaluate.cumulativeQuestion'),
      answer: tx('evaluate.cumulativeAnswer', {
        parameterUpdates: flopParam(c.parameterUpdate),
        cumulative: flopParam(c.cumulative),
      }),
      rule: 'E3',
      outcome: tx('evaluate.cumulativeOutcome', {
        source: typeof synthetic === 'number' && synthetic > 0 ? 'synthetic' : 'inherited',
      }),
      citations: [rec(111), art('51(2)')],
    });
  }
}

/** R2 / R3 / E10: not placed (research and development), or sole-purpose scientific research. */
function researchProvider(
  soleResearch: boolean,
  decisiveAnswers: Verdict<Text>['decisiveAnswers'],
  f: Findings,
): ProviderResult {
  if (soleResearch) {
    soleResearchFindings(f, tx('evaluate.sharedWithResearchPartners'));
    return {
      isProvider: false,
      planned: false,
      role: 'out-of-scope',
      verdict: {
        key: 'provider',
        label: tx('common.no'),
        summary: tx('evaluate.soleResearchSummary'),
        decisiveAnswers,
        rules: ['R3'],
        citations: [art('2(6)'), rec(109)],
        ambiguous: ['E10'],
      },
    };
  }
  f.step({
    verdict: 'provider',
    question: tx('evaluate.providerQuestion'),
    answer: tx('evaluate.notPlacedAnswer'),
    rule: 'R2',
    outcome: tx('evaluate.notPlacedOutcome'),
    citations: [art('3(3)'), rec(97)],
  });
  return {
    isProvider: false,
    planned: false,
    role: 'not-placed',
    verdict: {
      key: 'provider',
      label: tx('common.no'),
      summary: tx('evaluate.notPlacedSummary'),
      decisiveAnswers,
      rules: ['R2', 'R5'],
      citations: [art('3(3)'), art('3(9)')],
      ambiguous: [],
    },
  };
}
