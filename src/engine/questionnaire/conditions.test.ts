/** Visibility: a screen or question is shown only when its answer can change the result (rule numbers: RULES.md). */
import { describe, expect, it } from 'vitest';
import {
  certainlySystemicRisk,
  type DraftAnswers,
  getScreen,
  mayBeGPAI,
  mayBeProvider,
  modificationClearlyBelowThreshold,
  presumptionOnFacts,
  researchOnly,
  visibleQuestions,
  visibleScreenIds,
} from './index';
import { WIZARD_PERSONAS } from './personas.fixture';

const base: DraftAnswers = {
  schemaVersion: 1,
  role: 'developer',
  euEstablished: 'yes',
  outputModalities: ['text'],
  generality: 'broad',
};
const placedApi: DraftAnswers = {
  ...base,
  placing: { channels: ['api'], euAvailability: 'direct', placingDate: '2026-01-01' },
};
const withHub = (a: DraftAnswers): DraftAnswers => ({
  ...a,
  placing: { channels: ['hub'], euAvailability: 'direct', placingDate: '2026-01-01' },
});
const ids = (screenId: string, a: DraftAnswers) => {
  const screen = getScreen(screenId);
  if (!screen) throw new Error(screenId);
  return visibleQuestions(screen, a).map((q) => q.id);
};

describe('screens shown per persona (issue #3 goals: API integrator ≤ 6, frontier lab ≤ 9)', () => {
  it.each(Object.entries(WIZARD_PERSONAS))('%s', (_name, persona) => {
    expect(visibleScreenIds(persona.answers)).toEqual(persona.screens);
  });
  it('meets the goals', () => {
    expect(WIZARD_PERSONAS.apiIntegrator.screens.length).toBeLessThanOrEqual(6);
    expect(WIZARD_PERSONAS.frontierLab.screens.length).toBeLessThanOrEqual(9);
  });
  it('counts every screen that may still apply while nothing is known', () => {
    expect(visibleScreenIds({})).toEqual([
      'role',
      'capabilities',
      'placing',
      'compute',
      'systemic-risk',
      'licence',
      'code-of-practice',
    ]);
  });
});

describe('role', () => {
  it('integration only for integrators; modification only for modifiers', () => {
    expect(visibleScreenIds({ ...base, role: 'integrator' })).toContain('integration');
    expect(visibleScreenIds({ ...base, role: 'integrator' })).not.toContain('modification');
    expect(visibleScreenIds({ ...base, role: 'modifier' })).toContain('modification');
    expect(visibleScreenIds(base)).not.toContain('integration');
    expect(visibleScreenIds(base)).not.toContain('modification');
  });
  it('hosts are never providers (R14, E23): no provider screens', () => {
    expect(visibleScreenIds({ ...base, role: 'host' })).toEqual(['role', 'capabilities', 'compute']);
  });
  it('hobbyists are not providers (R22, E11): systemic risk is still assessed, licence and Code of Practice are not', () => {
    const a: DraftAnswers = { ...withHub(base), role: 'hobbyist' };
    expect(visibleScreenIds(a)).toEqual(['role', 'capabilities', 'placing', 'compute', 'systemic-risk']);
  });
});

describe('GPAI gate (R2, R3, R7, R9–R11)', () => {
  it('narrow models: compute is asked (E1 above 10^23), but nothing that needs a GPAI model', () => {
    const a: DraftAnswers = { ...placedApi, generality: 'narrow', compute: { parameterUpdateFlop: 2e23 } };
    expect(mayBeGPAI(a)).toBe(false);
    expect(visibleScreenIds(a)).toEqual(['role', 'capabilities', 'placing', 'compute']);
    expect(ids('compute', a)).toEqual(['compute.parameterUpdateFlop', 'compute.method']);
  });
  it('generality unknown: the criterion decides — ≤ 10^23 FLOP or no generative output is not GPAI (R7, R11, E2)', () => {
    const unknownGenerality: DraftAnswers = { ...placedApi, generality: 'unknown' };
    expect(mayBeGPAI({ ...unknownGenerality, compute: { parameterUpdateFlop: 1e23 } })).toBe(false);
    expect(mayBeGPAI({ ...unknownGenerality, compute: { parameterUpdateFlop: 1.0000001e23 } })).toBe(true);
    expect(mayBeGPAI({ ...unknownGenerality, compute: { parameterUpdateFlop: 'unknown' } })).toBe(true);
    expect(mayBeGPAI({ ...unknownGenerality, outputModalities: ['other'] })).toBe(false);
    expect(mayBeGPAI({ ...unknownGenerality, outputModalities: 'unknown' })).toBe(true);
  });
  it('broad models below 10^23 may still be GPAI (R9, E1)', () => {
    expect(mayBeGPAI({ ...placedApi, compute: { parameterUpdateFlop: 1e21 } })).toBe(true);
  });
  it('"not yet" without a planned date, or research partners only, ends the questions after placing (R2, R3)', () => {
    const notYet: DraftAnswers = {
      ...base,
      placing: { channels: ['notYet'], euAvailability: 'none', placingDate: 'unknown' },
    };
    expect(researchOnly(notYet)).toBe(true);
    expect(visibleScreenIds(notYet)).toEqual(['role', 'capabilities', 'placing']);
    const partners: DraftAnswers = {
      ...base,
      placing: { channels: ['researchPartners'], euAvailability: 'direct' },
    };
    expect(visibleScreenIds(partners)).toEqual(['role', 'capabilities', 'placing']);
    expect(ids('placing', partners)).not.toContain('placing.placingDate');
  });
  it('"not yet" with a planned date is a planned placement: the provider screens follow (R67, R35)', () => {
    const planned: DraftAnswers = {
      ...base,
      placing: { channels: ['notYet'], euAvailability: 'direct', placingDate: '2027-03-01' },
    };
    expect(researchOnly(planned)).toBe(false);
    expect(visibleScreenIds(planned)).toEqual([
      'role',
      'capabilities',
      'placing',
      'compute',
      'systemic-risk',
      'code-of-practice',
    ]);
  });
});

