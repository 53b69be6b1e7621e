/** Visibility: a screen or question is shown only when its answer can change the result (rule numbers: RULES.md rev. 2). */
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../i18n/english';
import {
  certainlySystemicRisk,
  type DraftAnswers,
  getScreen,
  mayBeGPAI,
  mayBeProvider,
  modificationClearlyBelowThreshold,
  openSourceExemptOnFacts,
  presumptionOnFacts,
  questionsOnScreen,
  researchOnlyOnFacts,
  visibleScreenIds,
} from './index';
import { WIZARD_PERSONAS } from './personas.fixture';

const base: DraftAnswers = {
  schemaVersion: 2,
  role: 'developer',
  euEstablished: 'yes',
  outputModalities: ['text'],
  generalityFacts: { singleTask: 'none' },
};
const placedApi: DraftAnswers = {
  ...base,
  placing: { channels: ['api'], euAvailability: 'direct', nameOnModel: 'own', placingDate: '2026-01-01' },
};
const withHub = (a: DraftAnswers): DraftAnswers => ({
  ...a,
  placing: { channels: ['hub'], euAvailability: 'direct', nameOnModel: 'own', placingDate: '2026-01-01' },
});
/** The questions shown on a screen, judged as the wizard judges them (on the answers before the screen). */
const questions = (screenId: string, a: DraftAnswers) => {
  const screen = getScreen(screenId);
  if (!screen) throw new Error(screenId);
  return questionsOnScreen(screen, a);
};
const ids = (screenId: string, a: DraftAnswers) => questions(screenId, a).map((q) => q.id);
const PROVIDER_SCREENS = ['steps-taken', 'steps-taken-copyright', 'code-of-practice'];

describe('screens shown per persona (issue #3 goals: API integrator ≤ 6, frontier lab ≤ 9)', () => {
  it.each(Object.entries(WIZARD_PERSONAS))('%s', (_name, persona) => {
    expect(visibleScreenIds(persona.answers)).toEqual(persona.screens);
  });
  it('meets the goals', () => {
    expect(WIZARD_PERSONAS.apiIntegrator.screens.length).toBeLessThanOrEqual(6);
    expect(WIZARD_PERSONAS.frontierLab.screens.length).toBeLessThanOrEqual(9);
  });
  it('no persona sees more than five questions on a screen', () => {
    for (const [name, p] of Object.entries(WIZARD_PERSONAS))
      for (const id of p.screens) expect(ids(id, p.answers).length, `${name} ${id}`).toBeLessThanOrEqual(5);
  });
  it('counts every screen that may still apply while nothing is known', () => {
    expect(visibleScreenIds({})).toEqual([
      'role',
      'capabilities',
      'placing',
      'placing-details',
      'compute',
      'cumulative-compute',
      'generality',
      'systemic-risk',
      'licence',
      'licence-terms',
      'monetisation',
      'openness',
      'steps-taken',
      'steps-taken-copyright',
      'code-of-practice',
    ]);
  });
});

