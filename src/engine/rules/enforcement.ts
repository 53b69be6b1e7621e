/**
 * R74, R94 (rev. 2): the Commission's enforcement powers over providers of general-purpose AI models and the
 * grounds and ceiling of fines, stated once in the report. Applies from 2 August 2026 (Art. 113).
 */

import type { EnforcementSection } from '../report';
import { art, gl } from '../sources';
import { type Text, tx } from '../text';
import { FINES_APPLY } from './key-dates';

const ENFORCEMENT: EnforcementSection<Text> = {
  appliesFrom: FINES_APPLY,
  powers: [
    { article: tx('enforcement.art91'), text: tx('enforcement.power91') },
    {
      article: tx('enforcement.art92'),
      text: tx('enforcement.power92'),
    },
    {
      article: tx('enforcement.art93'),
      text: tx('enforcement.power93'),
    },
  ],
  fineGrounds: [
    { point: 'Art. 101(1)(a)', text: tx('enforcement.fineGroundA') },
    {
      point: 'Art. 101(1)(b)',
      text: tx('enforcement.fineGroundB'),
    },
    { point: 'Art. 101(1)(c)', text: tx('enforcement.fineGroundC') },
    { point: 'Art. 101(1)(d)', text: tx('enforcement.fineGroundD') },
  ],
  ceiling: tx('enforcement.ceiling'),
  rules: ['R94', 'R74', 'R73'],
  citations: [art('91'), art('92'), art('93'), art('101(1)'), art('113'), gl('§5.2')],
};

/** The section is the same in every provider's report. */
export function enforcementSection(): EnforcementSection<Text> {
  return ENFORCEMENT;
}
