/**
 * Messages of the area "placement" (ids "placement.<key>"): is the model placed on the Union market
 * (src/engine/rules/placement.ts). {who} is "model" or "modified" (the model the sentence names).
 */
export const placement = {
  askChannelsQuestion:
    'How is {who, select, modified {the modified model} other {the model}} made available: API, download, package, app, cloud, internal use?',
  askWhomGoToMarket: 'The product or go-to-market team',
  askChannelsAssumption: 'Assumed it is placed on the Union market.',

  // R2: not made available and not meant to be placed
  intentionQuestion: 'Is the model meant to be placed on the EU market?',
  notMeantAnswer: 'Not made available, and not meant to be placed',
  notMeantOutcome:
    'With no intention to place {who, select, modified {the modified model} other {the model}} on the market, it is not placed and you are not its provider.',
  notMeantSummary:
    'No: {who, select, modified {the modified model} other {the model}} is not made available and not meant to be placed on the EU market.',

  // R3, E30: research partners
  soleResearchSummary: 'No: a model shared only for scientific research is outside the AI Act.',
  researchSupplyQuestion: 'Is supplying research partners placing on the market?',
  researchSupplyAnswer: '{channels}, with facts of commercial activity',
  researchSupplyOutcome:
    'Supplied in the course of a commercial activity, the model is made available — not put into service for the sole purpose of scientific research (Art. 2(6)).',

  // R88: planned placement
  plannedAnswer: '{intention, select, yes {Yes} other {Undecided}}; {when}',
  plannedFor: 'planned for {date}',
  noDateDecided: 'no date decided',
  plannedOutcome:
    'Evaluated as a planned placement: you become the provider when you place it, and the obligations apply from then — but above {systemicRiskThreshold} the Art. 52(1) notification is owed now, before placing.',
  undecidedTitle: 'Undecided whether the model will be placed on the EU market',
  undecidedReading:
    'Read as meant to be placed (the conservative reading): a notification owed before placing is not missed.',
  undecidedAlternative:
    'If it will never be made available, it stays outside the definition while used for research and development (R2) and nothing is owed.',

  // R17, R20, E8: internal use outside the Union
  internalLocationQuestion: 'Where does the internal use take place?',
  outsideUnionAnswer: '{channels}; outside the EU only',
  outsideUnionOutcome:
    'Used only internally outside the Union and not made available in the Union: the model is not placed on the Union market, so you are not its provider under the AI Act — even with systemic risk (recital 97 does not extend the Act’s territorial reach).',
  internalUseInEuChange: 'If the model were used in the EU, or its use affected people in the EU,',
  internalUseInEuEffect:
    'internal use essential to a service or affecting people’s rights — and any use of a model with systemic risk — would count as placing it on the Union market.',
  outsideUnionSummary:
    'No: the model is used only internally outside the EU, so it is not placed on the Union market.',
  askInternalLocationQuestion: 'Where does the internal use take place: in the EU, outside the EU, or both?',
  askWhomInternalTeam: 'The team that runs the model internally',
  askInternalLocationAssumption: 'Assumed it takes place in the EU.',

  // R17, E8: internal use only
  channelsQuestion: 'How is the model made available?',
  internalSystemicOutcome:
    'Purely internal use would normally not be placing on the market (R17), but recital 97 says models with systemic risk should always be subject to the obligations, and integrating one’s own model into an AI system put into service for own use counts as placing (R16). Treated as placed.',
  internalSystemicTitle: 'Model with systemic risk used only internally in the EU',
  internalSystemicReading:
    'You are treated as its provider: recital 97 says models with systemic risk should always be subject to the obligations.',
  internalSystemicAlternative:
    'The operative definitions require placing on the market; on a strict reading, purely internal use of any model triggers no model obligations.',
  internalOnlyOutcome:
    'Used only for internal processes that no product or service for others depends on and that make no decisions about people: not placed on the market, so the model obligations do not apply.',
  internalEssentialChange:
    'If a product or service you provide to others came to depend on the internal use, or it were used for decisions about people in the EU,',
  internalEssentialEffect: 'that would count as placing on the market and you would become the provider.',
  internalOnlySummary: 'No: purely internal use is not placing on the market.',

  // R15, R16, R18, R82: channels
  ownAppOutcome:
    'Integrating your own model into your own AI system that is made available or put into service counts as placing the model on the market; model and system obligations apply together.',
  channelsOutcome:
    'Each of these channels is a way of first making the model available — placing it on the market if it happens in the Union. Supplying it to a company that builds it into its own AI system places the model; that company provides the system only.',
  supervisorQuestion: 'Who supervises an AI system built on your own model?',
  supervisorOutcome:
    'Since Regulation (EU) 2026/1744 the AI Office is the exclusive supervisor of AI systems based on a general-purpose AI model developed by the same provider (with listed exceptions) (E9).',

  // R4, R19, R20: made available in the Union
  euQuestion: 'Is the model made available in the EU?',
  euDirectOutcome:
    'Placed on the Union market; the Act applies whether or not you are established in the EU.',
  euNoneOutcome: 'Never made available in the Union: not placed on the Union market.',
  enterEuChange: 'If the model became available in the EU, directly or through AI systems used there,',
  enterEuEffect: 'you would become its provider under the AI Act.',
  euNoneSummary: 'No: the model is not made available in the Union.',
  askEuQuestion: 'Is the model, or any AI system built on it, available to users in the EU?',
  askWhomSales: 'The product or sales team',
  askEuAssumption: 'Assumed it is available in the EU.',
  euUnknownOutcome: 'Assumed placed on the Union market until this is checked.',

  // R19, E13: through downstream actors
  euExcludedQuestion: 'Did you clearly and unequivocally exclude distribution and use in the EU?',
  euExcludedOutcome:
    'Not the model provider for the EU: a downstream actor that nevertheless integrates the model into an AI system placed in the Union becomes the model provider.',
  euExcludedSummary:
    'No: you clearly excluded the EU, so a downstream actor that brings the model into the EU becomes its provider.',
  askEuExcludedQuestion:
    'Do your terms clearly and unequivocally exclude distribution and use of the model in the EU, including integration into systems meant for the EU?',
  askWhomLegal: 'Legal (contract and licence terms)',
  askEuExcludedAssumption: 'Assumed the EU is not excluded, so you are the provider.',
  viaDownstreamAnswer: '{availability}; EU excluded: {excluded}',
  viaDownstreamOutcome:
    'The model is deemed placed on the Union market when a downstream AI system built on it is placed there, and you remain its provider unless you clearly excluded the EU.',
  excludeEuChange: 'If you clearly and unequivocally excluded distribution and use in the EU,',
  excludeEuEffect:
    'a downstream actor bringing the model into the EU would become its provider instead of you.',

  // R3 / E10: research partners only
  soleResearchOutcome:
    'Shared only with research partners solely for scientific research: a model developed and put into service for the sole purpose of scientific research and development is outside the AI Act. Real-world testing is not covered by this exclusion.',
  soleResearchTitle: 'Distribution limited to research partners',
  soleResearchReading: 'Outside the AI Act as sole-purpose scientific research (Art. 2(6)).',
  soleResearchAlternative:
    'If partners may use the model for anything beyond research, or it is tested in real-world conditions, the exclusion would not apply.',
  releaseResearchChange: 'If you released the weights or offered the model publicly,',
  releaseResearchEffect: 'that would be placing on the market and you would become its provider (R15).',
};
