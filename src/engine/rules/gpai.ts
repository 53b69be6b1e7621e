/**
 * Is the model a general-purpose AI model? R1–R3, R7–R12, E1, E3, E10.
 */
import type { Answers, OutputModality } from '../answers';
import { exceeds, formatFlop, GPAI_THRESHOLD_FLOP } from '../compute';
import type { DecisiveAnswer, Verdict } from '../report';
import { art, gl, rec } from '../sources';
import { flopWords, GENERALITY_WORDS, listWords, MODALITY_WORDS } from '../words';
import type { Findings } from './context';
import { computeFacts } from './facts';

/** R7: language (text incl. code, audio incl. speech), text-to-image, text-to-video. */
const QUALIFYING_MODALITIES: readonly OutputModality[] = ['text', 'audio', 'image', 'video'];

export interface GpaiResult {
  isGPAI: boolean;
  verdict: Verdict;
  /** True when only research/development use before placing keeps the model out of the definition (R2). */
  excludedAsResearch: boolean;
  /** Shared only with research partners for research: outside the Act altogether (R3). */
  soleResearch: boolean;
}

/** `modelIsTheirs` is false for hosts and plain integrators: unknown facts about others' models are not asked. */
export function assessGpai(a: Answers, f: Findings, modelIsTheirs = true): GpaiResult {
  const compute = computeFacts(a);
  const flop = compute.parameterUpdate;
  const modalities = a.outputModalities;
  const decisive: DecisiveAnswer[] = [];
  const modalityWords = modalities === 'unknown' ? "I don't know" : listWords(modalities, MODALITY_WORDS);
  const flopField =
    a.role === 'modifier' ? 'modification.originalComputeFlop' : 'compute.parameterUpdateFlop';
  const flopLabel =
    a.role === 'modifier' ? "Original model's training compute" : 'Training compute (parameter updates)';

  // R2: used only for research, development or prototyping and not (yet) placed → outside the definition.
  // R3: shared only with research partners solely for research → outside the Act. A known planned placing
  // date turns "not yet" into a planned placement (R35: notification can be due before placement).
  const channels = a.placing?.channels ?? [];
  const plannedDate = a.placing?.placingDate;
  const researchOnly =
    (a.role === 'developer' || a.role === 'commissioned' || a.role === 'research' || a.role === 'hobbyist') &&
    channels.length > 0 &&
    channels.every((c) => c === 'notYet' || c === 'researchPartners') &&
    (channels.includes('researchPartners') || plannedDate === undefined || plannedDate === 'unknown');
  const soleResearch = researchOnly && channels.includes('researchPartners');
  if (researchOnly) {
    f.step({
      verdict: 'gpai',
      question: 'How is the model made available?',
      answer: soleResearch
        ? 'Shared only with research partners, solely for research'
        : 'Not made available yet (research or development only)',
      rule: 'R2',
      outcome:
        'A model used only for research, development or prototyping before it is placed on the market is not a general-purpose AI model within the definition, so Chapter V does not apply yet.',
      citations: [art('3(63)'), art('2(8)'), rec(97)],
    });
    f.whatIf(
      'place-research-model',
      'If you make the model available — an API, a download, a package, an app, or internal use essential to a service —',
      'it would be assessed as a general-purpose AI model from that moment and the provider obligations would apply from placement.',
      ['R2', 'R15', 'R67'],
    );
    return {
      isGPAI: false,
      excludedAsResearch: true,
      soleResearch,
      verdict: {
        key: 'gpai',
        label: 'Not yet',
        summary:
          'Not while it is only used for research, development or prototyping: the definition covers a model once it is placed on the market.',
        decisiveAnswers: [
          {
            field: 'placing.channels',
            label: 'How it is made available',
            value: soleResearch ? 'Only to research partners, for research' : 'Not yet',
          },
        ],
        rules: ['R2'],
        citations: [art('3(63)'), art('2(8)'), rec(97)],
        ambiguous: [],
      },
    };
  }

  decisive.push({ field: 'outputModalities', label: 'What the model can output', value: modalityWords });
  if (flop !== null) decisive.push({ field: flopField, label: flopLabel, value: flopWords(flop) });
  decisive.push({ field: 'generality', label: 'Range of tasks', value: GENERALITY_WORDS[a.generality] });

  // R7: the indicative criterion. Unknown inputs are read conservatively and become open questions.
  const modalityKnown = modalities !== 'unknown';
  const qualifyingModality =
    modalities === 'unknown' || modalities.some((m) => QUALIFYING_MODALITIES.includes(m));
  const computeKnown = typeof flop === 'number';
  const aboveCompute = typeof flop === 'number' ? exceeds(flop, GPAI_THRESHOLD_FLOP) : true;
  const criterionMet = aboveCompute && qualifyingModality;

  if (!modalityKnown && modelIsTheirs) {
    f.ask({
      field: 'outputModalities',
      question:
        'What kinds of output can the model generate: text or code, speech or audio, images, video, other?',
      askWhom: 'The model or product team',
      assumption: 'Assumed it can generate language, images or video, as the criterion requires.',
      rules: ['R7', 'R11'],
    });
  }
  if (!computeKnown && modelIsTheirs) {
    f.ask({
      field: flopField,
      question:
        a.role === 'modifier'
          ? 'How much compute was used to train the original model? Check its model card or documentation, or ask its provider (Art. 53(1)(b) information).'
          : 'How much compute (FLOP) directly contributed to parameter updates in training? Estimate it from hardware (N·L·H·U) or architecture (6·P·D).',
      askWhom: a.role === 'modifier' ? 'The original model provider' : 'The training or infrastructure team',
      assumption:
        a.role === 'modifier'
          ? 'Assumed the original is a general-purpose AI model (above 10^23 FLOP).'
          : 'Assumed above 10^23 FLOP unless the model is narrow.',
      rules: ['R7', 'R12', 'R43'],
    });
  }

  f.step({
    verdict: 'gpai',
    question:
      'Does the indicative criterion hold: more than 10^23 FLOP and output of language, images or video?',
    answer: `${flopWords(flop ?? 'unknown')}; ${modalityWords}`,
    rule: 'R7',
    outcome: criterionMet
      ? computeKnown && modalityKnown
        ? `Criterion met: ${formatFlop(flop as number)} is more than 10^23 FLOP and the model generates language, images or video.`
        : 'Criterion treated as met because a fact is unknown (conservative reading).'
      : !qualifyingModality
        ? 'Criterion not met: the model cannot generate language, images or video (R11).'
        : `Criterion not met: ${formatFlop(flop as number)} is not more than 10^23 FLOP${flop === GPAI_THRESHOLD_FLOP ? ' (exactly 10^23 does not meet "greater than", E2)' : ''}.`,
    citations: [gl('¶17'), gl('¶18'), rec(98)],
  });

  let isGPAI = criterionMet;
  const rules: Verdict['rules'] = ['R1', 'R7'];
  if (a.generality === 'narrow' && criterionMet) {
    isGPAI = false;
    rules.push('R9', 'R10');
    f.step({
      verdict: 'gpai',
      question: 'Can the model competently perform a wide range of distinct tasks?',
      answer: GENERALITY_WORDS.narrow,
      rule: 'R10',
      outcome:
        'Not a general-purpose AI model: although the criterion is met, a model that can only perform a narrow task (such as transcription, text-to-speech, upscaling, game playing or weather modelling) lacks significant generality.',
      citations: [gl('§2.1'), art('3(63)')],
    });
    f.ambiguous({
      edgeCase: 'E1',
      title: 'Above the compute criterion but narrow',
      readingChosen:
        'Not a general-purpose AI model, because the Commission treats the criterion as rebuttable and gives narrow models trained with 10^24 FLOP as examples of non-GPAI models.',
      alternative:
        'If the Commission considered the model able to perform a wide range of tasks despite its focus, it would be a general-purpose AI model.',
      rules: ['R9', 'R10'],
      citations: [gl('§2.1')],
    });
    f.whatIf(
      'broaden-narrow-model',
      'If the model could competently perform a wide range of distinct tasks,',
      'it would be a general-purpose AI model, because it meets the compute and modality criterion.',
      ['R7', 'R9'],
    );
  } else if (a.generality === 'broad' && !criterionMet) {
    isGPAI = true;
    rules.push('R9');
    f.step({
      verdict: 'gpai',
      question: 'Can the model competently perform a wide range of distinct tasks?',
      answer: GENERALITY_WORDS.broad,
      rule: 'R9',
      outcome:
        'Treated as a general-purpose AI model: the criterion is only indicative, and a model that displays significant generality and wide task competence is GPAI even below it — exceptionally.',
      citations: [gl('§2.1'), art('3(63)')],
    });
    f.ambiguous({
      edgeCase: 'E1',
      title: 'Below the compute criterion but broad',
      readingChosen:
        'A general-purpose AI model, because you report that it competently performs a wide range of distinct tasks (Art. 3(63)).',
      alternative:
        'The Commission says a model below the criterion is GPAI only exceptionally; with evidence that its competence is limited, it would not be.',
      rules: ['R9'],
      citations: [gl('§2.1')],
    });
  } else if (a.generality === 'unknown' && modelIsTheirs) {
    f.ask({
      field: 'generality',
      question:
        'Can the model competently perform a wide range of distinct tasks (e.g. chat, summarise, translate, write code), or only one narrow task (e.g. transcription)?',
      askWhom: 'The model or product team',
      assumption: 'Decided by the compute and modality criterion alone.',
      rules: ['R9', 'R10'],
    });
  } else {
    f.step({
      verdict: 'gpai',
      question: 'Can the model competently perform a wide range of distinct tasks?',
      answer: GENERALITY_WORDS[a.generality],
      rule: 'R9',
      outcome: criterionMet
        ? 'Consistent with the criterion: a general-purpose AI model.'
        : 'Consistent with the criterion: not a general-purpose AI model.',
      citations: [gl('§2.1')],
    });
  }

  if (!isGPAI && typeof flop === 'number' && qualifyingModality && a.generality !== 'narrow') {
    f.whatIf(
      'cross-gpai-threshold',
      `With more than 10^23 FLOP of training compute (now ${formatFlop(flop)}),`,
      'the model would be presumed a general-purpose AI model.',
      ['R7', 'E2'],
    );
  }

  const summary = isGPAI
    ? a.generality === 'broad' && !criterionMet
      ? 'Yes — exceptionally: it is below the indicative criterion but you report that it performs a wide range of distinct tasks.'
      : criterionMet && (!computeKnown || !modalityKnown)
        ? 'Probably yes: treated as a general-purpose AI model until the unknown facts are checked.'
        : 'Yes: it is trained with more than 10^23 FLOP, generates language, images or video, and is not limited to a narrow task.'
    : a.generality === 'narrow' && criterionMet
      ? 'No: it meets the compute criterion but can only perform a narrow task.'
      : !qualifyingModality
        ? 'No: it cannot generate language, images or video, and is not reported as broadly capable.'
        : 'No: its training compute is not more than 10^23 FLOP and it is not reported as broadly capable.';

  return {
    isGPAI,
    excludedAsResearch: false,
    soleResearch: false,
    verdict: {
      key: 'gpai',
      label: isGPAI ? 'Yes' : 'No',
      summary,
      decisiveAnswers: decisive,
      rules,
      citations: [art('3(63)'), gl('¶17'), gl('§2.1')],
      ambiguous: f.flagged('E1'),
    },
  };
}
