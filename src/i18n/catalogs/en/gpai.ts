/** Messages of the area "gpai" (ids "gpai.<key>"): is the model a general-purpose AI model (src/engine/rules/gpai.ts). */
export const gpai = {
  // Counterfactual: crossing the indicative criterion
  crossThresholdChange: 'With more than {gpaiThreshold} of training compute (now {flop}),',
  crossThresholdEffect: 'the model would be presumed a general-purpose AI model.',
  labelProbably: 'Probably',

  // R2 / R3: research, development or prototyping only
  researchQuestion: 'How is the model made available?',
  researchAnswerPartners: 'Shared only with research partners, solely for research',
  researchAnswerNotPlaced: 'Not made available, and not meant to be placed on the EU market',
  researchOutcome:
    'A model used only for research, development or prototyping, with no intention to place it on the market, is not a general-purpose AI model within the definition: Chapter V does not apply.',
  placeResearchChange:
    'If you decided to make the model available — an API, a download, a package, an app, or internal use essential to a service —',
  placeResearchEffect:
    'it would be assessed as a general-purpose AI model, and above {systemicRiskThreshold} the Art. 52(1) notification would be owed even before placing (R88).',
  labelNotYet: 'Not yet',
  researchSummaryPartners:
    'No: a model shared only with research partners for research is outside the definition.',
  researchSummaryNotPlaced:
    'Not while it is only used for research, development or prototyping and not meant to be placed on the market.',
  decisiveChannels: 'How it is made available',
  decisiveIntention: 'Meant to be placed on the EU market',
  decisiveChannelsPartners: 'Only to research partners, for research',

  // R7: the indicative criterion (compute R12, modality R10)
  criterionQuestion:
    'Does the indicative criterion hold: more than {gpaiThreshold} and output of language (text or speech), images from text or video from text?',
  criterionAnswer: '{flop}; {modalities}',
  criterionMet:
    'Criterion met: {flop} is more than {gpaiThreshold} and the model generates language, images from text or video from text.',
  criterionAssumedMet: 'Criterion treated as met because a fact is unknown (conservative reading).',
  criterionNotMetModality:
    'Criterion not met: the model generates no language (text or speech), no images from text and no video from text — audio without speech and image-to-image work do not count (R10, R11).',
  criterionNotMetCompute:
    'Criterion not met: {flop} is not more than {gpaiThreshold}{exactly, select, yes { (exactly {gpaiPower} does not meet "greater than", E2)} other {}}.',

  // Open questions on the criterion
  askModalitiesQuestion:
    'What kinds of output can the model generate: text or code, speech, other audio, images from text, image-to-image only, video, other?',
  askWhomModelTeam: 'The model or product team',
  askModalitiesAssumption: 'Assumed it can generate language, images or video, as the criterion requires.',
  askOriginalComputeQuestion:
    'How much compute was used to train the original model? Check its model card or documentation, or ask its provider (Art. 53(1)(b) information).',
  askComputeQuestion:
    'How much compute (FLOP) directly contributed to parameter updates in training? Estimate it from hardware (N·L·H·U) or architecture (6·P·D).',
  askWhomOriginalProvider: 'The original model provider',
  askWhomTrainingTeam: 'The training or infrastructure team',
  askOriginalComputeAssumption: 'Assumed the original is a general-purpose AI model (above {gpaiThreshold}).',
  askComputeAssumption: 'Assumed above {gpaiThreshold} unless the facts show a model built for one task.',

  // R8, R9, R10, E27: the facts about generality
  generalityQuestion: 'Do the facts about the model point to more or less generality than the criterion?',
  generalityNoIndication:
    'The facts give no clear indication, so the criterion decides: {met, select, yes {a} other {not a}} general-purpose AI model.',
  generalityConsistent:
    'Consistent with the criterion: {met, select, yes {a} other {not a}} general-purpose AI model.',
  narrowQuestion: 'Was the model designed and trained for one specific task?',
  narrowOutcome:
    'Not a general-purpose AI model: although the criterion is met, a model built for one narrow task (such as transcription, text-to-speech, upscaling, inpainting, game playing, weather modelling, music or sound effects) lacks significant generality.',
  narrowAmbiguityTitle: 'Above the compute criterion but built for one task',
  narrowAmbiguityReading:
    'Not a general-purpose AI model: the Commission treats the criterion as rebuttable and gives narrow models trained with 10^24 FLOP as examples of non-GPAI models.',
  narrowAmbiguityAlternative:
    'The override applies only "exceptionally": if the model in fact performs a wide range of distinct tasks competently, it is a general-purpose AI model.',
  broadenChange:
    'If the model were not limited to one task but competently performed a wide range of distinct tasks,',
  broadenEffect:
    'it would be a general-purpose AI model, because it meets the compute and modality criterion.',
  broadQuestion: 'Do the facts show significant generality below the criterion?',
  broadOutcome:
    'Treated as a general-purpose AI model: at least a billion parameters trained on large, broad data with self-supervision at scale, or a wide range of distinct tasks, display significant generality even below the criterion — exceptionally.',
  broadAmbiguityTitle: 'Below the compute criterion but the facts show generality',
  broadAmbiguityReading:
    'A general-purpose AI model, because the facts reported display significant generality (Art. 3(63), Rec. 98).',
  broadAmbiguityAlternative:
    'The Commission says a model below the criterion is a general-purpose AI model only exceptionally; evidence that its competence is limited would point the other way.',
  askSingleTaskQuestion:
    'Was the model designed and trained for one specific task (such as transcription, upscaling or a game), or not?',
  askBreadthQuestion:
    'Which distinct tasks does the model perform, how many parameters does it have, and was it trained with self-supervision on large and broad data?',
  askGeneralityAssumption: 'Decided by the compute and modality criterion alone.',

  // Decisive answers
  decisiveModalities: 'What the model can output',
  decisiveOriginalCompute: "Original model's training compute",
  decisiveCompute: 'Training compute (parameter updates)',
  decisiveGenerality: 'Facts about generality',

  // Summaries
  summaryExceptionally:
    'Yes — exceptionally: it is below the indicative criterion, but the facts show significant generality.',
  summaryProbably: 'Probably yes: treated as a general-purpose AI model until the unknown facts are checked.',
  summaryYes:
    'Yes: trained with more than {gpaiThreshold}, it generates language, images from text or video from text, and it is not built for one narrow task.',
  summaryNarrow: 'No: it meets the compute criterion but was built for one narrow task.',
  summaryNoModality:
    'No: it generates no language, images from text or video from text, and the facts show no broad generality.',
  summaryNoCompute:
    'No: its training compute is not more than {gpaiThreshold} and the facts show no broad generality.',
};
