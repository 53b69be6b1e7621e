import { describe, expect, it } from 'vitest';
import { de } from '../../i18n/catalogs/de';
import { inEnglish } from '../../i18n/english';
import { createTranslator } from '../../i18n/translator';
import type { AnswersInput } from '../answers';
import { evaluate } from '../evaluate';
import { AS_OF, developer, modifier, NARROW } from '../test-helpers';

const withCompute = (compute: AnswersInput['compute'], systemicRisk: AnswersInput['systemicRisk'] = {}) =>
  evaluate(developer({ compute, systemicRisk: { thresholdMetDate: '2025-10-01', ...systemicRisk } }), AS_OF);

describe('R32 / E2 — presumption: cumulative compute strictly greater than 10^25 FLOP', () => {
  it('exactly 10^25 FLOP is not presumed', () => {
    expect(withCompute({ parameterUpdateFlop: 1e25 }).systemicRisk).toBe('none');
  });
  it('just above 10^25 FLOP is presumed', () => {
    expect(withCompute({ parameterUpdateFlop: 1.000001e25 }).systemicRisk).toBe('presumed');
  });
  it('just below 10^25 FLOP is not', () => {
    expect(withCompute({ parameterUpdateFlop: 9.99999e24 }).systemicRisk).toBe('none');
  });
  it('a presumed model owes Art. 52(1) and Art. 55(1)(a)–(d)', () => {
    const ids = withCompute({ parameterUpdateFlop: 2e25 }).obligations.map((o) => o.id);
    expect(ids).toEqual(
      expect.arrayContaining(['art52_1', 'art55_1_a', 'art55_1_b', 'art55_1_c', 'art55_1_d']),
    );
  });
});

describe('R33 / E3 — cumulative compute includes non-public synthetic data and inherited weights', () => {
  it('8 × 10^24 parameter updates + 3 × 10^24 non-public synthetic data generation → presumed', () => {
    const r = withCompute({ parameterUpdateFlop: 8e24, syntheticDataFlop: 3e24 });
    expect(r.systemicRisk).toBe('presumed');
    expect(r.compute.cumulativeFlop).toBe(1.1e25);
    expect(r.trace.some((t) => t.rule === 'E3')).toBe(true);
  });
  it('inherited weights count: 6 × 10^24 + 5 × 10^24 initialising weights → presumed', () => {
    expect(withCompute({ parameterUpdateFlop: 6e24, inheritedWeightsFlop: 5e24 }).systemicRisk).toBe(
      'presumed',
    );
  });
  it('an unknown part leaves the presumption unestablished, with an open question and a warning', () => {
    const r = withCompute({ parameterUpdateFlop: 6e24, syntheticDataFlop: 'unknown' });
    expect(r.systemicRisk).toBe('none');
    expect(r.warnings.map((w) => w.id)).toContain('cumulative-unknown');
    expect(r.openQuestions.length).toBeGreaterThan(0);
  });
  it('a known part above 10^25 is enough even if another part is unknown', () => {
    expect(withCompute({ parameterUpdateFlop: 2e25, inheritedWeightsFlop: 'unknown' }).systemicRisk).toBe(
      'presumed',
    );
  });
});

describe('R43 / E2 — warning when the estimate is within ±30 % of 10^25', () => {
  it('8 × 10^24 (band up to 1.04 × 10^25) warns', () => {
    expect(withCompute({ parameterUpdateFlop: 8e24 }).warnings.map((w) => w.id)).toContain(
      'near-systemic-risk-threshold',
    );
  });
  it('7 × 10^24 (band up to 9.1 × 10^24) does not', () => {
    expect(withCompute({ parameterUpdateFlop: 7e24 }).warnings.map((w) => w.id)).not.toContain(
      'near-systemic-risk-threshold',
    );
  });
});

describe('R37 / E21 — contesting the presumption', () => {
  it('E21: a pending contest keeps the model presumed and warns that obligations are not suspended', () => {
    const r = withCompute({ parameterUpdateFlop: 2e25 }, { contest: 'pending' });
    expect(r.systemicRisk).toBe('presumed');
    expect(r.warnings.map((w) => w.id)).toContain('contest-pending');
  });
  it('an accepted contest ends the systemic-risk obligations', () => {
    const r = withCompute(
      { parameterUpdateFlop: 2e25 },
      { contest: 'accepted', contestDecisionDate: '2026-03-01' },
    );
    expect(r.systemicRisk).toBe('none');
    expect(r.obligations.map((o) => o.id)).not.toContain('art55_1_a');
  });
  it('an acceptance dated after the evaluation date is not yet effective', () => {
    const r = withCompute(
      { parameterUpdateFlop: 2e25 },
      { contest: 'accepted', contestDecisionDate: '2027-01-10' },
    );
    expect(r.systemicRisk).toBe('presumed');
  });
  it('issue #11: the acceptance date reads in the reader’s language', () => {
    const r = withCompute(
      { parameterUpdateFlop: 2e25 },
      { contest: 'accepted', contestDecisionDate: '2027-01-10' },
    );
    const step = r.trace.find((t) => t.rule === 'R37');
    expect(step && inEnglish(step).outcome).toBe(
      'Accepted with effect from 10 January 2027; until then the obligations apply.',
    );
    expect(step && createTranslator('de', de).t(step.outcome)).toBe(
      'Akzeptiert mit Wirkung ab dem 10. Januar 2027; bis dahin gelten die Pflichten.',
    );
  });
  it('a rejected contest keeps the presumption from the date the threshold was met', () => {
    const r = withCompute({ parameterUpdateFlop: 2e25 }, { contest: 'rejected' });
    expect(r.systemicRisk).toBe('presumed');
    expect(r.obligations.find((o) => o.id === 'art55_1_a')?.appliesFrom).toBe('2025-10-01');
  });
});

