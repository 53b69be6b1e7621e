/**
 * Messages of the area "modifier" (ids "modifier.<key>"): src/engine/rules/modifier.ts, whether a modification
 * makes the user the provider of the modified model.
 */
export const modifier = {
  // Acting for the original provider (R91, R13)
  onBehalfQuestion:
    'Do you make the modification for the original provider (under a contract with it, on its behalf)?',
  onBehalfAskWhom: 'The contract owner',
  onBehalfAssumption: 'Assumed you act on your own account, as a downstream modifier.',
  onBehalfStepQuestion: 'Do you modify the model on behalf of its original provider?',
  onBehalfOutcome:
    'A modification made by or for the original provider is part of that model’s lifecycle (R13): the original provider remains the provider and you are not a downstream modifier.',

  // Fine-tuning that stays with the original provider (R27, E17)
  platformQuestion:
    'Does the fine-tuned model stay on the original provider’s platform under its name, or do you hold the weights and place it yourself?',
  platformAskWhom: 'The ML team and the contract owner',
  platformAssumption: 'Assumed you control the result and place it yourself.',
  staysQuestion: 'Does the modified model stay with the original provider, under its name?',
  staysAnswerOriginalName: 'Made available under the original provider’s name',
  staysAnswerPlatform: 'Yes, on its platform',
  staysOutcome:
    'Control over the weights and the name on the model matter: when the fine-tuned model stays with the original provider under its name, that provider is the likelier “modifier”.',
  staysTitle: 'Fine-tuning through the original provider’s API',
  staysReading:
    'The original provider, which controls the weights and whose name the model carries, is treated as the modifier; you are not.',
  staysAlternative:
    'If you commissioned a large fine-tune and place the result under your own name, Art. 3(3) (“has developed”) points to you.',

  // Modification compute unknown (R90)
  unknownComputeQuestion:
    'How much compute did your modification (fine-tuning, further training) use, in FLOP? Estimate it from hardware (N·L·H·U) or tokens (6·P·D).',
  unknownComputeAskWhom: 'The ML team that ran the fine-tune',
  unknownComputeAssumption:
    'Assumed above one third of the original model’s compute, so you are treated as the provider.',
  oneThirdQuestion: 'Did the modification use more than one third of the original model’s training compute?',
  unknownComputeAnswer: 'Modification compute unknown',
  unknownComputeOutcome:
    'Undetermined. You can always estimate your own modification compute, so the conservative reading applies: you are treated as the provider of the modified model, with obligations limited to the modification (R28).',
  unknownComputeTitle: 'Modification compute unknown',
  unknownComputeReading:
    'Provider of the modified model (the conservative reading), with obligations limited to the modification.',
  unknownComputeAlternative:
    'If the modification used at most one third of the original’s training compute, you are not its provider; the original provider remains the provider (R30).',

  // The one-third test (R24)
  oneThirdAnswer: 'Modification {modification}; original {original} (one third: {third})',
  oneThirdOutcomeAbove: 'Yes: a significant modification, so you become the provider of the modified model.',
  oneThirdOutcomeNotAbove:
    'No: not more than one third (exactly one third does not meet "greater than"), so you are not the provider.',
  oneThirdChangeAtMost: 'With at most {flop} of modification compute (one third of the original),',
  oneThirdChangeMoreThan: 'With more than {flop} of modification compute (one third of the original),',
  wouldNotBecomeProvider: 'you would not become the provider of the modified model.',
  wouldBecomeProvider: 'you would become the provider of the modified model.',

  // The fallback threshold when the original compute is unknown (R25, E4)
  fallbackQuestion: 'The original compute is unknown: does the modification exceed the fallback threshold?',
  fallbackAnswer: 'Modification {modification}; original has systemic risk: {originalSystemicRisk}',
  fallbackOutcomeAbove: 'Yes: the fallback is one third of {base} (about {third}).',
  fallbackOutcomeNotAbove: 'No: the fallback is one third of {base} (about {third}).',
  fallbackChangeAtMost: 'With at most {flop} of modification compute,',
  fallbackChangeMoreThan: 'With more than {flop} of modification compute,',
  unknownRiskTitle: 'Original compute unknown and systemic-risk status of the original unknown',
  unknownRiskReading:
    'The lower fallback applies: more than one third of {gpaiThreshold} (about 3.3 × 10^22) makes you the provider.',
  unknownRiskAlternative:
    'If the original model has systemic risk, the higher fallback of one third of {systemicRiskThreshold} (about 3.3 × 10^24) applies.',
  unknownRiskQuestion:
    'Is the original model a general-purpose AI model with systemic risk (on the Commission’s list, or above {systemicRiskThreshold})?',
  unknownRiskAskWhom: 'The original model provider, or the Commission’s published list (Art. 52(6))',
  unknownRiskAssumption: 'Assumed not, so the lower fallback threshold (3.3 × 10^22 FLOP) applies.',

  // Below the threshold (R30, E6)
  belowQuestion: 'Are you the provider of the modified model?',
  belowAnswer: 'Below the threshold',
  belowOutcomeSystemicRisk:
    'No: a modification below the threshold does not make you a provider; the original provider keeps its systemic-risk obligations for the original model, including foreseeable modifications.',
  belowOutcome:
    'No: the original provider remains the provider of the model; you may have obligations as a provider of an AI system.',
};
