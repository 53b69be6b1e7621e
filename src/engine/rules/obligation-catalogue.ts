/**
 * The obligations of providers of general-purpose AI models (RULES.md §3, R56–R63), as data.
 */

import type { Citation, ObligationId, RuleRef } from '../report';
import { annex, art, cop, gl, rec, tpl } from '../sources';
import { type Text, tx } from '../text';

export interface ObligationDefinition {
  id: ObligationId;
  /** Written like "Art. 53(1)(a)". */
  article: Text;
  title: Text;
  explanation: Text;
  produce: Text[];
  codeOfPracticeChapter: Text | null;
  /** Exempted for open-source models without systemic risk (R48). */
  openSourceExemptable: boolean;
  /** A one-off act with a deadline (notification) rather than a continuing duty. */
  oneOff: boolean;
  rules: RuleRef[];
  citations: Citation[];
}

const ANNEX_XI_SECTION_1: Text[] = [
  tx('obligations.annexXI1GeneralDescription'),
  tx('obligations.annexXI1AcceptableUse'),
  tx('obligations.annexXI1ReleaseDistribution'),
  tx('obligations.annexXI1Architecture'),
  tx('obligations.annexXI1Modalities'),
  tx('obligations.annexXI1Licence'),
  tx('obligations.annexXI1Integration'),
  tx('obligations.annexXI1Design'),
  tx('obligations.annexXI1Data'),
  tx('obligations.annexXI1Compute'),
  tx('obligations.annexXI1Energy'),
  tx('obligations.annexXI1Optimise'),
  tx('obligations.annexXI1DataPoints'),
];

/** R56 (rev. 2): Annex XI Section 2 belongs to the Art. 53(1)(a) documentation of a model with systemic risk. */
export const ANNEX_XI_SECTION_2: Text[] = [
  tx('obligations.annexXI2Evaluation'),
  tx('obligations.annexXI2Adversarial'),
  tx('obligations.annexXI2SystemArchitecture'),
];

const COP_TRANSPARENCY = tx('obligations.copTransparency');
const COP_SAFETY_SECURITY = tx('obligations.copSafetySecurity');

