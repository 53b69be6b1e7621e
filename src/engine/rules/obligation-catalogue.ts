/**
 * The obligations of providers of general-purpose AI models (RULES.md §3, R56–R63), as data.
 */

import { WORDS } from '../law/words';
import type { Citation, ObligationId, RuleRef } from '../report';
import { annex, art, cop, gl, rec, tpl } from '../sources';

export interface ObligationDefinition {
  id: ObligationId;
  article: string;
  title: string;
  explanation: string;
  produce: string[];
  codeOfPracticeChapter: string | null;
  /** Exempted for open-source models without systemic risk (R48). */
  openSourceExemptable: boolean;
  /** A one-off act with a deadline (notification) rather than a continuing duty. */
  oneOff: boolean;
  rules: RuleRef[];
  citations: Citation[];
}

const ANNEX_XI_SECTION_1 = [
  'Annex XI §1: general description — intended tasks and the kinds of AI systems it can be integrated into',
  'Annex XI §1: acceptable-use policies',
  'Annex XI §1: release date and methods of distribution',
  'Annex XI §1: architecture and number of parameters',
  'Annex XI §1: input and output modalities and formats',
  'Annex XI §1: licence',
  'Annex XI §1: technical means for integration (instructions, infrastructure, tools)',
  'Annex XI §1: design specifications and training process, methodologies and key design choices',
  'Annex XI §1: training, testing and validation data — type, provenance, curation, bias detection',
  'Annex XI §1: computational resources used for training (FLOP, training time)',
  'Annex XI §1: known or estimated energy consumption',
  'Annex XI §1: what the model is designed to optimise for and the relevance of the different parameters',
  'Annex XI §1: number of data points, their scope and main characteristics; how the data was obtained and selected',
];

/** R56 (rev. 2): Annex XI Section 2 belongs to the Art. 53(1)(a) documentation of a model with systemic risk. */
export const ANNEX_XI_SECTION_2 = [
  'Annex XI §2: evaluation strategies and results, with the evaluation criteria, metrics and methodology',
  'Annex XI §2: adversarial testing (red-teaming), model adaptations, alignment and fine-tuning measures',
  'Annex XI §2: system architecture — how software components build on or feed into each other (where applicable)',
];

