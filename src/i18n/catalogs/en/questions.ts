/** Messages of the area "questions" (ids "questions.<key>"): the questionnaire (src/engine/questionnaire/screens.ts, summary.ts). */
export const questions = {
  // Screen "role": its title, intro and questions (label, short label, hint, answers, help).
  screen_role_title: 'You and the model',
  screen_role_intro:
    'Tell us how you relate to the model. We use this to work out whether you could be its provider.',
  role_label: 'Which of these best describes you?',
  role_shortLabel: 'Your role',
  role_hint:
    'Choose the one closest to your situation for this model. Facts you give later can override this description.',
  role_requiredMessage: 'Select the description that best fits you.',
  role_help:
    'The provider is whoever develops a model, or has it developed, and places it on the market under its own name. In a consortium that is usually the coordinator. Someone who only modifies a model becomes provider only above a compute threshold; someone who only builds on a model provides an AI system, not the model; a host is not the provider of models others upload. Whether an individual or a research lab makes a model available is decided by facts such as a price, not by the description chosen.',
  consortiumRole_label: 'What is your organisation’s role in the consortium?',
  consortiumRole_shortLabel: 'Role in the consortium',
  consortiumRole_requiredMessage: "Select your role in the consortium, or I don't know.",
  consortiumRole_help:
    'When a consortium develops a model, the provider is usually its coordinator, or the consortium itself; the Commission decides case by case. If you do not know, you are treated as the coordinator.',
  modelName_label: 'Model name (optional)',
  modelName_shortLabel: 'Model name',
  modelName_hint: 'Only used to label your report. It stays in this browser.',
  modelName_requiredMessage: 'Enter the model name, or leave it blank.',
  modelName_help:
    'The name is not used by the assessment. It is kept out of share links unless you choose to include it.',
  euEstablished_label: 'Is your organisation established in the EU?',
  euEstablished_shortLabel: 'Established in the EU',
  euEstablished_hint:
    'For example, a registered office in an EU member state. The Act applies whether or not you are.',
  euEstablished_requiredMessage:
    "Select whether your organisation is established in the EU, or I don't know.",
  euEstablished_help:
    'Providers established outside the EU must appoint an authorised representative in the EU, by written mandate, before placing a model on the EU market — unless the open-source exemption applies.',
  // Screen "capabilities"
  screen_capabilities_title: 'What the model can do',
  screen_capabilities_intro:
    'What the model produces, and whether it was built for one specific task, decide whether it can be a general-purpose AI model.',
  outputModalities_label: 'What can the model generate?',
  outputModalities_shortLabel: 'Outputs',
  selectAllThatApply: 'Select all that apply.',
  outputModalities_requiredMessage: "Select at least one kind of output, or I don't know.",
  outputModalities_help:
    'The Commission treats a model as general-purpose when it was trained with more than {gpaiThresholdSup} and can generate language (text, or audio that contains speech), images from text or video from text. Music or sound effects without speech, and work on images it is given (upscaling, inpainting), do not count on their own.',
  generalityFactsSingleTask_label: 'Was the model designed and trained for one specific task?',
  generalityFactsSingleTask_shortLabel: 'Built for one specific task',
  generalityFactsSingleTask_hint:
    'The answers list the Commission’s examples of models that are not general-purpose even when trained with a lot of compute, because they do one narrow task.',
  generalityFactsSingleTask_requiredMessage:
    "Select whether the model was built for one specific task, or I don't know.",
  generalityFactsSingleTask_help:
    'The compute criterion is only indicative. A model built for one narrow task is, exceptionally, not a general-purpose AI model even above it. If you do not know, the compute criterion decides.',
  // Screen "integration"
  screen_integration_title: 'Your AI system',
  screen_integration_intro:
    "You build on someone else's model. These answers tell whether you could become its provider under the rules for supply chains outside the EU.",
  integrationSystemInEu_label: 'Is the AI system built on the model offered or used in the EU?',
  integrationSystemInEu_shortLabel: 'System offered or used in the EU',
  integrationSystemInEu_hint: 'Including putting it into service for your own use in the EU.',
  integrationSystemInEu_requiredMessage:
    "Select whether the AI system is offered or used in the EU, or I don't know.",
  integrationSystemInEu_help:
    'When a model reaches the EU inside an AI system, the model counts as placed on the EU market when the system is.',
  integrationUpstreamExcludedEu_label:
    "Did the model's provider clearly exclude distribution and use in the EU?",
  integrationUpstreamExcludedEu_shortLabel: 'Upstream provider excluded the EU',
  integrationUpstreamExcludedEu_hint:
    'For example, its licence or terms say the model may not be used in, or built into systems for, the EU.',
  integrationUpstreamExcludedEu_requiredMessage:
    "Select whether the model's provider excluded the EU, or I don't know.",
  integrationUpstreamExcludedEu_help:
    'If the upstream provider excluded the EU clearly and unequivocally and you still bring the model into the EU inside your system, you become the provider of the model, with all its obligations.',
  integrationSystemPlacingDate_label:
    'When was the system first offered or used in the EU — or when will it be?',
  integrationSystemPlacingDate_shortLabel: 'System first offered in the EU',
  integrationSystemPlacingDate_hint: 'For example, 15 September 2025.',
  unknownOrNotDecided: "I don't know or it is not decided",
  dateRequired: "Enter the date, or select I don't know.",
  integrationSystemPlacingDate_help:
    'If you become the provider of the model, its obligations apply from the date the system is placed on the EU market.',
  // Screen "modification"
  screen_modification_title: 'Your modification',
  screen_modification_intro:
    'A modifier becomes the provider of the modified model only if it acts on its own account and the modification used more than one third of the compute that trained the original.',
  modificationOnBehalfOfOriginal_label:
    'Do you make the modification on behalf of the model’s original provider?',
  modificationOnBehalfOfOriginal_shortLabel: 'Modification made for the original provider',
  modificationOnBehalfOfOriginal_hint:
    'For example, the original provider commissioned the fine-tune from you and offers the result as its own model.',
  modificationOnBehalfOfOriginal_requiredMessage:
    "Select whether you make the modification for the original provider, or I don't know.",
  modificationOnBehalfOfOriginal_help:
    'A downstream modifier is someone other than the original provider, not acting on its behalf. A modification made by or for the original provider is part of that model’s lifecycle, and the original provider stays its provider. If you do not know, you are treated as acting on your own account.',
  modificationOriginalComputeFlop_label: 'How much compute was used to train the original model?',
  modificationOriginalComputeFlop_shortLabel: 'Original model’s training compute',
  modificationOriginalComputeFlop_hint:
    'In FLOP, for example 3.8e25. The original provider may publish it in its documentation.',
  modificationOriginalComputeFlop_unknownLabel: "I don't know, and cannot estimate it",
  modificationOriginalComputeFlop_requiredMessage:
    "Enter the original model's training compute, or select I don't know.",
  modificationOriginalComputeFlop_help:
    'The one-third test compares your modification with the compute that trained the original. If you cannot know or estimate it, the Commission uses a fallback: one third of {systemicRiskThresholdSup} if the original has systemic risk, otherwise one third of {gpaiThresholdSup}.',
  modificationOriginalSystemicRisk_label:
    'Is the original model a general-purpose AI model with systemic risk?',
  modificationOriginalSystemicRisk_shortLabel: 'Original model has systemic risk',
  modificationOriginalSystemicRisk_hint:
    'For example, it is on the Commission’s list of models with systemic risk, or its provider says it notified the Commission.',
  modificationOriginalSystemicRisk_requiredMessage:
    "Select whether the original model has systemic risk, or I don't know.",
  modificationOriginalSystemicRisk_help:
    'It decides the fallback threshold when the original compute is unknown, and a modifier that becomes provider of a modification of a model with systemic risk is presumed to have systemic risk too. If you do not know, the lower fallback is used.',
  modificationModificationFlop_label: 'How much compute did your modification use?',
  modificationModificationFlop_shortLabel: 'Modification compute',
  modificationModificationFlop_hint:
    'In FLOP, for example 2e22. Count all fine-tuning and continued training you did. You can always estimate it: use the estimator under “I have a figure or an estimate”.',
  unknownYet: "I don't know yet",
  modificationModificationFlop_requiredMessage:
    "Enter the compute of your modification, or select I don't know.",
  modificationModificationFlop_help:
    'You become the provider of the modified model only if the modification used more than one third of the original’s training compute; exactly one third is not more. Unlike the original’s compute, your own can always be estimated, so an unknown figure is never read in your favour: until you estimate it you are treated as the provider of the modified model.',
  // Screen "modifiedModel"
  screen_modifiedModel_title: 'The modified model',
  screen_modifiedModel_intro:
    'You may be the provider of the modified model. These answers tell whether you are, and from when its obligations apply.',
  modificationSyntheticDataFlop_label:
    'How much compute went into generating non-public synthetic data for your modification?',
  modificationSyntheticDataFlop_shortLabel: 'Synthetic data for the modification',
  syntheticDataHint:
    'Count every generated sample, including discarded ones. Leave out data generated for public datasets.',
  flopNoneRequired: "Select none, enter the compute, or select I don't know.",
  modificationSyntheticDataFlop_help:
    'The modified model’s cumulative compute includes the original’s training compute, your modification and non-public synthetic data you generated for it. Above {systemicRiskThresholdSup} it is presumed to have systemic risk.',
  modificationViaOriginalProviderPlatform_label:
    "Did you fine-tune through the original provider's platform, with the result staying there under its name?",
  modificationViaOriginalProviderPlatform_shortLabel: "Fine-tuned on the original provider's platform",
  modificationViaOriginalProviderPlatform_hint:
    'For example, a fine-tuning API where you never receive the weights.',
  modificationViaOriginalProviderPlatform_requiredMessage:
    "Select whether you fine-tuned on the original provider's platform, or I don't know.",
  modificationViaOriginalProviderPlatform_help:
    'Who counts as the modifier is decided case by case; control over the weights matters. If the result stays on the original provider’s platform under its name, the original provider is the likelier modifier.',
  modificationModificationPlacingDate_label:
    'When was the modified model first made available — or when will it be?',
  modificationModificationPlacingDate_shortLabel: 'Modified model first made available',
  modificationModificationPlacingDate_hint: 'For example, 3 November 2025.',
  modificationModificationPlacingDate_help:
    'A modified model is a new model: its obligations apply from the date it is placed on the market, even if the original was placed before {chapterVApplies}.',
  // Screen "placing"
  screen_placing_title: 'Making the model available',
  screen_placing_intro:
    'How, where and under whose name the model reaches others decides whether you place it on the EU market.',
  placingChannels_label: 'How is the model made available — or how will it be?',
  placingChannels_shortLabel: 'How it is made available',
  placingChannels_hint:
    'Select all that apply. If you plan a release, you can select the channels you plan to use.',
  placingChannels_requiredMessage: 'Select at least one way the model is or will be made available.',
  placingChannels_help:
    'Making a model available for the first time in the EU through any of these channels places it on the market, paid or free — including supplying it to a company that builds it into its own AI system. Internal use counts when a product or service for others depends on it or it is used for decisions about people. Other internal use is not placing, except for a model with systemic risk; research-only development is outside the rules until a placing is meant.',
  placingInternalUseLocation_label: 'Where does the internal use take place?',
  placingInternalUseLocation_shortLabel: 'Where the internal use takes place',
  placingInternalUseLocation_hint: 'Count use that affects people in the EU as use in the EU.',
  placingInternalUseLocation_requiredMessage: "Select where the internal use takes place, or I don't know.",
  placingInternalUseLocation_help:
    'Internal use counts only with a link to the Union: a provider outside the EU that uses its model only internally outside the EU, and does not make it available in the EU, has not placed it on the EU market — even with systemic risk. If you do not know, the use is assumed to take place in the EU.',
  placingIntention_label: 'Do you mean to make the model available on the EU market?',
  placingIntention_shortLabel: 'Meant to be placed on the EU market',
  placingIntention_requiredMessage:
    'Select whether you mean to make the model available in the EU, or Not decided yet.',
  placingIntention_help:
    'A model used only for research, development or prototyping, with no intention to place it, is outside the rules. A model meant to be placed whose training compute exceeds — or is known to be going to exceed — {systemicRiskThresholdSup} must be notified to the Commission already before it is placed. “Not decided” is read as meant to be placed, so a notification is not missed.',
  placingEuAvailability_label: 'Is it (or will it be) available in the EU?',
  placingEuAvailability_shortLabel: 'Available in the EU',
  placingEuAvailability_requiredMessage: "Select whether the model is available in the EU, or I don't know.",
  placingEuAvailability_help:
    'A model never made available in the EU is not placed on the EU market. A model that reaches the EU only inside others’ systems is placed when those systems are, unless you clearly excluded the EU.',
  placingEuExcluded_label: 'Have you clearly and unequivocally excluded distribution and use in the EU?',
  placingEuExcluded_shortLabel: 'EU clearly excluded',
  placingEuExcluded_hint:
    'For example, your licence or terms forbid use in the EU and integration into systems meant for the EU.',
  placingEuExcluded_requiredMessage: "Select whether you clearly excluded the EU, or I don't know.",
  placingEuExcluded_help:
    'If you excluded the EU clearly and unequivocally, a downstream company that still brings the model into the EU becomes its provider instead of you.',
  placingNameOnModel_label: 'Under whose name or trademark is the model made available — or will it be?',
  placingNameOnModel_shortLabel: 'Name on the model',
  placingNameOnModel_requiredMessage: "Select whose name the model carries, or I don't know.",
  placingNameOnModel_help:
    'The provider is whoever places the model under its own name or trademark. If you make it for a client who makes it available as its own, the client is the provider; a modification offered under the original provider’s name stays with that provider. If you do not know, your own name is assumed.',
  // Screen "placingDetails"
  screen_placingDetails_title: 'Release details',
  screen_placingDetails_intro:
    'Whether this is a new model or a later version, and when it was first made available, set the date obligations run from.',
  placingCommercial_label: 'Does any of these apply to the model?',
  placingCommercial_shortLabel: 'Commercial activity',
  placingCommercial_requiredMessage: 'Select the facts that apply, or None of these.',
  placingCommercial_help:
    'Making a model available needs a commercial activity, paid or free. A price or other monetisation, an API or app run as a business, or regular supply are facts of commercial activity: they decide, whatever description you chose — and so does releasing a model above {systemicRiskThresholdSup} to the public.',
  placingLifecycle_label: 'Is this a new model, or a later version of a model you already made available?',
  placingLifecycle_shortLabel: 'New model or later version',
  placingLifecycle_requiredMessage: "Select whether this is a new model or a later version, or I don't know.",
  placingLifecycle_help:
    'A model’s lifecycle starts with its large pre-training run. Later fine-tuning or other updates by the same provider are the same model, placed when its first version was; a new large pre-training run is a new model.',
  placingPlacingDate_label: 'When was the model first made available in the EU — or when will it be?',
  placingPlacingDate_shortLabel: 'First made available',
  placingPlacingDate_hint:
    'For example, 15 March 2024. Models first made available on or before {legacyLastPlacingDay} have until {legacyComplianceDeadline}.',
  placingPlacingDate_variant1_label:
    'When was the first version of the model first made available in the EU?',
  placingPlacingDate_variant1_shortLabel: 'First version first made available',
  placingPlacingDate_variant1_hint:
    'A later version by the same provider is the same model: its date is the first version’s. For example, 15 March 2024.',
  placingPlacingDate_variant2_label: 'When do you plan to make the model available in the EU?',
  placingPlacingDate_variant2_shortLabel: 'Planned first availability',
  placingPlacingDate_variant2_hint:
    'For example, 1 March 2027. Obligations other than the notification apply from then.',
  placingPlacingDate_help:
    'Obligations apply from placement for models placed on or after {chapterVApplies}. Models placed before then must comply by {legacyComplianceDeadline}; a later version of such a model keeps that date.',
  // Screen "compute"
  screen_compute_title: 'Training compute',
  screen_compute_intro:
    'How much computation went into training the model. You can type a figure or estimate it from the hardware or the architecture.',
  computeParameterUpdateFlop_label: 'How much compute was used to train the model?',
  computeParameterUpdateFlop_shortLabel: 'Training compute',
  computeParameterUpdateFlop_hint:
    'In floating-point operations (FLOP) that updated the model’s parameters: pre-training, fine-tuning and reinforcement learning. For example 3.8e25 or 3.8 × {systemicRiskPower}.',
  computeParameterUpdateFlop_unknownLabel: "I don't know, and cannot estimate it yet",
  computeParameterUpdateFlop_requiredMessage: "Enter the training compute, or select I don't know.",
  computeParameterUpdateFlop_variant1_label: 'How much compute has been used to train the model so far?',
  computeParameterUpdateFlop_variant1_shortLabel: 'Training compute so far',
  computeParameterUpdateFlop_help:
    'A model trained with more than {gpaiThresholdSup} that generates language, images from text or video from text is indicatively general-purpose. Any estimation method is acceptable if it is accurate within {estimateTolerance}; all operations count the same whatever their precision.',
  computeMethod_label: 'Where does this figure come from?',
  computeMethod_shortLabel: 'How the figure was obtained',
  computeMethod_requiredMessage: 'Select how you obtained the figure.',
  computeMethod_help:
    'You must document the method and its assumptions. Estimates close to a threshold deserve a second look: an estimate within {estimateTolerance} of {systemicRiskThresholdSup} means you should keep monitoring.',
  // Screen "cumulativeCompute"
  screen_cumulativeCompute_title: 'Compute that counts for systemic risk',
  screen_cumulativeCompute_intro:
    'For the {systemicRiskThresholdSup} presumption all the compute behind the model counts — including synthetic data, weights it started from and training still planned.',
  computeSyntheticDataFlop_label: 'How much compute went into generating non-public synthetic training data?',
  computeSyntheticDataFlop_shortLabel: 'Non-public synthetic data compute',
  computeSyntheticDataFlop_help:
    'For the systemic-risk threshold of {systemicRiskThresholdSup} the cumulative compute counts, including generating non-public synthetic data. Evaluations, red-teaming, failed experiments, teacher models and reward models do not count.',
  computeInheritedWeightsFlop_label: 'How much compute trained any weights you started from or merged in?',
  computeInheritedWeightsFlop_shortLabel: 'Compute of inherited or merged weights',
  computeInheritedWeightsFlop_hint:
    'For example, the pre-training compute of a checkpoint you initialised from.',
  computeInheritedWeightsFlop_none: 'None — we trained from scratch',
  computeInheritedWeightsFlop_help:
    'Cumulative compute includes the compute that trained weights used for initialisation or merged into the model.',
  computePlannedCumulativeFlop_label:
    'Is more training of the model planned — and if so, how much cumulative compute will it reach in total?',
  computePlannedCumulativeFlop_shortLabel: 'Planned cumulative compute',
  computePlannedCumulativeFlop_hint:
    'The total it will have used: the compute above plus the planned training, counted the same way. A compute budget is enough. For example 3e25.',
  computePlannedCumulativeFlop_none: 'No more training is planned',
  computePlannedCumulativeFlop_requiredMessage:
    "Select No more training, enter the planned total, or select I don't know.",
  computePlannedCumulativeFlop_variant1_label:
    'How much cumulative compute will the model have used in total when its planned training ends?',
  computePlannedCumulativeFlop_help:
    'The notification to the Commission is due within two weeks after it becomes known that the threshold will be exceeded — before training ends, and before placing for a model not yet made available. Providers should estimate the compute before the large pre-training run.',
  // Screen "generality"
  screen_generality_title: 'How broad the model is',
  screen_generality_intro:
    'Your model is below the compute criterion, or does not generate language, images from text or video from text. Facts about its breadth tell whether it is still, exceptionally, general-purpose.',
  generalityFactsTasks_label: 'Which of these distinct tasks can the model perform competently?',
  generalityFactsTasks_shortLabel: 'Distinct tasks it performs',
  generalityFactsTasks_hint: 'Select all it performs well or was evaluated on.',
  generalityFactsTasks_requiredMessage:
    "Select the tasks the model performs, None of these, or I don't know.",
  generalityFactsTasks_help:
    'A general-purpose AI model can competently perform a wide range of distinct tasks. This tool reads three or more distinct tasks as a wide range; below the compute criterion that makes the model general-purpose only exceptionally, and the report flags it.',
  generalityFactsParameterCount_label: 'How many parameters does the model have?',
  generalityFactsParameterCount_shortLabel: 'Parameters',
  generalityFactsParameterCount_hint: 'All trainable parameters. An approximate figure is enough.',
  generalityFactsParameterCount_countUnit: 'parameters',
  generalityFactsParameterCount_requiredMessage: "Enter the number of parameters, or select I don't know.",
  generalityFactsParameterCount_help:
    'The Commission considers models with at least a billion parameters, trained on a large amount of data with self-supervision at scale, to display significant generality.',
  generalityFactsLargeBroadData_label:
    'Was the model trained on a large amount of data from a broad range of sources?',
  generalityFactsLargeBroadData_shortLabel: 'Large and broad training data',
  generalityFactsLargeBroadData_hint:
    'For example, trillions of tokens of web text, books and code — not a dataset collected for one task.',
  generalityFactsLargeBroadData_requiredMessage:
    "Select whether the training data was large and broad, or I don't know.",
  generalityFactsLargeBroadData_help:
    'Training on a large amount of data is one of the facts that, with a billion parameters and self-supervision at scale, indicate significant generality.',
  generalityFactsSelfSupervised_label: 'Was it trained with self-supervision at scale?',
  generalityFactsSelfSupervised_shortLabel: 'Self-supervised training at scale',
  generalityFactsSelfSupervised_hint:
    'For example, pre-training to predict the next token or masked content, without human labels.',
  generalityFactsSelfSupervised_requiredMessage:
    "Select whether it was trained with self-supervision at scale, or I don't know.",
  generalityFactsSelfSupervised_help:
    'Self-supervised training at scale is the third fact the Commission names for significant generality.',
  // Screen "systemicRisk"
  screen_systemicRisk_title: 'Systemic risk',
  screen_systemicRisk_intro:
    'A model with systemic risk carries extra duties. It can be presumed from compute or designated by the Commission.',
  systemicRiskThresholdMetDate_label:
    'When did cumulative training compute exceed {systemicRiskThresholdSup} — or when did you know it would?',
  systemicRiskThresholdMetDate_shortLabel: 'Date {systemicRiskThresholdSup} was met or became known',
  systemicRiskThresholdMetDate_hint: 'The earlier of the two dates. For example, 30 June 2025.',
  systemicRiskThresholdMetDate_variant1_label:
    'When did it become known that further training would take cumulative compute above {systemicRiskThresholdSup}?',
  systemicRiskThresholdMetDate_becameKnownShortLabel:
    'Date it became known {systemicRiskThresholdSup} would be exceeded',
  systemicRiskThresholdMetDate_variant1_hint:
    'For example, the day the further training or its compute budget was approved, 30 June 2026.',
  systemicRiskThresholdMetDate_variant2_label:
    'When did it become known that the model’s cumulative training compute would exceed {systemicRiskThresholdSup}?',
  systemicRiskThresholdMetDate_variant2_hint:
    'For example, the day the training run or compute budget above the threshold was approved, 30 June 2026.',
  systemicRiskThresholdMetDate_help:
    'You must notify the Commission without delay and at the latest two weeks after the threshold is met or it becomes known that it will be — possibly before training ends and before placing. A last day on a weekend or public holiday moves to the next working day. For a model already placed, an unknown date is taken as at the latest its first placing.',
  systemicRiskNotifiedDate_label: 'Have you notified the Commission under Art. 52(1)?',
  systemicRiskNotifiedDate_shortLabel: 'Commission notified',
  systemicRiskNotifiedDate_hint:
    'The notification that the model meets the threshold, with the compute estimate and how it was made. For example, notified on 14 August 2025.',
  systemicRiskNotifiedDate_absentLabel: 'Not yet',
  systemicRiskNotifiedDate_requiredMessage: 'Enter the date, or select Not yet or I don’t know.',
  systemicRiskNotifiedDate_help:
    'The notification is due within two weeks of the threshold being met or becoming known, and must state the compute (two significant figures) and the estimation method; arguments that the model exceptionally has no systemic risk go with it. With a date, the report shows it as done — and says if it was late.',
  systemicRiskContest_label:
    'Have you argued to the Commission that, exceptionally, the model does not present systemic risk?',
  systemicRiskContest_shortLabel: 'Contest of the presumption',
  systemicRiskContest_requiredMessage:
    "Select whether you contested the presumption and its status, or I don't know.",
  systemicRiskContest_help:
    'A pending contest does not suspend obligations. If it is rejected, systemic risk applies from when the threshold was met; if accepted, the extra duties end when you are informed. If you do not know, the presumption is taken to stand.',
  systemicRiskDesignated_label: 'Has the Commission designated the model as a model with systemic risk?',
  systemicRiskDesignated_shortLabel: 'Designated by the Commission',
  systemicRiskDesignated_hint: 'The Commission informs the provider of a designation decision.',
  systemicRiskDesignated_requiredMessage:
    "Select whether the Commission designated the model, or I don't know.",
  systemicRiskDesignated_help:
    'The Commission can designate a model using the Annex XIII criteria (for example reach: 10 000 registered business users in the EU), whatever its compute. Obligations apply from when you are informed.',
  systemicRiskDesignationInformedDate_label: 'When were you informed of the designation?',
  systemicRiskDesignationInformedDate_shortLabel: 'Informed of the designation',
  systemicRiskDesignationInformedDate_hint: 'For example, 10 February 2026.',
  systemicRiskDesignationInformedDate_help:
    'Designation obligations run from when you are informed; you can ask for reassessment six months after designation at the earliest.',
  systemicRiskEuBusinessUsers_label:
    'How many registered business users in the EU is the model made available to?',
  systemicRiskEuBusinessUsers_shortLabel: 'Registered business users in the EU',
  systemicRiskEuBusinessUsers_hint:
    'Businesses with an account, through your API, platform or licences — not individual end users.',
  systemicRiskEuBusinessUsers_requiredMessage:
    "Select how many registered business users there are, or I don't know.",
  systemicRiskEuBusinessUsers_help:
    'Reaching at least 10 000 registered business users in the EU is presumed to have a high impact on the internal market: the Commission may then designate the model as having systemic risk. It changes nothing until a designation, but the report warns you.',
  // Screen "contest"
  screen_contest_title: 'Your contest of the presumption',
  screen_contest_intro:
    'You argued that the model exceptionally does not present systemic risk. When and with what outcome matter.',
  systemicRiskContestWithNotification_label: 'Did you submit your arguments together with the notification?',
  systemicRiskContestWithNotification_shortLabel: 'Arguments submitted with the notification',
  systemicRiskContestWithNotification_requiredMessage:
    "Select whether the arguments went with the notification, or I don't know.",
  systemicRiskContestWithNotification_help:
    'The Act lets a provider present its arguments that the model exceptionally does not present systemic risk with its notification. The burden of proof is on the provider, and arguments based on mitigations are not accepted.',
  systemicRiskContestDecisionDate_label:
    'When were you informed that the Commission accepted your arguments?',
  systemicRiskContestDecisionDate_shortLabel: 'Informed the contest was accepted',
  systemicRiskContestDecisionDate_hint: 'For example, 20 January 2026.',
  systemicRiskContestDecisionDate_help:
    'Systemic-risk obligations end when you are informed of the acceptance.',
  // Screen "licence"
  screen_licence_title: 'Licence',
  screen_licence_intro:
    'Models released openly, free of charge, with public weights may be exempt from some duties — never from the copyright policy and the training-content summary, and never with systemic risk. First, the four rights the licence must grant.',
  licenceAccess_label: 'Can anyone obtain the model without paying?',
  licenceAccess_shortLabel: 'Free access for anyone',
  licenceAccess_hint: 'Reasonable, non-discriminatory safety steps such as user verification are allowed.',
  licenceAccess_requiredMessage:
    "Select whether anyone can obtain the model without paying, or I don't know.",
  licenceAccess_help: 'The licence must let anyone access the model without payment.',
  licenceUse_label: 'Can anyone use it for any purpose without paying?',
  licenceUse_shortLabel: 'Free use',
  licenceUse_hint: 'Conditions limited to attribution or same-terms distribution are fine.',
  licenceUse_requiredMessage: "Select whether anyone can use the model without paying, or I don't know.",
  licenceUse_help:
    'The licence must allow use without restrictions or charges beyond attribution and compatible-terms distribution.',
  licenceModify_label: 'Can anyone modify it?',
  licenceModify_shortLabel: 'Free modification',
  licenceModify_requiredMessage: "Select whether anyone can modify the model, or I don't know.",
  licenceModify_help: 'The licence must allow modification.',
  licenceDistribute_label: 'Can anyone redistribute it, modified or not?',
  licenceDistribute_shortLabel: 'Free redistribution',
  licenceDistribute_requiredMessage: "Select whether anyone can redistribute the model, or I don't know.",
  licenceDistribute_help:
    'The licence must allow onward distribution with limited conditions such as attribution.',
  // Screen "licenceTerms"
  screen_licenceTerms_title: 'Licence terms',
  screen_licenceTerms_intro:
    'Some licence terms defeat the open-source exemption, whatever the licence is called.',
  licenceName_label: 'Licence name (optional)',
  licenceName_shortLabel: 'Licence',
  licenceName_hint: 'For example, Apache-2.0. The name alone does not decide anything: the answers below do.',
  licenceName_requiredMessage: 'Enter the licence name, or leave it blank.',
  licenceName_help:
    'Only the licence terms count, not its label. The exemption does not cover a model with systemic risk.',
  licenceRestrictions_label: 'Does the licence contain any of these terms?',
  licenceRestrictions_shortLabel: 'Licence terms',
  licenceRestrictions_requiredMessage: 'Select the terms the licence contains, or None of these.',
  licenceRestrictions_help:
    'Non-commercial clauses, user-number caps, separate commercial licences and bans on distribution disqualify a licence. Restrictions limited to uses that pose significant risks to public safety, security or fundamental rights, applied equally to everyone, are allowed, as are attribution and share-alike; whether a given safety clause is proportionate is flagged as a judgement.',
  // Screen "monetisation"
  screen_monetisation_title: 'Monetisation',
  screen_monetisation_intro:
    'Charging for the model, or for what it cannot be used without, defeats the open-source exemption; optional paid extras do not.',
  licenceMonetisation_label: 'Is the model monetised in any of these ways?',
  licenceMonetisation_shortLabel: 'Monetisation',
  licenceMonetisation_requiredMessage: 'Select the ways the model is monetised, or None of these.',
  licenceMonetisation_help:
    'A price, dual licensing, paid support or hosting without which the model cannot be used, ad-funded exclusive hosting and personal data as a condition of access all defeat the exemption. Optional paid extras do not.',
  licenceMicroenterpriseDeal_label: 'Does the monetisation take place only between microenterprises?',
  licenceMicroenterpriseDeal_shortLabel: 'Monetised only between microenterprises',
  licenceMicroenterpriseDeal_hint:
    'A microenterprise has fewer than 10 staff and an annual turnover or an annual balance-sheet total of at most EUR 2 million — you, and everyone who pays.',
  licenceMicroenterpriseDeal_requiredMessage:
    "Select whether the monetisation is only between microenterprises, or I don't know.",
  licenceMicroenterpriseDeal_help:
    'Transactions between microenterprises are not treated as monetisation. The law is unclear on how this fits the free-access condition.',
  // Screen "openness"
  screen_openness_title: 'What is public',
  screen_openness_intro:
    'For the exemption the weights, architecture information and usage information must all be public.',
  licenceWeightsPublic_label: 'Are the parameters, including the weights, publicly available?',
  licenceWeightsPublic_shortLabel: 'Weights public',
  licenceWeightsPublic_requiredMessage: "Select whether the weights are public, or I don't know.",
  licenceWeightsPublic_help:
    'The weights must be public in a form that allows access, use, modification and distribution.',
  licenceArchitecturePublic_label: 'Is information on the model architecture publicly available?',
  licenceArchitecturePublic_shortLabel: 'Architecture information public',
  licenceArchitecturePublic_requiredMessage:
    "Select whether architecture information is public, or I don't know.",
  licenceArchitecturePublic_help: 'Information on the model architecture must be public.',
  licenceUsageInfoPublic_label: 'Is information on how to use the model publicly available?',
  licenceUsageInfoPublic_shortLabel: 'Usage information public',
  licenceUsageInfoPublic_hint:
    'At least its input and output modalities, capabilities, limitations and how to integrate it.',
  licenceUsageInfoPublic_requiredMessage: "Select whether usage information is public, or I don't know.",
  licenceUsageInfoPublic_help:
    'Usage information must be public and cover at least modalities, capabilities, limitations and the technical means to integrate the model.',
  // Screen "stepsTaken"
  screen_stepsTaken_title: 'Steps already taken',
  screen_stepsTaken_intro:
    'A duty you have already met shows as done in the report; one that should be in place and is not shows as overdue.',
  stepsTakenAuthorisedRepresentative_label:
    'Have you appointed an authorised representative in the EU, by written mandate?',
  stepsTakenAuthorisedRepresentative_shortLabel: 'Authorised representative appointed',
  stepsTakenAuthorisedRepresentative_requiredMessage:
    "Select whether an authorised representative is appointed, or I don't know.",
  stepsTakenAuthorisedRepresentative_help:
    'A provider established outside the EU must appoint a representative established in the EU before placing the model. The representative keeps the technical documentation for 10 years and answers the AI Office.',
  stepsTakenTechnicalDocumentation_label:
    'Is the technical documentation of the model drawn up and kept up to date?',
  stepsTakenTechnicalDocumentation_shortLabel: 'Technical documentation in place',
  stepsTakenTechnicalDocumentation_hint: 'The Annex XI information, ready to give the AI Office on request.',
  stepsTakenTechnicalDocumentation_requiredMessage:
    "Select whether the technical documentation is in place, or I don't know.",
  stepsTakenTechnicalDocumentation_help:
    'Technical documentation with at least the Annex XI Section 1 items — and Section 2 for a model with systemic risk — must be drawn up before placing and kept current.',
  stepsTakenDownstreamInformation_label:
    'Is the information for providers who build on the model (Annex XII) available to them?',
  stepsTakenDownstreamInformation_shortLabel: 'Information for downstream providers in place',
  stepsTakenDownstreamInformation_requiredMessage:
    "Select whether the downstream information is in place, or I don't know.",
  stepsTakenDownstreamInformation_help:
    'Providers of AI systems built on the model must get information on its capabilities and limitations, with at least the Annex XII items.',
  // Screen "stepsTakenCopyright"
  screen_stepsTakenCopyright_title: 'Copyright and training content',
  screen_stepsTakenCopyright_intro:
    'Every provider owes these two, open-source or not. One already done shows as done in the report; one that should be in place and is not shows as overdue.',
  stepsTakenCopyrightPolicy_label: 'Have you put in place a policy to comply with EU copyright law?',
  stepsTakenCopyrightPolicy_shortLabel: 'Copyright policy in place',
  stepsTakenCopyrightPolicy_hint:
    'Including how you identify and respect machine-readable opt-outs from text and data mining.',
  stepsTakenCopyrightPolicy_requiredMessage:
    "Select whether the copyright policy is in place, or I don't know.",
  stepsTakenCopyrightPolicy_help:
    'Every provider needs a copyright policy, including for open-source models; it must respect reservations of rights under Art. 4(3) of the Copyright Directive, wherever the training took place.',
  stepsTakenTrainingSummary_label:
    'Have you published the summary of the content used for training, on the AI Office template?',
  stepsTakenTrainingSummary_shortLabel: 'Training-content summary published',
  stepsTakenTrainingSummary_requiredMessage:
    "Select whether the training-content summary is published, or I don't know.",
  stepsTakenTrainingSummary_help:
    'Every provider, including of open-source models, must publish a sufficiently detailed summary of the training content using the AI Office’s mandatory template.',
  // Screen "codeOfPractice"
  screen_codeOfPractice_title: 'Code of Practice',
  screen_codeOfPractice_intro:
    'Signing the General-Purpose AI Code of Practice does not change your obligations, but it changes how you show you meet them.',
  codeOfPractice_label: 'Has your organisation signed the General-Purpose AI Code of Practice?',
  codeOfPractice_shortLabel: 'Code of Practice signatory',
  codeOfPractice_requiredMessage: "Select whether you signed the Code of Practice, or I don't know.",
  codeOfPractice_help:
    'Adhering to an adequate code is a straightforward way to demonstrate compliance with Arts. 53 and 55 and may reduce fines; non-signatories must show other adequate means and can expect more information requests. Partial signatories lose the benefit for the chapters they did not sign. The code has no chapter on the Art. 52(1) notification.',
};
