import { describe, expect, it } from 'vitest';
import type { AnswersInput } from '../answers';
import { evaluate } from '../evaluate';
import { AS_OF, developer } from '../test-helpers';

const at = (placingDate: string, extra: Partial<AnswersInput> = {}, asOf = AS_OF) =>
  evaluate(
    developer({ placing: { channels: ['api'], euAvailability: 'direct', placingDate }, ...extra }),
    asOf,
  );
const ids = (r: ReturnType<typeof at>) => r.obligations.map((o) => o.id);

describe('§3 obligations matrix — base set for a provider without systemic risk', () => {
  it('an EU-established provider owes Art. 53(1)(a)–(d) and 53(3), not Art. 54', () => {
    expect(ids(at('2025-09-01'))).toEqual(['art53_1_a', 'art53_1_b', 'art53_1_c', 'art53_1_d', 'art53_3']);
  });
  it('R61: a provider established outside the EU also owes Art. 54', () => {
    expect(ids(at('2025-09-01', { euEstablished: 'no' }))).toContain('art54');
  });
  it('R61: unknown establishment lists Art. 54 and asks legal', () => {
    const r = at('2025-09-01', { euEstablished: 'unknown' });
    expect(ids(r)).toContain('art54');
    expect(r.openQuestions.map((q) => q.field)).toContain('euEstablished');
  });
  it('every obligation carries at least one citation and names its article', () => {
    for (const o of at('2025-09-01', { euEstablished: 'no', compute: { parameterUpdateFlop: 2e25 } })
      .obligations) {
      expect(o.citations.length).toBeGreaterThan(0);
      expect(o.article).toMatch(/^Art\. 5[2-5]/);
    }
  });
  it('obligations that do not apply are listed with a reason', () => {
    const na = at('2025-09-01').notApplicable;
    expect(na.map((n) => n.id).sort()).toEqual([
      'art52_1',
      'art54',
      'art55_1_a',
      'art55_1_b',
      'art55_1_c',
      'art55_1_d',
    ]);
    expect(na.every((n) => n.reason.length > 10)).toBe(true);
  });
});

describe('R66 / R67 / R68 — when obligations apply', () => {
  it('R68: placed on 1 August 2025 is a legacy model: comply by 2 August 2027', () => {
    const r = at('2025-08-01');
    expect(r.complianceDeadline).toBe('2027-08-02');
    expect(r.obligations[0]?.status).toBe('upcoming');
    expect(r.timeline.map((m) => m.id)).toContain('legacy-deadline');
  });
  it('R67: placed on 2 August 2025 is not legacy: obligations apply from placement', () => {
    const r = at('2025-08-02');
    expect(r.complianceDeadline).toBe('2025-08-02');
    expect(r.obligations[0]?.status).toBe('in-force');
    expect(r.timeline.map((m) => m.id)).not.toContain('legacy-deadline');
  });
  it('a planned placement after the evaluation date is upcoming with the days remaining', () => {
    const r = at('2026-12-09');
    expect(r.obligations[0]?.status).toBe('upcoming');
    expect(r.obligations[0]?.daysFromAsOf).toBe(14);
  });
  it('the same answers evaluated after the placing date are in force', () => {
    expect(at('2026-12-09', {}, '2026-12-09').obligations[0]?.status).toBe('in-force');
  });
  it('an unknown placing date gives "date unknown" and an open question', () => {
    const r = at('2025-09-01', {
      placing: { channels: ['api'], euAvailability: 'direct', placingDate: 'unknown' },
    });
    expect(r.obligations[0]?.status).toBe('date-unknown');
    expect(r.complianceDeadline).toBeNull();
    expect(r.openQuestions.map((q) => q.field)).toContain('placing.placingDate');
  });
});

