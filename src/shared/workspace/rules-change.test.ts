import { describe, expect, it } from 'vitest';
import type { Answers } from '../../engine/answers';
import { diffSummaries } from '../../engine/compare';
import { evaluate } from '../../engine/evaluate';
import { RULES_VERSION } from '../../engine/rules-version';
import { english } from '../../i18n/all';
import { PERSONAS } from '../../share/test-personas';
import { describeDiff, resultWouldChange, rulesChangeHeadline, rulesChangeOf } from './rules-change';
import { summarizeReport } from './summary';
import type { ResultSummary } from './types';

const frontier = PERSONAS.frontierLabOutsideEu as Answers;
const AS_OF = '2026-11-25';
const today = summarizeReport(evaluate(frontier, AS_OF));
const copy = (s: ResultSummary): ResultSummary => structuredClone(s);

describe('rulesChangeOf (a version under older rules is evaluated again on its own as-of date)', () => {
  const version = { answers: frontier, asOf: AS_OF, result: today };

  it('is null for a version evaluated under the current rules, whatever its stored result', () => {
    const other = copy(today);
    other.verdicts.gpai = { label: 'No', ambiguous: false };
    expect(rulesChangeOf({ ...version, rulesVersion: RULES_VERSION }, undefined, english)).toBeNull();
    expect(
      rulesChangeOf({ ...version, result: other, rulesVersion: RULES_VERSION }, undefined, english),
    ).toBeNull();
    expect(resultWouldChange(null)).toBe(false);
  });

  it('says "same result" when the older rules gave what the current rules give', () => {
    const change = rulesChangeOf({ ...version, rulesVersion: '2026.11.1' }, undefined, english);
    expect(change?.kind).toBe('evaluated');
    if (change?.kind !== 'evaluated') return;
    expect(change).toMatchObject({ from: '2026.11.1', to: RULES_VERSION });
    expect(change.diff.same).toBe(true);
    expect(resultWouldChange(change)).toBe(false);
    expect(rulesChangeHeadline(change, english)).toBe(
      `Same result under the current rules (${RULES_VERSION})`,
    );
  });

  it('lists what the current rules change (R31–R33 for systemic risk)', () => {
    const older = copy(today);
    older.verdicts.systemicRisk = { label: 'No', ambiguous: false };
    older.systemicRisk = 'none';
    older.obligations = older.obligations.filter((o) => !o.id.startsWith('art55') && o.id !== 'art52_1');
    older.notificationDeadline = null;
    const change = rulesChangeOf(
      { ...version, rulesVersion: '2026.11.1', result: older },
      undefined,
      english,
    );
    expect(resultWouldChange(change)).toBe(true);
    if (change?.kind !== 'evaluated') throw new Error('evaluated');
    expect(rulesChangeHeadline(change, english)).toBe(`The result would change under rules ${RULES_VERSION}`);
    const words = describeDiff(change.diff, english);
    expect(words[0]).toMatch(/^Systemic risk No → Presumed \(ambiguous\) \(R\d+/);
    expect(words).toContain(
      `Art. 52(1) Notify the Commission that the systemic-risk threshold is met: now applies (overdue, due by 24 November 2025) (${change.diff.obligations
        .find((o) => o.id === 'art52_1')
        ?.rules.join(', ')})`,
    );
    expect(words.filter((w) => w.startsWith('Art. 55(1)'))).toHaveLength(4);
    expect(words.at(-1)).toMatch(/^Art\. 52\(1\) notification deadline: no date → 24 November 2025 \(R/);
  });

  it('keeps the version’s as-of date: the same answers judged on another day differ', () => {
    const earlier = rulesChangeOf(
      { ...version, asOf: '2026-02-01', rulesVersion: '2026.11.1' },
      undefined,
      english,
    );
    expect(resultWouldChange(earlier)).toBe(true);
  });

  it('names unreadable stored answers instead of throwing', () => {
    const change = rulesChangeOf(
      {
        ...version,
        answers: { schemaVersion: 99 } as unknown as Answers,
        rulesVersion: '2026.11.1',
      },
      undefined,
      english,
    );
    expect(change?.kind).toBe('unreadable');
    expect(resultWouldChange(change)).toBe(true);
    expect(rulesChangeHeadline(change as never, english)).toBe(
      `Cannot be re-evaluated under rules ${RULES_VERSION}`,
    );
  });
});

describe('describeDiff', () => {
  it('words status and date changes of one obligation in one sentence, and a removed one', () => {
    const before = copy(today);
    before.obligations = before.obligations.map((o) =>
      o.id === 'art53_1_b' ? { ...o, status: 'overdue' as const, dueBy: '2030-01-01' } : o,
    );
    const after = copy(today);
    after.obligations = after.obligations.filter((o) => o.id !== 'art54');
    after.complianceDeadline = '2030-02-02';
    const words = describeDiff(diffSummaries(before, after), english);
    expect(words[0]).toMatch(
      /^Art\. 53\(1\)\(b\) Information and documentation for downstream providers: status overdue → in force; due by 1 January 2030 → 1 March 2026 \(R/,
    );
    expect(words[1]).toMatch(/^Art\. 54 Authorised representative in the Union: no longer applies \(R/);
    expect(words[2]).toBe('Compliance deadline: 1 March 2026 → 2 February 2030 (R67, R68)');
    expect(words).toHaveLength(3);
  });
});
