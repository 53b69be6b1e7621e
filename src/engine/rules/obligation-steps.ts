/**
 * Trace steps about dates and demonstration of compliance that accompany the obligations: the placing date
 * and lifecycle (R13, R67–R69, E19), the Code of Practice (R64, R75, E22) and enforcement dates (R71, R74, E25).
 */

import type { Answers } from '../answers';
import { formatDate } from '../dates';
import { WORDS } from '../law/words';
import type { IsoDate } from '../report';
import { art, gl } from '../sources';
import type { Findings } from './context';
import { FINES_APPLY } from './key-dates';
import type { DateFacts } from './obligation-dates';
import type { SystemicRisk } from './systemic-risk';

export function datesSteps(a: Answers, d: DateFacts, f: Findings): void {
  if (d.placed === null) {
    f.ask({
      field: a.role === 'modifier' ? 'modification.modificationPlacingDate' : 'placing.placingDate',
      question: 'On what date was the model first made available in the EU (or when is that planned)?',
      askWhom: 'The product or release team',
      assumption: 'Deadlines that depend on the placing date are shown as unknown.',
      rules: ['R67', 'R68'],
    });
    return;
  }
  const placed = d.placed;
  lifecycleStep(a, placed, f);
  f.step({
    verdict: 'dates',
    question: 'When was the model first placed on the Union market?',
    answer: formatDate(placed),
    rule: d.legacy ? 'R68' : 'R67',
    outcome: d.legacy
      ? `Placed before ${WORDS.chapterVApplies}: the provider must comply by ${WORDS.legacyComplianceDeadline}, covering the whole lifecycle of the model.`
      : placed > d.asOf
        ? `Placement planned for ${formatDate(placed)}: the obligations apply from placement.`
        : `Placed on or after ${WORDS.chapterVApplies}: the obligations apply from placement.`,
    citations: d.legacy ? [art('111(3)'), gl('§5.3')] : [art('113'), gl('§5.3')],
  });
  if (d.legacy) {
    f.step({
      verdict: 'dates',
      question: `What about training data that can no longer be traced for a model placed before ${WORDS.chapterVApplies}?`,
      answer: formatDate(placed),
      rule: 'R69',
      outcome:
        'Retraining or unlearning is not required where impossible or disproportionate; disclose and justify the gap in the copyright policy and the training summary.',
      citations: [gl('§5.3')],
    });
  } else if (a.role === 'modifier') {
    f.step({
      verdict: 'dates',
      question: 'Is the modified model a new model?',
      answer: `Modified model placed ${formatDate(placed)}`,
      rule: 'E19',
      outcome: `A significant modification by a downstream actor is a new model placed when you place it; your obligations apply from that date, even if the original was placed before ${WORDS.chapterVApplies}.`,
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
      question:
        'Is this model the result of its own large pre-training run, or a later version (fine-tune, update) of a model you already placed?',
      askWhom: 'The ML team',
      assumption: 'Assumed a new model, placed on the date given.',
      rules: ['R13'],
    });
    return;
  }
  f.step({
    verdict: 'dates',
    question: 'Is this a new model or a later version of one already placed?',
    answer: `A later version; first version placed ${formatDate(placed)}`,
    rule: 'R13',
    outcome:
      'Later development by the same provider is the same model: its lifecycle, and its dates, run from the first version’s placing. A new large pre-training run would be a new model.',
    citations: [gl('§2.2')],
  });
}

/** R64, R75, E22: the Code of Practice changes how compliance is shown, never the obligations. */
export function codeOfPracticeStep(a: Answers, systemicRisk: SystemicRisk, f: Findings): void {
  const cop = a.codeOfPractice;
  const outcome = {
    full: 'Signing changes neither the classification nor the obligations (E22). Adhering to the adequate Code is a straightforward way to demonstrate compliance with Arts. 53 and 55 (not the Art. 52(1) notification); the Commission focuses on monitoring adherence, and adherence can mitigate fines.',
    partial:
      'Signing changes neither the classification nor the obligations (E22). For the chapters you did not sign you must show alternative adequate means, and you lose the Code’s benefit for them.',
    none: 'Not signing changes no obligation, but you must show alternative adequate means (e.g. a gap analysis against the Code) and can expect more information and evaluation requests.',
    unknown: 'Signing the Code of Practice changes neither the classification nor the obligations (E22).',
  }[cop];
  f.step({
    verdict: 'obligations',
    question: 'Have you signed the General-Purpose AI Code of Practice?',
    answer: { full: 'Yes, all chapters', partial: 'Some chapters', none: 'No', unknown: "I don't know" }[cop],
    rule: cop === 'unknown' ? 'E22' : 'R75',
    outcome,
    citations: [art('53(4)'), art('55(2)'), art('56'), gl('§5.1')],
  });
  if (cop === 'partial') {
    f.warn(
      'code-partial',
      systemicRisk === 'none'
        ? 'You signed only some chapters of the Code of Practice: document alternative adequate means for the Transparency and Copyright obligations you did not sign up to.'
        : 'You signed only some chapters of the Code of Practice: document alternative adequate means for each obligation the unsigned chapters cover (Transparency, Copyright, Safety and Security).',
      ['R75', 'E22'],
    );
  }
}

/** R71, R74, E25: enforcement dates; the powers and grounds are the report's enforcement section (R94). */
export function finesStep(asOf: IsoDate, legacy: boolean | null, f: Findings): void {
  const before = asOf < FINES_APPLY;
  f.step({
    verdict: 'dates',
    question: 'From when can the Commission fine?',
    answer: `Evaluated as of ${formatDate(asOf)}`,
    rule: before ? 'E25' : 'R74',
    outcome:
      (before
        ? `No Commission fines before ${WORDS.finesApply}, but the obligations already apply. `
        : `Since ${WORDS.finesApply} the Commission can fine up to ${WORDS.fineCeiling} — with no SME reduction. `) +
      (legacy
        ? `For a model placed before ${WORDS.chapterVApplies}, non-compliance starts only after ${WORDS.legacyComplianceDeadline}.`
        : ''),
    citations: [art('101'), art('113'), gl('§5.2')],
  });
}
