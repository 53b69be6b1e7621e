/**
 * Does a modification make the user the provider of the modified model? R13, R23–R27, R30, R90, R91, E4, E6,
 * E17. Exceptions are checked in order, each stated: acting for the original provider (R91) and fine-tuning
 * that stays on the original provider's platform under its name (R27, E17) come before the compute test.
 */

import type { Answers } from '../answers';
import {
  exceedsFallbackOneThird,
  exceedsOneThird,
  formatFlop,
  GPAI_THRESHOLD_FLOP,
  SYSTEMIC_RISK_THRESHOLD_FLOP,
} from '../compute';
import { WORDS } from '../law/words';
import { gl } from '../sources';
import { yesNo } from '../words';
import type { Findings } from './context';

export type ModificationThreshold = boolean | 'unknown';

/** R91, R13: a modification by or for the original provider is part of that model's lifecycle. */
export function actsForOriginalProvider(a: Answers, f: Findings): boolean {
  const m = a.modification;
  if (m?.onBehalfOfOriginal === 'unknown') {
    f.ask({
      field: 'modification.onBehalfOfOriginal',
      question:
        'Do you make the modification for the original provider (under a contract with it, on its behalf)?',
      askWhom: 'The contract owner',
      assumption: 'Assumed you act on your own account, as a downstream modifier.',
      rules: ['R91'],
    });
  }
  if (m?.onBehalfOfOriginal !== 'yes') return false;
  f.step({
    verdict: 'provider',
    question: 'Do you modify the model on behalf of its original provider?',
    answer: 'Yes',
    rule: 'R91',
    outcome:
      'A modification made by or for the original provider is part of that model’s lifecycle (R13): the original provider remains the provider and you are not a downstream modifier.',
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
      question:
        'Does the fine-tuned model stay on the original provider’s platform under its name, or do you hold the weights and place it yourself?',
      askWhom: 'The ML team and the contract owner',
      assumption: 'Assumed you control the result and place it yourself.',
      rules: ['R27'],
    });
  }
  const underOriginalName = a.placing?.nameOnModel === 'originalProvider';
  if (m?.viaOriginalProviderPlatform !== 'yes' && !underOriginalName) return false;
  f.step({
    verdict: 'provider',
    question: 'Does the modified model stay with the original provider, under its name?',
    answer: underOriginalName ? 'Made available under the original provider’s name' : 'Yes, on its platform',
    rule: 'R27',
    outcome:
      'Control over the weights and the name on the model matter: when the fine-tuned model stays with the original provider under its name, that provider is the likelier “modifier”.',
    citations: [gl('§3.2'), gl('§3.1.1')],
  });
  f.ambiguous({
    edgeCase: 'E17',
    title: 'Fine-tuning through the original provider’s API',
    readingChosen:
      'The original provider, which controls the weights and whose name the model carries, is treated as the modifier; you are not.',
    alternative:
      'If you commissioned a large fine-tune and place the result under your own name, Art. 3(3) (“has developed”) points to you.',
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
    question:
      'How much compute did your modification (fine-tuning, further training) use, in FLOP? Estimate it from hardware (N·L·H·U) or tokens (6·P·D).',
    askWhom: 'The ML team that ran the fine-tune',
    assumption:
      'Assumed above one third of the original model’s compute, so you are treated as the provider.',
    rules: ['R24', 'R90'],
  });
  f.step({
    verdict: 'provider',
    question: 'Did the modification use more than one third of the original model’s training compute?',
    answer: 'Modification compute unknown',
    rule: 'R90',
    outcome:
      'Undetermined. You can always estimate your own modification compute, so the conservative reading applies: you are treated as the provider of the modified model, with obligations limited to the modification (R28).',
    citations: [gl('¶60'), gl('¶61'), gl('Annex A.2')],
  });
  f.ambiguous({
    edgeCase: 'R90',
    title: 'Modification compute unknown',
    readingChosen:
      'Provider of the modified model (the conservative reading), with obligations limited to the modification.',
    alternative:
      'If the modification used at most one third of the original’s training compute, you are not its provider; the original provider remains the provider (R30).',
    rules: ['R24', 'R28', 'R30'],
    citations: [gl('¶60'), gl('Annex A.2')],
  });
}

function oneThirdTest(mod: number, original: number, f: Findings): boolean {
  const above = exceedsOneThird(mod, original);
  const third = original / 3;
  f.step({
    verdict: 'provider',
    question: 'Did the modification use more than one third of the original model’s training compute?',
    answer: `Modification ${formatFlop(mod)}; original ${formatFlop(original)} (one third: ${formatFlop(third)})`,
    rule: 'R24',
    outcome: above
      ? 'Yes: a significant modification, so you become the provider of the modified model.'
      : 'No: not more than one third (exactly one third does not meet "greater than"), so you are not the provider.',
    citations: [gl('¶60'), gl('¶57')],
  });
  f.whatIf(
    'one-third',
    `${above ? 'With at most' : 'With more than'} ${formatFlop(third)} of modification compute (one third of the original),`,
    `you would ${above ? 'not ' : ''}become the provider of the modified model.`,
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
    question: 'The original compute is unknown: does the modification exceed the fallback threshold?',
    answer: `Modification ${formatFlop(mod)}; original has systemic risk: ${yesNo(originalSystemicRisk)}`,
    rule: 'R25',
    outcome: `${above ? 'Yes' : 'No'}: the fallback is one third of ${formatFlop(base)} (about ${formatFlop(base / 3, { digits: 3 })}).`,
    citations: [gl('¶61')],
  });
  f.whatIf(
    'fallback-third',
    `${above ? 'With at most' : 'With more than'} ${formatFlop(base / 3)} of modification compute,`,
    `you would ${above ? 'not ' : ''}become the provider of the modified model.`,
    ['R25'],
  );
  return above;
}

function unknownOriginalRisk(f: Findings): void {
  f.ambiguous({
    edgeCase: 'E4',
    title: 'Original compute unknown and systemic-risk status of the original unknown',
    readingChosen: `The lower fallback applies: more than one third of ${WORDS.gpaiThreshold} (about 3.3 × 10^22) makes you the provider.`,
    alternative: `If the original model has systemic risk, the higher fallback of one third of ${WORDS.systemicRiskThreshold} (about 3.3 × 10^24) applies.`,
    rules: ['R25'],
    citations: [gl('¶61')],
  });
  f.ask({
    field: 'modification.originalSystemicRisk',
    question: `Is the original model a general-purpose AI model with systemic risk (on the Commission’s list, or above ${WORDS.systemicRiskThreshold})?`,
    askWhom: 'The original model provider, or the Commission’s published list (Art. 52(6))',
    assumption: 'Assumed not, so the lower fallback threshold (3.3 × 10^22 FLOP) applies.',
    rules: ['R25', 'R40'],
  });
}

/** R30, E6: below the threshold — not the provider of the modified model. */
export function belowThresholdStep(a: Answers, f: Findings): void {
  const originalSR = a.modification?.originalSystemicRisk === 'yes';
  f.step({
    verdict: 'provider',
    question: 'Are you the provider of the modified model?',
    answer: 'Below the threshold',
    rule: originalSR ? 'E6' : 'R30',
    outcome: originalSR
      ? 'No: a modification below the threshold does not make you a provider; the original provider keeps its systemic-risk obligations for the original model, including foreseeable modifications.'
      : 'No: the original provider remains the provider of the model; you may have obligations as a provider of an AI system.',
    citations: [gl('§3.2'), gl('¶60')],
  });
}