describe('placing (R15–R20, E8)', () => {
  it('asks whether the EU was excluded only when the model reaches the EU through others (R19)', () => {
    const via: DraftAnswers = { ...base, placing: { channels: ['api'], euAvailability: 'viaDownstream' } };
    expect(ids('placing', via)).toContain('placing.euExcluded');
    for (const euAvailability of ['direct', 'none', 'unknown'] as const) {
      expect(ids('placing', { ...base, placing: { channels: ['api'], euAvailability } })).not.toContain(
        'placing.euExcluded',
      );
    }
  });
  it('not available in the EU, or only via others with the EU clearly excluded: not a provider (R19, R20)', () => {
    const none: DraftAnswers = { ...base, placing: { channels: ['hub'], euAvailability: 'none' } };
    expect(mayBeProvider(none)).toBe(false);
    expect(visibleScreenIds(none)).not.toContain('code-of-practice');
    const excluded: DraftAnswers = {
      ...base,
      placing: { channels: ['hub'], euAvailability: 'viaDownstream', euExcluded: 'yes' },
    };
    expect(mayBeProvider(excluded)).toBe(false);
    expect(mayBeProvider({ ...excluded, placing: { ...excluded.placing, euExcluded: 'unknown' } })).toBe(
      true,
    );
  });
  it('purely internal use: provider only with systemic risk (R17, E8)', () => {
    const internal: DraftAnswers = {
      ...base,
      placing: { channels: ['internalOnly'], euAvailability: 'direct', placingDate: 'unknown' },
    };
    const small = {
      ...internal,
      compute: { parameterUpdateFlop: 1e24, syntheticDataFlop: 0, inheritedWeightsFlop: 0 },
    };
    expect(visibleScreenIds(small)).toEqual(['role', 'capabilities', 'placing', 'compute', 'systemic-risk']);
    const big = { ...internal, compute: { parameterUpdateFlop: 2e25 } };
    expect(visibleScreenIds(big)).toContain('code-of-practice');
    const designated = { ...small, systemicRisk: { designated: 'yes' as const } };
    expect(visibleScreenIds(designated)).toContain('code-of-practice');
  });
});

describe('compute (R12, R32, R33)', () => {
  it('asks for synthetic-data and inherited-weights compute only while they can push the total over 10^25', () => {
    expect(ids('compute', { ...placedApi, compute: { parameterUpdateFlop: 9e24 } })).toContain(
      'compute.syntheticDataFlop',
    );
    expect(ids('compute', { ...placedApi, compute: { parameterUpdateFlop: 'unknown' } })).toContain(
      'compute.inheritedWeightsFlop',
    );
    expect(ids('compute', { ...placedApi, compute: { parameterUpdateFlop: 1.1e25 } })).not.toContain(
      'compute.syntheticDataFlop',
    );
    expect(ids('compute', { ...placedApi, compute: { parameterUpdateFlop: 1.1e25 } })).toContain(
      'compute.method',
    );
    expect(ids('compute', { ...placedApi, compute: { parameterUpdateFlop: 'unknown' } })).not.toContain(
      'compute.method',
    );
  });
  it('for a plain integrator asks only the figure (its verdict is informational; systemic risk is the provider’s job)', () => {
    const a: DraftAnswers = {
      ...base,
      role: 'integrator',
      integration: { systemInEu: 'yes', upstreamExcludedEu: 'no' },
    };
    expect(ids('compute', a)).toEqual(['compute.parameterUpdateFlop']);
  });
  it('cumulative compute decides the presumption: parts can push it over 10^25, exactly 10^25 does not (R32, R33, E2, E3)', () => {
    const parts = (p: number, s: number, i: number): DraftAnswers => ({
      ...placedApi,
      compute: { parameterUpdateFlop: p, syntheticDataFlop: s, inheritedWeightsFlop: i },
    });
    expect(presumptionOnFacts(parts(6e24, 3e24, 2e24))).toBe(true);
    expect(presumptionOnFacts(parts(5e24, 2.5e24, 2.5e24))).toBe(false);
    expect(
      presumptionOnFacts({
        ...placedApi,
        compute: { parameterUpdateFlop: 'unknown', inheritedWeightsFlop: 2e25 },
      }),
    ).toBe(true);
  });
});

