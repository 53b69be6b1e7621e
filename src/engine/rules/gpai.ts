/**
 * Is the model a general-purpose AI model? R1–R3, R7–R12, R88, E1, E2, E3, E10, E27.
 * Steps: the R2/R3 gates (not placed and not meant to be, or research only) → the indicative criterion (R7,
 * compute R12 + modality R10) → the override from facts about generality (R8, R9, E27), never a judgement.
 */

import type { Answers } from '../answers';
import { exceeds, GPAI_THRESHOLD_FLOP } from '../compute';
import type { DecisiveAnswer, Verdict } from '../report';
import { art, gl, rec } from '../sources';
import { flopParam, type Text, tx } from '../text';
import { flopWords, generalityFactsWords, listWords, MODALITY_WORDS } from '../words';
import type { Findings } from './context';
import { computeFacts } from './facts';
import { generalityIndication, qualifyingModality, researchOnly, soleResearch } from './predicates';

export interface GpaiResult {
  isGPAI: boolean;
  verdict: Verdict<Text>;
  /** True when only research/development use with no intention to place keeps the model out (R2). */
  excludedAsResearch: boolean;
  /** Shared only with research partners for research: outside the Act altogether (R3). */
  soleResearch: boolean;
}

interface Criterion {
  flop: number | 'unknown' | null;
  computeKnown: boolean;
  modalityKnown: boolean;
  qualifying: boolean;
  met: boolean;
}

/** `modelIsTheirs` is false for hosts and plain integrators: unknown facts about others' models are not asked. */
export function assessGpai(a: Answers, f: Findings, modelIsTheirs = true): GpaiResult {
  if (researchOnly(a)) return researchOnlyResult(a, f);
  const criterion = assessCriterion(a, f, modelIsTheirs);
  const { isGPAI, rules } = applyGenerality(a, criterion, f, modelIsTheirs);
  if (
    !isGPAI &&
    typeof criterion.flop === 'number' &&
    criterion.qualifying &&
    generalityIndication(a) !== 'narrow'
  ) {
    f.whatIf(
      'cross-gpai-threshold',
      tx('gpai.crossThresholdChange', { flop: flopParam(criterion.flop) }),
      tx('gpai.crossThresholdEffect'),
      ['R7', 'E2'],
    );
  }
  return {
    isGPAI,
    excludedAsResearch: false,
    soleResearch: false,
    verdict: {
      key: 'gpai',
      label: isGPAI
        ? criterion.met && (!criterion.computeKnown || !criterion.modalityKnown)
          ? tx('gpai.labelProbably')
          : tx('common.yes')
        : tx('common.no'),
      summary: gpaiSummary(a, criterion, isGPAI),
      decisiveAnswers: decisiveAnswers(a, criterion),
      rules,
      citations: [art('3(63)'), gl('¶17'), gl('§2.1')],
      ambiguous: f.flagged('E1', 'E27'),
    },
  };
}

/** R2 / R3: research or development only, with no intention to place; or research partners only. */
function researchOnlyResult(a: Answers, f: Findings): GpaiResult {
  const sole = soleResearch(a);
  f.step({
    verdict: 'gpai',
    question: tx('gpai.researchQuestion'),
    answer: sole ? tx('gpai.researchAnswerPartners') : tx('gpai.researchAnswerNotPlaced'),
    rule: 'R2',
    outcome: tx('gpai.researchOutcome'),
    citations: [art('3(63)'), art('2(8)'), rec(97)],
  });
  f.whatIf('place-research-model', tx('gpai.placeResearchChange'), tx('gpai.placeResearchEffect'), [
    'R2',
    'R15',
    'R88',
  ]);
  return {
    isGPAI: false,
    excludedAsResearch: true,
    soleResearch: sole,
    verdict: {
      key: 'gpai',
      label: tx('gpai.labelNotYet'),
      summary: sole ? tx('gpai.researchSummaryPartners') : tx('gpai.researchSummaryNotPlaced'),
      decisiveAnswers: [
        {
          field: sole ? 'placing.channels' : 'placing.intention',
          label: sole ? tx('gpai.decisiveChannels') : tx('gpai.decisiveIntention'),
          value: sole ? tx('gpai.decisiveChannelsPartners') : tx('common.no'),
        },
      ],
      rules: ['R2'],
      citations: [art('3(63)'), art('2(8)'), rec(97)],
      ambiguous: [],
    },
  };
}