describe('R35 / R70 / E7 / E20 — Art. 52(1) notification deadline', () => {
  const sr = (placingDate: string, thresholdMetDate: string, asOf = AS_OF) =>
    at(placingDate, { compute: { parameterUpdateFlop: 2e25 }, systemicRisk: { thresholdMetDate } }, asOf);
  it('R35: 14 days after the threshold is met (1 Sept → 15 Sept)', () => {
    expect(sr('2025-10-01', '2025-09-01').notificationDeadline).toBe('2025-09-15');
  });
  it('R35: crosses a month end on calendar days (20 Dec 2025 → 3 Jan 2026)', () => {
    expect(sr('2026-01-10', '2025-12-20').notificationDeadline).toBe('2026-01-03');
  });
  it('R70: threshold met before 2 Aug 2025 for a model placed after it → 16 Aug 2025', () => {
    expect(sr('2025-09-15', '2025-06-01').notificationDeadline).toBe('2025-08-16');
  });
  it('a past notification deadline is "overdue"; on the deadline day it is still "upcoming"', () => {
    expect(sr('2025-10-01', '2025-09-01').obligations.find((o) => o.id === 'art52_1')?.status).toBe(
      'overdue',
    );
    const onTheDay = sr('2026-12-01', '2026-11-11', '2026-11-25').obligations.find((o) => o.id === 'art52_1');
    expect(onTheDay?.status).toBe('upcoming');
    expect(onTheDay?.daysFromAsOf).toBe(0);
  });
  it('E7: a legacy model with systemic risk gets 2 Aug 2027 as the outer limit, flagged, with a warning', () => {
    const r = sr('2024-05-01', '2024-03-01');
    expect(r.notificationDeadline).toBe('2027-08-02');
    expect(r.ambiguities.map((a) => a.edgeCase)).toContain('E7');
    expect(r.warnings.map((w) => w.id)).toContain('legacy-notification');
  });
  it('E20: crossing 10^25 after placement dates the obligations from that moment', () => {
    const r = sr('2025-09-01', '2026-04-10');
    expect(r.notificationDeadline).toBe('2026-04-24');
    expect(r.obligations.find((o) => o.id === 'art55_1_c')?.appliesFrom).toBe('2026-04-10');
    expect(r.trace.some((t) => t.rule === 'E20')).toBe(true);
  });
  it('an unknown threshold date asks when it was met', () => {
    const r = at('2025-09-01', {
      compute: { parameterUpdateFlop: 2e25 },
      systemicRisk: { thresholdMetDate: 'unknown' },
    });
    expect(r.notificationDeadline).toBeNull();
    expect(r.openQuestions.map((q) => q.field)).toContain('systemicRisk.thresholdMetDate');
  });
});

describe('R75 / E22 — the Code of Practice never changes the obligations', () => {
  it.each(['full', 'partial', 'none', 'unknown'] as const)(
    'signatory status %s gives the same obligations',
    (cop) => {
      const r = at('2025-09-01', { codeOfPractice: cop, compute: { parameterUpdateFlop: 2e25 } });
      const baseline = at('2025-09-01', { codeOfPractice: 'full', compute: { parameterUpdateFlop: 2e25 } });
      expect(ids(r)).toEqual(ids(baseline));
    },
  );
  it('a partial signatory is warned to show alternative means for the other chapters', () => {
    expect(at('2025-09-01', { codeOfPractice: 'partial' }).warnings.map((w) => w.id)).toContain(
      'code-partial',
    );
  });
});

describe('R71 / E25 — fines', () => {
  it('before 2 Aug 2026 the trace says no Commission fines yet', () => {
    const r = at('2025-09-01', {}, '2026-08-01');
    expect(r.trace.find((t) => t.rule === 'E25')?.outcome).toMatch(
      /No Commission fines before 2 August 2026/,
    );
  });
  it('from 2 Aug 2026 the fine ceiling is stated', () => {
    const r = at('2025-09-01', {}, '2026-08-02');
    expect(r.trace.find((t) => t.rule === 'R74')?.outcome).toMatch(/3 %.*EUR 15 million/);
  });
  it('the timeline has 2 Aug 2025 and 2 Aug 2026 with days from the evaluation date', () => {
    const t = at('2025-09-01', {}, '2026-07-23').timeline;
    expect(t.find((m) => m.id === 'fines-apply')?.daysFromAsOf).toBe(10);
    expect(t.find((m) => m.id === 'chapter-v-applies')?.daysFromAsOf).toBe(-355);
  });
});

describe('R35 — a notification already made', () => {
  const notified = (notifiedDate: string) =>
    at('2025-10-01', {
      compute: { parameterUpdateFlop: 2e25 },
      systemicRisk: { thresholdMetDate: '2025-09-01', notifiedDate },
    });
  it('in time: the notification is "done", not "overdue"', () => {
    const r = notified('2025-09-15');
    expect(r.obligations.find((o) => o.id === 'art52_1')?.status).toBe('done');
    expect(r.warnings.map((w) => w.id)).not.toContain('late-notification');
  });
  it('one day late: "done" with a late-notification warning', () => {
    const r = notified('2025-09-16');
    expect(r.obligations.find((o) => o.id === 'art52_1')?.status).toBe('done');
    expect(r.warnings.map((w) => w.id)).toContain('late-notification');
  });
  it('a notification dated after the evaluation date does not count yet', () => {
    expect(notified('2026-12-01').obligations.find((o) => o.id === 'art52_1')?.status).toBe('overdue');
  });
});

describe('E7 / R70 — the expected notification date on a legacy model’s timeline', () => {
  it('shows 16 August 2025 next to the 2 August 2027 outer limit', () => {
    const r = at('2024-05-01', {
      compute: { parameterUpdateFlop: 2e25 },
      systemicRisk: { thresholdMetDate: '2024-03-01' },
    });
    expect(r.timeline.find((m) => m.id === 'notification-expected')?.date).toBe('2025-08-16');
    expect(r.timeline.find((m) => m.id === 'notification-deadline')?.date).toBe('2027-08-02');
  });
  it('is absent for a model placed after 2 August 2025', () => {
    const r = at('2025-09-15', {
      compute: { parameterUpdateFlop: 2e25 },
      systemicRisk: { thresholdMetDate: '2025-06-01' },
    });
    expect(r.timeline.map((m) => m.id)).not.toContain('notification-expected');
  });
});