describe('systemic risk (R32–R38)', () => {
  const srIds = (a: DraftAnswers) => ids('systemic-risk', a);
  it('asks the threshold date, the notification and the contest only when the presumption holds; designation always', () => {
    expect(srIds({ ...placedApi, compute: { parameterUpdateFlop: 3e24 } })).toEqual([
      'systemicRisk.designated',
    ]);
    expect(srIds({ ...placedApi, compute: { parameterUpdateFlop: 'unknown' } })).toEqual([
      'systemicRisk.designated',
    ]);
    expect(srIds({ ...placedApi, compute: { parameterUpdateFlop: 3e25 } })).toEqual([
      'systemicRisk.thresholdMetDate',
      'systemicRisk.notifiedDate',
      'systemicRisk.designated',
      'systemicRisk.contest',
    ]);
  });
  it('reveals the designation date and the contest decision date on the answers that need them', () => {
    const a: DraftAnswers = {
      ...placedApi,
      compute: { parameterUpdateFlop: 3e25 },
      systemicRisk: { designated: 'yes', contest: 'accepted' },
    };
    expect(srIds(a)).toEqual([
      'systemicRisk.thresholdMetDate',
      'systemicRisk.notifiedDate',
      'systemicRisk.designated',
      'systemicRisk.designationInformedDate',
      'systemicRisk.contest',
      'systemicRisk.contestDecisionDate',
    ]);
  });
});

describe('licence (R48, R55, E14)', () => {
  it('only for a possible provider whose weights may be public', () => {
    expect(visibleScreenIds(withHub({ ...base, compute: { parameterUpdateFlop: 1e24 } }))).toContain(
      'licence',
    );
    expect(visibleScreenIds({ ...placedApi, compute: { parameterUpdateFlop: 1e24 } })).not.toContain(
      'licence',
    );
  });
  it('never with certain systemic risk — unless the Commission accepted the contest (R37, R48)', () => {
    const big = withHub({ ...base, compute: { parameterUpdateFlop: 3e25 } });
    expect(visibleScreenIds({ ...big, systemicRisk: { designated: 'no', contest: 'none' } })).not.toContain(
      'licence',
    );
    expect(
      visibleScreenIds({ ...big, systemicRisk: { designated: 'no', contest: 'pending' } }),
    ).not.toContain('licence');
    expect(visibleScreenIds({ ...big, systemicRisk: { designated: 'no', contest: 'accepted' } })).toContain(
      'licence',
    );
    const designated = withHub({
      ...base,
      compute: { parameterUpdateFlop: 1e24 },
      systemicRisk: { designated: 'yes' },
    });
    expect(certainlySystemicRisk(designated)).toBe(true);
    expect(visibleScreenIds(designated)).not.toContain('licence');
  });
  it('asks about microenterprises only when the model is monetised in a way that defeats the exemption (R53, R54, E16)', () => {
    const lic = (monetisation: string[]) =>
      ids('licence', { ...withHub(base), licence: { monetisation: monetisation as never } });
    expect(lic([])).not.toContain('licence.microenterpriseDeal');
    expect(lic(['optionalPaidServices'])).not.toContain('licence.microenterpriseDeal');
    expect(lic(['price'])).toContain('licence.microenterpriseDeal');
  });
});

