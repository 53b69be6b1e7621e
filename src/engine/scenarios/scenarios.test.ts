/**
 * Runs every worked scenario (scenarios.ts) through evaluate() and compares the verdicts, obligations and
 * dates a reader of RULES.md expects. Failure messages name the scenario id and the rules it exercises.
 * Also checks cheap invariants on every report: each obligation cites at least one source, each trace step
 * names a rule of RULES.md (R1–R86, E1–E26), no obligation appears twice.
 */
import { describe, expect, it } from 'vitest';
import { answersSchema, isRealCalendarDate } from '../answers';
import { evaluate } from '../evaluate';
import type { ObligationId, Report, RuleRef } from '../report';
import { SCENARIOS, type Scenario } from './scenarios';

const RULE_REF = /^([RE])(\d+)$/;

/** A rule or edge-case number that exists in RULES.md. */
function isKnownRule(ref: string): boolean {
  const m = RULE_REF.exec(ref);
  if (!m) return false;
  const n = Number(m[2]);
  return m[1] === 'R' ? n >= 1 && n <= 86 : n >= 1 && n <= 26;
}

const ALL_OBLIGATIONS: readonly ObligationId[] = [
  'art52_1',
  'art53_1_a',
  'art53_1_b',
  'art53_1_c',
  'art53_1_d',
  'art53_3',
  'art54',
  'art55_1_a',
  'art55_1_b',
  'art55_1_c',
  'art55_1_d',
];

const label = (s: Scenario) => `${s.id} [${s.rules.join(', ')}]`;

function run(s: Scenario): Report {
  return evaluate(answersSchema.parse(s.answers), s.asOf);
}

const applying = (r: Report) =>
  r.obligations
    .filter((o) => !o.exempted)
    .map((o) => o.id)
    .sort();
const exempted = (r: Report) =>
  r.obligations
    .filter((o) => o.exempted)
    .map((o) => o.id)
    .sort();

function oneOf<T>(expected: T | readonly T[]): readonly T[] {
  return Array.isArray(expected) ? (expected as readonly T[]) : [expected as T];
}

