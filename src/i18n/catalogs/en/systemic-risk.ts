/** Messages of the area "systemicRisk" (ids "systemicRisk.<key>"): src/engine/rules/systemic-risk.ts. */
export const systemicRisk = {
  // Gates (R31, R21, R57, R14, R30, E6)
  labelNotApplicable: 'Not applicable',
  gateNotGpai: 'Not applicable: only general-purpose AI models can have systemic risk.',
  gateIntegrator:
    'Not your assessment to make: the model’s provider classifies it. As a downstream provider you can rely on its Annex XII information.',
  gateHost: 'Not your assessment to make: each uploader classifies its own models.',
  gateModifierOriginalSR:
    'Stays with the original provider: the original model has systemic risk, but your modification is below the threshold, so its obligations remain the original provider’s (E6).',
  gateModifierNotProvider: 'Not applicable to you: you are not the provider of the modified model.',

  // Decisive answers (R33, R36)
  decisiveComputeLabel: 'Cumulative training compute',
  computeAtLeast: 'At least {flop} (some parts unknown)',
  decisiveMethodLabel: 'How the compute figure was obtained',

  // The presumption (R32, E2, R29, E5, R88)
  computeQuestion:
    'Does cumulative training compute (including non-public synthetic data generation and inherited weights) exceed {systemicRiskThreshold}?',
  computeOutcomeYes: 'Yes: the model is presumed to have high-impact capabilities, hence systemic risk.',
  computeOutcomeUnknown: 'Unknown: the presumption cannot be checked until the compute is estimated.',
  computeOutcomeExactly:
    'No: exactly {systemicRiskThreshold} does not meet "greater than" (E2), so no presumption.',
  computeOutcomeNo: 'No: not more than {systemicRiskThreshold}, so no presumption.',
  modifiedSRQuestion: 'Is the original model a general-purpose AI model with systemic risk?',
  modifiedSROutcome:
    'A significant modification of a model with systemic risk is presumed to have high-impact capabilities: the modified model is presumed to have systemic risk.',
  modifiedComputeQuestion:
    'Does the modified model’s cumulative compute (original plus modification) exceed {systemicRiskThreshold}?',
  modifiedComputeOutcome:
    'Yes: cumulative compute includes the compute that trained the weights you started from, so the modified model is presumed to have systemic risk.',
  e5Title: 'Modification pushes cumulative compute above {systemicRiskPower}',
  e5Reading:
    'Presumed systemic risk: cumulative compute includes the compute of weights used for initialisation (R33).',
  e5Alternative: 'The guidelines do not discuss this combination explicitly.',
  plannedQuestion:
    'Will the cumulative training compute planned for the model exceed {systemicRiskThreshold}?',
  plannedAnswer: 'Planned: {flop}',
  plannedOutcome:
    'Yes: it is known that the threshold will be met, so the model is presumed to have systemic risk and the Art. 52(1) notification is owed within two weeks of that becoming known — before training ends and before placing.',

  // Compute caveats (R35, R43, E2)
  askComputeQuestion:
    'What is the cumulative training compute, including fine-tuning, non-public synthetic data generation and any weights you started from?',
  askComputeWhom: 'The training or infrastructure team',
  askComputeAssumption: 'Assumed not above {systemicRiskThreshold}, so no systemic-risk presumption.',
  warnCumulativeUnknown:
    'Cumulative compute is not fully known: providers must estimate it, ideally before the large pre-training run, and notify within two weeks once it is known that it will exceed {systemicRiskThreshold}.',
  warnNearThreshold:
    'Cumulative compute of {flop} is within ±{estimateTolerance} of {systemicRiskThreshold}. An estimate within {estimateTolerance} is legally sufficient, but keep monitoring and document the method; a better estimate could change the result.',

  // The date the threshold was met (R34, R35, R89)
  askMetDateQuestion:
    'On what date was the {systemicRiskThreshold} threshold met, or did it become known that it would be met (e.g. when the training run was planned)?',
  askTrainingTeamWhom: 'The training team and whoever approved the compute budget',
  askMetDateAssumption:
    'For a model already placed, the notification is taken as due at the latest two weeks after first placing (R89); otherwise its deadline cannot be computed.',

  // Contest (R37, E21)
  decisiveContestLabel: 'Contest of the presumption',
  contestAcceptedQuestion: 'Did the Commission accept your arguments against the presumption?',
  contestAcceptedAnswer: 'Accepted; informed: {informed}',
  contestAcceptedOutcome:
    'The systemic-risk obligations end from when you were informed; you must notify again on a substantial change, and the Commission may still designate the model.',
  contestAcceptedLaterOutcome: 'Accepted with effect from {date}; until then the obligations apply.',
  contestedQuestion: 'Have you contested the presumption?',
  contestPendingAnswer: 'Yes, decision pending',
  contestPendingOutcome: 'A pending contest does not suspend the obligations.',
  warnContestPending:
    'Your contest is pending: the systemic-risk obligations apply in full until the Commission accepts it.',
  askContestQuestion:
    'Did you argue, with the notification, that the model exceptionally does not present systemic risk — and did the Commission decide?',
  askLegalWhom: 'Legal or regulatory affairs',
  askContestAssumption: 'Assumed no contest: the presumption stands.',
  contestRejectedAnswer: 'Yes, rejected',
  contestRejectedOutcome: 'Rejected: the model has systemic risk from when the condition was met.',
  warnContestNotWithNotification:
    'Art. 52(2) lets you present your arguments against the presumption with the notification; arguments sent separately may not be considered in that procedure — check with the AI Office.',

  // Designation (R38, R39)
  askDesignatedQuestion:
    'Has the Commission informed you that it designated the model as having systemic risk?',
  askDesignatedAssumption: 'Assumed not designated.',
  decisiveDesignationLabel: 'Designated by the Commission; informed on',
  designationQuestion:
    'Has the Commission designated the model as a general-purpose AI model with systemic risk?',
  designationAnswer: 'Yes; informed {informed}',
  designationOutcome:
    'Designated: the systemic-risk obligations apply from when you were informed of the designation. You may ask for reassessment no earlier than six months after it (R39).',
  askDesignationDateQuestion: 'On what date were you informed of the designation decision?',
  askDesignationDateWhom: 'Legal or regulatory affairs (the Commission’s decision letter)',
  askDesignationDateAssumption: 'The start date of the systemic-risk obligations cannot be given.',

  // Designation risk from reach (R92)
  warnDesignationRisk:
    'Made available to at least 10 000 registered business users in the EU: Annex XIII presumes a high impact on the internal market, so the Commission may designate the model as having systemic risk (Art. 51(1)(b), 52(4)). Nothing changes until a designation; keep the Annex XIII facts documented.',
  askUsersQuestion:
    'How many registered business users in the EU is the model made available to: at least 10 000, or fewer?',
  askUsersWhom: 'The sales or product team',
  askUsersAssumption: 'No designation risk from reach is reported.',

  // Continued training planned above the threshold (R35, E20)
  continuedQuestion:
    'Is further training planned that will take cumulative compute above {systemicRiskThreshold}?',
  continuedOutcome:
    'Yes: the notification is due within two weeks of it becoming known that the threshold will be met — before the crossing. The model is presumed to have systemic risk, and Art. 55 applies, from the crossing (E20).',
  askContinuedDateQuestion:
    'On what date did it become known that continued training would take the model above {systemicRiskThreshold}?',
  askContinuedDateAssumption: 'The notification is due without delay.',

  // What would change
  whatIfCrossChange:
    'With more than {systemicRiskThreshold} of cumulative training compute (now {flop}, {percent} % of it),',
  whatIfCrossEffect:
    'the model would be presumed to have systemic risk: you would have to notify the Commission within two weeks and meet Art. 55, and any open-source exemption would fall away.',
  whatIfContestChange:
    'If you showed, with the notification, that the model exceptionally does not present systemic risk and the Commission accepted it,',
  whatIfContestEffect:
    'the systemic-risk obligations would end when you are informed (mitigations do not count as arguments).',

  // The verdict's label and summary
  labelDesignated: 'Designated',
  summaryDesignated:
    'Yes — designated by the Commission: the systemic-risk obligations apply from when you were informed.',
  labelPresumed: 'Presumed',
  summaryModifiedSR: 'Presumed: you significantly modified a model with systemic risk.',
  summaryContestPending:
    'Presumed: cumulative compute exceeds {systemicRiskThreshold}. Your contest is pending and does not suspend the obligations.',
  summaryPresumed: 'Presumed: cumulative training compute exceeds {systemicRiskThreshold}.',
  labelNo: 'No',
  summaryContestAccepted: 'No longer: the Commission accepted your arguments against the presumption.',
  labelNotYet: 'Not yet — notify now',
  summaryNotificationOnly:
    'Not yet: continued training is planned above {systemicRiskThreshold}, so notify the Commission now; the presumption applies from the crossing.',
  labelNotEstablished: 'Not established',
  summaryComputeUnknown:
    'Not established: cumulative compute is unknown, so the {systemicRiskThreshold} presumption cannot be checked.',
  summaryNo:
    'No: cumulative training compute does not exceed {systemicRiskThreshold} and the model is not designated.',
};