export const OBLIGATIONS: readonly ObligationDefinition[] = [
  {
    id: 'art53_1_a',
    article: tx('obligations.articleArt53_1_a'),
    title: tx('obligations.titleArt53_1_a'),
    explanation: tx('obligations.explanationArt53_1_a'),
    produce: [...ANNEX_XI_SECTION_1, tx('obligations.produceArt53_1_aForm')],
    codeOfPracticeChapter: COP_TRANSPARENCY,
    openSourceExemptable: true,
    oneOff: false,
    rules: ['R56'],
    citations: [art('53(1)(a)'), annex('XI', 'Section 1'), cop('Transparency')],
  },
  {
    id: 'art53_1_b',
    article: tx('obligations.articleArt53_1_b'),
    title: tx('obligations.titleArt53_1_b'),
    explanation: tx('obligations.explanationArt53_1_b'),
    produce: [
      tx('obligations.annexXIIGeneralDescription'),
      tx('obligations.annexXIIInteraction'),
      tx('obligations.annexXIIArchitecture'),
      tx('obligations.annexXIIIntegrationData'),
      tx('obligations.produceArt53_1_bForm'),
    ],
    codeOfPracticeChapter: COP_TRANSPARENCY,
    openSourceExemptable: true,
    oneOff: false,
    rules: ['R57'],
    citations: [art('53(1)(b)'), annex('XII'), cop('Transparency')],
  },
  {
    id: 'art53_1_c',
    article: tx('obligations.articleArt53_1_c'),
    title: tx('obligations.titleArt53_1_c'),
    explanation: tx('obligations.explanationArt53_1_c'),
    produce: [
      tx('obligations.produceArt53_1_cPolicy'),
      tx('obligations.produceArt53_1_cOptOuts'),
      tx('obligations.produceArt53_1_cCrawlers'),
      tx('obligations.produceArt53_1_cContact'),
    ],
    codeOfPracticeChapter: tx('obligations.copCopyright'),
    openSourceExemptable: false,
    oneOff: false,
    rules: ['R58', 'R49'],
    citations: [art('53(1)(c)'), rec(106), cop('Copyright')],
  },
  {
    id: 'art53_1_d',
    article: tx('obligations.articleArt53_1_d'),
    title: tx('obligations.titleArt53_1_d'),
    explanation: tx('obligations.explanationArt53_1_d'),
    produce: [
      tx('obligations.produceArt53_1_dTemplate1'),
      tx('obligations.produceArt53_1_dTemplate2'),
      tx('obligations.produceArt53_1_dTemplate3'),
      tx('obligations.produceArt53_1_dPublication'),
    ],
    codeOfPracticeChapter: null,
    openSourceExemptable: false,
    oneOff: false,
    rules: ['R59', 'R77', 'R78', 'R49'],
    citations: [art('53(1)(d)'), rec(107), tpl()],
  },
  {
    id: 'art53_3',
    article: tx('obligations.articleArt53_3'),
    title: tx('obligations.titleArt53_3'),
    explanation: tx('obligations.explanationArt53_3'),
    produce: [tx('obligations.produceArt53_3Contact')],
    codeOfPracticeChapter: null,
    openSourceExemptable: false,
    oneOff: false,
    rules: ['R60'],
    citations: [art('53(3)'), art('91')],
  },
  {
    id: 'art54',
    article: tx('obligations.articleArt54'),
    title: tx('obligations.titleArt54'),
    explanation: tx('obligations.explanationArt54'),
    produce: [
      tx('obligations.produceArt54Mandate'),
      tx('obligations.produceArt54Keeps'),
      tx('obligations.produceArt54Verifies'),
    ],
    codeOfPracticeChapter: null,
    openSourceExemptable: true,
    oneOff: false,
    rules: ['R61', 'E12'],
    citations: [art('54'), gl('§3.1')],
  },
  {
    id: 'art52_1',
    article: tx('obligations.articleArt52_1'),
    title: tx('obligations.titleArt52_1'),
    explanation: tx('obligations.explanationArt52_1'),
    produce: [
      tx('obligations.produceArt52_1Notification'),
      tx('obligations.produceArt52_1Method'),
      tx('obligations.produceArt52_1Arguments'),
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
    article: tx('obligations.articleArt55_1_a'),
    title: tx('obligations.titleArt55_1_a'),
    explanation: tx('obligations.explanationArt55_1_a'),
    produce: [tx('obligations.produceArt55_1_aEvaluations'), tx('obligations.produceArt55_1_aReport')],
    codeOfPracticeChapter: COP_SAFETY_SECURITY,
    openSourceExemptable: false,
    oneOff: false,
    rules: ['R63'],
    citations: [art('55(1)(a)'), cop('Safety and Security')],
  },
  {
    id: 'art55_1_b',
    article: tx('obligations.articleArt55_1_b'),
    title: tx('obligations.titleArt55_1_b'),
    explanation: tx('obligations.explanationArt55_1_b'),
    produce: [tx('obligations.produceArt55_1_bFramework'), tx('obligations.produceArt55_1_bRecords')],
    codeOfPracticeChapter: COP_SAFETY_SECURITY,
    openSourceExemptable: false,
    oneOff: false,
    rules: ['R63'],
    citations: [art('55(1)(b)'), cop('Safety and Security')],
  },
  {
    id: 'art55_1_c',
    article: tx('obligations.articleArt55_1_c'),
    title: tx('obligations.titleArt55_1_c'),
    explanation: tx('obligations.explanationArt55_1_c'),
    produce: [tx('obligations.produceArt55_1_cProcess'), tx('obligations.produceArt55_1_cReports')],
    codeOfPracticeChapter: COP_SAFETY_SECURITY,
    openSourceExemptable: false,
    oneOff: false,
    rules: ['R63'],
    citations: [art('55(1)(c)'), art('3(49)'), gl('§5.2'), cop('Safety and Security')],
  },
  {
    id: 'art55_1_d',
    article: tx('obligations.articleArt55_1_d'),
    title: tx('obligations.titleArt55_1_d'),
    explanation: tx('obligations.explanationArt55_1_d'),
    produce: [tx('obligations.produceArt55_1_dSecurity')],
    codeOfPracticeChapter: COP_SAFETY_SECURITY,
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
