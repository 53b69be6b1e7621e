import { describe, expect, it } from 'vitest';
import { de } from '../../i18n/catalogs/de';
import { fr } from '../../i18n/catalogs/fr';
import { inEnglish } from '../../i18n/english';
import { createTranslator } from '../../i18n/translator';
import type { AnswersInput } from '../answers';
import { evaluate } from '../evaluate';
import { AS_OF, developer } from '../test-helpers';

const at = (placingDate: string, extra: Partial<AnswersInput> = {}, asOf = AS_OF) =>
  inEnglish(
    evaluate(
      developer({ placing: { channels: ['api'], euAvailability: 'direct', placingDate }, ...extra }),
      asOf,
    ),
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
  it("the article is cited in the reader's language, and the notification duty names the threshold", () => {
    const r = evaluate(
      developer({
        placing: { channels: ['api'], euAvailability: 'direct', placingDate: '2025-09-01' },
        compute: { parameterUpdateFlop: 2e25 },
      }),
      AS_OF,
    );
    const german = createTranslator('de', de);
    const french = createTranslator('fr', fr);
    const doc = r.obligations.find((o) => o.id === 'art53_1_a');
    expect(doc && german.t(doc.article)).toBe('Art. 53 Abs. 1 Buchst. a');
    expect(doc && french.t(doc.article)).toBe('article 53, paragraphe 1, point a)');
    const notify = r.obligations.find((o) => o.id === 'art52_1');
    expect(notify && german.t(notify.explanation)).toContain('10^25 FLOP');
    expect(notify && french.t(notify.title)).toBe(
      'Informer la Commission que le seuil du risque systémique est atteint',
    );
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
  it('R35, R87: two weeks after the threshold is met end on the same weekday (Mon 1 Sept → Mon 15 Sept)', () => {
    const r = sr('2025-10-01', '2025-09-01');
    expect(r.notificationDeadline).toBe('2025-09-15');
    expect(r.obligations.find((o) => o.id === 'art52_1')?.period?.movedBecause).toBeNull();
  });
  it('R87: two weeks ending on a Saturday move to Monday, and the report says why (Sat 20 Dec 2025 → Mon 5 Jan 2026)', () => {
    const r = sr('2026-01-10', '2025-12-20');
    const period = r.obligations.find((o) => o.id === 'art52_1')?.period;
    expect(period?.nominal).toBe('2026-01-03');
    expect(period?.lastDay).toBe('2026-01-05');
    expect(period?.movedBecause).toMatch(/3 January 2026 is a Saturday/);
    expect(r.notificationDeadline).toBe('2026-01-05');
    expect(r.trace.some((t) => t.rule === 'R87')).toBe(true);
  });
  it('R87: a Sunday end moves to Monday; a Friday end does not move', () => {
    expect(sr('2026-03-20', '2026-03-01').notificationDeadline).toBe('2026-03-16'); // Sun 15 → Mon 16
    expect(sr('2026-03-20', '2026-03-06').notificationDeadline).toBe('2026-03-20'); // Fri 20
  });
  it('R87: with no cited Commission holiday list for the year, a note says a holiday would extend it', () => {
    expect(sr('2026-03-20', '2026-03-06').warnings.map((w) => w.id)).toContain('holiday-list-missing');
  });
  it('R70, R87: threshold met before 2 Aug 2025 for a model placed after it → Sat 16 Aug moves to Mon 18 Aug 2025', () => {
    const r = sr('2025-09-15', '2025-06-01');
    expect(r.notificationDeadline).toBe('2025-08-18');
    expect(r.obligations.find((o) => o.id === 'art52_1')?.period?.nominal).toBe('2025-08-16');
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
  it('R89: a placed model with an unknown threshold date owes it at the latest two weeks after placing', () => {
    const r = at('2025-09-01', {
      compute: { parameterUpdateFlop: 2e25 },
      systemicRisk: { thresholdMetDate: 'unknown' },
    });
    const n = r.obligations.find((o) => o.id === 'art52_1');
    expect(r.notificationDeadline).toBe('2025-09-15');
    expect(n?.period?.bound).toBe('atLatest');
    expect(n?.status).toBe('overdue');
    expect(r.openQuestions.map((q) => q.field)).toContain('systemicRisk.thresholdMetDate');
  });
  it('R89: notified before the bound → done; never "date unknown" for a placed model', () => {
    const r = at('2025-09-01', {
      compute: { parameterUpdateFlop: 2e25 },
      systemicRisk: { thresholdMetDate: 'unknown', notifiedDate: '2025-09-10' },
    });
    expect(r.obligations.find((o) => o.id === 'art52_1')?.status).toBe('done');
  });
  it('R89: neither date known for a placed model → due without delay, overdue unless notified', () => {
    const r = at('unknown', {
      compute: { parameterUpdateFlop: 2e25 },
      systemicRisk: { thresholdMetDate: 'unknown' },
    });
    const n = r.obligations.find((o) => o.id === 'art52_1');
    expect(n?.status).toBe('overdue');
    expect(n?.rules).toContain('R89');
  });
  it('E28: Art. 55 applies from placing, with "prepare from" the earlier threshold date', () => {
    const r = sr('2026-03-02', '2026-01-15');
    const o = r.obligations.find((x) => x.id === 'art55_1_a');
    expect(o?.appliesFrom).toBe('2026-03-02');
    expect(o?.prepareFrom).toBe('2026-01-15');
    expect(r.verdicts.systemicRisk.ambiguous).toContain('E28');
    expect(r.obligations.find((x) => x.id === 'art52_1')?.dueBy).toBe('2026-01-29');
  });
  it('E28: no "prepare from" when the threshold is met on the placing day', () => {
    const o = sr('2026-03-02', '2026-03-02').obligations.find((x) => x.id === 'art55_1_a');
    expect(o?.prepareFrom).toBeNull();
    expect(o?.appliesFrom).toBe('2026-03-02');
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
    expect(r.trace.find((t) => t.rule === 'R74')?.outcome).toMatch(
      /3 %.*EUR 15 000 000.*whichever is higher/,
    );
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

describe('E7 / R70 (rev. 2) — no 16/18 August expectation for a legacy model', () => {
  it('a legacy model shows only the 2 August 2027 outer limit, not the expectation for later placements', () => {
    const r = at('2024-05-01', {
      compute: { parameterUpdateFlop: 2e25 },
      systemicRisk: { thresholdMetDate: '2024-03-01' },
    });
    expect(r.timeline.find((m) => m.id === 'notification-deadline')?.date).toBe('2027-08-02');
    expect(r.timeline.map((m) => m.date)).not.toContain('2025-08-16');
    expect(r.timeline.map((m) => m.date)).not.toContain('2025-08-18');
    expect(r.warnings.find((w) => w.id === 'legacy-notification')?.message).not.toMatch(/16 August/);
  });
  it('E29: a legacy model crossing 10^25 after 2 Aug 2025 keeps 2 Aug 2027, with the two-week date recommended', () => {
    const r = at('2024-05-01', {
      compute: { parameterUpdateFlop: 2e25 },
      systemicRisk: { thresholdMetDate: '2026-02-02' },
    });
    expect(r.notificationDeadline).toBe('2027-08-02');
    expect(r.verdicts.systemicRisk.ambiguous).toContain('E29');
    expect(r.timeline.find((m) => m.id === 'notification-recommended')?.date).toBe('2026-02-16');
    expect(r.obligations.find((o) => o.id === 'art55_1_b')?.dueBy).toBe('2027-08-02');
  });
  it('E29 does not apply to a crossing on 2 Aug 2025 itself (E7 reading)', () => {
    const r = at('2024-05-01', {
      compute: { parameterUpdateFlop: 2e25 },
      systemicRisk: { thresholdMetDate: '2025-08-02' },
    });
    expect(r.ambiguities.map((a) => a.edgeCase)).toContain('E7');
    expect(r.ambiguities.map((a) => a.edgeCase)).not.toContain('E29');
  });
});

describe('rev. 2 — the summary deadline and obligations after an exemption ends', () => {
  const open: NonNullable<AnswersInput['licence']> = {
    name: 'Apache-2.0',
    access: 'yes',
    use: 'yes',
    modify: 'yes',
    distribute: 'yes',
    restrictions: [],
    weightsPublic: 'yes',
    architecturePublic: 'yes',
    usageInfoPublic: 'yes',
    monetisation: [],
    microenterpriseDeal: 'no',
  };
  it('a designation informed after placing sets complianceDeadline and dates Art. 55 from it', () => {
    const r = at('2025-09-01', {
      systemicRisk: { designated: 'yes', designationInformedDate: '2026-05-04' },
    });
    expect(r.complianceDeadline).toBe('2026-05-04');
    expect(r.obligations.find((o) => o.id === 'art55_1_a')?.appliesFrom).toBe('2026-05-04');
  });
  it('exempted obligations of an open-source model become owed from the designation, not from placing', () => {
    const r = at('2025-09-01', {
      euEstablished: 'no',
      placing: { channels: ['hub'], euAvailability: 'direct', placingDate: '2025-09-01' },
      licence: open,
      systemicRisk: { designated: 'yes', designationInformedDate: '2026-05-04' },
    });
    expect(r.openSourceExemption).toBe(false);
    for (const id of ['art53_1_a', 'art53_1_b', 'art54'])
      expect(r.obligations.find((o) => o.id === id)?.appliesFrom, id).toBe('2026-05-04');
    expect(r.obligations.find((o) => o.id === 'art53_1_c')?.appliesFrom).toBe('2025-09-01');
  });
  it('without systemic risk the compliance deadline is the placing date', () => {
    expect(at('2025-09-01').complianceDeadline).toBe('2025-09-01');
  });
});

describe('R56 / R62 (rev. 2) — what to produce', () => {
  it('R56: Annex XI Section 2 is listed under Art. 53(1)(a) for a model with systemic risk, not under Art. 55(1)(a)', () => {
    const r = at('2025-09-01', {
      compute: { parameterUpdateFlop: 2e25 },
      systemicRisk: { thresholdMetDate: '2025-08-20' },
    });
    const doc = r.obligations.find((o) => o.id === 'art53_1_a');
    expect(doc?.produce.some((p) => p.startsWith('Annex XI §2'))).toBe(true);
    expect(r.obligations.find((o) => o.id === 'art55_1_a')?.produce.some((p) => p.includes('Annex XI'))).toBe(
      false,
    );
  });
  it('R56: without systemic risk only Section 1, including what the model optimises for and the data points', () => {
    const doc = at('2025-09-01').obligations.find((o) => o.id === 'art53_1_a');
    expect(doc?.produce.some((p) => p.startsWith('Annex XI §2'))).toBe(false);
    expect(doc?.produce.some((p) => /optimise for/.test(p))).toBe(true);
    expect(doc?.produce.some((p) => /number of data points/.test(p))).toBe(true);
  });
  it('R62: the Art. 52(1) notification has no Code of Practice chapter', () => {
    const r = at('2025-09-01', {
      compute: { parameterUpdateFlop: 2e25 },
      systemicRisk: { thresholdMetDate: '2025-08-20' },
    });
    expect(r.obligations.find((o) => o.id === 'art52_1')?.codeOfPracticeChapter).toBeNull();
  });
  it('R61: Art. 54 cites GL §3.1', () => {
    const r = at('2025-09-01', { euEstablished: 'no' });
    expect(r.obligations.find((o) => o.id === 'art54')?.citations.map((c) => c.ref)).toContain('GL §3.1');
  });
});

describe('steps already taken (rev. 2)', () => {
  it('a step answered "yes" is done; "no" after its date is overdue; unanswered stays in force', () => {
    const r = at('2025-09-01', {
      euEstablished: 'no',
      stepsTaken: { authorisedRepresentative: 'yes', copyrightPolicy: 'no' },
    });
    const status = (id: string) => r.obligations.find((o) => o.id === id)?.status;
    expect(status('art54')).toBe('done');
    expect(status('art53_1_c')).toBe('overdue');
    expect(status('art53_1_a')).toBe('in-force');
  });
  it('"no" before a planned placement is still upcoming', () => {
    const r = at('2027-01-04', { stepsTaken: { trainingSummary: 'no' } });
    expect(r.obligations.find((o) => o.id === 'art53_1_d')?.status).toBe('upcoming');
    expect(r.obligations.find((o) => o.id === 'art53_1_d')?.stepTaken).toBe('no');
  });
});
