/**
 * Does a modification make the user the provider of the modified model? R13, R23–R27, R30, R90, R91, E4, E6,
 * E17. Exceptions are checked in order, each stated: acting for the original provider (R91) and fine-tuning
 * that stays on the original provider's platform under its name (R27, E17) come before the compute test.
 */

import type { Answers } from '../answers';
import {
  exceedsFallbackOneThird,
  exceedsOneThird,
  GPAI_THRESHOLD_FLOP,
  SYSTEMIC_RISK_THRESHOLD_FLOP,
} from '../compute';
import { gl } from '../sources';
import { flopParam, tx } from '../text';
import { yesNo } from '../words';
import type { Findings } from './context';

export type ModificationThreshold = boolean | 'unknown';

/** R91, R13: a modification by or for the original provider is part of that model's lifecycle. */
export function actsForOriginalProvider(a: Answers, f: Findings): boolean {
  const m = a.modification;
  if (m?.onBehalfOfOriginal === 'unknown') {
    f.ask({
      field: 'modification.onBehalfOfOriginal',
      question: tx('modifier.onBehalfQuestion'),
      askWhom: tx('modifier.onBehalfAskWhom'),
      assumption: tx('modifier.onBehalfAssumption'),
      rules: ['R91'],
    });
  }
  if (m?.onBehalfOfOriginal !== 'yes') return false;
  f.step({
    verdict: 'provider',
    question: tx('modifier.onBehalfStepQuestion'),
    answer: yesNo('yes'),
    rule: 'R91',
    outcome: tx('modifier.onBehalfOutcome'),
    citations: [gl('¶57'), gl('§2.2')],
  });
  return true;
}

/** R27, E17: fine-tuned through the original provider's platform, the result staying there under its name. */
export function staysWithOriginalProvider(a: Answers, f: Findings): boolean {
  const m = a.modification;
  if (m?.viaOriginalProviderPlatform === 'unknown') {
    f.ask({
      field: 'modification.viaOriginalProviderPlatform',
      question: tx('modifier.platformQuestion'),
      askWhom: tx('modifier.platformAskWhom'),
      assumption: tx('modifier.platformAssumption'),
      rules: ['R27'],
    });
  }
  const underOriginalName = a.placing?.nameOnModel === 'originalProvider';
  if (m?.viaOriginalProviderPlatform !== 'yes' && !underOriginalName) return false;
  f.step({
    verdict: 'provider',
    question: tx('modifier.staysQuestion'),
    answer: underOriginalName ? tx('modifier.staysAnswerOriginalName') : tx('modifier.staysAnswerPlatform'),
    rule: 'R27',
    outcome: tx('modifier.staysOutcome'),
    citations: [gl('§3.2'), gl('§3.1.1')],
  });
  f.ambiguous({
    edgeCase: 'E17',
    title: tx('modifier.staysTitle'),
    readingChosen: tx('modifier.staysReading'),
    alternative: tx('modifier.staysAlternative'),
    rules: ['R27', 'R91'],
    citations: [gl('§3.2')],
  });
  return true;
}

/** R24, R25, R90: is the modification above one third of the original's compute (or the fallback)? */
export function modificationAboveThreshold(a: Answers, f: Findings): ModificationThreshold {
  const m = a.modification;
  if (!m || m.modificationFlop === 'unknown') {
    unknownModificationCompute(f);
    return 'unknown';
  }
  if (typeof m.originalComputeFlop === 'number')
    return oneThirdTest(m.modificationFlop, m.originalComputeFlop, f);
  return fallbackTest(m.modificationFlop, m.originalSystemicRisk, f);
}

/** R90 (rev. 2): unknown modification compute is never resolved in the user's favour. */
function unknownModificationCompute(f: Findings): void {
  f.ask({
    field: 'modification.modificationFlop',
    question: tx('modifier.unknownComputeQuestion'),
    askWhom: tx('modifier.unknownComputeAskWhom'),
    assumption: tx('modifier.unknownComputeAssumption'),
    rules: ['R24', 'R90'],
  });
  f.step({
    verdict: 'provider',
    question: tx('modifier.oneThirdQuestion'),
    answer: tx('modifier.unknownComputeAnswer'),
    rule: 'R90',
    outcome: tx('modifier.unknownComputeOutcome'),
    citations: [gl('¶60'), gl('¶61'), gl('Annex A.2')],
  });
  f.ambiguous({
    edgeCase: 'R90',
    title: tx('modifier.unknownComputeTitle'),
    readingChosen: tx('modifier.unknownComputeReading'),
    alternative: tx('modifier.unknownComputeAlternative'),
    rules: ['R24', 'R28', 'R30'],
    citations: [gl('¶60'), gl('Annex A.2')],
  });
}