describe('role (R14, R21, R22, E23, E30)', () => {
  it('integration only for integrators; modification only for modifiers', () => {
    expect(visibleScreenIds({ ...base, role: 'integrator' })).toContain('integration');
    expect(visibleScreenIds({ ...base, role: 'integrator' })).not.toContain('modification');
    expect(visibleScreenIds({ ...base, role: 'modifier' })).toContain('modification');
    expect(visibleScreenIds(base)).not.toContain('integration');
    expect(visibleScreenIds(base)).not.toContain('modification');
  });
  it('hosts are never providers (R14, E23): only what decides whether the hosted model is GPAI', () => {
    const host: DraftAnswers = { ...base, role: 'host', compute: { parameterUpdateFlop: 1e24 } };
    expect(visibleScreenIds(host)).toEqual(['role', 'capabilities', 'compute']);
  });
  it('asks a consortium member’s role; a member that does not coordinate is not the provider (R14)', () => {
    expect(ids('role', { role: 'consortium' })).toContain('consortiumRole');
    expect(ids('role', { role: 'developer' })).not.toContain('consortiumRole');
    const member: DraftAnswers = {
      ...placedApi,
      role: 'consortium',
      consortiumRole: 'member',
      compute: { parameterUpdateFlop: 1e24 },
    };
    expect(mayBeProvider(member)).toBe(false);
    expect(visibleScreenIds(member)).toContain('systemic-risk');
    for (const s of PROVIDER_SCREENS) expect(visibleScreenIds(member)).not.toContain(s);
    expect(mayBeProvider({ ...member, consortiumRole: 'unknown' })).toBe(true);
  });
  it('individuals: the facts of commercial activity decide, not the label (R22, E11, E30)', () => {
    const individual: DraftAnswers = {
      ...placedApi,
      role: 'hobbyist',
      compute: { parameterUpdateFlop: 1e24 },
    };
    expect(ids('placing-details', individual)).toContain('placing.commercial');
    const none: DraftAnswers = { ...individual, placing: { ...individual.placing, commercial: [] } };
    expect(mayBeProvider(none)).toBe(false);
    expect(visibleScreenIds(none)).toContain('systemic-risk');
    for (const s of PROVIDER_SCREENS) expect(visibleScreenIds(none)).not.toContain(s);
    const business: DraftAnswers = {
      ...individual,
      placing: { ...individual.placing, commercial: ['apiOrAppBusiness'] },
    };
    expect(mayBeProvider(business)).toBe(true);
    // A public release of a model above 10^25 FLOP is itself a fact of commercial activity (E30).
    const big: DraftAnswers = { ...none, compute: { parameterUpdateFlop: 2e25 } };
    expect(mayBeProvider(big)).toBe(true);
  });
  it('asks research labs the facts of commercial activity too; not developers with public channels', () => {
    expect(ids('placing-details', { ...placedApi, role: 'research' })).toContain('placing.commercial');
    expect(ids('placing-details', placedApi)).not.toContain('placing.commercial');
  });
});

