/** Messages of the area "signposts" (ids "signposts.<key>"): src/engine/rules/signposts.ts (R93). */
export const signposts = {
  // Art. 50(1)
  art50_1Article: 'Art. 50(1)',
  art50_1Title: 'Tell people they are interacting with an AI system',
  art50_1Text:
    'Providers of AI systems that interact directly with people must design them so that people are informed they are interacting with an AI system, unless that is obvious.',
  // Art. 50(2)
  art50_2Article: 'Art. 50(2)',
  art50_2Title: 'Mark synthetic output in a machine-readable way',
  art50_2Text:
    'Providers of AI systems, including general-purpose AI systems, that generate synthetic audio, image, video or text must mark the output as artificially generated in a machine-readable, detectable way. Applies from {finesApply}; systems placed on the market before then have until {art50MarkingLegacyDeadline} (Art. 111(4)).',
  // Art. 6: high-risk
  highRiskArticle: 'Art. 6',
  highRiskTitle: 'Check whether the AI system is high-risk',
  highRiskText:
    'An AI system used for an Annex III purpose (e.g. employment, credit, education, essential services) is high-risk from {annexIIIHighRiskApplies}; one that is a safety component of a product under Annex I legislation from {annexIHighRiskApplies}. High-risk systems carry their own provider and deployer duties.',
  // Art. 25
  art25Article: 'Art. 25',
  art25Title: 'Value-chain duties if a general-purpose AI system becomes high-risk',
  art25Text:
    'Whoever modifies the intended purpose of a general-purpose AI system so that it becomes high-risk becomes the provider of a high-risk AI system.',
  // Art. 53(1)(b): Annex XII information
  annexXiiInfoArticle: 'Art. 53(1)(b)',
  annexXiiInfoTitle: 'Ask the model’s provider for its downstream information',
  annexXiiInfoText:
    'The provider of the general-purpose AI model must make Annex XII information available to providers of AI systems that integrate it, so that they can understand its capabilities and limitations and meet their own obligations.',
  // Art. 89(2): complaint
  complaintArticle: 'Art. 89(2)',
  complaintTitle: 'Complain to the AI Office about an infringement by the model’s provider',
  complaintText:
    'Downstream providers may lodge a complaint with the AI Office alleging that a provider of a general-purpose AI model infringes the Act.',
};