function oneThirdTest(mod: number, original: number, f: Findings): boolean {
  const above = exceedsOneThird(mod, original);
  const third = original / 3;
  f.step({
    verdict: 'provider',
    question: tx('modifier.oneThirdQuestion'),
    answer: tx('modifier.oneThirdAnswer', {
      modification: flopParam(mod),
      original: flopParam(original),
      third: flopParam(third),
    }),
    rule: 'R24',
    outcome: above ? tx('modifier.oneThirdOutcomeAbove') : tx('modifier.oneThirdOutcomeNotAbove'),
    citations: [gl('¶60'), gl('¶57')],
  });
  f.whatIf(
    'one-third',
    tx(above ? 'modifier.oneThirdChangeAtMost' : 'modifier.oneThirdChangeMoreThan', {
      flop: flopParam(third),
    }),
    tx(above ? 'modifier.wouldNotBecomeProvider' : 'modifier.wouldBecomeProvider'),
    ['R24', 'R30'],
  );
  return above;
}

/** R25 fallback; E4: when it is unknown whether the original is GPAI-SR, the lower fallback is conservative. */
function fallbackTest(mod: number, originalSystemicRisk: 'yes' | 'no' | 'unknown', f: Findings): boolean {
  const originalSR = originalSystemicRisk === 'yes';
  const base = originalSR ? SYSTEMIC_RISK_THRESHOLD_FLOP : GPAI_THRESHOLD_FLOP;
  const above = exceedsFallbackOneThird(mod, originalSR);
  if (originalSystemicRisk === 'unknown') unknownOriginalRisk(f);
  f.step({
    verdict: 'provider',
    question: tx('modifier.fallbackQuestion'),
    answer: tx('modifier.fallbackAnswer', {
      modification: flopParam(mod),
      originalSystemicRisk: yesNo(originalSystemicRisk),
    }),
    rule: 'R25',
    outcome: tx(above ? 'modifier.fallbackOutcomeAbove' : 'modifier.fallbackOutcomeNotAbove', {
      base: flopParam(base),
      third: flopParam(base / 3, { digits: 3 }),
    }),
    citations: [gl('¶61')],
  });
  f.whatIf(
    'fallback-third',
    tx(above ? 'modifier.fallbackChangeAtMost' : 'modifier.fallbackChangeMoreThan', {
      flop: flopParam(base / 3),
    }),
    tx(above ? 'modifier.wouldNotBecomeProvider' : 'modifier.wouldBecomeProvider'),
    ['R25'],
  );
  return above;
}

function unknownOriginalRisk(f: Findings): void {
  f.ambiguous({
    edgeCase: 'E4',
    title: tx('modifier.unknownRiskTitle'),
    readingChosen: tx('modifier.unknownRiskReading'),
    alternative: tx('modifier.unknownRiskAlternative'),
    rules: ['R25'],
    citations: [gl('¶61')],
  });
  f.ask({
    field: 'modification.originalSystemicRisk',
    question: tx('modifier.unknownRiskQuestion'),
    askWhom: tx('modifier.unknownRiskAskWhom'),
    assumption: tx('modifier.unknownRiskAssumption'),
    rules: ['R25', 'R40'],
  });
}

/** R30, E6: below the threshold — not the provider of the modified model. */
export function belowThresholdStep(a: Answers, f: Findings): void {
  const originalSR = a.modification?.originalSystemicRisk === 'yes';
  f.step({
    verdict: 'provider',
    question: tx('modifier.belowQuestion'),
    answer: tx('modifier.belowAnswer'),
    rule: originalSR ? 'E6' : 'R30',
    outcome: originalSR ? tx('modifier.belowOutcomeSystemicRisk') : tx('modifier.belowOutcome'),
    citations: [gl('§3.2'), gl('¶60')],
  });
}