describe('GPAI gate (R2, R3, R7–R11, E27)', () => {
  it('built for one specific task: not GPAI whatever the compute; compute is asked, nothing that needs a GPAI model', () => {
    const narrow: DraftAnswers = {
      ...placedApi,
      generalityFacts: { singleTask: 'transcription' },
      compute: { parameterUpdateFlop: 2e23 },
    };
    expect(mayBeGPAI(narrow)).toBe(false);
    expect(visibleScreenIds(narrow)).toEqual([
      'role',
      'capabilities',
      'placing',
      'placing-details',
      'compute',
    ]);
    expect(ids('compute', narrow)).toEqual(['compute.parameterUpdateFlop', 'compute.method']);
    expect(visibleScreenIds(narrow)).not.toContain('cumulative-compute');
  });
  it('the breadth facts are asked only when the criterion is missed (narrow wins, a met criterion already gives GPAI)', () => {
    expect(visibleScreenIds({ ...placedApi, compute: { parameterUpdateFlop: 2e23 } })).not.toContain(
      'generality',
    );
    expect(visibleScreenIds({ ...placedApi, compute: { parameterUpdateFlop: 'unknown' } })).not.toContain(
      'generality',
    );
    expect(visibleScreenIds({ ...placedApi, compute: { parameterUpdateFlop: 1e23 } })).toContain(
      'generality',
    );
    // Audio without speech and image-to-image work do not meet the modality half (R10).
    for (const outputs of [['otherAudio'], ['imageEdit'], ['other']] as const) {
      const a: DraftAnswers = {
        ...placedApi,
        outputModalities: [...outputs],
        compute: { parameterUpdateFlop: 1e25 },
      };
      expect(visibleScreenIds(a), outputs[0]).toContain('generality');
    }
    expect(
      visibleScreenIds({
        ...placedApi,
        outputModalities: ['speech'],
        compute: { parameterUpdateFlop: 2e23 },
      }),
    ).not.toContain('generality');
  });
  it('many tasks, or a billion parameters with large broad data and self-supervision, make it broad (R8, E27)', () => {
    const small: DraftAnswers = { ...placedApi, compute: { parameterUpdateFlop: 5e22 } };
    expect(ids('generality', small)).toEqual([
      'generalityFacts.tasks',
      'generalityFacts.parameterCount',
      'generalityFacts.largeBroadData',
      'generalityFacts.selfSupervised',
    ]);
    const facts = (g: NonNullable<DraftAnswers['generalityFacts']>): DraftAnswers => ({
      ...small,
      generalityFacts: { singleTask: 'none', ...g },
    });
    expect(ids('generality', facts({ tasks: ['conversation', 'writing', 'code'] }))).toEqual([
      'generalityFacts.tasks',
    ]);
    expect(mayBeGPAI(facts({ tasks: ['conversation', 'writing', 'code'] }))).toBe(true);
    expect(ids('generality', facts({ tasks: ['code'], parameterCount: 3e8 }))).toEqual([
      'generalityFacts.tasks',
      'generalityFacts.parameterCount',
    ]);
    expect(ids('generality', facts({ tasks: ['code'], parameterCount: 'unknown' }))).toHaveLength(2);
    expect(
      ids('generality', facts({ tasks: ['code'], parameterCount: 7e9, largeBroadData: 'no' })),
    ).not.toContain('generalityFacts.selfSupervised');
    expect(
      mayBeGPAI(
        facts({ tasks: ['code'], parameterCount: 7e9, largeBroadData: 'yes', selfSupervised: 'yes' }),
      ),
    ).toBe(true);
    expect(
      mayBeGPAI(facts({ tasks: ['code'], parameterCount: 7e9, largeBroadData: 'yes', selfSupervised: 'no' })),
    ).toBe(false);
    expect(mayBeGPAI(facts({ tasks: 'unknown', parameterCount: 'unknown' }))).toBe(false);
  });
  it('the criterion with unknown facts is read as met (R7): unknown compute or outputs may be GPAI', () => {
    expect(mayBeGPAI({ ...placedApi, compute: { parameterUpdateFlop: 'unknown' } })).toBe(true);
    expect(
      mayBeGPAI({ ...placedApi, outputModalities: 'unknown', compute: { parameterUpdateFlop: 2e23 } }),
    ).toBe(true);
  });
  it('"not yet" with no intention to place, or research partners only, ends the questions after placing (R2, R3)', () => {
    const notMeant: DraftAnswers = {
      ...base,
      placing: { channels: ['notYet'], intention: 'no', euAvailability: 'none' },
    };
    expect(researchOnlyOnFacts(notMeant)).toBe(true);
    expect(visibleScreenIds(notMeant)).toEqual(['role', 'capabilities', 'placing']);
    expect(ids('placing', notMeant)).toEqual([
      'placing.channels',
      'placing.intention',
      'placing.euAvailability',
    ]);
    // Research partners only: the facts of commercial activity decide first (E30), then nothing more.
    const partners: DraftAnswers = {
      ...base,
      placing: { channels: ['researchPartners'], euAvailability: 'direct' },
    };
    expect(visibleScreenIds(partners)).toContain('placing-details');
    expect(ids('placing-details', partners)[0]).toBe('placing.commercial');
    const noCommerce: DraftAnswers = { ...partners, placing: { ...partners.placing, commercial: [] } };
    expect(ids('placing-details', noCommerce)).toEqual(['placing.commercial']);
    expect(visibleScreenIds(noCommerce)).toEqual(['role', 'capabilities', 'placing', 'placing-details']);
    // With a fact of commercial activity, sharing with research partners is making available (E30).
    const paid: DraftAnswers = { ...partners, placing: { ...partners.placing, commercial: ['price'] } };
    expect(ids('placing-details', paid)).toEqual([
      'placing.commercial',
      'placing.lifecycle',
      'placing.placingDate',
    ]);
    expect(visibleScreenIds({ ...paid, compute: { parameterUpdateFlop: 1e24 } })).toContain('steps-taken');
  });
  it('"not yet" but meant to be placed, or undecided, is a planned placement: the provider screens follow (R88)', () => {
    for (const intention of ['yes', 'undecided'] as const) {
      const planned: DraftAnswers = {
        ...base,
        placing: { channels: ['notYet'], intention, euAvailability: 'direct', nameOnModel: 'own' },
      };
      expect(researchOnlyOnFacts(planned)).toBe(false);
      expect(visibleScreenIds({ ...planned, compute: { parameterUpdateFlop: 4e24 } }), intention).toEqual([
        'role',
        'capabilities',
        'placing',
        'placing-details',
        'compute',
        'cumulative-compute',
        'systemic-risk',
        'steps-taken',
        'steps-taken-copyright',
        'code-of-practice',
      ]);
    }
  });
});

