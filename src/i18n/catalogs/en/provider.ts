/** Messages of the area "provider" (ids "provider.<key>"): src/engine/rules/provider.ts, the provider verdict. */
export const provider = {
  // The verdict
  summaryNotGpai:
    'Not of a general-purpose AI model: the model is not a GPAI model, so Chapter V does not apply to it.',
  labelYesOfModification: 'Yes — of the modification',
  labelYesAsModelProvider: 'Yes — as model provider',

  // Hosts (R14, E23)
  relationQuestion: 'What is your relation to the model?',
  hostOutcome:
    'A platform that only hosts models uploaded by others is not their provider; the uploader is (E23).',
  hostSummary: 'No: hosting others’ models does not make you their provider — the uploader is.',

  // Builders placing the model
  labelOncePlaced: 'Once placed',
  plannedSummary:
    'Not yet, but you will be once you place it on the EU market; above {systemicRiskThreshold} the Art. 52(1) notification is owed already.',
  labelProbably: 'Probably',
  summaryCommissioned: 'Yes: you had the model developed and place it on the Union market under your name.',
  summaryConsortiumCoordinator:
    'Yes, most likely: as the consortium’s coordinator you are treated as the provider of the model it places.',
  summaryDeveloper: 'Yes: you developed the model and place it on the Union market.',

  // The name on the model (R91)
  nameOnModelQuestion: 'Under whose name or trademark is the model made available: yours, or a client’s?',
  nameOnModelAskWhom: 'Legal or the product team',
  nameOnModelAssumption: 'Assumed your own name.',
  nameOnModelStepQuestion: 'Under whose name or trademark is the model made available?',
  nameOnModelClientAnswer: 'A client’s: we develop it for them',
  nameOnModelClientOutcome:
    'The provider is whoever places the model under its own name or trademark (Art. 3(3)): the client that had it developed is the provider, not you.',
  nameOnModelClientSummary:
    'No: you develop the model for a client that places it under its own name, so the client is the provider.',

  // The self-description (R14)
  relationOutcomeCommissioned:
    'Whoever has a model developed and places it under its own name is its provider, even if someone else trained it.',
  relationOutcomeDeveloper:
    'Whoever develops a model and places it on the market under its own name, paid or free, is its provider.',

  // The self-description overridden by facts of commercial activity (E30)
  overriddenPublicRelease: 'a public release of a model above {systemicRiskThreshold}',
  commercialQuestion: 'Is the model made available in the course of a commercial activity?',
  overriddenAnswer: '{role} — but: {facts}',
  overriddenOutcome:
    'The facts decide, not the description chosen: a price or other monetisation, an API or app run as a business, regular supply or a public release above {systemicRiskThreshold} make the supply “making available”. Assessed as a provider that places the model on the market.',
  overriddenTitle:
    '“{role, select, hobbyist {Individual} other {Research lab}}” overridden by facts of commercial activity',
  overriddenReading:
    'Assessed as making the model available in the course of a commercial activity (Art. 3(10)).',
  overriddenAlternative:
    'Whether a given activity is commercial is judged case by case under the Blue Guide; occasional, non-professional supply would not be.',
  commercial_price: 'a price, subscription or licence fee',
  commercial_otherMonetisation: 'other monetisation (advertising, paid tiers or support tied to access)',
  commercial_apiOrAppBusiness: 'an API or app offered as a business',
  commercial_regularSupply: 'regular supply to others',

  // Individuals (R22, E11)
  hobbyistCommercialQuestion:
    'Do you charge for the model, monetise it otherwise (ads, paid tiers), run an API or app with it as a business, or supply it regularly?',
  hobbyistCommercialAskWhom: 'You',
  hobbyistCommercialAssumption: 'Assumed none of these.',
  hobbyistAnswer: '{role}; facts of commercial activity: {reported, select, yes {yes} other {none reported}}',
  hobbyistOutcome:
    'Making available requires a commercial activity; occasional supply by an individual with no price, monetisation, business or regular supply is most defensibly not placing on the market.',
  hobbyistTitle: 'Release by an individual',
  hobbyistReading: 'Not placing on the market, because no fact of commercial activity was reported.',
  hobbyistAlternative:
    'The guidelines do not address individuals; the Blue Guide’s notion of commercial activity is case-by-case. A price, monetisation, a business or regular supply would make you the provider (E30).',
  hobbyistChange:
    'If you charged for the model, monetised it, ran it as a business or supplied it regularly,',
  hobbyistEffect: 'you would become its provider.',
  labelProbablyNot: 'Probably not',
  hobbyistSummary:
    'Probably not: a release by an individual with no fact of commercial activity is most defensibly not placing on the market.',

  // Consortia (R14)
  consortiumQuestion: 'Does your organisation coordinate the consortium that develops the model?',
  consortiumAskWhom: 'The consortium agreement or project lead',
  consortiumAssumption: 'Assumed you coordinate it, so you are treated as the provider.',
  consortiumStepQuestion: 'What is your role in the consortium?',
  consortiumAnswerCoordinator: 'Coordinator',
  consortiumAnswerMember: 'Member, not the coordinator',
  consortiumOutcomeMember:
    'In a consortium the provider is usually the coordinator, or the consortium itself: a member that does not coordinate is most likely not the provider.',
  consortiumOutcomeCoordinator:
    'In a consortium the provider is usually the coordinator (or the consortium itself): treated as the provider.',
  consortiumTitle: 'Model developed by a consortium',
  consortiumReadingMember: 'The coordinator, not you, is the provider.',
  consortiumReadingCoordinator: 'You, as coordinator, are the provider.',
  consortiumAlternative:
    'The guidelines decide consortia case by case: the consortium itself, or whoever places the model under its name, may be the provider.',
  consortiumMemberSummary:
    'Probably not: in a consortium the coordinator (or the consortium itself) is usually the provider.',

  // Research labs making their model available (E10)
  researchReleaseTitle: 'Research lab making its model available',
  researchReleaseReading:
    'Making the model available (e.g. releasing weights for anyone’s use) is placing on the market, and it is not “put into service for the sole purpose of scientific research”.',
  researchReleaseAlternative:
    'If access were limited to research partners solely for research, the Art. 2(6) exclusion could apply.',

  // Modifiers (R23–R30, R90, R91)
  summaryOnBehalfOfOriginal:
    'No: you modify the model on behalf of its original provider, which remains its provider.',
  summaryStaysWithOriginal:
    'Probably not: the fine-tuned model stays with the original provider under its name, so that provider is the likelier modifier.',
  summaryBelowThreshold:
    'No: your modification is below one third of the original model’s training compute, so the original provider remains the provider.',
  labelProbablyOfModification: 'Probably — of the modification',
  summaryModificationUnknown:
    'Probably, as provider of the modified model: your modification compute is unknown, and it is not assumed in your favour (R90). Estimate it to settle this.',
  labelOncePlacedOfModification: 'Once placed — of the modification',
  summaryModificationProvider:
    'Yes — as provider of the modified model: your modification used more than one third of the original’s compute. Your Art. 53 duties cover the modification only.',

  // Integrators (R19, R21, E13, E24)
  upstreamExcludedQuestion:
    'Do the model provider’s terms clearly and unequivocally exclude distribution and use in the EU?',
  upstreamExcludedAskWhom: 'Legal (the model provider’s licence or terms of service)',
  upstreamExcludedAssumption: 'Assumed not, so the upstream provider remains the model provider.',
  integratorOutcome:
    'Calling a third-party model through an API or using its unmodified weights makes you a downstream provider of an AI system, not the provider of the model (E24).',
  integratorModifiesChange:
    'If you fine-tuned or otherwise modified the model with more than one third of its training compute,',
  integratorModifiesEffect: 'you would become the provider of the modified model.',
  integratorEuExcludedChange:
    'If the model’s provider had clearly excluded the EU and you placed your system in the EU,',
  integratorEuExcludedEffect: 'you would become the provider of the model itself.',
  integratorSummary:
    'No: you build on a third-party model, so you are a downstream provider of an AI system, not the model’s provider.',
  integratorAsProviderQuestion:
    'Did the upstream provider clearly exclude the EU, while your AI system is placed in the EU?',
  integratorAsProviderAnswer: 'EU excluded upstream: Yes; system in the EU: {systemInEu}',
  integratorAsProviderOutcome:
    'You become the provider of the model itself, because you brought a model whose provider clearly excluded the EU into an AI system placed on the Union market.',
  integratorAsProviderTitle: 'Downstream integrator of a model whose provider excluded the EU',
  integratorAsProviderReading:
    'You are the model provider, with all Art. 53 obligations, although you did not train the model.',
  integratorAsProviderAlternative:
    'How you can produce documentation you do not possess is unclear; the guidelines do not say. Seek the information from the upstream provider by contract.',
  systemInEuQuestion: 'Is your AI system placed on the market or put into service in the EU?',
  systemInEuAskWhom: 'The product team',
  systemInEuAssumption: 'Assumed yes.',
  integratorAsProviderSummary:
    'Yes — as the model’s provider: its original provider clearly excluded the EU and you placed an AI system built on it in the EU.',

  // Decisive answers
  decisiveRole: 'Your relation to the model',
  decisiveChannels: 'How it is made available',
  decisiveEuAvailability: 'Available in the EU',
  decisiveSystemInEu: 'Your AI system is used in the EU',
  decisiveUpstreamExcludedEu: 'The model provider clearly excluded the EU',
  decisiveModificationFlop: 'Modification compute',
  decisiveOriginalComputeFlop: 'Original model’s training compute',
};
