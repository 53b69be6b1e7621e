/**
 * The legal sources, listed once (RULES.md §0), and citation builders with links to the official texts.
 * Rev. 2: articles and annexes link to EUR-Lex's consolidated text of 27 July 2026 (the Act as amended by
 * 2026/1744); recitals link to the Official Journal text, because consolidated texts carry no recitals.
 * Anchors follow EUR-Lex's HTML (#art_53, #rct_97, #anx_XI).
 */
import type { Citation, SourceCode } from './report';

export interface LegalSource {
  code: SourceCode;
  title: string;
  reference: string;
  date: string;
  url: string;
  note: string;
}

const AIA_URL = 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng';
const AIA_CONSOLIDATED_URL = 'https://eur-lex.europa.eu/eli/reg/2024/1689/2026-07-27/eng';
const GL_URL =
  'https://digital-strategy.ec.europa.eu/en/library/guidelines-scope-obligations-providers-general-purpose-ai-models-under-ai-act';
const TPL_URL =
  'https://digital-strategy.ec.europa.eu/en/faqs/template-general-purpose-ai-model-providers-summarise-their-training-content';
/** The Commission's page for the Code of Practice (rev. 2: never a third-party site). */
const COP_URL = 'https://digital-strategy.ec.europa.eu/en/policies/ai-code-practice';
const OMNI_URL = 'http://data.europa.eu/eli/reg/2026/1744/oj';

export const SOURCES: readonly LegalSource[] = [
  {
    code: 'AIA',
    title: 'Regulation (EU) 2024/1689 (AI Act)',
    reference:
      'OJ L, 2024/1689, 12.7.2024; as amended by Regulation (EU) 2026/1744 (EUR-Lex consolidated version of 27.7.2026)',
    date: '2024-07-12',
    url: AIA_CONSOLIDATED_URL,
    note: 'Only the Official Journal text is authentic; Chapter V read from a consolidated text (27.7.2026).',
  },
  {
    code: 'OMNI',
    title: 'Regulation (EU) 2026/1744 (Digital Omnibus on AI)',
    reference: 'OJ L, 2026/1744, 24.7.2026; in force 27.7.2026',
    date: '2026-07-24',
    url: OMNI_URL,
    note: 'Did not change the GPAI thresholds, obligations, fines or dates (R80).',
  },
  {
    code: 'GL',
    title: 'Commission Guidelines on the scope of the obligations for providers of general-purpose AI models',
    reference: 'C(2025) 5045 final, 18.7.2025 (formal version reported as C(2025) 7719 final, 19.11.2025)',
    date: '2025-07-18',
    url: GL_URL,
    note: 'Non-binding; only the Court of Justice interprets the AI Act authoritatively (GL ¶9).',
  },
  {
    code: 'TPL',
    title: 'Template for the public summary of training content (Art. 53(1)(d))',
    reference: 'Published 24.7.2025 (formal Communication reported as C(2025) 8311 final, 5.12.2025)',
    date: '2025-07-24',
    url: TPL_URL,
    note: 'Use of the template is mandatory for the Art. 53(1)(d) summary.',
  },
  {
    code: 'COP',
    title: 'General-Purpose AI Code of Practice',
    reference: 'Published 10.7.2025; adequacy confirmed by the Commission and the AI Board 1.8.2025',
    date: '2025-07-10',
    url: COP_URL,
    note: 'Voluntary tool to demonstrate compliance; not a presumption of conformity (R75, R81).',
  },
];

/**
 * Art. 53(1)(a) → "#art_53"; Art. 75a → "#art_75a"; Annex XI → "#anx_XI"; Rec. 97 → "#rct_97". The article is
 * as deep as a link can go: EUR-Lex's consolidated HTML gives articles an id but not their paragraphs (only the
 * Official Journal HTML has "053.001"-style paragraph ids, and that text lacks the 2026/1744 amendments).
 */
const articleCitations = new Map<string, Citation>();

export function art(ref: string): Citation {
  // Memoised: the same citations recur in every report (hot path for the ≥100 000/s goal).
  let citation = articleCitations.get(ref);
  if (!citation) {
    const article = /^(\d+[a-z]?)/.exec(ref)?.[1];
    citation = { ref: `Art. ${ref}`, source: 'AIA', url: `${AIA_CONSOLIDATED_URL}#art_${article}` };
    articleCitations.set(ref, citation);
  }
  return citation;
}

export function rec(n: number): Citation {
  return { ref: `Rec. ${n}`, source: 'AIA', url: `${AIA_URL}#rct_${n}` };
}

export function annex(numeral: string, part = ''): Citation {
  return {
    ref: `Annex ${numeral}${part ? ` ${part}` : ''}`,
    source: 'AIA',
    url: `${AIA_CONSOLIDATED_URL}#anx_${numeral}`,
  };
}

/** Guideline section or paragraph: gl('§3.2'), gl('¶60'), gl('Annex A.2'). */
export function gl(ref: string): Citation {
  return { ref: `GL ${ref}`, source: 'GL', url: GL_URL };
}

export function tpl(): Citation {
  return { ref: 'Training-content summary template', source: 'TPL', url: TPL_URL };
}

export function cop(chapter?: string): Citation {
  return {
    ref: chapter ? `Code of Practice, ${chapter} chapter` : 'Code of Practice',
    source: 'COP',
    url: COP_URL,
  };
}

export function omni(ref: string): Citation {
  return { ref: `Reg. (EU) 2026/1744 ${ref}`.trim(), source: 'OMNI', url: OMNI_URL };
}