describe('worked scenarios are well-formed fixtures', () => {
  it('there are at least 45 scenarios with unique kebab-case ids', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(45);
    const ids = SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size, 'duplicate scenario ids').toBe(ids.length);
    for (const id of ids) expect(id, `id ${id}`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  for (const s of SCENARIOS) {
    it(`${label(s)}: answers are schema-valid and expectations are consistent`, () => {
      const parsed = answersSchema.safeParse(s.answers);
      expect(parsed.success, `${label(s)}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
      expect(isRealCalendarDate(s.asOf), `${label(s)}: asOf`).toBe(true);
      expect(s.title.length, `${label(s)}: title`).toBeGreaterThan(20);
      expect(s.rules.length, `${label(s)}: rules`).toBeGreaterThan(0);
      const refs: RuleRef[] = [...s.rules, ...(s.expected.ambiguities ?? [])];
      for (const r of refs) expect(isKnownRule(r), `${label(s)}: unknown rule ${r}`).toBe(true);
      const obligations = s.expected.obligations;
      expect(obligations, `${label(s)}: obligations sorted, unique`).toEqual(
        [...new Set(obligations)].sort(),
      );
      const ex = s.expected.exempted ?? [];
      expect(
        ex.filter((id) => obligations.includes(id)),
        `${label(s)}: exempted ∩ applying`,
      ).toEqual([]);
      if (!s.expected.isProvider) expect(obligations, `${label(s)}: non-provider owes nothing`).toEqual([]);
      if (s.expected.openSourceExemption)
        expect(ex.length, `${label(s)}: exemption lists exempted`).toBeGreaterThan(0);
    });
  }
});

describe('worked scenarios against evaluate() (RULES.md oracle)', () => {
  for (const s of SCENARIOS) {
    it(`${label(s)}: ${s.title}`, () => {
      const r = run(s);
      const e = s.expected;
      const at = (field: string) => `${label(s)} — ${field}`;

      expect.soft(r.isGPAI, at('isGPAI')).toBe(e.isGPAI);
      expect.soft(r.isProvider, at('isProvider')).toBe(e.isProvider);
      const roles = oneOf(e.role);
      expect
        .soft(roles.includes(r.role), at(`role: expected ${roles.join(' or ')}, engine returned ${r.role}`))
        .toBe(true);
      const risks = oneOf(e.systemicRisk);
      expect
        .soft(
          risks.includes(r.systemicRisk),
          at(`systemicRisk: expected ${risks.join(' or ')}, engine returned ${r.systemicRisk}`),
        )
        .toBe(true);
      expect.soft(r.openSourceExemption, at('openSourceExemption')).toBe(e.openSourceExemption);
      expect.soft(applying(r), at('obligations that apply (exact set)')).toEqual([...e.obligations].sort());
      expect
        .soft(exempted(r), at('obligations exempted (exact set)'))
        .toEqual([...(e.exempted ?? [])].sort());

      if (e.notificationDeadline !== undefined)
        expect.soft(r.notificationDeadline, at('notificationDeadline')).toBe(e.notificationDeadline);
      if (e.complianceDeadline !== undefined)
        expect.soft(r.complianceDeadline, at('complianceDeadline')).toBe(e.complianceDeadline);

      if (e.ambiguities) {
        const flagged = r.ambiguities.map((a) => a.edgeCase);
        expect
          .soft(flagged, at('ambiguities flagged (subset)'))
          .toEqual(expect.arrayContaining(e.ambiguities));
      }
      if (e.openQuestions) {
        const fields = r.openQuestions.map((q) => q.field);
        expect.soft(fields, at('open questions (subset)')).toEqual(expect.arrayContaining(e.openQuestions));
      }
      for (const [id, date] of Object.entries(e.obligationDates ?? {})) {
        const o = r.obligations.find((x) => x.id === id);
        expect.soft(o, at(`obligation ${id} present`)).toBeDefined();
        if (o) expect.soft([o.appliesFrom, o.dueBy], at(`${id} appliesFrom/dueBy`)).toContain(date);
      }
      if (e.warnings?.nearThreshold) {
        const near = r.warnings.filter((w) => w.rules.some((x) => x === 'R43' || x === 'E2'));
        expect.soft(near.length, at('warning citing R43/E2 (estimate within ±30 %)')).toBeGreaterThan(0);
      }
      if (e.timeline) {
        const dates = r.timeline.map((m) => m.date);
        expect.soft(dates, at('timeline dates (subset)')).toEqual(expect.arrayContaining(e.timeline));
      }
      if (e.scopeLimitedToModification) {
        for (const o of r.obligations.filter((x) => x.id.startsWith('art53_1_') && !x.exempted))
          expect.soft(o.scope, at(`${o.id} scope limited to the modification (R28)`)).toBeTruthy();
      }
    });
  }
});

describe('report invariants on every worked scenario', () => {
  for (const s of SCENARIOS) {
    it(`${label(s)}: citations on every obligation, a rule on every trace step, no duplicates`, () => {
      const r = run(s);
      const at = (field: string) => `${label(s)} — ${field}`;
      for (const o of r.obligations) {
        expect.soft(ALL_OBLIGATIONS, at(`obligation id ${o.id}`)).toContain(o.id);
        expect.soft(o.citations.length, at(`${o.id} has ≥ 1 citation`)).toBeGreaterThan(0);
      }
      const ids = r.obligations.map((o) => o.id);
      expect.soft(ids.length, at('no duplicate obligations')).toBe(new Set(ids).size);
      expect.soft(r.trace.length, at('trace is not empty')).toBeGreaterThan(0);
      for (const [i, step] of r.trace.entries())
        expect
          .soft(isKnownRule(step.rule), at(`trace[${i}] names a rule of RULES.md (got ${step.rule})`))
          .toBe(true);
      expect.soft(r.asOf, at('asOf echoed')).toBe(s.asOf);
      if (!r.isProvider) expect.soft(r.obligations.length, at('non-provider has no obligations')).toBe(0);
      if (r.systemicRisk !== 'none')
        expect
          .soft(r.openSourceExemption, at('no open-source exemption with systemic risk (R48)'))
          .toBe(false);
    });
  }
});
