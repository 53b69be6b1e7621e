/** Messages of the area "obligations" (ids "obligations.<key>"). */
export const obligations = {
  // ── What to produce: Annex XI Section 1 (src/engine/rules/obligation-catalogue.ts) ──
  annexXI1GeneralDescription:
    'Annex XI §1: general description — intended tasks and the kinds of AI systems it can be integrated into',
  annexXI1AcceptableUse: 'Annex XI §1: acceptable-use policies',
  annexXI1ReleaseDistribution: 'Annex XI §1: release date and methods of distribution',
  annexXI1Architecture: 'Annex XI §1: architecture and number of parameters',
  annexXI1Modalities: 'Annex XI §1: input and output modalities and formats',
  annexXI1Licence: 'Annex XI §1: licence',
  annexXI1Integration: 'Annex XI §1: technical means for integration (instructions, infrastructure, tools)',
  annexXI1Design:
    'Annex XI §1: design specifications and training process, methodologies and key design choices',
  annexXI1Data:
    'Annex XI §1: training, testing and validation data — type, provenance, curation, bias detection',
  annexXI1Compute: 'Annex XI §1: computational resources used for training (FLOP, training time)',
  annexXI1Energy: 'Annex XI §1: known or estimated energy consumption',
  annexXI1Optimise:
    'Annex XI §1: what the model is designed to optimise for and the relevance of the different parameters',
  annexXI1DataPoints:
    'Annex XI §1: number of data points, their scope and main characteristics; how the data was obtained and selected',
  // Annex XI Section 2 (models with systemic risk)
  annexXI2Evaluation:
    'Annex XI §2: evaluation strategies and results, with the evaluation criteria, metrics and methodology',
  annexXI2Adversarial:
    'Annex XI §2: adversarial testing (red-teaming), model adaptations, alignment and fine-tuning measures',
  annexXI2SystemArchitecture:
    'Annex XI §2: system architecture — how software components build on or feed into each other (where applicable)',
  // Code of Practice chapters
  copTransparency: 'Transparency (Model Documentation Form)',
  copCopyright: 'Copyright',
  copSafetySecurity: 'Safety and Security',
  // Art. 53(1)(a)
  articleArt53_1_a: 'Art. 53(1)(a)',
  titleArt53_1_a: 'Technical documentation for the AI Office and national authorities',
  explanationArt53_1_a:
    'Draw up and keep up to date technical documentation of the model, including its training and testing process and evaluation results, and provide it to the AI Office or national authorities on request.',
  produceArt53_1_aForm:
    'Code of Practice Model Documentation Form (Transparency chapter) as a convenient format',
  // Art. 53(1)(b)
  articleArt53_1_b: 'Art. 53(1)(b)',
  titleArt53_1_b: 'Information and documentation for downstream providers',
  explanationArt53_1_b:
    'Draw up, keep up to date and make available to providers of AI systems who integrate the model the information they need to understand its capabilities and limitations and to meet their own obligations, while protecting IP and trade secrets.',
  annexXIIGeneralDescription:
    'Annex XII: general description — intended tasks, acceptable-use policies, release date, distribution methods',
  annexXIIInteraction:
    'Annex XII: interaction with hardware or software that is not part of the model, relevant software versions',
  annexXIIArchitecture:
    'Annex XII: architecture, parameters, input/output modalities and formats (incl. context window), licence',
  annexXIIIntegrationData:
    'Annex XII: technical means for integration; information on training data and its curation',
  produceArt53_1_bForm: 'Code of Practice Model Documentation Form (downstream-provider fields)',
  // Art. 53(1)(c)
  articleArt53_1_c: 'Art. 53(1)(c)',
  titleArt53_1_c: 'Copyright policy',
  explanationArt53_1_c:
    'Put in place a policy to comply with Union copyright law, in particular to identify and respect, including with state-of-the-art technologies, reservations of rights (opt-outs) under Art. 4(3) of Directive (EU) 2019/790. It applies wherever the training took place.',
  produceArt53_1_cPolicy: 'A written copyright policy, with who is responsible for it',
  produceArt53_1_cOptOuts:
    'How text-and-data-mining opt-outs (Art. 4(3) DSM Directive) are identified and respected, e.g. robots.txt and other machine-readable protocols',
  produceArt53_1_cCrawlers: 'How crawlers are configured and how lawful access to content is ensured',
  produceArt53_1_cContact: 'A point of contact and a complaint-handling process for rightsholders',
  // Art. 53(1)(d)
  articleArt53_1_d: 'Art. 53(1)(d)',
  titleArt53_1_d: 'Public summary of training content',
  explanationArt53_1_d:
    "Draw up and publish a sufficiently detailed summary of the content used to train the model, using the AI Office's mandatory template.",
  produceArt53_1_dTemplate1:
    'Template §1: general information — provider, model and versions, modalities, training-data size by modality',
  produceArt53_1_dTemplate2:
    'Template §2: data sources — public and licensed datasets, main web-crawled domain names, user data, synthetic data',
  produceArt53_1_dTemplate3:
    'Template §3: data-processing aspects — respect of reservations of rights, removal of illegal content',
  produceArt53_1_dPublication: 'Publication of the summary (e.g. on the model page), kept up to date',
  // Art. 53(3)
  articleArt53_3: 'Art. 53(3)',
  titleArt53_3: 'Cooperation with the Commission and national authorities',
  explanationArt53_3:
    'Cooperate as necessary with the Commission (AI Office) and national competent authorities in the exercise of their powers under the AI Act.',
  produceArt53_3Contact:
    'A point of contact and an internal process for answering information and evaluation requests',
  // Art. 54
  articleArt54: 'Art. 54',
  titleArt54: 'Authorised representative in the Union',
  explanationArt54:
    'A provider established outside the Union must, by written mandate and before placing the model on the Union market, appoint an authorised representative established in the Union.',
  produceArt54Mandate: 'A written mandate to an EU-established authorised representative',
  produceArt54Keeps:
    'The representative keeps the Annex XI documentation for 10 years after placing and answers the AI Office',
  produceArt54Verifies:
    'The representative verifies the technical documentation and ends the mandate if the provider breaches its obligations',
  // Art. 52(1)
  articleArt52_1: 'Art. 52(1)',
  titleArt52_1: 'Notify the Commission that the systemic-risk threshold is met',
  explanationArt52_1:
    'Notify the Commission without delay and at the latest within two weeks after the {systemicRiskThreshold} threshold is met or it becomes known that it will be met — possibly before training ends. Arguments that the model exceptionally does not present systemic risk can accompany the notification.',
  produceArt52_1Notification:
    'Notification to the AI Office with the training-compute estimate in FLOP to two significant figures (e.g. 2.3 × {systemicRiskPower})',
  produceArt52_1Method:
    'The estimation method and its assumptions (hardware-based or architecture-based, ±{estimateTolerance})',
  produceArt52_1Arguments:
    'Optionally, arguments under Art. 52(2) that the model exceptionally does not present systemic risk',
  // Art. 55(1)(a)–(d)
  articleArt55_1_a: 'Art. 55(1)(a)',
  titleArt55_1_a: 'Model evaluation including adversarial testing',
  explanationArt55_1_a:
    'Evaluate the model with standardised, state-of-the-art protocols and tools, including conducting and documenting adversarial testing, to identify and mitigate systemic risks.',
  produceArt55_1_aEvaluations:
    'Evaluations with standardised, state-of-the-art protocols and tools, including documented adversarial testing',
  produceArt55_1_aReport: 'Safety and Security Model Report (Code of Practice)',
  articleArt55_1_b: 'Art. 55(1)(b)',
  titleArt55_1_b: 'Assess and mitigate systemic risks',
  explanationArt55_1_b:
    'Assess and mitigate possible systemic risks at Union level, including their sources, that may stem from the development, placing on the market or use of the model.',
  produceArt55_1_bFramework:
    'A systemic-risk assessment and mitigation framework (Safety and Security Framework under the Code of Practice)',
  produceArt55_1_bRecords: 'Records of risk identification, analysis, acceptance decisions and mitigations',
  articleArt55_1_c: 'Art. 55(1)(c)',
  titleArt55_1_c: 'Track, document and report serious incidents',
  explanationArt55_1_c:
    'Keep track of, document and report without undue delay to the AI Office (and, as appropriate, national authorities) serious incidents and possible corrective measures — including serious cybersecurity breaches such as exfiltration of weights.',
  produceArt55_1_cProcess: 'A serious-incident tracking and reporting process',
  produceArt55_1_cReports: 'Incident reports with corrective measures to the AI Office',
  articleArt55_1_d: 'Art. 55(1)(d)',
  titleArt55_1_d: 'Cybersecurity protection',
  explanationArt55_1_d:
    'Ensure an adequate level of cybersecurity protection for the model and its physical infrastructure.',
  produceArt55_1_dSecurity: 'Security measures for weights, infrastructure and insider threats, documented',

  // ── Status of each obligation (src/engine/rules/obligations.ts) ──
  scopeArt53_1_a: 'Limited to the modification: document what you changed and how (R28).',
  scopeArt53_1_b: 'Limited to the modification: information on what changed for downstream providers (R28).',
  scopeModificationData: 'Covers the data used for your modification (R28).',
  exemptionReason:
    'Released under a free and open-source licence with public weights, architecture and usage information, not monetised, and without systemic risk (Art. 53(2), 54(6)).',
  whichApplyQuestion: 'Which provider obligations apply?',
  notProviderAnswer: 'Not the provider of a general-purpose AI model',
  notProviderOutcome: 'None of the Chapter V model obligations apply to you.',
  art54NotApplicable: 'You are established in the EU, so no authorised representative is needed.',
  euEstablishedQuestion: 'Is the provider (the legal entity placing the model) established in the EU?',
  euEstablishedAskWhom: 'Legal (corporate structure)',
  euEstablishedAssumption: 'Assumed not, so an EU authorised representative (Art. 54) is listed.',
  exemptionEndedQuestion: 'From when are the obligations the open-source exemption had removed owed?',
  exemptionEndedAnswer: 'Systemic risk arose on {date}',
  exemptionEndedOutcome:
    'The exemption never covers a model with systemic risk: technical documentation, downstream information and (outside the EU) the authorised representative are owed from the day the systemic risk arose, not from placing.',
  art52ContestAccepted:
    'Fulfilled: your arguments against the presumption accompanied the notification and were accepted.',
  art52Designated:
    'The model was designated rather than presumed: the notification duty arises when the {systemicRiskThreshold} threshold is met.',
  art52NotPresumed:
    'Owed only when cumulative training compute exceeds, or is known to be going to exceed, {systemicRiskThreshold} (or you significantly modify a model with systemic risk).',
  notifiedQuestion: 'Have you notified the Commission?',
  notifiedAnswer: 'Yes, on {date}',
  notifiedLateOutcome:
    'Notified after the deadline of {dueBy}: late notification is an infringement the Commission can take into account (Art. 101).',
  notifiedOutcome:
    'Notified: keep the notification, the compute estimate and the method on file; notify again on a substantial change.',
  lateNotificationWarning:
    'The Art. 52(1) notification was made on {notified}, after its deadline of {dueBy}.',
  art55ContestAccepted:
    'The Commission accepted your arguments that the model does not present systemic risk.',
  art55OnlySystemicRisk: 'Applies only to general-purpose AI models with systemic risk.',
  systemicRiskAddsQuestion: 'Which obligations does systemic risk add?',
  designated: 'Designated',
  presumed: 'Presumed',
  systemicRiskAddsOutcome:
    'Model evaluation with adversarial testing, systemic-risk assessment and mitigation, serious-incident reporting and cybersecurity (Art. 55(1)(a)–(d)), on top of Art. 53 — whose technical documentation then includes Annex XI Section 2 — with no open-source exemption.',
  exemptAnswer: 'Open-source exemption applies',
  noExemptionAnswer: 'No exemption',
  exemptOutcome:
    'Copyright policy, training-content summary and cooperation remain owed; technical documentation, downstream information and the authorised representative are exempted.',
  noExemptionOutcome:
    'Technical documentation, downstream information, copyright policy, training-content summary and cooperation apply to every provider of a general-purpose AI model; there is no SME exemption.',
  modifierQuestion: 'What do your obligations cover as a modifier?',
  modifierAnswer: 'Provider of the modified model',
  modifierOutcome:
    'Documentation covers the modification; the copyright policy and the training summary cover the data used for the modification; Art. 54 applies if you are outside the EU.',

  // ── Placing date, lifecycle, Code of Practice, fines (src/engine/rules/obligation-steps.ts) ──
  placingDateQuestion: 'On what date was the model first made available in the EU (or when is that planned)?',
  placingDateAskWhom: 'The product or release team',
  placingDateAssumption: 'Deadlines that depend on the placing date are shown as unknown.',
  placedQuestion: 'When was the model first placed on the Union market?',
  placedLegacyOutcome:
    'Placed before {chapterVApplies}: the provider must comply by {legacyComplianceDeadline}, covering the whole lifecycle of the model.',
  placedPlannedOutcome: 'Placement planned for {date}: the obligations apply from placement.',
  placedOutcome: 'Placed on or after {chapterVApplies}: the obligations apply from placement.',
  untraceableDataQuestion:
    'What about training data that can no longer be traced for a model placed before {chapterVApplies}?',
  untraceableDataOutcome:
    'Retraining or unlearning is not required where impossible or disproportionate; disclose and justify the gap in the copyright policy and the training summary.',
  modifiedNewModelQuestion: 'Is the modified model a new model?',
  modifiedNewModelAnswer: 'Modified model placed {date}',
  modifiedNewModelOutcome:
    'A significant modification by a downstream actor is a new model placed when you place it; your obligations apply from that date, even if the original was placed before {chapterVApplies}.',
  lifecycleAskQuestion:
    'Is this model the result of its own large pre-training run, or a later version (fine-tune, update) of a model you already placed?',
  lifecycleAskWhom: 'The ML team',
  lifecycleAssumption: 'Assumed a new model, placed on the date given.',
  lifecycleQuestion: 'Is this a new model or a later version of one already placed?',
  lifecycleAnswer: 'A later version; first version placed {date}',
  lifecycleOutcome:
    'Later development by the same provider is the same model: its lifecycle, and its dates, run from the first version’s placing. A new large pre-training run would be a new model.',
  codeFullOutcome:
    'Signing changes neither the classification nor the obligations (E22). Adhering to the adequate Code is a straightforward way to demonstrate compliance with Arts. 53 and 55 (not the Art. 52(1) notification); the Commission focuses on monitoring adherence, and adherence can mitigate fines.',
  codePartialOutcome:
    'Signing changes neither the classification nor the obligations (E22). For the chapters you did not sign you must show alternative adequate means, and you lose the Code’s benefit for them.',
  codeNoneOutcome:
    'Not signing changes no obligation, but you must show alternative adequate means (e.g. a gap analysis against the Code) and can expect more information and evaluation requests.',
  codeUnknownOutcome:
    'Signing the Code of Practice changes neither the classification nor the obligations (E22).',
  codeQuestion: 'Have you signed the General-Purpose AI Code of Practice?',
  codeFullAnswer: 'Yes, all chapters',
  codePartialAnswer: 'Some chapters',
  codePartialWarning:
    'You signed only some chapters of the Code of Practice: document alternative adequate means for the Transparency and Copyright obligations you did not sign up to.',
  codePartialSystemicRiskWarning:
    'You signed only some chapters of the Code of Practice: document alternative adequate means for each obligation the unsigned chapters cover (Transparency, Copyright, Safety and Security).',
  finesQuestion: 'From when can the Commission fine?',
  finesAnswer: 'Evaluated as of {date}',
  finesOutcome:
    '{before, select, yes {No Commission fines before {finesApply}, but the obligations already apply. } other {Since {finesApply} the Commission can fine up to {fineCeiling} — with no SME reduction. }}{legacy, select, yes {For a model placed before {chapterVApplies}, non-compliance starts only after {legacyComplianceDeadline}.} other {}}',
};
