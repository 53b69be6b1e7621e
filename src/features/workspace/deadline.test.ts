import { describe, expect, it } from 'vitest';
import { evaluate } from '../../engine/evaluate';
import { inEnglish } from '../../i18n/english';
import { PERSONAS } from '../../share/test-personas';
import { summarizeReport } from '../../shared/workspace/summary';
import type { ResultSummary } from '../../shared/workspace/types';
import { deadlineSortKey, nextDeadline } from './deadline';

const summaryOf = (persona: keyof typeof PERSONAS, asOf = '2026-11-30') => {
  const answers = PERSONAS[persona];
  if (!answers) throw new Error(persona);
  return summarizeReport(evaluate(answers, asOf));
};

/** A summary carrying only the obligations a case needs (the rest of the summary is not read). */
function withObligations(obligations: ResultSummary['obligations']): ResultSummary {
  return { ...summaryOf('legacyModel2024'), obligations };
}

describe('nextDeadline', () => {
  it('R35/R89: the frontier lab’s missed Art. 52(1) notification is overdue, with its date', () => {
    expect(inEnglish(nextDeadline(summaryOf('frontierLabOutsideEu'), '2026-11-30'))).toEqual({
      kind: 'overdue',
      earliest: { id: 'art52_1', article: 'Art. 52(1)', date: '2025-11-24' },
      count: 1,
    });
  });

  it('R67/R68: a legacy model’s 2 August 2027 compliance date is the next deadline, up to and on that day', () => {
    const legacy = summaryOf('legacyModel2024');
    expect(inEnglish(nextDeadline(legacy, '2026-11-30'))).toMatchObject({
      kind: 'ahead',
      next: { id: 'art53_1_a', article: 'Art. 53(1)(a)', date: '2027-08-02' },
      count: 5,
    });
    expect(nextDeadline(legacy, '2027-08-02')).toMatchObject({ kind: 'ahead', next: { date: '2027-08-02' } });
  });

  it('a continuing duty whose date passed after the evaluation is in force, not overdue', () => {
    expect(nextDeadline(summaryOf('legacyModel2024'), '2027-08-03')).toEqual({
      kind: 'none',
      obligations: 5,
    });
  });

  it('a one-off notification that was ahead at the evaluation becomes overdue the day after its deadline', () => {
    const s = withObligations([
      { id: 'art52_1', status: 'upcoming', appliesFrom: '2026-11-26', dueBy: '2026-12-10' },
      { id: 'art53_1_a', status: 'upcoming', appliesFrom: '2027-01-01', dueBy: null },
    ]);
    expect(nextDeadline(s, '2026-12-10')).toMatchObject({
      kind: 'ahead',
      next: { date: '2026-12-10' },
      count: 2,
    });
    expect(nextDeadline(s, '2026-12-11')).toMatchObject({
      kind: 'overdue',
      earliest: { id: 'art52_1', date: '2026-12-10' },
      count: 1,
    });
  });

  it('R89: an overdue duty without a date ("due now") comes before every dated one', () => {
    const s = withObligations([
      { id: 'art53_1_b', status: 'overdue', appliesFrom: '2025-08-02', dueBy: '2025-08-02' },
      { id: 'art52_1', status: 'overdue', appliesFrom: null, dueBy: null },
    ]);
    expect(inEnglish(nextDeadline(s, '2026-11-30'))).toEqual({
      kind: 'overdue',
      earliest: { id: 'art52_1', article: 'Art. 52(1)', date: null },
      count: 2,
    });
  });

  it('done and exempted obligations give no deadline; an unknown date is said, not hidden', () => {
    const done = withObligations([
      { id: 'art52_1', status: 'done', appliesFrom: '2026-12-01', dueBy: '2026-12-15' },
      { id: 'art53_1_a', status: 'exempted', appliesFrom: '2027-01-01', dueBy: null },
    ]);
    expect(nextDeadline(done, '2026-11-30')).toEqual({ kind: 'none', obligations: 1 });
    const unknown = withObligations([
      { id: 'art53_1_a', status: 'date-unknown', appliesFrom: null, dueBy: null },
    ]);
    expect(nextDeadline(unknown, '2026-11-30')).toEqual({ kind: 'unknown', count: 1 });
    expect(nextDeadline(summaryOf('apiIntegrator'), '2026-11-30')).toEqual({ kind: 'none', obligations: 0 });
  });
});

describe('deadlineSortKey', () => {
  it('orders overdue (earliest first, due-now first), then ahead, unknown, none, not evaluated', () => {
    const keys = [
      deadlineSortKey(null),
      deadlineSortKey({ kind: 'none', obligations: 0 }),
      deadlineSortKey({ kind: 'unknown', count: 1 }),
      deadlineSortKey({
        kind: 'ahead',
        next: { id: 'art53_1_a', article: { msg: 'common.none' }, date: '2027-08-02' },
        count: 1,
      }),
      deadlineSortKey({
        kind: 'ahead',
        next: { id: 'art53_1_a', article: { msg: 'common.none' }, date: '2026-12-01' },
        count: 1,
      }),
      deadlineSortKey({
        kind: 'overdue',
        earliest: { id: 'art52_1', article: { msg: 'common.none' }, date: '2025-11-24' },
        count: 1,
      }),
      deadlineSortKey({
        kind: 'overdue',
        earliest: { id: 'art52_1', article: { msg: 'common.none' }, date: null },
        count: 1,
      }),
    ];
    expect([...keys].sort()).toEqual([...keys].reverse());
  });
});