export const OBLIGATIONS: readonly ObligationDefinition[] = [
  {
    id: 'art53_1_a',
    article: 'Art. 53(1)(a)',
    title: 'Technical documentation for the AI Office and national authorities',
    explanation:
      'Draw up and keep up to date technical documentation of the model, including its training and testing process and evaluation results, and provide it to the AI Office or national authorities on request.',
    produce: [
      ...ANNEX_XI_SECTION_1,
      'Code of Practice Model Documentation Form (Transparency chapter) as a convenient format',
    ],
    codeOfPracticeChapter: 'Transparency (Model Documentation Form)',
    openSourceExemptable: true,
    oneOff: false,
    rules: ['R56'],
    citations: [art('53(1)(a)'), annex('XI', 'Section 1'), cop('Transparency')],
  },
  {
    id: 'art53_1_b',
    article: 'Art. 53(1)(b)',
    title: 'Information and documentation for downstream providers',
    explanation:
      'Draw up, keep up to date and make available to providers of AI systems who integrate the model the information they need to understand its capabilities and limitations and to meet their own obligations, while protecting IP and trade secrets.',
    produce: [
      'Annex XII: general description — intended tasks, acceptable-use policies, release date, distribution methods',
      'Annex XII: interaction with hardware or software that is not part of the model, relevant software versions',
      'Annex XII: architecture, parameters, input/output modalities and formats (incl. context window), licence',
      'Annex XII: technical means for integration; information on training data and its curation',
      'Code of Practice Model Documentation Form (downstream-provider fields)',
    ],
    codeOfPracticeChapter: 'Transparency (Model Documentation Form)',
    openSourceExemptable: true,
    oneOff: false,
    rules: ['R57'],
    citations: [art('53(1)(b)'), annex('XII'), cop('Transparency')],
  },
  {
    id: 'art53_1_c',
    article: 'Art. 53(1)(c)',
    title: 'Copyright policy',
    explanation:
      'Put in place a policy to comply with Union copyright law, in particular to identify and respect, including with state-of-the-art technologies, reservations of rights (opt-outs) under Art. 4(3) of Directive (EU) 2019/790. It applies wherever the training took place.',
    produce: [
      'A written copyright policy, with who is responsible for it',
      'How text-and-data-mining opt-outs (Art. 4(3) DSM Directive) are identified and respected, e.g. robots.txt and other machine-readable protocols',
      'How crawlers are configured and how lawful access to content is ensured',
      'A point of contact and a complaint-handling process for rightsholders',
    ],
    codeOfPracticeChapter: 'Copyright',
    openSourceExemptable: false,
    oneOff: false,
    rules: ['R58', 'R49'],
    citations: [art('53(1)(c)'), rec(106), cop('Copyright')],
  },
  {
    id: 'art53_1_d',
    article: 'Art. 53(1)(d)',
    title: 'Public summary of training content',
    explanation:
      "Draw up and publish a sufficiently detailed summary of the content used to train the model, using the AI Office's mandatory template.",
    produce: [
      'Template §1: general information — provider, model and versions, modalities, training-data size by modality',
      'Template §2: data sources — public and licensed datasets, main web-crawled domain names, user data, synthetic data',
      'Template §3: data-processing aspects — respect of reservations of rights, removal of illegal content',
      'Publication of the summary (e.g. on the model page), kept up to date',
    ],
    codeOfPracticeChapter: null,
    openSourceExemptable: false,
    oneOff: false,
    rules: ['R59', 'R77', 'R78', 'R49'],
    citations: [art('53(1)(d)'), rec(107), tpl()],
  },
  {
    id: 'art53_3',
    article: 'Art. 53(3)',
    title: 'Cooperation with the Commission and national authorities',
    explanation:
      'Cooperate as necessary with the Commission (AI Office) and national competent authorities in the exercise of their powers under the AI Act.',
    produce: ['A point of contact and an internal process for answering information and evaluation requests'],
    codeOfPracticeChapter: null,
    openSourceExemptable: false,
    oneOff: false,
    rules: ['R60'],
    citations: [art('53(3)'), art('91')],
  },
  {
    id: 'art54',
    article: 'Art. 54',
    title: 'Authorised representative in the Union',
    explanation:
      'A provider established outside the Union must, by written mandate and before placing the model on the Union market, appoint an authorised representative established in the Union.',
    produce: [
      'A written mandate to an EU-established authorised representative',
      'The representative keeps the Annex XI documentation for 10 years after placing and answers the AI Office',
      'The representative verifies the technical documentation and ends the mandate if the provider breaches its obligations',
    ],
    codeOfPracticeChapter: null,
    openSourceExemptable: true,
    oneOff: false,
    rules: ['R61', 'E12'],
    citations: [art('54'), gl('§3.1')],
  },
  {
    id: 'art52_1',
    article: 'Art. 52(1)',
    title: 'Notify the Commission that the systemic-risk threshold is met',
    explanation: `Notify the Commission without delay and at the latest within two weeks after the ${WORDS.systemicRiskThreshold} threshold is met or it becomes known that it will be met — possibly before training ends. Arguments that the model exceptionally does not present systemic risk can accompany the notification.`,
    produce: [
      `Notification to the AI Office with the training-compute estimate in FLOP to two significant figures (e.g. 2.3 × ${WORDS.systemicRiskPower})`,
      'The estimation method and its assumptions (hardware-based or architecture-based, ±30 %)',
      'Optionally, arguments under Art. 52(2) that the model exceptionally does not present systemic risk',
    ],
    // R62 (rev. 2): codes of practice cover Arts. 53 and 55 only; signing one does not show the notification.
    codeOfPracticeChapter: null,
    openSourceExemptable: false,
    oneOff: true,
    rules: ['R62', 'R35', 'R36'],
    citations: [art('52(1)'), gl('¶31'), gl('§2.3.2')],
  },
  {
    id: 'art55_1_a',
    article: 'Art. 55(1)(a)',
    title: 'Model evaluation including adversarial testing',
    explanation:
      'Evaluate the model with standardised, state-of-the-art protocols and tools, including conducting and documenting adversarial testing, to identify and mitigate systemic risks.',
    produce: [
      'Evaluations with standardised, state-of-the-art protocols and tools, including documented adversarial testing',
      'Safety and Security Model Report (Code of Practice)',
    ],
    codeOfPracticeChapter: 'Safety and Security',
    openSourceExemptable: false,
    oneOff: false,
    rules: ['R63'],
    citations: [art('55(1)(a)'), cop('Safety and Security')],
  },
  {
    id: 'art55_1_b',
    article: 'Art. 55(1)(b)',
    title: 'Assess and mitigate systemic risks',
    explanation:
      'Assess and mitigate possible systemic risks at Union level, including their sources, that may stem from the development, placing on the market or use of the model.',
    produce: [
      'A systemic-risk assessment and mitigation framework (Safety and Security Framework under the Code of Practice)',
      'Records of risk identification, analysis, acceptance decisions and mitigations',
    ],
    codeOfPracticeChapter: 'Safety and Security',
    openSourceExemptable: false,
    oneOff: false,
    rules: ['R63'],
    citations: [art('55(1)(b)'), cop('Safety and Security')],
  },
  {
    id: 'art55_1_c',
    article: 'Art. 55(1)(c)',
    title: 'Track, document and report serious incidents',
    explanation:
      'Keep track of, document and report without undue delay to the AI Office (and, as appropriate, national authorities) serious incidents and possible corrective measures — including serious cybersecurity breaches such as exfiltration of weights.',
    produce: [
      'A serious-incident tracking and reporting process',
      'Incident reports with corrective measures to the AI Office',
    ],
    codeOfPracticeChapter: 'Safety and Security',
    openSourceExemptable: false,
    oneOff: false,
    rules: ['R63'],
    citations: [art('55(1)(c)'), art('3(49)'), gl('§5.2'), cop('Safety and Security')],
  },
  {
    id: 'art55_1_d',
    article: 'Art. 55(1)(d)',
    title: 'Cybersecurity protection',
    explanation:
      'Ensure an adequate level of cybersecurity protection for the model and its physical infrastructure.',
    produce: ['Security measures for weights, infrastructure and insider threats, documented'],
    codeOfPracticeChapter: 'Safety and Security',
    openSourceExemptable: false,
    oneOff: false,
    rules: ['R63'],
    citations: [art('55(1)(d)'), cop('Safety and Security')],
  },
];

export function obligationDefinition(id: ObligationId): ObligationDefinition {
  const found = OBLIGATIONS.find((o) => o.id === id);
  if (!found) throw new Error(`Unknown obligation ${id}`);
  return found;
}
