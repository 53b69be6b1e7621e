import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../i18n/english';
import { SYSTEMIC_RISK_THRESHOLD_FLOP } from '../compute';
import { evaluate } from '../evaluate';
import type { TraceStep } from '../report';
import { RULES_VERSION } from '../rules-version';
import { AS_OF, developer } from '../test-helpers';
import { diffAnswers } from './answers-diff';
import { compare, compareAnswers, traceMoves } from './compare';
import { GENERAL_RULES } from './diff-summaries';
import { comparableSummary } from './summary';

const withFlop = (flop: number) => developer({ compute: { parameterUpdateFlop: flop } });

describe('compareAnswers', () => {
  it('R32: a FLOP change across 10^25 is one answer change and flips systemic risk, explained by the R32 step', () => {
    const c = inEnglish(compareAnswers(withFlop(5e24), withFlop(2e25), AS_OF));
    expect(c.answers).toContainEqual({
      path: 'compute.parameterUpdateFlop',
      label: 'Training compute',
      section: 'Training compute',
      from: '5 × 10²⁴ FLOP',
      to: '2 × 10²⁵ FLOP',
    });
    const risk = c.verdicts.find((v) => v.key === 'systemicRisk');
    expect(risk).toMatchObject({ from: { label: 'No' }, to: { label: 'Presumed' } });
    expect(risk?.rules).toContain('R32');
    expect(risk?.because.answers).toEqual(['compute.parameterUpdateFlop']);
    expect(risk?.because.steps.map((s) => [s.rule, s.from?.answer, s.to?.answer])).toContainEqual([
      'R32',
      '5 × 10²⁴ FLOP',
      '2 × 10²⁵ FLOP',
    ]);
    expect(risk?.because.asOfMoved).toBe(false);
    expect(c.sameAnswers).toBe(false);
    expect(c.sameResult).toBe(false);
  });

  it('R63: the Art. 55 obligations added by systemic risk are explained by the R63 step met on side B only', () => {
    const c = inEnglish(compareAnswers(withFlop(5e24), withFlop(2e25), AS_OF));
    const art55 = c.obligations.find((o) => o.id === 'art55_1_b');
    expect(art55?.change).toBe('added');
    expect(art55?.because.steps).toContainEqual(
      expect.objectContaining({
        rule: 'R63',
        from: null,
        to: expect.objectContaining({ answer: 'Presumed' }),
      }),
    );
  });

  it('R32 at the boundary: 10^25 exactly is not above it; a figure that rounds alike is written out exactly', () => {
    const c = inEnglish(compareAnswers(withFlop(SYSTEMIC_RISK_THRESHOLD_FLOP), withFlop(1.0001e25), AS_OF));
    const flop = c.answers.find((a) => a.path === 'compute.parameterUpdateFlop');
    expect(flop?.from).toBe('10²⁵ FLOP (exactly 10²⁵)');
    expect(flop?.to).toBe('10²⁵ FLOP (exactly 1.0001 × 10²⁵)');
    expect(c.verdicts.map((v) => [v.key, v.from.label, v.to.label])).toEqual([
      ['systemicRisk', 'No', 'Presumed'],
    ]);
  });

  it('the same answers on two as-of dates: no answer differs, statuses move with the calendar (R67)', () => {
    const answers = developer({
      placing: { channels: ['api'], euAvailability: 'direct', placingDate: '2026-06-01' },
    });
    const c = compareAnswers(answers, answers, '2026-01-15', '2026-09-01');
    expect(c.answers).toEqual([]);
    expect(c.sameAnswers).toBe(true);
    expect(c.verdicts).toEqual([]);
    expect(c.a.asOf).toBe('2026-01-15');
    expect(c.b.asOf).toBe('2026-09-01');
    const doc = c.obligations.find((o) => o.id === 'art53_1_a');
    expect(doc).toMatchObject({ change: 'changed', fields: ['status'] });
    expect(doc?.from?.status).toBe('upcoming');
    expect(doc?.to?.status).toBe('in-force');
    expect(doc?.because.asOfMoved).toBe(true);
    expect(c.sameResult).toBe(false);
  });

  it('the same answers on the same date: nothing differs', () => {
    const c = compareAnswers(withFlop(5e24), withFlop(5e24), AS_OF);
    expect(c).toMatchObject({ answers: [], verdicts: [], role: null, obligations: [], deadlines: [] });
    expect(c.sameAnswers && c.sameResult).toBe(true);
  });
});

