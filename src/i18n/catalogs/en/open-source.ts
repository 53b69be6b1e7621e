/** Messages of the area "openSource" (ids "openSource.<key>"): the open-source exemption (src/engine/rules/open-source.ts). */
export const openSource = {
  // Verdict labels and summaries outside the licence checks
  labelNotApplicable: 'Not applicable',
  labelNo: 'No',
  labelYesPartial: 'Yes (partial)',
  summaryNotProvider: 'Not applicable: you have no provider obligations to be exempted from.',

  // R48, E14: excluded by systemic risk
  systemicRiskQuestion: 'Can the open-source exemption apply to a model with systemic risk?',
  systemicRiskAnswer: 'The model has systemic risk',
  systemicRiskOutcome:
    'No: the exemption never applies to general-purpose AI models with systemic risk, whatever the licence (E14).',
  summarySystemicRisk: 'No: the exemption never applies to a model with systemic risk, whatever the licence.',

  // R48: no licence facts
  noLicenceQuestion: 'Is the model released under a free and open-source licence with public weights?',
  noLicenceAnswer: 'Not answered',
  noLicenceOutcome: 'No licence facts were given, so the exemption is not established.',
  summaryNoLicence: 'No: nothing indicates a free and open-source release with public weights.',

  // Verdict after the licence checks; {reason} is the first failure below
  summaryExempt:
    'Yes, partially: free and open-source with public weights and no monetisation, so Art. 53(1)(a), 53(1)(b) and 54 do not apply — the copyright policy and training summary still do.',
  summaryNotEstablished: 'Not established: some licence or release facts are unknown.',
  summaryFailure: 'No: {reason}.',

  // R50: the four rights (decisive-answer labels, failures)
  rightLabelAccess: 'Licence allows free access for anyone',
  rightLabelUse: 'Licence allows free use',
  rightLabelModify: 'Licence allows free modification',
  rightLabelDistribute: 'Licence allows free distribution',
  rightFailureAccess: 'the licence does not allow free access for anyone',
  rightFailureUse: 'the licence does not allow free use',
  rightFailureModify: 'the licence does not allow free modification',
  rightFailureDistribute: 'the licence does not allow free distribution',
  rightsQuestion: 'Does the licence let anyone access, use, modify and distribute the model for free?',
  rightsAnswer: 'access: {access}; use: {use}; modify: {modify}; distribute: {distribute}',
  rightsOutcomeGranted: 'Yes: all four rights are granted.',
  rightsOutcomeNotEstablished: 'Not all four rights are established.',

  // R51, R52: licence terms (disqualifying ones are also failures)
  restrictionNonCommercial: 'the licence forbids commercial use or limits it to research',
  restrictionUserCap: 'the licence limits use above a user-count threshold (e.g. monthly active users)',
  restrictionSeparateCommercialLicence: 'some uses require a separate commercial licence',
  restrictionNoDistribution: 'the licence bans distribution',
  restrictionSafetyClauses: 'safety-based use restrictions',
  restrictionAttributionShareAlike: 'attribution / share-alike',
  termsQuestion: 'Do the licence terms restrict use?',
  termsOutcomeDisqualifying:
    'Disqualifying: non-commercial or research-only terms, user-count caps, separate commercial licences or distribution bans defeat the exemption.',
  termsOutcomeAllowed:
    'Allowed: attribution, share-alike and proportionate safety-based restrictions do not defeat the exemption.',

  // E15
  e15Title: 'Safety-based licence restrictions',
  e15ReadingChosen:
    'Treated as allowed: proportionate, objective, non-discriminatory safety restrictions are permitted.',
  e15Alternative:
    'Whether a given clause is proportionate is a judgement call; broad or vague “responsible use” clauses could be read as restricting use and defeat the exemption.',

  // R55: public weights, architecture and usage information ({fact} is one of publicWeights… below)
  publicWeights: 'the weights are public',
  publicArchitecture: 'information on the architecture is public',
  publicUsageInfo: 'model-usage information is public',
  publicLabelWeights: 'Weights are public',
  publicLabelArchitecture: 'Architecture information is public',
  publicLabelUsageInfo: 'Model-usage information is public',
  publicFailure: 'not all of the following hold: {fact}',
  publicQuestion: 'Are the weights, architecture information and usage information public?',
  publicAnswer: 'weights: {weights}; architecture: {architecture}; usage: {usage}',
  publicOutcomeAll: 'Yes: all three are public.',
  publicOutcomeNotEstablished: 'Not all three are established as public.',

  // R53, R54: monetisation (each kind is also a failure)
  monetisationPrice: 'the model is offered for a price',
  monetisationDualLicence: 'it is dual-licensed (free for some, paid for commercial use or above a scale)',
  monetisationRequiredPaidSupport:
    'paid support, services or a runtime without which it cannot be used are required',
  monetisationExclusivePaidHosting:
    'it is accessible only through your paid platform (or free access funded by advertising)',
  monetisationPersonalData: 'access or use requires the collection of personal data',
  monetisationQuestion: 'Is the model monetised?',
  monetisationAnswerOptionalServices: 'Only optional paid services alongside',
  monetisationOutcomeNone: 'No monetisation: optional paid services that do not affect free use are allowed.',
  monetisationOutcomeDefeats: 'Monetisation defeats the exemption.',
  monetisationOutcomeMicroenterprise:
    'Transactions between microenterprises are deemed not to be monetisation.',

  // E16
  e16Title: 'Monetised only between microenterprises',
  e16ReadingChosen: 'The exemption survives: monetisation is deemed absent between microenterprises.',
  e16Alternative:
    'The licence “access” right means free access for anyone; a paid deal could be read as defeating it.',

  // Open questions for unknown licence or release facts
  askMicroenterprise:
    'Are you and every paying counterpart microenterprises (fewer than 10 staff and an annual turnover or balance-sheet total of at most EUR 2 million)?',
  askPublic: 'Check the licence and release: {fact}?',
  askRightAccess: 'Check the licence and release: does it grant free access for anyone?',
  askRightUse: 'Check the licence and release: does it grant free use?',
  askRightModify: 'Check the licence and release: does it grant free modification?',
  askRightDistribute: 'Check the licence and release: does it grant free distribution?',
  askWhom: 'Legal (licence) and the release team',
  askAssumption: 'The exemption is not applied until this is confirmed.',

  // Counterfactuals; {failures} lists the failures above, joined by semicolons
  whatIfExemptChange: 'If none of the following were the case any more — {failures} —',
  whatIfExemptEffect:
    'the open-source exemption from Art. 53(1)(a), Art. 53(1)(b) and Art. 54 could apply (the copyright policy and training summary would still be owed).',
  whatIfLoseChange:
    'If you started charging for the model, added a non-commercial or user-cap clause, or it reached systemic risk,',
  whatIfLoseEffect:
    'the exemption would fall away and technical documentation, downstream information (and an authorised representative if outside the EU) would be owed.',
};
