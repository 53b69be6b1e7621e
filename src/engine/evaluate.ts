/**
 * evaluate(answers, asOf) → Report. Pure: no clock, no I/O; the same answers and date give the same report.
 * Follows RULES.md §4: scope gates → GPAI test → provider test → systemic risk → open source → obligations →
 * dates.
 */
import type { Answers } from './answers';
import {
  estimateBand,
  exceeds,
  formatFlop,
  GPAI_THRESHOLD_FLOP,
  SYSTEMIC_RISK_THRESHOLD_FLOP,
  withinBandOf,
} from './compute';
import type { ComputeSummary, IsoDate, Report, Verdict } from './report';
import { Findings } from './rules/context';
import { computeFacts, placingDate } from './rules/facts';
import { assessGpai } from './rules/gpai';
import { assessObligations } from './rules/obligations';
import { assessOpenSource } from './rules/open-source';
import { assessProvider, type ProviderResult, soleResearchFindings } from './rules/provider';
import { assessSystemicRisk, systemicRiskConditionOnFacts } from './rules/systemic-risk';
import { buildTimeline } from './rules/timeline';
import { RULES_VERSION } from './rules-version';
import { art, rec } from './sources';

export function evaluate(answers: Answers, asOf: IsoDate): Report {
  const f = new Findings();
  const i = answers.integration;
  const modelIsTheirs =
    answers.role !== 'host' &&
    !(answers.role === 'integrator' && !(i?.upstreamExcludedEu === 'yes' && i.systemInEu !== 'no'));
  const gpai = assessGpai(answers, f, modelIsTheirs);

  let provider: ProviderResult;
  if (gpai.excludedAsResearch) {
    provider = researchProvider(gpai.soleResearch, gpai.verdict.decisiveAnswers, f);
  } else {
    // E8 concerns general-purpose AI models with systemic risk only.
    provider = assessProvider(answers, gpai.isGPAI, gpai.isGPAI && systemicRiskConditionOnFacts(answers), f);
  }
  if (!gpai.isGPAI && provider.role === 'provider') provider.role = 'out-of-scope';

  computeWarnings(answers, f);

  const risk = assessSystemicRisk(answers, gpai.isGPAI, provider.isProvider, asOf, f);
  const openSource = assessOpenSource(answers, provider.isProvider, risk.systemicRisk !== 'none', f);
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
      placingDate: place,
    },
    f,
  );
  if (obligations.legacy && answers.role !== 'modifier') {
    f.whatIf(
      'not-legacy',
      'If the model had first been placed on or after 2 August 2025,',
      'its obligations would apply from the day of placement instead of 2 August 2027.',
      ['R67', 'R68'],
    );
  }
  if (provider.isProvider && answers.euEstablished === 'no' && !openSource.exempt) {
    f.whatIf(
      'eu-establishment',
      'If the provider were established in the EU,',
      'no authorised representative (Art. 54) would be needed.',
      ['R61'],
    );
  }

  const timeline = buildTimeline({
    answers,
    asOf,
    isProvider: provider.isProvider,
    legacy: obligations.legacy,
    placingDate: place,
    systemicRisk: risk.systemicRisk,
    presumptionMet: risk.presumptionMet,
    notificationDeadline: obligations.notificationDeadline,
  });

  // Verdicts collect the edge cases flagged anywhere while they were assessed.
  const flaggedSoFar = f.ambiguities.map((x) => x.edgeCase);
  provider.verdict.ambiguous = flaggedSoFar.filter((e) =>
    ['E4', 'E8', 'E10', 'E11', 'E13', 'E17'].includes(e),
  );
  risk.verdict.ambiguous = flaggedSoFar.filter((e) => ['E5', 'E7', 'E8'].includes(e));
  openSource.verdict.ambiguous = flaggedSoFar.filter((e) => ['E15', 'E16'].includes(e));

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
    timeline,
    trace: f.trace,
    ambiguities: f.ambiguities,
    warnings: f.warnings,
    openQuestions: f.openQuestions,
    counterfactuals: f.counterfactuals,
    compute: computeSummary(answers),
    rulesVersion: RULES_VERSION,
    asOf,
  };
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
    f.warn(
      'near-gpai-threshold',
      `Training compute of ${formatFlop(c.parameterUpdate)} is within ±30 % of the 10^23 FLOP criterion: the GPAI verdict is sensitive to the estimate. Document the method and its uncertainty.`,
      ['R43', 'E2', 'R7'],
    );
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
        `Your modification compute of ${formatFlop(m.modificationFlop)} is within ±30 % of one third of ${formatFlop(original)}: whether you become the provider is sensitive to the estimate.`,
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
      question: 'Which compute counts for the 10^25 FLOP presumption?',
      answer: `Parameter updates ${formatFlop(c.parameterUpdate)}; cumulative ${formatFlop(c.cumulative)}`,
      rule: 'E3',
      outcome: `Cumulative compute counts, including ${typeof synthetic === 'number' && synthetic > 0 ? 'non-public synthetic data generation' : 'inherited weights'}: it exceeds 10^25 FLOP although the parameter-update compute does not.`,
      citations: [rec(111), art('51(2)')],
    });
  }
}

/** R2 / R3 / E10: not placed (research and development), or sole-purpose scientific research. */
function researchProvider(
  soleResearch: boolean,
  decisiveAnswers: Verdict['decisiveAnswers'],
  f: Findings,
): ProviderResult {
  if (soleResearch) {
    soleResearchFindings(f, 'Shared only with research partners, solely for research');
    return {
      isProvider: false,
      role: 'out-of-scope',
      verdict: {
        key: 'provider',
        label: 'No',
        summary: 'No: a model shared only for scientific research is outside the AI Act.',
        decisiveAnswers,
        rules: ['R3'],
        citations: [art('2(6)'), rec(109)],
        ambiguous: ['E10'],
      },
    };
  }
  f.step({
    verdict: 'provider',
    question: 'Are you the provider?',
    answer: 'Not made available yet',
    rule: 'R2',
    outcome: 'Not yet: you become the provider when you place the model on the market.',
    citations: [art('3(3)'), rec(97)],
  });
  return {
    isProvider: false,
    role: 'not-placed',
    verdict: {
      key: 'provider',
      label: 'Not yet',
      summary: 'Not yet: you become the provider when you first make the model available on the EU market.',
      decisiveAnswers,
      rules: ['R2', 'R5'],
      citations: [art('3(3)'), art('3(9)')],
      ambiguous: [],
    },
  };
}
