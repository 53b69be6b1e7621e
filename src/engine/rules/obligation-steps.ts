/**
 * Trace steps about dates and demonstration of compliance that accompany the obligations: the placing date
 * and lifecycle (R13, R67–R69, E19), the Code of Practice (R64, R75, E22) and enforcement dates (R71, R74, E25).
 */

import type { Answers } from '../answers';
import type { IsoDate } from '../report';
import { art, gl } from '../sources';
import { dateParam, tx } from '../text';
import type { Findings } from './context';
import { FINES_APPLY } from './key-dates';
import type { DateFacts } from './obligation-dates';
import type { SystemicRisk } from './systemic-risk';

export function datesSteps(a: Answers, d: DateFacts, f: Findings): void {
  if (d.placed === null) {
    f.ask({
      field: a.role === 'modifier' ? 'modification.modificationPlacingDate' : 'placing.placingDate',
      question: tx('obligations.placingDateQuestion'),
      askWhom: tx('obligations.placingDateAskWhom'),
      assumption: tx('obligations.placingDateAssumption'),
      rules: ['R67', 'R68'],
    });
    return;
  }
  const placed = d.placed;
  lifecycleStep(a, placed, f);
  f.step({
    verdict: 'dates',
    question: tx('obligations.placedQuestion'),
    answer: tx('common.value', { value: dateParam(placed) }),
    rule: d.legacy ? 'R68' : 'R67',
    outcome: d.legacy
      ? tx('obligations.placedLegacyOutcome')
      : placed > d.asOf
        ? tx('obligations.placedPlannedOutcome', { date: dateParam(placed) })
        : tx('obligations.placedOutcome'),
    citations: d.legacy ? [art('111(3)'), gl('§5.3')] : [art('113'), gl('§5.3')],
  });
  if (d.legacy) {
    f.step({
      verdict: 'dates',
      question: tx('obligations.untraceableDataQuestion'),
      answer: tx('common.value', { value: dateParam(placed) }),
      rule: 'R69',
      outcome: tx('obligations.untraceableDataOutcome'),
      citations: [gl('§5.3')],
    });
  } else if (a.role === 'modifier') {
    f.step({
      verdict: 'dates',
      question: tx('obligations.modifiedNewModelQuestion'),
      answer: tx('obligations.modifiedNewModelAnswer', { date: dateParam(placed) }),
      rule: 'E19',
      outcome: tx('obligations.modifiedNewModelOutcome'),
      citations: [gl('§3.2'), gl('§5.3')],
    });
  }
}

/** R13: a later version by the same provider keeps the first version's placing date. */
function lifecycleStep(a: Answers, placed: IsoDate, f: Findings): void {
  const lifecycle = a.placing?.lifecycle;
  if (a.role === 'modifier' || lifecycle === undefined || lifecycle === 'newModel') return;
  if (lifecycle === 'unknown') {
    f.ask({
      field: 'placing.lifecycle',
      question: tx('obligations.lifecycleAskQuestion'),
      askWhom: tx('obligations.lifecycleAskWhom'),
      assumption: tx('obligations.lifecycleAssumption'),
      rules: ['R13'],
    });
    return;
  }
  f.step({
    verdict: 'dates',
    question: tx('obligations.lifecycleQuestion'),
    answer: tx('obligations.lifecycleAnswer', { date: dateParam(placed) }),
    rule: 'R13',
    outcome: tx('obligations.lifecycleOutcome'),
    citations: [gl('§2.2')],
  });
}

/** R64, R75, E22: the Code of Practice changes how compliance is shown, never the obligations. */
export function codeOfPracticeStep(a: Answers, systemicRisk: SystemicRisk, f: Findings): void {
  const cop = a.codeOfPractice;
  const outcome = {
    full: tx('obligations.codeFullOutcome'),
    partial: tx('obligations.codePartialOutcome'),
    none: tx('obligations.codeNoneOutcome'),
    unknown: tx('obligations.codeUnknownOutcome'),
  }[cop];
  f.step({
    verdict: 'obligations',
    question: tx('obligations.codeQuestion'),
    answer: {
      full: tx('obligations.codeFullAnswer'),
      partial: tx('obligations.codePartialAnswer'),
      none: tx('common.no'),
      unknown: tx('common.unknown'),
    }[cop],
    rule: cop === 'unknown' ? 'E22' : 'R75',
    outcome,
    citations: [art('53(4)'), art('55(2)'), art('56'), gl('§5.1')],
  });
  if (cop === 'partial') {
    f.warn(
      'code-partial',
      systemicRisk === 'none'
        ? tx('obligations.codePartialWarning')
        : tx('obligations.codePartialSystemicRiskWarning'),
      ['R75', 'E22'],
    );
  }
}

/** R71, R74, E25: enforcement dates; the powers and grounds are the report's enforcement section (R94). */
export function finesStep(asOf: IsoDate, legacy: boolean | null, f: Findings): void {
  const before = asOf < FINES_APPLY;
  f.step({
    verdict: 'dates',
    question: tx('obligations.finesQuestion'),
    answer: tx('obligations.finesAnswer', { date: dateParam(asOf) }),
    rule: before ? 'E25' : 'R74',
    outcome: tx('obligations.finesOutcome', { before: before ? 'yes' : 'no', legacy: legacy ? 'yes' : 'no' }),
    citations: [art('101'), art('113'), gl('§5.2')],
  });
}
