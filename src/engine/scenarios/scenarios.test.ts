/**
 * Runs every worked scenario (scenarios.ts, scenarios-rev2.ts) through evaluate() and compares the verdicts,
 * obligations and dates a reader of RULES.md revision 2 expects. Failure messages name the scenario id and the
 * rules it exercises. Also checks cheap invariants on every report: each obligation cites at least one source,
 * each trace step names a rule of RULES.md (R1–R94, E1–E30), no obligation appears twice, signposts are never
 * "assessed" (R93), providers get the enforcement section (R94), a placed systemic-risk model never shows its
 * notification as "date unknown" (R89). The fixtures' own date arithmetic (R87) is checked independently of
 * the engine, with plain UTC calendar maths.
 */
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../i18n/english';
import { answersSchema, isRealCalendarDate } from '../answers';
import { evaluate } from '../evaluate';
import type { IsoDate, ObligationId, PeriodEnd, Report, RuleRef } from '../report';
import type { PeriodExpectation } from './kit';
import { SCENARIOS, type Scenario } from './scenarios';

const RULE_REF = /^([RE])(\d+)$/;

/** A rule or edge-case number that exists in RULES.md revision 2 (R1–R94, E1–E30). */
function isKnownRule(ref: string): boolean {
  const m = RULE_REF.exec(ref);
  if (!m) return false;
  const n = Number(m[2]);
  return m[1] === 'R' ? n >= 1 && n <= 94 : n >= 1 && n <= 30;
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
  return inEnglish(evaluate(answersSchema.parse(s.answers), s.asOf));
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

// --- Calendar maths for the fixture self-checks (independent of src/engine/dates.ts) ---------------------

const toUtc = (d: IsoDate) => new Date(`${d}T00:00:00Z`);
const fromUtc = (t: Date) => t.toISOString().slice(0, 10);
const weekday = (d: IsoDate) => toUtc(d).getUTCDay(); // 0 = Sunday, 6 = Saturday
function addDays(d: IsoDate, n: number): IsoDate {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}
/** Reg. 1182/71 Art. 3(2)(c): same date n months later, or that month's last day. */
function addMonthsClamped(d: IsoDate, n: number): IsoDate {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + n;
  const last = new Date(Date.UTC(y, monthIndex + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(y, monthIndex, Math.min(day, last))));
}
/** Reg. 1182/71 Art. 3(4), weekends only: Saturday → Monday, Sunday → Monday. */
function rollWeekend(d: IsoDate): IsoDate {
  const w = weekday(d);
  return w === 6 ? addDays(d, 2) : w === 0 ? addDays(d, 1) : d;
}

/** Every date the report shows: summary deadlines, timeline, obligation dates and periods. */
function datesIn(r: Report): Set<IsoDate> {
  const out = new Set<IsoDate>();
  const add = (d: IsoDate | null | undefined) => {
    if (d) out.add(d);
  };
  const addPeriod = (p: PeriodEnd | null | undefined) => {
    if (p) {
      add(p.nominal);
      add(p.lastDay);
    }
  };
  add(r.notificationDeadline);
  add(r.complianceDeadline);
  for (const m of r.timeline) {
    add(m.date);
    addPeriod(m.period);
  }
  for (const o of r.obligations) {
    add(o.appliesFrom);
    add(o.dueBy);
    add(o.prepareFrom);
    addPeriod(o.period);
  }
  return out;
}

/** Every rule the report's reasoning names. */
function rulesIn(r: Report): Set<RuleRef> {
  const out = new Set<RuleRef>();
  for (const step of r.trace) out.add(step.rule);
  for (const v of Object.values(r.verdicts)) for (const x of [...v.rules, ...v.ambiguous]) out.add(x);
  for (const a of r.ambiguities) for (const x of [a.edgeCase, ...a.rules]) out.add(x);
  for (const w of r.warnings) for (const x of w.rules) out.add(x);
  return out;
}

function periodMatches(p: PeriodEnd, e: PeriodExpectation): boolean {
  return (
    p.nominal === e.nominal &&
    p.lastDay === e.lastDay &&
    (e.from === undefined || p.from === e.from) &&
    (e.bound === undefined || p.bound === e.bound)
  );
}

const isPlaced = (s: Scenario) => {
  const p = s.answers.placing;
  return p !== undefined && !p.channels.includes('notYet') && !p.channels.includes('researchPartners');
};

describe('worked scenarios are well-formed fixtures', () => {
  it('there are at least 170 scenarios with unique kebab-case ids', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(170);
    const ids = SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size, 'duplicate scenario ids').toBe(ids.length);
    for (const id of ids) expect(id, `id ${id}`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('every rule and edge case changed or added in revision 2 has at least one scenario', () => {
    const covered = new Set(SCENARIOS.flatMap((s) => s.rules));
    const rev2: RuleRef[] = [
      ...(['R2', 'R8', 'R10', 'R17', 'R22', 'R34', 'R35', 'R38', 'R56', 'R61', 'R62', 'R63', 'R70'] as const),
      ...(['E7', 'E8', 'E11', 'E24'] as const),
      ...(['R87', 'R88', 'R89', 'R90', 'R91', 'R92', 'R93', 'R94', 'E27', 'E28', 'E29', 'E30'] as const),
    ];
    expect(rev2.filter((r) => !covered.has(r))).toEqual([]);
  });

  for (const s of SCENARIOS) {
    it(`${label(s)}: answers are schema-valid and expectations are consistent`, () => {
      const parsed = answersSchema.safeParse(s.answers);
      expect(parsed.success, `${label(s)}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
      expect(s.answers.schemaVersion, `${label(s)}: schema version`).toBe(2);
      expect(isRealCalendarDate(s.asOf), `${label(s)}: asOf`).toBe(true);
      expect(s.title.length, `${label(s)}: title`).toBeGreaterThan(20);
      expect(s.rules.length, `${label(s)}: rules`).toBeGreaterThan(0);
      const e = s.expected;
      const refs: RuleRef[] = [
        ...s.rules,
        ...(e.ambiguities ?? []),
        ...(e.ambiguityMentions ?? []),
        ...(e.citesRules ?? []),
        ...(e.warningsIncludeRule ?? []),
      ];
      for (const r of refs) expect(isKnownRule(r), `${label(s)}: unknown rule ${r}`).toBe(true);
      for (const set of [e.obligations, e.obligationsAlternative ?? []]) {
        expect(set, `${label(s)}: obligations sorted, unique`).toEqual([...new Set(set)].sort());
        expect(
          (e.exempted ?? []).filter((id) => set.includes(id)),
          `${label(s)}: exempted ∩ applying`,
        ).toEqual([]);
      }
      if (!e.isProvider) expect(e.obligations, `${label(s)}: non-provider owes nothing`).toEqual([]);
      if (e.openSourceExemption)
        expect((e.exempted ?? []).length, `${label(s)}: exemption lists exempted`).toBeGreaterThan(0);

      // R87 arithmetic of the fixture itself: two weeks = 14 days; a weekend last day moves to Monday.
      const np = e.notificationPeriod;
      if (np) {
        if (np.from) expect(np.nominal, `${label(s)}: nominal = from + 14 days`).toBe(addDays(np.from, 14));
        expect(np.lastDay, `${label(s)}: lastDay = nominal rolled past a weekend`).toBe(
          rollWeekend(np.nominal),
        );
        expect(np.moved, `${label(s)}: moved ⇔ lastDay ≠ nominal`).toBe(np.lastDay !== np.nominal);
        if (e.notificationDeadline !== undefined)
          expect(e.notificationDeadline, `${label(s)}: deadline = period lastDay`).toBe(np.lastDay);
      }
      for (const p of e.periods ?? []) {
        if (p.from) expect(p.nominal, `${label(s)}: six months`).toBe(addMonthsClamped(p.from, 6));
        expect(p.lastDay, `${label(s)}: lastDay rolled`).toBe(rollWeekend(p.nominal));
      }
      for (const d of [e.notificationDeadline, ...(e.datesShown ?? []), ...(e.datesNotShown ?? [])])
        if (d) expect(isRealCalendarDate(d), `${label(s)}: date ${d}`).toBe(true);
    });
  }
});

describe('worked scenarios against evaluate() (RULES.md oracle)', () => {
  for (const s of SCENARIOS) {
    it(`${label(s)}: ${s.title}`, () => {
      const r = run(s);
      const e = s.expected;
      const at = (field: string) => `${label(s)} — ${field}`;
      const find = (id: ObligationId) => r.obligations.find((o) => o.id === id);

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
      const got = applying(r);
      if (e.obligationsAlternative) {
        const sets = [e.obligations, e.obligationsAlternative].map((x) => JSON.stringify([...x].sort()));
        expect
          .soft(
            sets.includes(JSON.stringify(got)),
            at(
              `obligations that apply: expected one of ${sets.join(' or ')}, engine returned ${JSON.stringify(got)}`,
            ),
          )
          .toBe(true);
      } else {
        expect.soft(got, at('obligations that apply (exact set)')).toEqual([...e.obligations].sort());
      }
      expect
        .soft(exempted(r), at('obligations exempted (exact set)'))
        .toEqual([...(e.exempted ?? [])].sort());

      if (e.notificationDeadline !== undefined)
        expect.soft(r.notificationDeadline, at('notificationDeadline')).toBe(e.notificationDeadline);
      if (e.complianceDeadline !== undefined)
        expect.soft(r.complianceDeadline, at('complianceDeadline')).toBe(e.complianceDeadline);

      if (e.notificationPeriod) {
        const p = find('art52_1')?.period ?? null;
        expect.soft(p, at('art52_1 period (R87)')).not.toBeNull();
        if (p) {
          const np = e.notificationPeriod;
          expect.soft(p.nominal, at('art52_1 period.nominal')).toBe(np.nominal);
          expect.soft(p.lastDay, at('art52_1 period.lastDay')).toBe(np.lastDay);
          if (np.from) expect.soft(p.from, at('art52_1 period.from')).toBe(np.from);
          if (np.bound) expect.soft(p.bound, at('art52_1 period.bound')).toBe(np.bound);
          expect
            .soft(p.movedBecause !== null, at(`art52_1 period.movedBecause ${np.moved ? 'given' : 'null'}`))
            .toBe(np.moved);
        }
      }
      if (e.periods) {
        const all = [
          ...r.obligations.map((o) => o.period),
          ...r.timeline.map((m) => m.period ?? null),
        ].filter((p): p is PeriodEnd => p !== null);
        for (const p of e.periods)
          expect
            .soft(
              all.some((x) => periodMatches(x, p)),
              at(`a period ${p.from ?? '?'} → nominal ${p.nominal}, last day ${p.lastDay}`),
            )
            .toBe(true);
      }

      if (e.ambiguities) {
        const flagged = r.ambiguities.map((a) => a.edgeCase);
        expect
          .soft(flagged, at('ambiguities flagged (subset)'))
          .toEqual(expect.arrayContaining(e.ambiguities));
      }
      for (const rule of e.ambiguityMentions ?? [])
        expect
          .soft(
            r.ambiguities.some((a) => a.edgeCase === rule || a.rules.includes(rule)),
            at(`an ambiguity naming ${rule}`),
          )
          .toBe(true);
      if (e.citesRules) {
        const named = rulesIn(r);
        for (const rule of e.citesRules)
          expect.soft(named.has(rule), at(`reasoning names ${rule}`)).toBe(true);
      }
      if (e.openQuestions) {
        const fields = r.openQuestions.map((q) => q.field);
        expect.soft(fields, at('open questions (subset)')).toEqual(expect.arrayContaining(e.openQuestions));
      }
      for (const [id, date] of Object.entries(e.obligationDates ?? {})) {
        const o = find(id as ObligationId);
        expect.soft(o, at(`obligation ${id} present`)).toBeDefined();
        if (o) expect.soft([o.appliesFrom, o.dueBy], at(`${id} appliesFrom/dueBy`)).toContain(date);
      }
      for (const [id, date] of Object.entries(e.prepareFrom ?? {})) {
        const o = find(id as ObligationId);
        expect.soft(o, at(`obligation ${id} present`)).toBeDefined();
        if (o) expect.soft(o.prepareFrom, at(`${id} prepareFrom (E28)`)).toBe(date);
      }
      for (const [id, status] of Object.entries(e.statuses ?? {})) {
        const o = find(id as ObligationId);
        expect.soft(o, at(`obligation ${id} present`)).toBeDefined();
        if (o && status !== undefined) {
          const ok = oneOf(status);
          expect
            .soft(
              ok.includes(o.status),
              at(`${id} status: expected ${ok.join(' or ')}, engine returned ${o.status}`),
            )
            .toBe(true);
        }
      }
      for (const id of e.notYetOwed ?? []) {
        const o = find(id);
        if (o)
          expect
            .soft(
              ['in-force', 'overdue', 'done'].includes(o.status),
              at(`${id} not owed before placing (R88)`),
            )
            .toBe(false);
      }
      for (const [id, step] of Object.entries(e.stepTaken ?? {})) {
        const o = find(id as ObligationId);
        expect.soft(o, at(`obligation ${id} present`)).toBeDefined();
        if (o) expect.soft(o.stepTaken, at(`${id} stepTaken`)).toBe(step);
      }
      if (e.warnings?.nearThreshold) {
        const near = r.warnings.filter((w) => w.rules.some((x) => x === 'R43' || x === 'E2'));
        expect.soft(near.length, at('warning citing R43/E2 (estimate within ±30 %)')).toBeGreaterThan(0);
      }
      for (const rule of e.warningsIncludeRule ?? [])
        expect
          .soft(
            r.warnings.some((w) => w.rules.includes(rule)),
            at(`a warning citing ${rule}`),
          )
          .toBe(true);
      if (e.timeline) {
        const dates = r.timeline.map((m) => m.date);
        expect.soft(dates, at('timeline dates (subset)')).toEqual(expect.arrayContaining(e.timeline));
      }
      if (e.datesShown || e.datesNotShown) {
        const shown = datesIn(r);
        for (const d of e.datesShown ?? []) expect.soft(shown.has(d), at(`date ${d} shown`)).toBe(true);
        for (const d of e.datesNotShown ?? [])
          expect.soft(shown.has(d), at(`date ${d} not shown`)).toBe(false);
      }
      if (e.scopeLimitedToModification) {
        for (const o of r.obligations.filter((x) => x.id.startsWith('art53_1_') && !x.exempted))
          expect.soft(o.scope, at(`${o.id} scope limited to the modification (R28)`)).toBeTruthy();
      }
      if (e.signposts) {
        const ids = r.signposts.map((x) => x.id);
        expect.soft(ids.length, at('signposts never empty (R93)')).toBeGreaterThan(0);
        expect.soft(ids, at('signposts (subset, R93)')).toEqual(expect.arrayContaining(e.signposts));
      }
      for (const [id, date] of Object.entries(e.signpostDates ?? {})) {
        const sp = r.signposts.find((x) => x.id === id);
        expect.soft(sp, at(`signpost ${id} present`)).toBeDefined();
        if (sp) expect.soft(sp.appliesFrom, at(`signpost ${id} appliesFrom (fixed date, R87)`)).toBe(date);
      }
      if (e.enforcement === false) expect.soft(r.enforcement, at('no enforcement section')).toBeNull();
      if (e.enforcement === true) {
        const en = r.enforcement;
        expect.soft(en, at('enforcement section (R94)')).not.toBeNull();
        if (en) {
          expect.soft(en.appliesFrom, at('enforcement from 2 Aug 2026 (not moved, R87)')).toBe('2026-08-02');
          const articles = en.powers.map((p) => p.article).join(' ');
          for (const art of ['91', '92', '93'])
            expect.soft(articles, at(`enforcement power Art. ${art}`)).toMatch(new RegExp(`\\b${art}\\b`));
          const points = en.fineGrounds.map((g) => g.point);
          for (const x of ['a', 'b', 'c', 'd'])
            expect
              .soft(
                points.some((p) => p.includes(`(${x})`) || p.trim() === x),
                at(`Art. 101(1)(${x}) fine ground`),
              )
              .toBe(true);
          expect.soft(en.ceiling, at('ceiling: 3 %')).toMatch(/3\s?%/);
          expect.soft(en.ceiling, at('ceiling: EUR 15 million')).toMatch(/15/);
        }
      }
      for (const [id, words] of Object.entries(e.produceMentions ?? {})) {
        const o = find(id as ObligationId);
        expect.soft(o, at(`obligation ${id} present`)).toBeDefined();
        const text = (o?.produce ?? []).join(' | ').toLowerCase();
        for (const w of words ?? []) {
          const spellings = oneOf(w);
          expect
            .soft(
              spellings.some((x) => text.includes(x.toLowerCase())),
              at(`${id} produce mentions "${spellings.join('" or "')}"`),
            )
            .toBe(true);
        }
      }
      for (const [id, words] of Object.entries(e.produceOmits ?? {})) {
        const o = find(id as ObligationId);
        expect.soft(o, at(`obligation ${id} present`)).toBeDefined();
        const text = (o?.produce ?? []).join(' | ').toLowerCase();
        for (const w of words ?? [])
          expect.soft(text, at(`${id} produce omits "${w}"`)).not.toContain(w.toLowerCase());
      }
      for (const [id, has] of Object.entries(e.codeOfPracticeChapter ?? {})) {
        const o = find(id as ObligationId);
        expect.soft(o, at(`obligation ${id} present`)).toBeDefined();
        if (o)
          expect
            .soft(
              Boolean(o.codeOfPracticeChapter),
              at(`${id} ${has ? 'has a' : 'has no'} Code of Practice chapter`),
            )
            .toBe(has);
      }
      for (const [id, refs] of Object.entries(e.citationsInclude ?? {})) {
        const o = find(id as ObligationId);
        expect.soft(o, at(`obligation ${id} present`)).toBeDefined();
        const got = (o?.citations ?? []).map((c) => c.ref);
        expect.soft(got, at(`${id} citations`)).toEqual(expect.arrayContaining(refs ?? []));
      }
    });
  }
});

describe('report invariants on every worked scenario', () => {
  for (const s of SCENARIOS) {
    it(`${label(s)}: citations, rules on trace steps, no duplicates, signposts, enforcement, R89`, () => {
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
      for (const sp of r.signposts)
        expect.soft(sp.status, at(`signpost ${sp.id} is not assessed (R93)`)).toBe('not-assessed');
      if (r.role === 'downstream-system-provider')
        expect.soft(r.signposts.length, at('an integrator always sees signposts (R93)')).toBeGreaterThan(0);
      if (r.isProvider)
        expect.soft(r.enforcement, at('a provider sees the enforcement section (R94)')).not.toBeNull();
      const notification = r.obligations.find((o) => o.id === 'art52_1');
      if (notification && isPlaced(s))
        expect
          .soft(notification.status, at('a placed systemic-risk model never shows "date unknown" (R89)'))
          .not.toBe('date-unknown');
    });
  }
});
