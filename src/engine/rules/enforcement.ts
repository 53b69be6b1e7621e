/**
 * R74, R94 (rev. 2): the Commission's enforcement powers over providers of general-purpose AI models and the
 * grounds and ceiling of fines, stated once in the report. Applies from 2 August 2026 (Art. 113).
 */

import { WORDS } from '../law/words';
import type { EnforcementSection } from '../report';
import { art, gl } from '../sources';
import { FINES_APPLY } from './key-dates';

const ENFORCEMENT: EnforcementSection = {
  appliesFrom: FINES_APPLY,
  powers: [
    { article: 'Art. 91', text: 'Request the documentation and information needed to assess compliance.' },
    {
      article: 'Art. 92',
      text: 'Evaluate the model, including through access by API or to its source code.',
    },
    {
      article: 'Art. 93',
      text: 'Request measures: compliance, mitigation of systemic risks, restriction, withdrawal or recall of the model, or make commitments binding.',
    },
  ],
  fineGrounds: [
    { point: 'Art. 101(1)(a)', text: 'Infringing the provisions of the Regulation.' },
    {
      point: 'Art. 101(1)(b)',
      text: 'Failing to comply with a request for a document or information under Art. 91, or supplying incorrect, incomplete or misleading information.',
    },
    { point: 'Art. 101(1)(c)', text: 'Failing to comply with a measure requested under Art. 93.' },
    { point: 'Art. 101(1)(d)', text: 'Failing to make the model available for an evaluation under Art. 92.' },
  ],
  ceiling: `Up to ${WORDS.fineCeiling} — with no reduction for SMEs.`,
  rules: ['R94', 'R74', 'R73'],
  citations: [art('91'), art('92'), art('93'), art('101(1)'), art('113'), gl('§5.2')],
};

/** The section is the same in every provider's report. */
export function enforcementSection(): EnforcementSection {
  return ENFORCEMENT;
}
