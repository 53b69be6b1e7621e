/** Messages of the area "app" (ids "app.<key>"): the start page, the exports panel, the methodology and rules pages, shared legal-text words. */
export const app = {
  // Start page
  startIntro:
    'Find out, from plain facts about your AI model, whether it is a general-purpose AI model under the EU AI Act, whether you are its provider, which obligations apply, and by when.',
  startRemoved: 'Your answers have been removed from this browser.',
  startUnusable: 'Saved answers could not be used',
  startMigrationFailed:
    'The answers saved earlier in this browser could not be moved into the workspace: {reason} They are left where they are.',
  startUnreadableNotUsed: 'Start a new assessment; the unreadable answers are not used.',
  startRemoveUnreadable: 'Remove the unreadable answers',
  startOpeningLegacy: 'Opening the answers saved in this browser…',
  startWorkspaceHeading: 'Your workspace',
  startWorkspaceCount: '{n, plural, one {# assessment} other {# assessments}} kept only in this browser.',
  startLastChanged: 'Last changed: “{name}”.',
  startResume: 'Resume',
  startResumeNamed: 'Resume “{name}”',
  startOpenWorkspace: 'Open your workspace ({n, plural, one {# assessment} other {# assessments}})',
  startNewAssessment: 'Start a new assessment',
  startNewAssessmentHint: 'A new assessment is added to the workspace; the others stay as they are.',
  startNow: 'Start now',
  startImportHeading: 'Or open a saved answers file',
  startNeedHeading: 'What you will need',
  startNeedIntro:
    'Facts, not legal conclusions. “I don’t know” is always an answer: the result then lists what to ask whom.',
  startFactRole:
    'How you relate to the model: you trained it, had it trained, modify someone else’s model, only build on one, or host models.',
  startFactModalities:
    'What it can generate (text, speech, images, video, other) and whether it does many tasks or one narrow task.',
  startFactCompute:
    'Its training compute in FLOP — or the hardware, time and utilisation, or the parameter and token counts, to estimate it.',
  startFactAvailability:
    'How, where and when it is (or will be) made available: API, download, app, cloud, internal use; in the EU or not.',
  startFactModification:
    'If you modify a model: the original model’s compute and your modification’s compute.',
  startFactOpenSource:
    'If you release it openly: the licence terms, what is public, and any way it is monetised.',
  startFactCommission:
    'Any notification to, designation by, or contest with the European Commission, and whether you signed the Code of Practice.',
  startTimeHeading: 'How long it takes',
  startTimeText:
    'About 5 to 10 minutes. You only see the questions that can change your result. You can stop at any time and resume later in this browser.',
  startPrivacyHeading: 'Your privacy',
  startPrivacyText:
    'Nothing you enter leaves this browser. There is no server, no account, no analytics and no cookies. Your assessments are kept in this browser’s storage so you can resume, until you delete them in your workspace.',
  startAdviceHeading: 'Not legal advice',
  startAdviceText:
    'The result is a structured, cited starting point for your own assessment, not legal advice. The Commission’s guidelines are not binding; only the Court of Justice of the EU interprets the AI Act authoritatively.',
  // Exports panel: share link
  exportsLinkCopiedWithName: 'Link copied. It contains your answers and the model name.',
  exportsLinkCopiedWithoutName: 'Link copied. It contains your answers but not the model name.',
  exportsCopyRefused:
    'This browser did not allow copying. The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  exportsShareHeading: 'Share link',
  exportsShareIntro:
    'The link holds your answers, not the result, after the “#” — the part browsers never send to a server. Whoever opens it sees this report worked out again in their browser.',
  exportsIncludeName: 'Include the model name in the link',
  exportsIncludeNameHint:
    'Off by default: the name may be confidential. Without it the recipient sees the same verdicts.',
  exportsNoModelName: 'No model name was given.',
  exportsLinkLabel: 'Link to this report',
  exportsCopyLink: 'Copy link',
  // Exports panel: downloads
  exportsDownloadHeading: 'Download',
  exportsPdfPreparing: 'Preparing the PDF…',
  exportsPdfButton: 'Download PDF summary',
  exportsPdfSaved: 'PDF summary saved as {fileName}.',
  exportsPdfFailed: 'The PDF could not be made: {reason} Try again.',
  exportsPdfHintSigned:
    'Everything in this report, all your answers, the link and the sign-off by {name}, for your files.',
  exportsPdfHint:
    'Everything in this report, all your answers, the link and a sign-off block, for your files.',
  exportsDocxPreparing: 'Preparing the Word document…',
  exportsDocxButton: 'Download Word document (.docx)',
  exportsDocxSaved: 'Word document saved as {fileName}.',
  exportsDocxFailed: 'The Word document could not be made: {reason} Try again.',
  exportsDocxHint: 'The same memo as the PDF, editable: headings, tables, linked sources and your answers.',
  exportsCalendarButton: 'Download calendar (.ics)',
  exportsCalendarHint: 'Every deadline as an all-day event (it includes the model name, not your answers).',
  exportsCalendarSaved: 'Calendar saved as {fileName}. Open it with your calendar app to add the deadlines.',
  exportsJsonButton: 'Export answers (JSON)',
  exportsJsonHint: 'A file with your answers to keep, import later, or run through the command line.',
  exportsJsonSaved:
    'Answers saved as {fileName}{carried, select, signoff {, with the sign-off} sources {, with the sources of the answers} both {, with the sign-off and the sources of the answers} other {}}. Import the file here later to see this report again.',
  // Import an answers file
  importHeading: 'Import answers',
  importFileLabel: 'Answers file (JSON)',
  importFileHint:
    'A file made with “Export answers”. It opens as a report; save it to your workspace from there.',
  importUnreadable: 'The file could not be read: {reason}',
  importDone:
    'Imported the answers from {fileName}{fromVersion, select, none {} other { (converted from answers schema version {fromVersion}: see what changed above the report)}}. The report below is worked out from them.',
  // Shared words: citations, external links
  sources: 'Sources',
  citationsLabel: '{label}: ',
  opensInNewTab: '(opens in a new tab)',
  // Methodology page
  methodologyDocumentTitle: 'Methodology — GPAI Navigator',
  methodologyHeading: 'Methodology',
  methodologyIntro:
    'How GPAI Navigator turns facts about a model into a cited result, which sources it uses, and where its limits are.',
  methodologyNotAdvice:
    'Not legal advice. The tool applies published rules to your answers; it does not replace a lawyer’s judgement.',
  methodologyVersionHeading: 'Rules version and changelog',
  methodologyRulesVersion: 'Rules version',
  methodologySourcesAsOf: 'Legal sources as of',
  methodologyVersionText:
    'Every report shows the rules version it was computed with. The version changes whenever a change could alter any result for the same answers and date, so a report can always be reproduced.',
  methodologyChangelog: 'Changelog',
  methodologySourcesHeading: 'Legal sources',
  methodologySourcesText:
    'The rules were read from these texts. Paraphrases are our own; each link goes to the page where the text is published.',
  methodologySourceDated: '{reference} · dated {date}',
  methodologyProcedureHeading: 'How the result is worked out',
  methodologyProcedureText:
    'You answer facts; the tool derives the legal conclusions. Each conclusion in a report names its rule (R1–R94, E1–E30 of the rules reference) and links to the article or guideline section. Each rule number links to {rulesLink}page, which states every rule with its sources and the revision that last changed it.',
  methodologyRulesLink: 'the rules',
  methodologyStepScope: 'Scope.',
  methodologyStepScopeText:
    'A model used only for research before it is placed on the market is not yet covered; a model put into service only for scientific research is outside the Act (R2, R3).',
  methodologyStepGpai: 'General-purpose AI model?',
  methodologyStepGpaiText:
    'More than {gpaiThresholdSup} of training compute and text, speech, image or video generation indicate a GPAI model; the range of tasks can overturn this both ways (R7–R11).',
  methodologyStepProvider: 'Provider?',
  methodologyStepProviderText:
    'Whoever develops the model (or has it developed) and first makes it available in the EU, through any channel, is the provider; a downstream modifier becomes one only when the modification uses more than a third of the original compute (R14–R30).',
  methodologyStepSystemicRisk: 'Systemic risk.',
  methodologyStepSystemicRiskText:
    'Presumed above {systemicRiskThresholdSup} of cumulative compute, or designated by the Commission; an accepted contest ends it (R31–R39).',
  methodologyStepOpenSource: 'Open-source exemption.',
  methodologyStepOpenSourceText:
    'A free and open-source licence with public weights and no monetisation removes Art. 53(1)(a), 53(1)(b) and 54 — never the copyright policy or training summary, and never for a model with systemic risk (R48–R55).',
  methodologyStepObligations: 'Obligations and dates.',
  methodologyStepObligationsText:
    'Obligations apply from placement, or by {legacyComplianceDeadline} for models placed before {chapterVApplies}; the systemic-risk obligations apply from placement at the latest, and the report says to prepare from the day the threshold was met (E28). The notification to the Commission is due two weeks after the threshold is met or known, also before placing (R88); when that date is unknown, at the latest two weeks after first placing (R89). The Commission can request information, evaluate models, order measures and fine from {finesApply} (R56–R74, R94).',
  methodologyStepSystems: 'AI systems.',
  methodologyStepSystemsText:
    'Whoever builds or runs an AI system on a general-purpose AI model also has duties as a provider or deployer of that system. The report names them, marked “not assessed”, and does not assess them (R93).',
  methodologyComputeHeading: 'How training compute is estimated',
  methodologyComputeIntro:
    'Compute is counted in floating-point operations (FLOP). All operations count the same, whatever their precision (R46). Two figures matter (R42):',
  methodologyUpdateCompute: 'Parameter-update compute',
  methodologyUpdateComputeText:
    '— the compute that directly updated the model’s weights. It decides the {gpaiThresholdSup} test and the one-third test for modifications (R7, R12, R24).',
  methodologyCumulativeCompute: 'Cumulative compute',
  methodologyCumulativeComputeText:
    '— everything that contributed to the model’s capabilities: parameter updates plus non-public synthetic data generation and the compute behind weights that were merged in or used for initialisation. It decides the {systemicRiskThresholdSup} systemic-risk test. Public synthetic data, evaluations, failed experiments, teacher and reward models are left out (R33).',
  methodologyEstimateMethods:
    'Without a measured figure, either method of the guidelines is accepted (R44, R45):',
  methodologyFromHardware: 'From hardware:',
  methodologyFromHardwareText:
    '— number of accelerators × seconds used × peak FLOP per second × average utilisation.',
  methodologyFromArchitecture: 'From the architecture:',
  methodologyFromArchitectureText:
    '— six times the number of parameters times the number of training tokens, for large dense transformers. For example, 3.8 billion parameters trained on 3.3 trillion tokens is about {example} (R47).',
  methodologyEstimateMargin:
    'An estimate is acceptable if, in your best judgement, it is within a {estimateTolerance} error margin (R43). Every threshold test is strictly “more than”: exactly {gpaiThresholdSup} or exactly {systemicRiskThresholdSup} does not meet it (E2). When an estimate lies within ±{estimateTolerance} of a threshold, the report warns you so you keep monitoring. If a modifier cannot know the original model’s compute, the one-third test uses {systemicRiskThird} for an original with systemic risk and {gpaiThird} otherwise (R25).',
  methodologyLimitsHeading: 'Limits',
  methodologyLimitGuidelines:
    'The Commission’s guidelines are {notBinding}. They show how the Commission will apply the Act, but only the {court} interprets the AI Act authoritatively (GL ¶9).',
  methodologyNotBinding: 'not binding',
  methodologyCourt: 'Court of Justice of the European Union',
  methodologyLimitAmbiguous:
    'Where the law is unclear, the report gives the most defensible reading, says which one it chose and marks it “Ambiguous”. A reviewer may reasonably take the other reading.',
  methodologyLimitSystems:
    'The tool covers general-purpose AI {models} (Chapter V). Obligations for AI {systems} — transparency under Art. 50, high-risk rules, prohibited practices — are not assessed: a report names the ones that may apply to you, marked “not assessed” (R93).',
  methodologyModels: 'models',
  methodologySystems: 'systems',
  methodologyLimitAuthentic:
    'Only the Official Journal text is authentic. The AI Act was read from a consolidated text including Regulation (EU) 2026/1744.',
  methodologyLimitUnknown:
    'Answers you mark “I don’t know” are replaced by stated assumptions; check them before relying on a result.',
  methodologyUnverifiedHeading: 'Not verified against a primary text',
  methodologyUnverifiedIntro: 'These points rest on secondary sources only:',
  methodologyUnverifiedAdoptedGuidelines:
    'Whether the formally adopted guidelines, C(2025) 7719 final of 19 November 2025, differ in wording from the July 2025 text that was read.',
  methodologyUnverifiedParagraphs: 'Exact paragraph numbers in the guidelines other than those cited.',
  methodologyUnverifiedTemplate:
    'Details of the training-content template (the top 10 % / top 5 % / 1 000-domain rule, the update cadence) and its formal Communication C(2025) 8311.',
  methodologyUnverifiedArt56:
    'The exact wording of Art. 56(6) as amended by Regulation (EU) 2026/1744, and the application date of the amended Art. 75.',
  methodologyUnverifiedImplementing:
    'The content of Implementing Regulation (EU) 2026/1755 and the first Art. 91 information requests reported in September 2026.',
  methodologyUnverifiedDelegatedAct:
    'That no delegated act has changed the {systemicRiskPowerSup} FLOP threshold or Annex XIII after 27 July 2026.',
  methodologyUnverifiedSignatories: 'The list of Code of Practice signatories.',
  methodologyUnverifiedBlueGuide:
    'The Blue Guide wording on “commercial activity” used for private hobbyists.',
  // Methodology: the law's numbers and dates
  lawHeading: 'The law’s numbers and dates',
  lawIntro:
    'Every threshold, period and date of application the assessment uses, with the date from which it holds, where it comes from and the rule that applies it. The engine reads them only from this table.',
  lawCaption: 'Dated parameters of the law',
  lawParameter: 'Parameter',
  lawValue: 'Value (holds from)',
  lawSource: 'Source',
  lawRule: 'Rule',
  lawWeeks: '{n, plural, one {# week} other {# weeks}}',
  lawMonths: '{n, plural, one {# month} other {# months}}',
  lawFrom: '(from {date})',
  // Methodology: periods and public holidays
  periodsHeading: 'Periods and public holidays',
  periodsCounting:
    'Deadlines that run for a period — the two weeks for notifying the Commission (Art. 52(1)), the six months of Art. 52(5), the guidelines’ two weeks after {chapterVApplies} — are counted under Regulation (EEC, Euratom) No 1182/71. The day of the event is not counted; a period in weeks ends on the same weekday, a period in months on the same date. When the last day is a Saturday, a Sunday or a public holiday, the period ends at the end of the next working day, and the report shows the legal last day and says that it moved and why (R87). For example, two weeks after Saturday {chapterVApplies} ended on Saturday 16 August 2025, so the period ran to Monday 18 August 2025.',
  periodsFixedDates:
    'Fixed dates of application never move: the Commission’s enforcement powers apply from {finesApply} although it is a Sunday.',
  periodsHolidays:
    'The public holidays are those of the Commission, where a notification is made. They are applied only from the Commission decisions this tool ships and cites',
  periodsHolidayDecision: ': {decision}, {oj} (opens in a new tab)',
  periodsOtherYears:
    '. For other years the report notes that a Commission public holiday on the last day would extend the period to the next working day.',
  // Methodology: worked examples
  examplesHeading: 'Worked examples',
  examplesIntro:
    'These {n} examples are the engine’s own test scenarios, written from the rules reference. The results below are computed live by the same engine that produces your report, each as of the date shown.',
  examplesCaption: 'Worked examples and the engine’s verdicts',
  examplesExample: 'Example',
  examplesGpai: 'GPAI model?',
  examplesProvider: 'Provider?',
  examplesSystemicRisk: 'Systemic risk',
  examplesOpenSource: 'Open-source exemption',
  examplesObligations: 'Obligations that apply',
  examplesAsOf: 'as of {date}',
  examplesRoleProvider: 'Yes',
  examplesRoleModification: 'Yes, of the modification',
  examplesRoleIntegrator: 'Yes, as integrator bringing it into the EU',
  examplesRoleDownstream: 'No (downstream provider)',
  examplesRoleHost: 'No (host)',
  examplesRoleContractor: 'No (contractor for the provider)',
  examplesRoleNotPlaced: 'No (not placed)',
  examplesRoleOutOfScope: 'No (out of scope)',
  examplesRiskPresumed: 'Presumed',
  examplesRiskDesignated: 'Designated',
  examplesRiskNone: 'None',
  examplesExempted: 'Exempted:',
  examplesSystemDuties: 'AI-system duties: not assessed',
  examplesNotEvaluated: 'Could not be evaluated.',
  // Rules page (the page's own words; the rules are in the area "rules")
  rulesDocumentTitle: 'The rules — GPAI Navigator',
  rulesHeading: 'The rules',
  rulesIntro:
    'Every rule (R1–R94) and edge case (E1–E30) the result is worked out from, as the rules reference states it, with the sources it cites.',
  rulesRevision:
    'Rules reference revision 2 ({date}), applied by rules version {version}. Each entry says which revision last changed it. Rule numbers in a report and on the methodology page link here. Links to the AI Act open EUR-Lex at the article (the consolidated text has no anchors for paragraphs); links to the guidelines and the Code of Practice open the Commission’s page, where the cited section is found.',
  rulesContents: 'Contents',
  rulesAddedIn2: 'Added in revision 2',
  rulesChangedIn2: 'Last changed in revision 2',
  rulesUnchangedSince1: 'Unchanged since revision 1',
  rulesAsCited: 'As the reference cites it: ',
  rulesNoSource: 'The reference cites no source of its own here; the rules it names carry theirs.',
  // Workspace: failures (src/shared/workspace/errors.ts)
  workspaceErrorAsGiven: '{message}',
  workspaceUnavailable:
    'This browser does not let the page keep a workspace (storage is disabled, or this is a private window), so {what} could not be saved or read. To keep your work, export the workspace as a file (Workspace → Export) or download the answers from the page you are on.',
  workspaceQuota:
    "Your browser has no space left for the workspace, so {what} could not be saved. To keep your work, export the workspace as a file (Workspace → Export) or download the answers from the page you are on. Then free space: delete assessments you no longer need, or clear other sites' data.",
  workspaceConflict:
    'Someone changed this in another tab since you opened it, so {what} could not be saved. Choose: keep your version or take theirs.',
  workspaceNotFound:
    "It no longer exists in this browser's workspace (it may have been deleted in another tab), so {what} could not be saved.",
  workspaceLocked:
    'This version is signed and locked; it cannot change, so {what} could not be saved. Edit the draft to start a new version.',
  workspaceWriteFailed:
    'The browser refused to save {what}. Nothing was changed. Try again; if it keeps failing, to keep your work, export the workspace as a file (Workspace → Export) or download the answers from the page you are on.',
  workspaceNewerVersion:
    "A newer version of GPAI Navigator has updated this browser's workspace, so {what} could not be saved or read here. Reload the page to use the newer version.",
  workspaceImportRewritesVersion:
    'The file would change version {seq} of an assessment already in this workspace (versions never change once recorded), so nothing was imported. Delete that assessment first if the file should replace it.',
  // Workspace: what was not saved
  whatIt: 'it',
  whatWorkspace: 'the workspace',
  whatAssessment: 'the assessment',
  whatNewAssessment: 'the new assessment',
  whatYourChanges: 'your changes',
  whatChangesTo: 'your changes to “{name}”',
  whatCopy: 'the copy',
  whatDeletion: 'the deletion',
  whatNamed: '“{name}”',
  whatVersions: 'the versions',
  whatVersion: 'the version',
  whatNewVersion: 'the new version',
  whatSignoff: 'the sign-off',
  whatTasks: 'the tasks',
  whatTask: 'the task',
  whatImport: 'the import',
  whatLegacyDraft: 'the answers saved earlier in this browser',
  whatClearing: 'clearing the workspace',
  // Saved answers of earlier builds (src/shared/draft)
  draftDamaged: 'The answers saved in this browser are damaged and cannot be read, so they were not used.',
  draftOtherVersion:
    'The answers saved in this browser come from a different version of this tool, so they were not used.',
  draftPeekDamaged: 'The saved answers are damaged and cannot be read.',
  draftPeekOtherVersion: 'The saved answers come from a different version of this tool and cannot be used.',
  // Dates typed by the reader (src/shared/dates/date-input.ts)
  dateExactDay:
    'Enter the exact day in {month}: {n, plural, one {the AI Act date {dates} falls} other {the AI Act dates {dates} fall}} in that month, so the day decides which rules apply.',
  dateNotInCalendar: 'This date does not exist in the calendar. Check the day and month.',
  dateFormat:
    'Write the date like {words}, {slashes} or {iso} (day before month) — or only the month, like {month}.',
  dayFormat: 'Write the date like {words}, {slashes} or {iso} (day before month).',
  // Workspace files (src/shared/workspace/file.ts)
  fileTooLarge: 'This file is larger than {mb} MB, too large to be a GPAI Navigator workspace.',
  fileEmpty: 'The file is empty.',
  fileNotJson: 'This file is not valid JSON, so it cannot be read as a workspace.',
  fileTooDeep: 'The JSON is nested too deeply to be a workspace file.',
  fileDuplicateKey: 'This file gives the same field twice, so it is not clear which value is meant.',
  fileInvalidValues:
    'The file could not be imported: {n, plural, one {one value is not valid} other {# values are not valid}}. Nothing was changed.',
  fileInconsistent: 'The file’s records do not fit together, so it was not imported. Nothing was changed.',
  fileIsAnswersFile:
    'This is an answers file of one model, not a workspace file. Open it with “Import answers (JSON)” on the start page.',
  fileNotWorkspace: 'This is not a GPAI Navigator workspace file: it lacks "format": "{format}".',
  fileNewerVersion:
    'This workspace file has version {version}, written by a newer GPAI Navigator; this one reads version {reads}. Open it in the newer version.',
  fileWrongVersion: 'This workspace file\'s "version" must be {reads}; it is {given}.',
  fileNoRecords: 'This workspace file has no list of records ("records").',
};
