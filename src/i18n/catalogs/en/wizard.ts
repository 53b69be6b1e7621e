/** Messages of the area "wizard" (ids "wizard.<key>"): the question pages, the check page and their controls. */
export const wizard = {
  // ── Shared controls (src/components) ──
  back: 'Back',
  or: 'or',
  errorPrefix: 'Error:',
  errorSummaryTitle: 'There is a problem',
  noticeInfo: 'Information:',
  noticeWarning: 'Warning:',
  noticeSuccess: 'Done:',

  // ── Question page ──
  stepDocumentTitle: '{error, select, yes {Error: } other {}}{title} – step {position} of {total}',
  resumingTitle: 'Resuming your answers',
  resuming: 'Taking you to where you left off…',
  pageNotFound: 'Page not found',
  noSuchStep: 'There is no question page called “{step}”.',
  goToStart: 'Go to the start page',
  stepDoesNotApply:
    'These questions do not apply to your answers, so you do not need to answer them. Any answers you gave here earlier are kept but not used.',
  continueWithApplicable: 'Continue with the questions that apply',
  backToAnswers: 'Back to your answers',
  continue: 'Continue',
  saveAndReturn: 'Save and return',
  savedAsYouType:
    'Your answers are saved in this browser’s workspace as you type. Nothing is sent anywhere. The page asks the browser to keep this storage even when space runs low, so that your work is not cleared without you; export the workspace to keep a copy elsewhere.',
  manageInWorkspace: 'Rename, duplicate or delete this assessment in your workspace',
  droppedQuestions:
    '{n, plural, one {# question} other {# questions}} no longer needed after your answer: {questions}.',

  // ── Progress ──
  stepOf: 'Step {position} of {total}',
  lastStep: 'last step before checking your answers',
  moreAfterThis: '{n} more after this one',
  stepsChanged: 'Your last answers changed the steps: {changes}.',
  stepsRemoved: '{n, plural, one {# step} other {# steps}} no longer needed ({titles})',
  stepsAdded: '{n, plural, one {# step} other {# steps}} added ({titles})',
  stepsForAnswers: 'Steps for your answers',
  stepThisPage: 'this page',
  stepAnswered: 'answered',
  stepToDo: 'to do',
  stepsExplained: 'Steps are added or removed as your answers show what applies.',

  // ── Help and hints under a question ──
  whyWeAsk: 'Why we ask this, and the source',
  rules: 'Rules:',
  sources: 'Sources:',
  opensInNewTab: ' (opens in a new tab)',
  examplesTitle: '{title}:',

  // ── Source or note of an answer ──
  addSourceOrNote: 'Add a source or note',
  source: 'Source',
  sourceHint: 'Who or what says so, for example “ML lead” or “training log run-42”.',
  note: 'Note',
  exactOrEstimate: 'Is this figure exact or an estimate?',
  exact: 'Exact',
  estimate: 'Estimate',
  sourceLine: 'Source: {source}',

  // ── Count, date and compute inputs ──
  countNumber: 'Number',
  countHint: 'For example 7e9, 7 000 000 000, 7,000,000,000, 7B or 7 billion.',
  countHaveNumber: 'I have a number or an estimate',
  readAs: 'Read as {value}',
  dateLabel: 'Date',
  dateYesOnThisDate: 'Yes, on this date',
  dateOnThisDate: 'On this date',
  dateReadsAs: 'Reads as {value}',
  dateMonthOnly: 'Only the month is given ({month}): the answer records {why}.',
  dateMonthFirst: 'the first day, so that nothing counted from it comes later than it could',
  dateMonthLast: 'the last day, so that nothing is taken as done earlier than it was',
  flopLabel: 'Compute in FLOP',
  flopHint: 'For example 3.8e25, {notation}, 380 ZFLOP, about 3e25, or a range such as 2e25–4e25.',
  flopYesThisMuch: 'Yes, this much',
  flopHaveFigure: 'I have a figure or an estimate',
  flopAbout: '“About”: read as an estimate. ',
  flopBand: '±{estimateTolerance} band: {low} to {high}',
  flopYourRange: '; your range: {low} to {high}',

  // ── Compute estimator ──
  estimatorSummary: 'Estimate it from the hardware or the architecture',
  estimatorHardwareHeading: 'From the hardware: units × time × peak speed × utilisation',
  estimatorAccelerator: 'Accelerator',
  estimatorAcceleratorOption: '{name} — {peak} FLOP/s ({precision})',
  estimatorOther: 'Other: enter its peak FLOP/s',
  estimatorPeak: 'Peak FLOP/s of one unit',
  estimatorPeakHint: 'At the precision the run used, for example 989e12.',
  estimatorUnits: 'Number of units',
  estimatorDays: 'Days of training',
  estimatorUtilisation: 'Utilisation',
  estimatorUtilisationPercent: 'Utilisation (%)',
  estimatorUtilisationWhy:
    'Utilisation is how much of the peak speed the run really got, on average. Accelerators rarely run at their peak speed: they wait for data and for each other. 40 % is filled in because large training runs commonly achieve about 30 % to 50 % of peak. If your team measured it (often called model FLOPs utilisation, MFU), enter that figure instead.',
  estimatorCalculateHardware: 'Calculate from hardware',
  estimatorArchitectureHeading: 'From the architecture: 6 × parameters × training tokens',
  estimatorArchitectureNote: 'For large dense transformers. Counts like 7B or 2T are fine.',
  estimatorParameters: 'Parameters',
  estimatorParametersHint: 'For example 7B or 7e9.',
  estimatorTokens: 'Training tokens',
  estimatorTokensHint: 'Including repeated epochs, for example 2T.',
  estimatorCalculateArchitecture: 'Calculate from architecture',
  estimatorUnread: '{field}: {message}',
  estimatorCheckInputs: 'Check the inputs:',
  estimatorResult: 'Estimate: about {flop}',
  estimatorAssumptions: 'Assumptions to document',
  estimatorUse: 'Use this estimate',

  // ── Form errors ──
  exclusiveAndOthers: 'Select either “{option}” or the other options, not both.',
  enterFlop: 'Enter the compute in FLOP, for example 3.8e25 or {notation}.',
  enterCount: 'Enter the number, for example 7e9 or 7 billion.',
  countUnreadable: '“{text}” cannot be read as a number. Write it like 7e9, 7 000 000 000, 7B or 7 billion.',
  enterDate: 'Enter the date, for example {example}, or select “I don’t know”.',
  tooLong: 'Use {max} characters or fewer.',
  enterANumber: 'Enter a number.',
  numberUnreadable: 'Could not read "{text}" as a number. Write it like 2048, 2 048, 7e9 or 7B.',

  // ── Saving ──
  notSaved: 'Not saved',
  saving: 'Saving…',
  saved: 'Saved',
  updatedFromOtherTab: 'Updated from another tab',
  conflictTitle: 'This assessment was changed in another tab',
  conflictBody:
    'Your answers here were not saved, so nothing was overwritten. Choose which answers to keep: yours (they replace the other tab’s) or the other tab’s (your changes on this screen are dropped).',
  keepMine: 'Keep my answers',
  takeTheirs: 'Take the other tab’s answers',
  notSavedTitle: 'Your answers on this screen are NOT saved',
  notSavedBody:
    'They are still on screen and kept while this page stays open. Download them as a file to keep a copy, then try again.',
  downloadAnswers: 'Download my answers (JSON)',
  tryAgain: 'Try again',
  answersFileWord: 'answers',
  browserRefused: 'The browser refused to save the answers.',
  assessmentDeleted:
    'This assessment was deleted, perhaps in another tab. Your answers on screen are not saved.',

  // ── Check your answers ──
  checkTitle: 'Check your answers',
  checkNoAssessment:
    'No assessment is open, so there are no answers to check yet. Open one from your workspace, or start a new one.',
  startQuestions: 'Start the questions',
  openWorkspace: 'Open your workspace',
  checkIntro:
    'Only the answers that matter for your situation are listed. Answers to questions that no longer apply are kept in this browser but not used.',
  updatedFromOtherTabSentence: 'Updated from another tab.',
  stillNeedAnswer: 'Some questions still need an answer',
  notAnsweredYet: 'Not answered yet.',
  change: 'Change',
  seeResult: 'See result',
  inWorkspace: 'This assessment in your workspace',

  // ── Assessment missing ──
  assessmentNotFound: 'Assessment not found',
  assessmentsUnavailable: 'Saved assessments cannot be opened',
  assessmentNotFoundBody:
    'This browser’s workspace has no assessment with this address. It may have been deleted, or the address was made in another browser: assessments are kept only in the browser where they were made.',
  startNewAssessment: 'Start a new assessment',
};