describe('compare with a recorded result', () => {
  const answers = withFlop(2e25);
  const recordedUnder = (rulesVersion: string) => {
    const summary = comparableSummary(evaluate(withFlop(5e24), AS_OF));
    return { answers, asOf: AS_OF, recorded: { summary, rulesVersion } };
  };

  it('R32: a result recorded under older rules is shown as recorded, against the answers evaluated now', () => {
    const c = inEnglish(compare(recordedUnder('2026.11.1'), { answers, asOf: AS_OF }));
    expect(c.a).toEqual({ asOf: AS_OF, rulesVersion: '2026.11.1', evaluated: false });
    expect(c.b).toEqual({ asOf: AS_OF, rulesVersion: RULES_VERSION, evaluated: true });
    expect(c.answers).toEqual([]);
    const risk = c.verdicts.find((v) => v.key === 'systemicRisk');
    expect(risk).toMatchObject({ from: { label: 'No' }, to: { label: 'Presumed' } });
    // Side A kept no trace, so no step can be paired; the verdict's rules on side B still name R32.
    expect(risk?.because.steps).toEqual([]);
    expect(risk?.rules).toContain('R32');
  });

  it('a result recorded under the current rules is evaluated again (same result, with its reasons)', () => {
    const c = compare(recordedUnder(RULES_VERSION), { answers, asOf: AS_OF });
    expect(c.a.evaluated).toBe(true);
    expect(c.sameResult).toBe(true);
  });

  it('a summary recorded in words (English labels) reads the same as the report evaluated now (Text labels)', () => {
    const summary = inEnglish(comparableSummary(evaluate(answers, AS_OF)));
    expect(summary.verdicts.systemicRisk.label).toBe('Presumed');
    const c = compare(
      { answers, asOf: AS_OF, recorded: { summary, rulesVersion: '2026.11.1' } },
      { answers, asOf: AS_OF },
    );
    expect(c.a.evaluated).toBe(false);
    expect(c.verdicts).toEqual([]);
    expect(c.sameResult).toBe(true);
  });

  it('two recorded results fall back to the general rules of each verdict', () => {
    const old = {
      ...recordedUnder('2026.11.1'),
      recorded: { summary: comparableSummary(evaluate(answers, AS_OF)), rulesVersion: '2026.11.1' },
    };
    const c = compare(recordedUnder('2026.11.1'), old);
    expect(c.verdicts.find((v) => v.key === 'systemicRisk')?.rules).toEqual(GENERAL_RULES.systemicRisk);
  });
});

describe('diffAnswers', () => {
  it('checkbox answers are compared as sets; an answer the other side does not ask is shown against null', () => {
    const a = developer({
      placing: { channels: ['api', 'ownApp'], euAvailability: 'direct', placingDate: '2025-09-01' },
    });
    const b = developer({
      placing: { channels: ['ownApp', 'api'], euAvailability: 'direct', placingDate: '2025-09-01' },
    });
    expect(diffAnswers(a, b)).toEqual([]);
    const changes = diffAnswers(withFlop(5e24), withFlop(2e25));
    expect(changes.some((c) => c.path.startsWith('systemicRisk.') && c.from === null)).toBe(true);
  });
});

describe('traceMoves', () => {
  it('pairs steps by verdict, rule and question; a step on one side only is a move with null on the other', () => {
    const step = (rule: 'R32' | 'R63', answer: string): TraceStep => ({
      verdict: 'systemicRisk',
      question: 'q',
      answer,
      rule,
      outcome: 'o',
      citations: [],
    });
    expect(traceMoves([step('R32', 'x')], [step('R32', 'x')])).toEqual([]);
    expect(traceMoves([step('R32', 'x')], [step('R32', 'y'), step('R63', 'z')])).toEqual([
      {
        verdict: 'systemicRisk',
        rule: 'R32',
        question: 'q',
        from: { answer: 'x', outcome: 'o' },
        to: { answer: 'y', outcome: 'o' },
      },
      { verdict: 'systemicRisk', rule: 'R63', question: 'q', from: null, to: { answer: 'z', outcome: 'o' } },
    ]);
  });
});
