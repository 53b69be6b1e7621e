/** Findings of evaluate() itself (src/engine/evaluate.ts): counterfactuals, compute warnings, research scope. */
export const evaluate = {
  notLegacyChange: 'If the model had first been placed on or after {chapterVApplies},',
  notLegacyEffect:
    'its obligations would apply from the day of placement instead of {legacyComplianceDeadline}.',
  euEstablishmentChange: 'If the provider were established in the EU,',
  euEstablishmentEffect: 'no authorised representative (Art. 54) would be needed.',
  holidayListMissing:
    "The Commission's public holidays for {year} are not in these rules: if {lastDay} is one, the period ends at the end of the next working day (Reg. 1182/71, Art. 3(4)). Only weekends are counted here.",
  nearGpaiThreshold:
    'Training compute of {flop} is within ±{estimateTolerance} of the {gpaiThreshold} criterion: the GPAI verdict is sensitive to the estimate. Document the method and its uncertainty.',
  nearOneThird:
    'Your modification compute of {flop} is within ±{estimateTolerance} of one third of {original}: whether you become the provider is sensitive to the estimate.',
  cumulativeQuestion: 'Which compute counts for the {systemicRiskThreshold} presumption?',
  cumulativeAnswer: 'Parameter updates {parameterUpdates}; cumulative {cumulative}',
  cumulativeOutcome:
    'Cumulative compute counts, including {source, select, synthetic {non-public synthetic data generation} other {inherited weights}}: it exceeds {systemicRiskThreshold} although the parameter-update compute does not.',
  sharedWithResearchPartners: 'Shared only with research partners, solely for research',
  soleResearchSummary: 'No: a model shared only for scientific research is outside the AI Act.',
  providerQuestion: 'Are you the provider?',
  notPlacedAnswer: 'Not made available, and not meant to be placed on the EU market',
  notPlacedOutcome:
    'No: with no intention to place the model on the market, you are not — and will not become — its provider.',
  notPlacedSummary:
    'No: the model is used only for research and development and is not meant to be placed on the EU market.',
};
