/**
 * Is the model a general-purpose AI model? R1–R3, R7–R12, R88, E1, E2, E3, E10, E27.
 * Steps: the R2/R3 gates (not placed and not meant to be, or research only) → the indicative criterion (R7,
 * compute R12 + modality R10) → the override from facts about generality (R8, R9, E27), never a judgement.
 */

import type { Answers } from '../answers';
import { exceeds, formatFlop, GPAI_THRESHOLD_FLOP } from '../compute';
import { WORDS } from '../law/words';
import type { DecisiveAnswer, Verdict } from '../report';
import { art, gl, rec } from '../sources';
import { flopWords, generalityFactsWords, listWords, MODALITY_WORDS } from '../words';
import type { Findings } from './context';
import { computeFacts } from './facts';
import { generalityIndication, qualifyingModality, researchOnly, soleResearch } from './predicates';

export interface GpaiResult {
  isGPAI: boolean;
  verdict: Verdict;
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
      `With more than ${WORDS.gpaiThreshold} of training compute (now ${formatFlop(criterion.flop)}),`,
      'the model would be presumed a general-purpose AI model.',
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
          ? 'Probably'
          : 'Yes'
        : 'No',
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
    question: 'How is the model made available?',
    answer: sole
      ? 'Shared only with research partners, solely for research'
      : 'Not made available, and not meant to be placed on the EU market',
    rule: 'R2',
    outcome:
      'A model used only for research, development or prototyping, with no intention to place it on the market, is not a general-purpose AI model within the definition: Chapter V does not apply.',
    citations: [art('3(63)'), art('2(8)'), rec(97)],
  });
  f.whatIf(
    'place-research-model',
    'If you decided to make the model available — an API, a download, a package, an app, or internal use essential to a service —',
    `it would be assessed as a general-purpose AI model, and above ${WORDS.systemicRiskThreshold} the Art. 52(1) notification would be owed even before placing (R88).`,
    ['R2', 'R15', 'R88'],
  );
  return {
    isGPAI: false,
    excludedAsResearch: true,
    soleResearch: sole,
    verdict: {
      key: 'gpai',
      label: 'Not yet',
      summary: sole
        ? 'No: a model shared only with research partners for research is outside the definition.'
        : 'Not while it is only used for research, development or prototyping and not meant to be placed on the market.',
      decisiveAnswers: [
        {
          field: sole ? 'placing.channels' : 'placing.intention',
          label: sole ? 'How it is made available' : 'Meant to be placed on the EU market',
          value: sole ? 'Only to research partners, for research' : 'No',
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
    question: `Does the indicative criterion hold: more than ${WORDS.gpaiThreshold} and output of language (text or speech), images from text or video from text?`,
    answer: `${flopWords(flop ?? 'unknown')}; ${modalityWords(a)}`,
    rule: 'R7',
    outcome: criterionOutcome(c),
    citations: [gl('¶17'), gl('¶18'), rec(98)],
  });
  return c;
}

function criterionOutcome(c: Criterion): string {
  if (c.met) {
    return c.computeKnown && c.modalityKnown
      ? `Criterion met: ${formatFlop(c.flop as number)} is more than ${WORDS.gpaiThreshold} and the model generates language, images from text or video from text.`
      : 'Criterion treated as met because a fact is unknown (conservative reading).';
  }
  if (!c.qualifying)
    return 'Criterion not met: the model generates no language (text or speech), no images from text and no video from text — audio without speech and image-to-image work do not count (R10, R11).';
  const exactly =
    c.flop === GPAI_THRESHOLD_FLOP ? ` (exactly ${WORDS.gpaiPower} does not meet "greater than", E2)` : '';
  return `Criterion not met: ${formatFlop(c.flop as number)} is not more than ${WORDS.gpaiThreshold}${exactly}.`;
}

function askCriterionUnknowns(a: Answers, c: Criterion, f: Findings): void {
  if (!c.modalityKnown) {
    f.ask({
      field: 'outputModalities',
      question:
        'What kinds of output can the model generate: text or code, speech, other audio, images from text, image-to-image only, video, other?',
      askWhom: 'The model or product team',
      assumption: 'Assumed it can generate language, images or video, as the criterion requires.',
      rules: ['R7', 'R10', 'R11'],
    });
  }
  if (c.computeKnown) return;
  const modifier = a.role === 'modifier';
  f.ask({
    field: flopField(a),
    question: modifier
      ? 'How much compute was used to train the original model? Check its model card or documentation, or ask its provider (Art. 53(1)(b) information).'
      : 'How much compute (FLOP) directly contributed to parameter updates in training? Estimate it from hardware (N·L·H·U) or architecture (6·P·D).',
    askWhom: modifier ? 'The original model provider' : 'The training or infrastructure team',
    assumption: modifier
      ? `Assumed the original is a general-purpose AI model (above ${WORDS.gpaiThreshold}).`
      : `Assumed above ${WORDS.gpaiThreshold} unless the facts show a model built for one task.`,
    rules: ['R7', 'R12', 'R43'],
  });
}

/** R8, R9, R10, E27: the facts about generality can override the criterion, each way "exceptionally". */
function applyGenerality(
  a: Answers,
  c: Criterion,
  f: Findings,
  modelIsTheirs: boolean,
): { isGPAI: boolean; rules: Verdict['rules'] } {
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
    question: 'Do the facts about the model point to more or less generality than the criterion?',
    answer,
    rule: 'E27',
    outcome:
      indication === 'none'
        ? `The facts give no clear indication, so the criterion decides: ${c.met ? 'a' : 'not a'} general-purpose AI model.`
        : `Consistent with the criterion: ${c.met ? 'a' : 'not a'} general-purpose AI model.`,
    citations: [gl('¶18'), gl('§2.1'), art('3(63)')],
  });
  return { isGPAI: c.met, rules: ['R1', 'R7', 'R9'] };
}