describe('modifiers (R23–R30, E4, E5, E17)', () => {
  const mod = (m: DraftAnswers['modification'], extra: DraftAnswers = {}): DraftAnswers => ({
    ...base,
    role: 'modifier',
    modification: m,
    ...extra,
  });
  it('one third is strictly "more than" (R24, E2)', () => {
    expect(
      modificationClearlyBelowThreshold(mod({ originalComputeFlop: 3e24, modificationFlop: 1e24 })),
    ).toBe(true);
    expect(
      modificationClearlyBelowThreshold(mod({ originalComputeFlop: 3e24, modificationFlop: 1.01e24 })),
    ).toBe(false);
  });
  it('unknown original: the fallback is one third of 10^25 for a systemic-risk original, else of 10^23 (R25, E4)', () => {
    const m = (originalSystemicRisk: 'yes' | 'no' | 'unknown', modificationFlop: number) =>
      mod({ originalComputeFlop: 'unknown', originalSystemicRisk, modificationFlop });
    expect(modificationClearlyBelowThreshold(m('yes', 1e24))).toBe(true);
    expect(modificationClearlyBelowThreshold(m('yes', 4e24))).toBe(false);
    expect(modificationClearlyBelowThreshold(m('no', 3e22))).toBe(true);
    expect(modificationClearlyBelowThreshold(m('unknown', 4e22))).toBe(false);
  });
  it('below the threshold, unknown modification compute, or fine-tuned on the original platform: no provider screens', () => {
    const below = mod({ originalComputeFlop: 3e24, originalSystemicRisk: 'no', modificationFlop: 1e22 });
    expect(visibleScreenIds(below)).toEqual(['role', 'capabilities', 'modification']);
    expect(ids('modification', below)).toEqual([
      'modification.originalComputeFlop',
      'modification.originalSystemicRisk',
      'modification.modificationFlop',
    ]);
    const unknown = mod({
      originalComputeFlop: 3e24,
      originalSystemicRisk: 'no',
      modificationFlop: 'unknown',
    });
    expect(visibleScreenIds(unknown)).toEqual(['role', 'capabilities', 'modification']);
    const platform = mod({
      originalComputeFlop: 3e24,
      originalSystemicRisk: 'no',
      modificationFlop: 2e24,
      viaOriginalProviderPlatform: 'yes',
    });
    expect(visibleScreenIds(platform)).toEqual(['role', 'capabilities', 'modification']);
    expect(ids('modification', platform)).not.toContain('modification.modificationPlacingDate');
  });
  it('above the threshold: placing, systemic risk and Code of Practice follow; the modifier gives its own placing date', () => {
    const above = mod(
      {
        originalComputeFlop: 3e24,
        originalSystemicRisk: 'no',
        modificationFlop: 2e24,
        viaOriginalProviderPlatform: 'no',
      },
      { placing: { channels: ['api'], euAvailability: 'direct' } },
    );
    expect(visibleScreenIds(above)).toEqual([
      'role',
      'capabilities',
      'modification',
      'placing',
      'systemic-risk',
      'code-of-practice',
    ]);
    expect(ids('placing', above)).not.toContain('placing.placingDate');
  });
  it('modifying a systemic-risk model, or crossing 10^25 with the original, raises the presumption (R29, E5)', () => {
    expect(
      presumptionOnFacts(
        mod({ originalComputeFlop: 'unknown', originalSystemicRisk: 'yes', modificationFlop: 4e24 }),
      ),
    ).toBe(true);
    expect(
      presumptionOnFacts(
        mod({ originalComputeFlop: 8e24, originalSystemicRisk: 'no', modificationFlop: 3e24 }),
      ),
    ).toBe(true);
    expect(
      presumptionOnFacts(
        mod({ originalComputeFlop: 6e24, originalSystemicRisk: 'no', modificationFlop: 3e24 }),
      ),
    ).toBe(false);
  });
});

describe('integrators (R19, R21, E13)', () => {
  const integ = (i: DraftAnswers['integration']): DraftAnswers => ({
    ...base,
    role: 'integrator',
    integration: i,
  });
  it('the upstream exclusion with a system in the EU makes the integrator the model provider', () => {
    const e13 = integ({ systemInEu: 'yes', upstreamExcludedEu: 'yes', systemPlacingDate: '2026-02-01' });
    expect(mayBeProvider(e13)).toBe(true);
    expect(visibleScreenIds(e13)).toEqual([
      'role',
      'capabilities',
      'integration',
      'compute',
      'systemic-risk',
      'licence',
      'code-of-practice',
    ]);
    expect(ids('integration', e13)).toContain('integration.systemPlacingDate');
  });
  it('no exclusion, "I don\'t know", or no system in the EU: a downstream system provider only', () => {
    for (const i of [
      { systemInEu: 'yes', upstreamExcludedEu: 'no' },
      { systemInEu: 'yes', upstreamExcludedEu: 'unknown' },
      { systemInEu: 'no', upstreamExcludedEu: 'yes' },
    ] as const) {
      expect(visibleScreenIds(integ(i))).toEqual(['role', 'capabilities', 'integration', 'compute']);
      expect(ids('integration', integ(i))).not.toContain('integration.systemPlacingDate');
    }
  });
});
