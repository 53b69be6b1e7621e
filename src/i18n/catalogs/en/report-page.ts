/** Messages of the area "reportPage" (ids "reportPage.<key>"). */
export const reportPage = {
  // Document titles
  docTitleReport: 'Report — GPAI Navigator',
  docTitleReportFor: 'Report for {name} — GPAI Navigator',
  docTitleVersion: 'Report for {name}, version {seq} — GPAI Navigator',
  docTitleBadLink: 'This link cannot be opened — GPAI Navigator',
  docTitleNotFound: 'Report not found — GPAI Navigator',
  docTitleNoAnswers: 'No answers yet — GPAI Navigator',
  // Share-link report (ReportPage)
  badLinkTitle: 'This link cannot be opened',
  startNew: 'Start a new assessment',
  saveAndChange: 'Save to my workspace and change them',
  linkRulesChangedTitle: 'The rules have changed since this link was made.',
  linkRulesChangedText:
    'The link was made with rules version {linkVersion}; this report applies the current rules (version {currentVersion}), so it may differ from what the sender saw. {link}.',
  seeWhatChanged: 'See what changed',
  today: 'today',
  sourceShareLink: 'A share link',
  // Report header and footer (ReportView, Sections)
  kicker: 'EU AI Act · GPAI model assessment',
  titleFor: 'Report for {name}',
  titleYours: 'Your report',
  evaluatedAsOfLine: 'Evaluated as of {date} · rules version {version}',
  exportsHeading: 'Keep and share this result',
  // At a glance
  glanceHeading: 'At a glance',
  glanceObligations: 'Obligations',
  glanceNoGpaiObligations: 'No GPAI model obligations',
  glanceNoneApply: 'None apply to you',
  glanceApply: '{n} apply: {counts}',
  glanceSystemDuties: 'AI-system duties',
  notAssessed: 'Not assessed',
  glanceDutiesToCheck: '{n, plural, one {One duty} other {# duties}} to check yourself ({link})',
  glanceListedBelow: 'listed below',
  overdue: 'Overdue',
  glanceNextDate: 'Next date',
  glanceNext: '{date} ({relative}): {label}',
  glanceDueNow: 'Due now: the overdue obligations above',
  glanceNoDatesAhead: 'No dates ahead',
  glanceNoKnownDateAhead: 'No known date ahead',
  glanceNoGpaiDates: 'No GPAI model dates',
  glanceNoObligationDate: 'No date ahead for your GPAI model obligations',
  glanceUnknownDates:
    'Not known yet: the date of {articles} depends on an answer marked “I don’t know” ({link}).',
  glanceOpenQuestionsLink: 'open questions',
  glanceSystemDateAhead: 'AI-system duty ahead (not assessed): {article}, {title}, from {date}.',
  overdueWasDue: '{article} — was due {date}',
  overdueWasDueAtLatest: '{article} — was due at the latest {date}',
  // Verdict cards
  verdictsHeading: 'Verdicts',
  roleLabel: 'Role: ',
  basedOnAnswers: 'Based on your answers',
  unclearInLaw: 'Unclear in law ({rule}): ',
  readingChosen: 'Reading chosen: ',
  whyRulesApplied: 'Why: the rules applied',
  legalBasis: 'Legal basis',
  otherReadingRule: 'Other reading ({rule}): ',
  role_provider: 'Provider — you develop the model (or had it developed) and place it on the market',
  'role_modification-provider': 'Provider of the modified model — your obligations cover your modification',
  'role_integrator-as-model-provider':
    'Provider of the model — the upstream provider excluded the EU, and you bring the model into the EU',
  'role_downstream-system-provider': "Downstream provider — you build an AI system on someone else's model",
  role_host: "Host — you make others' models available; the uploader is the provider",
  role_contractor:
    'Contractor — you develop or modify the model for a client that places it under its own name; the client is the provider',
  'role_not-placed': 'Not placed on the EU market, so no provider obligations arise',
  'role_out-of-scope': 'Outside the GPAI model rules',
  // Obligations
  obligationsHeading: 'Your obligations',
  noObligationsProvider: 'No GPAI model obligations apply to you.',
  noObligationsNotProvider:
    'You are not the provider of a general-purpose AI model, so the GPAI model obligations do not apply to you.',
  systemDutiesMayApply: 'Duties for AI systems may still apply: see {link}.',
  signpostsLinkText: 'the AI-system duties not assessed by this tool',
  obligationsSummary: '{n, plural, one {One obligation applies} other {# obligations apply}}: {counts}.',
  obligationsListLabel: 'Obligations that apply',
  whyObligations: 'Why these obligations and dates',
  notApplicableHeading: 'Not applicable or exempted',
  exemptedFallback: 'Exempted.',
  exemptedReason: 'Exempted: {reason}',
  countOverdue: '{n} overdue',
  countUpcoming: '{n} coming up',
  countDateUnknown: '{n, plural, one {# with an unknown date} other {# with unknown dates}}',
  countInForce: '{n} in force',
  countDone: '{n} done',
  prepareFromLabel: 'Prepare from {date}:',
  scopeLabel: 'Scope: ',
  codeOfPracticeChapter: 'Code of Practice chapter: ',
  whatToProduce: 'What to produce ({n, plural, one {# item} other {# items}})',
  // Obligation status (badge and its second line)
  inForceSince: 'In force since {date}',
  mustBeMetBy: 'Must be met by {date}',
  mustBeMetByIn: 'Must be met by {date} ({relative})',
  statusDue:
    '{when, select, today {Due today} later {{n, plural, one {Due in # day} other {Due in # days}}} other {Due}}{atLatest, select, yes { at the latest} other {}}',
  dueAndAppliesFrom: '{due}; applies from {date}',
  appliesLater: 'Applies later',
  appliesToday: 'Applies today',
  appliesIn: '{n, plural, one {Applies in # day} other {Applies in # days}}',
  appliesFrom: 'Applies from {date}',
  wasDue: 'Was due {date}',
  wasDueAtLatest: 'Was due at the latest {date}',
  wasDueKeepRecord: '{was} — if already done, keep the record',
  notifiedDeadline: 'Notified; the deadline was {date}',
  notified: 'Notified',
  inPlaceRequiredBy: 'In place, as you answered; required by {date}',
  inPlaceRequiredSince: 'In place, as you answered; required since {date}',
  inPlace: 'In place, as you answered',
  dateUnknownDetail: 'The date depends on an answer marked “I don’t know” — see the open questions.',
  // Signposts
  signpostsHeading: 'AI-system duties not assessed by this tool',
  signpostsIntro:
    'You build or run an AI system on a general-purpose AI model. These duties of AI-system providers and deployers may apply to you. This tool does not assess them: check each one against your system.',
  // Timeline
  timelineHeading: 'Timeline',
  noDatesApply: 'No dates apply.',
  milestonesLabel: 'Milestones',
  evaluationDate: 'Evaluation date: {date}',
  atTheLatest: 'At the latest',
  kind_law: 'The law',
  kind_model: 'Your model',
  kind_deadline: 'Deadline',
  kind_designation: 'Designation',
  kind_reassessment: 'Reassessment',
  // "Evaluate as of" control
  evaluateAsOf: 'Evaluate as of',
  asOfHint:
    'See what applies on another date, or reproduce an earlier assessment. Type a date like {example} or {exampleNumeric} (day before month). The date is kept in the page address.',
  asOfDayInMonth: 'Enter a day in {month}, like 1 {month}.',
  asOfRange: 'Enter a date from {from} to {to}.',
  backTo: 'Back to {when} ({date})',
  asOfEmpty: 'Enter a date; the report stays as of {date} until then.',
  asOfReadsAs: 'Reads as {words}',
  asOfInvalid: '{message} The report stays as of {date}.',
  versionsDate: 'the version’s date',
  // Enforcement
  enforcementHeading: 'Enforcement and fines',
  enforcementFrom:
    'From {date} the Commission enforces the obligations of providers of general-purpose AI models.',
  enforcementPowers: 'What the Commission can do',
  enforcementFines: 'Fines (Art. 101(1))',
  enforcementFineFor: 'The Commission may fine a provider for:',
  maximumFine: 'Maximum fine: ',
  // Warnings, open questions, ambiguities, counterfactuals
  warningsHeading: 'Warnings',
  openQuestionsHeading: 'Open questions and assumptions',
  openQuestionsIntro:
    'You answered “I don’t know” to these. The report assumes the answer shown; take the question to the person named and update your answers when you know more.',
  ask: 'Ask',
  assumedForNow: 'Assumed for now',
  ambiguitiesHeading: 'Where the law is unclear',
  ambiguousPrefix: 'Ambiguous: ',
  otherReading: 'Other reading: ',
  counterfactualsHeading: 'What would change this',
  // About this report
  aboutHeading: 'About this report',
  rulesVersion: 'Rules version',
  legalSourcesAsOf: 'Legal sources as of',
  evaluatedAsOf: 'Evaluated as of',
  answersHash: 'Answers hash',
  answersFrom: 'Answers from',
  notLegalAdvice:
    'Not legal advice. This report applies published rules to your answers; only the Court of Justice of the EU interprets the AI Act authoritatively.',
  // Small building blocks
  rule: 'Rule',
  rules: 'Rules',
  ambiguous: 'Ambiguous',
  traceQuestion: '{question}: ',
  // Answers and their sources
  answersHeading: 'Your answers and their sources',
  noSources:
    'No answer has a source or note yet. They can be added to each answer on the questions’ screens.',
  allAnswers: 'All {n} answers',
  provenanceSource: 'Source: {source}',
  provenanceExact: 'Exact',
  provenanceEstimate: 'Estimate',
  // Migrated answers
  migratedUnderRules: 'These answers were made under rules {version} (answers format {format}).',
  migratedUnderEarlierRules: 'These answers were made under earlier rules (answers format {format}).',
  migrationChanged: 'Rules revision 2 changed how some answers are read:',
  migrationUnchanged:
    'Rules revision 2 reads every one of these answers as before; the report applies the current rules.',
  // Failure states
  notWorkedOutTitle: 'The report could not be worked out',
  notWorkedOutText:
    'Something went wrong while applying the rules to these answers. Your answers are unchanged. Please try again later, or check your answers.',
  badAsOf:
    'The evaluation date in the page address (“{value}”) is not a real date written YYYY-MM-DD, so the report is evaluated as of {fallback}.',
  // Report actions
  reportActions: 'Report actions',
  changeAnswers: 'Change your answers',
  checkAnswers: 'Check answers',
  newAssessment: 'New assessment',
  shareChangeHint:
    'To change these answers, save them to your workspace: the link stays as it is, and nothing saved in this browser is replaced.',
  versionChangeHint:
    'Changes are made in the assessment’s draft and kept as a new version; this version never changes.',
  // Save to workspace
  sharedModel: 'Shared model',
  saveToWorkspace: 'Save to my workspace',
  storeRefused: 'The browser refused to store the answers.',
  saving: 'Saving…',
  notSaved:
    'Not saved: {error} The answers are still in this link; you can also download them under “Keep and share this result”.',
  // Versions and sign-off (RecordLine)
  openAssessment: 'Open the assessment “{name}”',
  keepingVersion: 'Keeping this result as a version of the assessment…',
  versionN: 'Version {seq}',
  recordedVersion:
    '{version}, recorded {date}. It keeps these answers and this result unchanged; a change to the answers will be kept as a new version.',
  recordedSignedVersion:
    '{version}, recorded {date} and signed. It keeps these answers and this result unchanged; a change to the answers will be kept as a new version.',
  whatIf: 'Evaluated as of another day than today: this view is not kept as a version.',
  whatIfLatest:
    'Evaluated as of another day than today: this view is not kept as a version (the latest is version {seq}).',
  versionFailed:
    'This result could not be kept as a version: {message} The report below is still worked out from the saved answers; download it under “Keep and share this result” to keep a copy.',
  forVersions: '{link} for its versions, sign-off and tasks.',
  versionHeader:
    '{version} of “{name}”, recorded {recorded} (evaluated then as of {asOf}, rules version {rules}). A recorded version never changes.',
  forOtherVersions: '{link} for its other versions, sign-off and tasks.',
  signedOff: 'Signed off',
  signedBy: 'Signed by {name} on {date}{end}',
  signedByRole: 'Signed by {name}, {role}, on {date}{end}',
  signedNote: ': {note}',
  signedEnd: '.',
  locksHash: 'It locks the answers with hash {hash}: this version can no longer change.',
  notCryptographic: 'This is a record of review kept in this browser, not a cryptographic signature.',
  versionRulesChangedTitle: 'The rules have changed since this version was recorded.',
  versionRulesChangedText:
    'It was recorded under rules version {recordedVersion}; this report applies the current rules (version {currentVersion}) to its answers, so it may differ from the result recorded then. {link}.',
  compareVersion: 'Compare this version with the assessment under the current rules',
  // Workspace report states
  openingAssessment: 'Opening the assessment…',
  workspaceUnavailable: 'The workspace cannot be opened',
  versionMissing: 'This version is not in this browser’s workspace',
  assessmentMissing: 'This assessment is not in this browser’s workspace',
  missingText:
    'It may have been deleted, or it was saved in another browser: assessments are kept only in the browser where they were made. A share link or an exported file carries them elsewhere.',
  openWorkspace: 'Open your workspace',
  noReportYetFor: 'No report yet for “{name}”',
  screensNeedAnswer: 'These screens still need an answer before the report can be worked out:',
  continueQuestions: 'Continue with the questions',
  checkYourAnswers: 'Check your answers',
  sourceVersion: 'Version {seq} of “{name}”, recorded {date}, in this browser’s workspace',
  sourceDraft: 'The draft of “{name}” in this browser’s workspace',
  // Bare #/report
  lookingForAnswers: 'Looking for your answers…',
  noAnswersTitle: 'No answers to report on yet',
  noAnswersText:
    'The report is worked out from the answers of an assessment, and this browser’s workspace has none yet.',
  workspaceUnreadable:
    'The workspace in this browser could not be read, so this report cannot be shown. Your records are not changed.',
};