function narrowOverride(answer: string, f: Findings): void {
  f.step({
    verdict: 'gpai',
    question: 'Was the model designed and trained for one specific task?',
    answer,
    rule: 'R10',
    outcome:
      'Not a general-purpose AI model: although the criterion is met, a model built for one narrow task (such as transcription, text-to-speech, upscaling, inpainting, game playing, weather modelling, music or sound effects) lacks significant generality.',
    citations: [gl('§2.1'), art('3(63)')],
  });
  f.ambiguous({
    edgeCase: 'E27',
    title: 'Above the compute criterion but built for one task',
    readingChosen:
      'Not a general-purpose AI model: the Commission treats the criterion as rebuttable and gives narrow models trained with 10^24 FLOP as examples of non-GPAI models.',
    alternative:
      'The override applies only "exceptionally": if the model in fact performs a wide range of distinct tasks competently, it is a general-purpose AI model.',
    rules: ['R9', 'R10', 'E1'],
    citations: [gl('§2.1')],
  });
  f.whatIf(
    'broaden-narrow-model',
    'If the model were not limited to one task but competently performed a wide range of distinct tasks,',
    'it would be a general-purpose AI model, because it meets the compute and modality criterion.',
    ['R7', 'R9'],
  );
}

function broadOverride(answer: string, f: Findings): void {
  f.step({
    verdict: 'gpai',
    question: 'Do the facts show significant generality below the criterion?',
    answer,
    rule: 'R8',
    outcome:
      'Treated as a general-purpose AI model: at least a billion parameters trained on large, broad data with self-supervision at scale, or a wide range of distinct tasks, display significant generality even below the criterion — exceptionally.',
    citations: [gl('¶18'), rec(98), gl('§2.1'), art('3(63)')],
  });
  f.ambiguous({
    edgeCase: 'E27',
    title: 'Below the compute criterion but the facts show generality',
    readingChosen:
      'A general-purpose AI model, because the facts reported display significant generality (Art. 3(63), Rec. 98).',
    alternative:
      'The Commission says a model below the criterion is a general-purpose AI model only exceptionally; evidence that its competence is limited would point the other way.',
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
    question: criterionMet
      ? 'Was the model designed and trained for one specific task (such as transcription, upscaling or a game), or not?'
      : 'Which distinct tasks does the model perform, how many parameters does it have, and was it trained with self-supervision on large and broad data?',
    askWhom: 'The model or product team',
    assumption: 'Decided by the compute and modality criterion alone.',
    rules: ['R8', 'R9', 'R10', 'E27'],
  });
}

function modalityWords(a: Answers): string {
  return a.outputModalities === 'unknown' ? "I don't know" : listWords(a.outputModalities, MODALITY_WORDS);
}

function decisiveAnswers(a: Answers, c: Criterion): DecisiveAnswer[] {
  const out: DecisiveAnswer[] = [
    { field: 'outputModalities', label: 'What the model can output', value: modalityWords(a) },
  ];
  if (c.flop !== null) {
    out.push({
      field: flopField(a),
      label:
        a.role === 'modifier' ? "Original model's training compute" : 'Training compute (parameter updates)',
      value: flopWords(c.flop),
    });
  }
  out.push({
    field: 'generalityFacts',
    label: 'Facts about generality',
    value: generalityFactsWords(a.generalityFacts),
  });
  return out;
}

function gpaiSummary(a: Answers, c: Criterion, isGPAI: boolean): string {
  const indication = generalityIndication(a);
  if (isGPAI) {
    if (!c.met)
      return 'Yes — exceptionally: it is below the indicative criterion, but the facts show significant generality.';
    if (!c.computeKnown || !c.modalityKnown)
      return 'Probably yes: treated as a general-purpose AI model until the unknown facts are checked.';
    return `Yes: trained with more than ${WORDS.gpaiThreshold}, it generates language, images from text or video from text, and it is not built for one narrow task.`;
  }
  if (indication === 'narrow' && c.met)
    return 'No: it meets the compute criterion but was built for one narrow task.';
  if (!c.qualifying)
    return 'No: it generates no language, images from text or video from text, and the facts show no broad generality.';
  return `No: its training compute is not more than ${WORDS.gpaiThreshold} and the facts show no broad generality.`;
}