function flopField(a: Answers): string {
  return a.role === 'modifier' ? 'modification.originalComputeFlop' : 'compute.parameterUpdateFlop';
}

/** R7 on parameter-update compute (R12) and the modality half (R10); unknowns are read as met and asked. */
function assessCriterion(a: Answers, f: Findings, modelIsTheirs: boolean): Criterion {
  const flop = computeFacts(a).parameterUpdate;
  const modalityKnown = a.outputModalities !== 'unknown';
  const qualifying = qualifyingModality(a);
  const computeKnown = typeof flop === 'number';
  const above = typeof flop === 'number' ? exceeds(flop, GPAI_THRESHOLD_FLOP) : true;
  const c: Criterion = { flop, computeKnown, modalityKnown, qualifying, met: above && qualifying };
  if (modelIsTheirs) askCriterionUnknowns(a, c, f);
  f.step({
    verdict: 'gpai',
    question: tx('gpai.criterionQuestion'),
    answer: tx('gpai.criterionAnswer', { flop: flopWords(flop ?? 'unknown'), modalities: modalityWords(a) }),
    rule: 'R7',
    outcome: criterionOutcome(c),
    citations: [gl('¶17'), gl('¶18'), rec(98)],
  });
  return c;
}

function criterionOutcome(c: Criterion): Text {
  if (c.met) {
    return c.computeKnown && c.modalityKnown
      ? tx('gpai.criterionMet', { flop: flopParam(c.flop as number) })
      : tx('gpai.criterionAssumedMet');
  }
  if (!c.qualifying) return tx('gpai.criterionNotMetModality');
  return tx('gpai.criterionNotMetCompute', {
    flop: flopParam(c.flop as number),
    exactly: c.flop === GPAI_THRESHOLD_FLOP ? 'yes' : 'no',
  });
}

function askCriterionUnknowns(a: Answers, c: Criterion, f: Findings): void {
  if (!c.modalityKnown) {
    f.ask({
      field: 'outputModalities',
      question: tx('gpai.askModalitiesQuestion'),
      askWhom: tx('gpai.askWhomModelTeam'),
      assumption: tx('gpai.askModalitiesAssumption'),
      rules: ['R7', 'R10', 'R11'],
    });
  }
  if (c.computeKnown) return;
  const modifier = a.role === 'modifier';
  f.ask({
    field: flopField(a),
    question: modifier ? tx('gpai.askOriginalComputeQuestion') : tx('gpai.askComputeQuestion'),
    askWhom: modifier ? tx('gpai.askWhomOriginalProvider') : tx('gpai.askWhomTrainingTeam'),
    assumption: modifier ? tx('gpai.askOriginalComputeAssumption') : tx('gpai.askComputeAssumption'),
    rules: ['R7', 'R12', 'R43'],
  });
}

/** R8, R9, R10, E27: the facts about generality can override the criterion, each way "exceptionally". */
function applyGenerality(
  a: Answers,
  c: Criterion,
  f: Findings,
  modelIsTheirs: boolean,
): { isGPAI: boolean; rules: Verdict<Text>['rules'] } {
  const indication = generalityIndication(a);
  const answer = generalityFactsWords(a.generalityFacts);
  if (indication === 'narrow' && c.met) {
    narrowOverride(answer, f);
    return { isGPAI: false, rules: ['R1', 'R7', 'R9', 'R10', 'E27'] };
  }
  if (indication === 'broad' && !c.met) {
    broadOverride(answer, f);
    return { isGPAI: true, rules: ['R1', 'R7', 'R8', 'R9', 'E27'] };
  }
  if (indication === 'none' && modelIsTheirs) askGeneralityFacts(a, c.met, f);
  f.step({
    verdict: 'gpai',
    question: tx('gpai.generalityQuestion'),
    answer,
    rule: 'E27',
    outcome:
      indication === 'none'
        ? tx('gpai.generalityNoIndication', { met: c.met ? 'yes' : 'no' })
        : tx('gpai.generalityConsistent', { met: c.met ? 'yes' : 'no' }),
    citations: [gl('¶18'), gl('§2.1'), art('3(63)')],
  });
  return { isGPAI: c.met, rules: ['R1', 'R7', 'R9'] };
}