describe('R38 / R39 — designation by the Commission', () => {
  const designated = () =>
    withCompute({ parameterUpdateFlop: 5e24 }, { designated: 'yes', designationInformedDate: '2026-08-31' });
  it('obligations apply from the date the provider was informed', () => {
    const r = designated();
    expect(r.systemicRisk).toBe('designated');
    expect(r.obligations.find((o) => o.id === 'art55_1_b')?.appliesFrom).toBe('2026-08-31');
  });
  it('a designated model below the presumption does not owe the Art. 52(1) notification', () => {
    expect(designated().obligations.map((o) => o.id)).not.toContain('art52_1');
  });
  it('R39, R87: six months after 31 Aug end on the month’s last day, 28 Feb 2027 — a Sunday, so Mon 1 Mar', () => {
    const m = designated().timeline.find((x) => x.id === 'reassessment');
    expect(m?.period?.nominal).toBe('2027-02-28');
    expect(m?.date).toBe('2027-03-01');
    expect(inEnglish(m?.period)?.movedBecause).toMatch(/Sunday/);
  });
  it('R39: a six-month end on a weekday does not move (informed Thu 15 Oct 2026 → Thu 15 Apr 2027)', () => {
    const r = withCompute(
      { parameterUpdateFlop: 5e24 },
      { designated: 'yes', designationInformedDate: '2026-10-15' },
    );
    expect(r.timeline.find((x) => x.id === 'reassessment')?.date).toBe('2027-04-15');
  });
});

describe('R31 — only GPAI models can have systemic risk', () => {
  it('a narrow model above 10^25 FLOP has none', () => {
    const r = evaluate(developer({ generalityFacts: NARROW, compute: { parameterUpdateFlop: 2e25 } }), AS_OF);
    expect(r.systemicRisk).toBe('none');
  });
});

describe('R88 — notification before placing', () => {
  const planned = (plannedCumulativeFlop: number, extra: Partial<AnswersInput> = {}) =>
    evaluate(
      developer({
        compute: { parameterUpdateFlop: 4e24, plannedCumulativeFlop },
        placing: { channels: ['notYet'], euAvailability: 'direct', intention: 'yes' },
        systemicRisk: { thresholdMetDate: '2026-11-20' },
        ...extra,
      }),
      AS_OF,
    );
  it('a model still in training, planned above 10^25 and meant to be placed, owes Art. 52(1) now', () => {
    const r = planned(3e25);
    expect(r.systemicRisk).toBe('presumed');
    const n = r.obligations.find((o) => o.id === 'art52_1');
    expect(n?.dueBy).toBe('2026-12-04');
    expect(n?.status).toBe('upcoming');
    expect(r.trace.some((t) => t.rule === 'R88')).toBe(true);
  });
  it('everything else waits for placing: no date while the placing date is not decided', () => {
    const r = planned(3e25);
    expect(r.obligations.find((o) => o.id === 'art53_1_a')?.status).toBe('date-unknown');
    expect(r.obligations.find((o) => o.id === 'art55_1_a')?.appliesFrom).toBeNull();
    expect(r.obligations.find((o) => o.id === 'art55_1_a')?.prepareFrom).toBe('2026-11-20');
  });
  it('planned exactly 10^25 does not meet "greater than": nothing owed now (E2)', () => {
    expect(planned(1e25).obligations.map((o) => o.id)).not.toContain('art52_1');
  });
  it('with no intention to place, nothing is owed even above 10^25 (R2)', () => {
    const r = planned(3e25, {
      placing: { channels: ['notYet'], euAvailability: 'direct', intention: 'no' },
    });
    expect(r.obligations).toEqual([]);
    expect(r.isGPAI).toBe(false);
  });
  it('planned compute is ignored once the model is placed (the actual figure counts)', () => {
    const r = evaluate(
      developer({ compute: { parameterUpdateFlop: 4e24, plannedCumulativeFlop: 3e25 } }),
      AS_OF,
    );
    expect(r.systemicRisk).toBe('none');
  });
});

