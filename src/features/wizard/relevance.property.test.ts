/**
 * The adaptive flow's promise, checked against the engine itself: for any complete set of answers, the
 * answers on screens and questions the wizard hides do not change the result — evaluate() gives the same
 * verdicts, obligations and dates on the relevant answers alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answers, answersSchema } from '../../engine/answers';
import { evaluate } from '../../engine/evaluate';
import { incompleteScreens, relevantAnswers } from '../../engine/questionnaire';
import type { EngineReport } from '../../engine/report';
import { answersArb } from '../../share/arbitraries';

function outcome(r: EngineReport) {
  return {
    isGPAI: r.isGPAI,
    isProvider: r.isProvider,
    // Whether a model that is not GPAI is "not placed" or "out of scope" makes no difference to anyone.
    role: r.isGPAI ? r.role : 'not a GPAI model',
    systemicRisk: r.systemicRisk,
    openSourceExemption: r.openSourceExemption,
    obligations: r.obligations.map((o) => [o.id, o.appliesFrom, o.dueBy, o.status, o.exempted]),
    notificationDeadline: r.notificationDeadline,
    complianceDeadline: r.complianceDeadline,
  };
}

/**
 * Answers as the wizard can produce them. Facts the wizard deliberately never collects are removed (see the
 * closing notes of issue #3 and ADR 0050): from a modifier, `placing.placingDate` and `placing.lifecycle` (it
 * gives the modified model's own date; a modified model is a new model, E19) and `compute` (the schema would
 * require a parameter-update figure the engine does not use for modifiers); and, when no channel hands out the
 * weights, licence answers (R55: the weights cannot be public then).
 */
function asCollected(a: Answers): Answers {
  const out = structuredClone(a);
  if (out.role === 'modifier') {
    if (out.placing) {
      delete out.placing.placingDate;
      delete out.placing.lifecycle;
    }
    delete out.compute;
  }
  const channels = out.placing?.channels ?? [];
  if (out.placing && out.role !== 'integrator' && !channels.some((c) => c === 'hub' || c === 'package')) {
    delete out.licence;
  }
  return out;
}

describe('hidden answers never change the result', () => {
  it('evaluate(all answers) and evaluate(relevant answers) agree for every complete answer set', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        answersArb(),
        fc.constantFrom('2025-06-01', '2026-11-25', '2028-01-01'),
        (generated, asOf) => {
          const a = asCollected(generated);
          fc.pre(incompleteScreens(a).length === 0);
          checked += 1;
          const relevant = answersSchema.parse(relevantAnswers(a));
          expect(outcome(evaluate(relevant, asOf))).toEqual(outcome(evaluate(a, asOf)));
        },
      ),
      { numRuns: 800 },
    );
    expect(checked).toBe(800);
  }, 120_000);

  it('pruning is idempotent and always leaves valid answers', () => {
    fc.assert(
      fc.property(answersArb(), (a) => {
        const once = relevantAnswers(a);
        expect(answersSchema.safeParse(once).success).toBe(true);
        expect(relevantAnswers(once)).toEqual(once);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
