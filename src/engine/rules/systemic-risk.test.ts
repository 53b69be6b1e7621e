import { describe, expect, it } from 'vitest';
import type { AnswersInput } from '../answers';
import { evaluate } from '../evaluate';
import { AS_OF, developer } from '../test-helpers';

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
  it('R39: reassessment can be requested six months after designation (31 Aug → 28 Feb)', () => {
    expect(designated().timeline.find((m) => m.id === 'reassessment')?.date).toBe('2027-02-28');
  });
});

describe('R31 — only GPAI models can have systemic risk', () => {
  it('a narrow model above 10^25 FLOP has none', () => {
    const r = evaluate(developer({ generality: 'narrow', compute: { parameterUpdateFlop: 2e25 } }), AS_OF);
    expect(r.systemicRisk).toBe('none');
  });
});