describe('placing (R13, R15–R20, R88, R91, E8)', () => {
  it('asks whether the EU was excluded only when the model reaches the EU through others (R19)', () => {
    const via: DraftAnswers = { ...base, placing: { channels: ['api'], euAvailability: 'viaDownstream' } };
    expect(ids('placing', via)).toContain('placing.euExcluded');
    for (const euAvailability of ['direct', 'none', 'unknown'] as const) {
      expect(ids('placing', { ...base, placing: { channels: ['api'], euAvailability } })).not.toContain(
        'placing.euExcluded',
      );
    }
  });
  it('asks the intention only for a model not made available yet, and where internal use happens only for internal use', () => {
    expect(ids('placing', { ...base, placing: { channels: ['notYet'] } })).toContain('placing.intention');
    expect(ids('placing', placedApi)).not.toContain('placing.intention');
    for (const c of ['internalOnly', 'internalEssential', 'internalAffectsPeople'] as const)
      expect(ids('placing', { ...base, placing: { channels: [c] } })).toContain(
        'placing.internalUseLocation',
      );
    expect(ids('placing', placedApi)).not.toContain('placing.internalUseLocation');
  });
  it('supplying a downstream integrator places the model (R18)', () => {
    const supply: DraftAnswers = {
      ...base,
      placing: { channels: ['downstreamSupply'], euAvailability: 'direct', nameOnModel: 'own' },
      compute: { parameterUpdateFlop: 1e24 },
    };
    expect(mayBeProvider(supply)).toBe(true);
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
  it('internal use only: a provider only with systemic risk, and only with a Union nexus (R17, E8)', () => {
    const internal = (internalUseLocation: 'eu' | 'outsideEu' | 'unknown', flop: number): DraftAnswers => ({
      ...base,
      placing: {
        channels: ['internalOnly'],
        internalUseLocation,
        euAvailability: 'direct',
        nameOnModel: 'own',
      },
      compute: { parameterUpdateFlop: flop, syntheticDataFlop: 0, inheritedWeightsFlop: 0 },
      systemicRisk: { designated: 'no' },
    });
    expect(mayBeProvider(internal('eu', 1e24))).toBe(false);
    // The placing date is asked: until the compute is known, systemic risk could make it a placing (E8).
    expect(visibleScreenIds(internal('eu', 1e24))).toEqual([
      'role',
      'capabilities',
      'placing',
      'placing-details',
      'compute',
      'cumulative-compute',
      'systemic-risk',
    ]);
    expect(mayBeProvider(internal('eu', 2e25))).toBe(true);
    expect(mayBeProvider(internal('unknown', 2e25))).toBe(true);
    expect(mayBeProvider(internal('outsideEu', 2e25))).toBe(false);
    expect(visibleScreenIds(internal('outsideEu', 2e25))).not.toContain('steps-taken');
    const designated = { ...internal('eu', 1e24), systemicRisk: { designated: 'yes' as const } };
    expect(visibleScreenIds(designated)).toContain('code-of-practice');
  });
  it('made under a client’s name: the client is the provider (R14, R91); asked only while it can matter', () => {
    const client: DraftAnswers = {
      ...placedApi,
      placing: { ...placedApi.placing, nameOnModel: 'client' },
      compute: { parameterUpdateFlop: 1e24 },
    };
    expect(mayBeProvider(client)).toBe(false);
    for (const s of PROVIDER_SCREENS) expect(visibleScreenIds(client)).not.toContain(s);
    expect(ids('placing-details', client)).toEqual([]);
    const notMeant: DraftAnswers = { ...base, placing: { channels: ['notYet'], intention: 'no' } };
    expect(ids('placing', notMeant)).not.toContain('placing.nameOnModel');
  });
  it('offers “the original provider’s name” to modifiers only', () => {
    const options = (a: DraftAnswers) =>
      questions('placing', a)
        .find((q) => q.id === 'placing.nameOnModel')
        ?.options?.map((o) => o.value);
    expect(options(base)).toEqual(['own', 'client', 'unknown']);
    expect(
      options({
        ...base,
        role: 'modifier',
        modification: { originalComputeFlop: 1e24, originalSystemicRisk: 'no', modificationFlop: 1e24 },
      }),
    ).toEqual(['own', 'client', 'originalProvider', 'unknown']);
  });
  it('the placing date of a later version is the first version’s, and a planned one is worded as planned (R13, R88)', () => {
    const date = (a: DraftAnswers) =>
      questions('placing-details', a).find((q) => q.id === 'placing.placingDate');
    expect(inEnglish(date(placedApi)?.label)).toBe(
      'When was the model first made available in the EU — or when will it be?',
    );
    expect(
      inEnglish(date({ ...placedApi, placing: { ...placedApi.placing, lifecycle: 'laterVersion' } })?.label),
    ).toBe('When was the first version of the model first made available in the EU?');
    expect(
      inEnglish(
        date({ ...base, placing: { channels: ['notYet'], intention: 'yes', euAvailability: 'direct' } })
          ?.label,
      ),
    ).toBe('When do you plan to make the model available in the EU?');
  });
});

describe('compute (R12, R32, R33, R88)', () => {
  it('asks for synthetic-data and inherited-weights compute only while they can push the total over 10^25', () => {
    expect(ids('cumulative-compute', { ...placedApi, compute: { parameterUpdateFlop: 9e24 } })).toContain(
      'compute.syntheticDataFlop',
    );
    expect(
      ids('cumulative-compute', { ...placedApi, compute: { parameterUpdateFlop: 'unknown' } }),
    ).toContain('compute.inheritedWeightsFlop');
    expect(
      ids('cumulative-compute', { ...placedApi, compute: { parameterUpdateFlop: 1.1e25 } }),
    ).not.toContain('compute.syntheticDataFlop');
    expect(ids('compute', { ...placedApi, compute: { parameterUpdateFlop: 1.1e25 } })).toContain(
      'compute.method',
    );
    expect(ids('compute', { ...placedApi, compute: { parameterUpdateFlop: 'unknown' } })).not.toContain(
      'compute.method',
    );
  });
  it('asks the planned cumulative compute while it can make the notification due: before placing (R88) or for continued training (E20)', () => {
    const planned: DraftAnswers = {
      ...base,
      placing: { channels: ['notYet'], intention: 'undecided', euAvailability: 'direct', nameOnModel: 'own' },
    };
    expect(ids('cumulative-compute', { ...planned, compute: { parameterUpdateFlop: 4e24 } })).toContain(
      'compute.plannedCumulativeFlop',
    );
    // Answering it never hides it (a question never depends on its own answer).
    expect(
      ids('cumulative-compute', {
        ...planned,
        compute: { parameterUpdateFlop: 4e24, plannedCumulativeFlop: 3e25 },
      }),
    ).toContain('compute.plannedCumulativeFlop');
    expect(ids('cumulative-compute', { ...planned, compute: { parameterUpdateFlop: 2e25 } })).not.toContain(
      'compute.plannedCumulativeFlop',
    );
    expect(ids('cumulative-compute', { ...placedApi, compute: { parameterUpdateFlop: 4e24 } })).toContain(
      'compute.plannedCumulativeFlop',
    );
    expect(ids('cumulative-compute', { ...placedApi, compute: { parameterUpdateFlop: 2e25 } })).not.toContain(
      'compute.plannedCumulativeFlop',
    );
    expect(
      presumptionOnFacts({ ...planned, compute: { parameterUpdateFlop: 4e24, plannedCumulativeFlop: 3e25 } }),
    ).toBe(true);
    // Continued training of a placed model planned above 10^25: the notification is due before the crossing,
    // so its date is asked (worded for that case), though the presumption itself starts at the crossing.
    const continued: DraftAnswers = {
      ...placedApi,
      compute: { parameterUpdateFlop: 4e24, plannedCumulativeFlop: 2e25 },
    };
    expect(presumptionOnFacts(continued)).toBe(false);
    const sr = questions('systemic-risk', continued);
    expect(sr.map((q) => q.id)).toEqual([
      'systemicRisk.thresholdMetDate',
      'systemicRisk.notifiedDate',
      'systemicRisk.designated',
      'systemicRisk.euBusinessUsers',
    ]);
    expect(inEnglish(sr[0]?.label)).toBe(
      'When did it become known that further training would take cumulative compute above 10²⁵ FLOP?',
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
  });
});

describe('systemic risk (R32–R38, R88, R92)', () => {
  const srIds = (a: DraftAnswers) => ids('systemic-risk', a);
  it('asks the threshold date, the notification and the contest only when the presumption holds; designation always; reach below it', () => {
    expect(srIds({ ...placedApi, compute: { parameterUpdateFlop: 3e24 } })).toEqual([
      'systemicRisk.designated',
      'systemicRisk.euBusinessUsers',
    ]);
    expect(srIds({ ...placedApi, compute: { parameterUpdateFlop: 3e25 } })).toEqual([
      'systemicRisk.thresholdMetDate',
      'systemicRisk.notifiedDate',
      'systemicRisk.contest',
      'systemicRisk.designated',
    ]);
  });
  it('a designated model is not asked about reach; the designation date only of a possible provider', () => {
    const a: DraftAnswers = {
      ...placedApi,
      compute: { parameterUpdateFlop: 3e24 },
      systemicRisk: { designated: 'yes' },
    };
    expect(srIds(a)).toEqual(['systemicRisk.designated', 'systemicRisk.designationInformedDate']);
    expect(srIds({ ...a, placing: { ...a.placing, nameOnModel: 'client' } })).toEqual([
      'systemicRisk.designated',
    ]);
  });
  it('words the threshold date of a model not made available yet as when it became known (R88)', () => {
    const q = questions('systemic-risk', WIZARD_PERSONAS.labInTraining.answers).find(
      (x) => x.id === 'systemicRisk.thresholdMetDate',
    );
    expect(inEnglish(q?.label)).toBe(
      'When did it become known that the model’s cumulative training compute would exceed 10²⁵ FLOP?',
    );
  });
  it('the contest follow-up only when a contest was made; its decision date only when accepted (R37)', () => {
    const big: DraftAnswers = { ...placedApi, compute: { parameterUpdateFlop: 3e25 } };
    for (const contest of ['none', 'unknown'] as const)
      expect(visibleScreenIds({ ...big, systemicRisk: { contest } })).not.toContain('contest');
    expect(ids('contest', { ...big, systemicRisk: { contest: 'pending' } })).toEqual([
      'systemicRisk.contestWithNotification',
    ]);
    expect(ids('contest', { ...big, systemicRisk: { contest: 'accepted' } })).toEqual([
      'systemicRisk.contestWithNotification',
      'systemicRisk.contestDecisionDate',
    ]);
  });
});

describe('licence (R48, R55, E14)', () => {
  const LICENCE = ['licence', 'licence-terms', 'monetisation', 'openness'];
  it('only for a possible provider whose weights may be public', () => {
    const hub = visibleScreenIds(withHub({ ...base, compute: { parameterUpdateFlop: 1e24 } }));
    for (const s of LICENCE) expect(hub).toContain(s);
    const api = visibleScreenIds({ ...placedApi, compute: { parameterUpdateFlop: 1e24 } });
    for (const s of LICENCE) expect(api).not.toContain(s);
  });
  it('never with certain systemic risk — unless the Commission accepted the contest (R37, R48)', () => {
    const big = withHub({ ...base, compute: { parameterUpdateFlop: 3e25 } });
    for (const contest of ['none', 'pending', 'unknown'] as const)
      expect(visibleScreenIds({ ...big, systemicRisk: { designated: 'no', contest } })).not.toContain(
        'licence',
      );
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
      ids('monetisation', { ...withHub(base), licence: { monetisation: monetisation as never } });
    expect(lic([])).not.toContain('licence.microenterpriseDeal');
    expect(lic(['optionalPaidServices'])).not.toContain('licence.microenterpriseDeal');
    expect(lic(['price'])).toContain('licence.microenterpriseDeal');
  });
});

describe('steps already taken (R56–R61)', () => {
  // The documentation steps and the copyright steps are two screens of at most four questions.
  const stepIds = (a: DraftAnswers) => [...ids('steps-taken', a), ...ids('steps-taken-copyright', a)];
  const big = { ...placedApi, compute: { parameterUpdateFlop: 1e24 } };
  it('asks the authorised representative only outside the EU (or unknown), and every Art. 53 step', () => {
    expect(stepIds(big)).toEqual([
      'stepsTaken.technicalDocumentation',
      'stepsTaken.downstreamInformation',
      'stepsTaken.copyrightPolicy',
      'stepsTaken.trainingSummary',
    ]);
    for (const euEstablished of ['no', 'unknown'] as const)
      expect(stepIds({ ...big, euEstablished })).toContain('stepsTaken.authorisedRepresentative');
  });
  it('under the open-source exemption, only the copyright policy and the training summary (R48, R49)', () => {
    const open = WIZARD_PERSONAS.openWeights7B.answers;
    expect(openSourceExemptOnFacts(open)).toBe(true);
    expect(stepIds({ ...open, euEstablished: 'no' })).toEqual([
      'stepsTaken.copyrightPolicy',
      'stepsTaken.trainingSummary',
    ]);
    // …so the documentation screen is not shown at all, only the copyright one.
    expect(visibleScreenIds({ ...open, euEstablished: 'no' })).not.toContain('steps-taken');
    expect(visibleScreenIds({ ...open, euEstablished: 'no' })).toContain('steps-taken-copyright');
    const unknownRight = { ...open, licence: { ...open.licence, modify: 'unknown' as const } };
    expect(openSourceExemptOnFacts(unknownRight)).toBe(false);
    expect(stepIds(unknownRight)).toContain('stepsTaken.technicalDocumentation');
  });
  it('not for someone who cannot be the provider', () => {
    for (const p of [WIZARD_PERSONAS.internalOutsideEu, WIZARD_PERSONAS.apiIntegrator])
      for (const id of ['steps-taken', 'steps-taken-copyright'])
        expect(visibleScreenIds(p.answers)).not.toContain(id);
  });
});

describe('modifiers (R23–R30, R90, R91, E4, E5, E17)', () => {
  const mod = (m: DraftAnswers['modification'], extra: DraftAnswers = {}): DraftAnswers => ({
    ...base,
    role: 'modifier',
    modification: m,
    ...extra,
  });
  const known = { onBehalfOfOriginal: 'no', originalComputeFlop: 3e24, originalSystemicRisk: 'no' } as const;
  it('one third is strictly "more than" (R24, E2)', () => {
    expect(modificationClearlyBelowThreshold(mod({ ...known, modificationFlop: 1e24 }))).toBe(true);
    expect(modificationClearlyBelowThreshold(mod({ ...known, modificationFlop: 1.01e24 }))).toBe(false);
  });
  it('unknown original: the fallback is one third of 10^25 for a systemic-risk original, else of 10^23 (R25, E4)', () => {
    const m = (originalSystemicRisk: 'yes' | 'no' | 'unknown', modificationFlop: number) =>
      mod({ originalComputeFlop: 'unknown', originalSystemicRisk, modificationFlop });
    expect(modificationClearlyBelowThreshold(m('yes', 1e24))).toBe(true);
    expect(modificationClearlyBelowThreshold(m('yes', 4e24))).toBe(false);
    expect(modificationClearlyBelowThreshold(m('no', 3e22))).toBe(true);
    expect(modificationClearlyBelowThreshold(m('unknown', 4e22))).toBe(false);
  });
  it('below the threshold, made for the original provider, or fine-tuned on its platform: no provider screens', () => {
    expect(visibleScreenIds(mod({ ...known, modificationFlop: 1e22 }))).toEqual([
      'role',
      'capabilities',
      'modification',
    ]);
    expect(visibleScreenIds(mod({ ...known, onBehalfOfOriginal: 'yes', modificationFlop: 2e24 }))).toEqual([
      'role',
      'capabilities',
      'modification',
    ]);
    const platform = mod({ ...known, modificationFlop: 2e24, viaOriginalProviderPlatform: 'yes' });
    expect(visibleScreenIds(platform)).toEqual(['role', 'capabilities', 'modification', 'modified-model']);
    expect(ids('modified-model', platform)).not.toContain('modification.modificationPlacingDate');
  });
  it('unknown modification compute is never read in the modifier’s favour (R90): the provider screens follow', () => {
    const unknown = mod(
      { ...known, modificationFlop: 'unknown' },
      { placing: { channels: ['api'], euAvailability: 'direct', nameOnModel: 'own' } },
    );
    expect(visibleScreenIds(unknown)).toEqual([
      'role',
      'capabilities',
      'modification',
      'modified-model',
      'placing',
      'systemic-risk',
      'steps-taken',
      'steps-taken-copyright',
      'code-of-practice',
    ]);
    expect(ids('modified-model', unknown)).toContain('modification.viaOriginalProviderPlatform');
  });
  it('above the threshold: placing, systemic risk and the provider screens follow; the modifier gives its own date', () => {
    const above = mod(
      { ...known, modificationFlop: 2e24, viaOriginalProviderPlatform: 'no' },
      { placing: { channels: ['api'], euAvailability: 'direct', nameOnModel: 'own' } },
    );
    expect(visibleScreenIds(above)).toEqual([
      'role',
      'capabilities',
      'modification',
      'modified-model',
      'placing',
      'systemic-risk',
      'steps-taken',
      'steps-taken-copyright',
      'code-of-practice',
    ]);
    const underOriginalName = {
      ...above,
      placing: { ...above.placing, nameOnModel: 'originalProvider' as const },
    };
    expect(visibleScreenIds(underOriginalName)).toEqual([
      'role',
      'capabilities',
      'modification',
      'modified-model',
      'placing',
    ]);
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
    compute: { parameterUpdateFlop: 1e24 },
  });
  it('the upstream exclusion with a system in the EU makes the integrator the model provider', () => {
    const e13 = integ({ systemInEu: 'yes', upstreamExcludedEu: 'yes', systemPlacingDate: '2026-02-01' });
    expect(mayBeProvider(e13)).toBe(true);
    expect(visibleScreenIds(e13)).toEqual([
      'role',
      'capabilities',
      'integration',
      'compute',
      'cumulative-compute',
      'systemic-risk',
      'licence',
      'licence-terms',
      'monetisation',
      'openness',
      'steps-taken',
      'steps-taken-copyright',
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