function narrowOverride(answer: Text, f: Findings): void {
  f.step({
    verdict: 'gpai',
    question: tx('gpai.narrowQuestion'),
    answer,
    rule: 'R10',
    outcome: tx('gpai.narrowOutcome'),
    citations: [gl('§2.1'), art('3(63)')],
  });
  f.ambiguous({
    edgeCase: 'E27',
    title: tx('gpai.narrowAmbiguityTitle'),
    readingChosen: tx('gpai.narrowAmbiguityReading'),
    alternative: tx('gpai.narrowAmbiguityAlternative'),
    rules: ['R9', 'R10', 'E1'],
    citations: [gl('§2.1')],
  });
  f.whatIf('broaden-narrow-model', tx('gpai.broadenChange'), tx('gpai.broadenEffect'), ['R7', 'R9']);
}

function broadOverride(answer: Text, f: Findings): void {
  f.step({
    verdict: 'gpai',
    question: tx('gpai.broadQuestion'),
    answer,
    rule: 'R8',
    outcome: tx('gpai.broadOutcome'),
    citations: [gl('¶18'), rec(98), gl('§2.1'), art('3(63)')],
  });
  f.ambiguous({
    edgeCase: 'E27',
    title: tx('gpai.broadAmbiguityTitle'),
    readingChosen: tx('gpai.broadAmbiguityReading'),
    alternative: tx('gpai.broadAmbiguityAlternative'),
    rules: ['R8', 'R9', 'E1'],
    citations: [gl('§2.1'), gl('¶18')],
  });
}

/**
 * E27: ask only the facts that can still change the verdict — with the criterion met, only whether the model
 * was built for one task (narrow wins); with it missed, the facts that show breadth.
 */
function askGeneralityFacts(a: Answers, criterionMet: boolean, f: Findings): void {
  const g = a.generalityFacts;
  const singleTaskKnown = g?.singleTask !== undefined && g.singleTask !== 'unknown';
  if (criterionMet && singleTaskKnown) return;
  const breadthUnknown =
    !g || [g.tasks, g.parameterCount, g.largeBroadData, g.selfSupervised].includes('unknown');
  if (!criterionMet && singleTaskKnown && !breadthUnknown) return;
  f.ask({
    field: criterionMet ? 'generalityFacts.singleTask' : 'generalityFacts',
    question: criterionMet ? tx('gpai.askSingleTaskQuestion') : tx('gpai.askBreadthQuestion'),
    askWhom: tx('gpai.askWhomModelTeam'),
    assumption: tx('gpai.askGeneralityAssumption'),
    rules: ['R8', 'R9', 'R10', 'E27'],
  });
}

function modalityWords(a: Answers): Text {
  return a.outputModalities === 'unknown'
    ? tx('common.unknown')
    : listWords(a.outputModalities, MODALITY_WORDS);
}

function decisiveAnswers(a: Answers, c: Criterion): DecisiveAnswer<Text>[] {
  const out: DecisiveAnswer<Text>[] = [
    { field: 'outputModalities', label: tx('gpai.decisiveModalities'), value: modalityWords(a) },
  ];
  if (c.flop !== null) {
    out.push({
      field: flopField(a),
      label: a.role === 'modifier' ? tx('gpai.decisiveOriginalCompute') : tx('gpai.decisiveCompute'),
      value: flopWords(c.flop),
    });
  }
  out.push({
    field: 'generalityFacts',
    label: tx('gpai.decisiveGenerality'),
    value: generalityFactsWords(a.generalityFacts),
  });
  return out;
}

function gpaiSummary(a: Answers, c: Criterion, isGPAI: boolean): Text {
  const indication = generalityIndication(a);
  if (isGPAI) {
    if (!c.met) return tx('gpai.summaryExceptionally');
    if (!c.computeKnown || !c.modalityKnown) return tx('gpai.summaryProbably');
    return tx('gpai.summaryYes');
  }
  if (indication === 'narrow' && c.met) return tx('gpai.summaryNarrow');
  if (!c.qualifying) return tx('gpai.summaryNoModality');
  return tx('gpai.summaryNoCompute');
}