describe('R92 — designation risk from Annex XIII reach', () => {
  it('≥ 10 000 registered EU business users warns of designation risk without adding obligations', () => {
    const base = developer();
    const r = evaluate(developer({ systemicRisk: { euBusinessUsers: 'atLeast10000' } }), AS_OF);
    expect(r.warnings.find((w) => w.id === 'designation-risk')?.rules).toContain('R92');
    expect(r.obligations.map((o) => o.id)).toEqual(evaluate(base, AS_OF).obligations.map((o) => o.id));
    expect(r.systemicRisk).toBe('none');
  });
  it('fewer users: no warning; unknown: an open question', () => {
    expect(
      evaluate(developer({ systemicRisk: { euBusinessUsers: 'fewer' } }), AS_OF).warnings.map((w) => w.id),
    ).not.toContain('designation-risk');
    expect(
      evaluate(developer({ systemicRisk: { euBusinessUsers: 'unknown' } }), AS_OF).openQuestions.map(
        (q) => q.field,
      ),
    ).toContain('systemicRisk.euBusinessUsers');
  });
  it('not asked of a model already presumed to have systemic risk', () => {
    const r = evaluate(
      developer({
        compute: { parameterUpdateFlop: 2e25 },
        systemicRisk: { euBusinessUsers: 'atLeast10000', thresholdMetDate: '2025-09-01' },
      }),
      AS_OF,
    );
    expect(r.warnings.map((w) => w.id)).not.toContain('designation-risk');
  });
});

describe('R37 (rev. 2) — contest facts', () => {
  const contested = (sr: Partial<NonNullable<AnswersInput['systemicRisk']>>) =>
    evaluate(
      developer({
        compute: { parameterUpdateFlop: 2e25 },
        systemicRisk: { thresholdMetDate: '2025-09-01', ...sr },
      }),
      AS_OF,
    );
  it('an unknown contest status is asked and the presumption stands', () => {
    const r = contested({ contest: 'unknown' });
    expect(r.systemicRisk).toBe('presumed');
    expect(r.openQuestions.map((q) => q.field)).toContain('systemicRisk.contest');
  });
  it('arguments not submitted with the notification draw a warning', () => {
    expect(
      contested({ contest: 'pending', contestWithNotification: 'no' }).warnings.map((w) => w.id),
    ).toContain('contest-not-with-notification');
    expect(
      contested({ contest: 'pending', contestWithNotification: 'yes' }).warnings.map((w) => w.id),
    ).not.toContain('contest-not-with-notification');
  });
});

describe('which rule overrides which (issue 13: exceptions stated, not implied by branch order)', () => {
  it('R38 over R37: a designation stands even after the Commission accepted a contest', () => {
    const r = withCompute(
      { parameterUpdateFlop: 2e25 },
      {
        contest: 'accepted',
        contestDecisionDate: '2026-03-01',
        designated: 'yes',
        designationInformedDate: '2026-08-31',
      },
    );
    expect(r.systemicRisk).toBe('designated');
    expect(inEnglish(r.verdicts.systemicRisk).label).toBe('Designated');
    expect(r.verdicts.systemicRisk.rules).toEqual(expect.arrayContaining(['R37', 'R38']));
  });
  it('R37: an accepted contest reads "No longer", not "No"', () => {
    const r = withCompute(
      { parameterUpdateFlop: 2e25 },
      { contest: 'accepted', contestDecisionDate: '2026-03-01' },
    );
    expect(inEnglish(r.verdicts.systemicRisk).label).toBe('No');
    expect(inEnglish(r.verdicts.systemicRisk).summary).toMatch(/^No longer:/);
  });
  it('R29 before E5: modifying a model with systemic risk is presumed on R29, the compute reading is not taken', () => {
    const r = evaluate(
      modifier({ originalSystemicRisk: 'yes', originalComputeFlop: 3e25, modificationFlop: 1.5e25 }),
      AS_OF,
    );
    expect(r.systemicRisk).toBe('presumed');
    expect(r.verdicts.systemicRisk.rules).toContain('R29');
    expect(r.verdicts.systemicRisk.rules).not.toContain('E5');
    expect(r.ambiguities.map((a) => a.edgeCase)).not.toContain('E5');
  });
  it('E5 when R29 does not apply: the modification takes cumulative compute above 10^25', () => {
    const r = evaluate(modifier({ originalComputeFlop: 9e24, modificationFlop: 4e24 }), AS_OF);
    expect(r.systemicRisk).toBe('presumed');
    expect(r.verdicts.systemicRisk.rules).toEqual(expect.arrayContaining(['R33', 'E5']));
  });
  it('R35 only without the presumption: continued training planned above 10^25 of a presumed model is just presumed', () => {
    const placed = (parameterUpdateFlop: number) =>
      inEnglish(withCompute({ parameterUpdateFlop, plannedCumulativeFlop: 3e25 }).verdicts.systemicRisk)
        .label;
    expect(placed(4e24)).toBe('Not yet — notify now');
    expect(placed(2e25)).toBe('Presumed');
  });
});
