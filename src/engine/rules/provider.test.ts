import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../i18n/english';
import { loadTranslator } from '../../i18n/load';
import type { AnswersInput } from '../answers';
import { evaluate as evaluateReport } from '../evaluate';
import { AS_OF, developer, modifier } from '../test-helpers';

/** The report as the English reader sees it: its texts rendered, its shape and values unchanged. */
const evaluate = (...args: Parameters<typeof evaluateReport>) => inEnglish(evaluateReport(...args));

const placed = (placing: AnswersInput['placing'], extra: Partial<AnswersInput> = {}) =>
  evaluate(developer({ placing, ...extra }), AS_OF);

describe('R14 / R15 / R16 — developers placing through any channel are providers', () => {
  it.each([
    'api',
    'package',
    'hub',
    'physicalCopy',
    'cloud',
    'customerInfrastructure',
    'internalEssential',
  ] as const)('R15: %s in the EU is placing on the market', (channel) => {
    const r = placed({ channels: [channel], euAvailability: 'direct', placingDate: '2025-09-01' });
    expect(r.isProvider).toBe(true);
    expect(r.role).toBe('provider');
  });
  it('R16: integrating one’s own model into one’s own app is placing it', () => {
    const r = placed({ channels: ['ownApp'], euAvailability: 'direct', placingDate: '2025-09-01' });
    expect(r.isProvider).toBe(true);
    expect(r.trace.some((t) => t.rule === 'R16')).toBe(true);
  });
  it('R14: commissioning the model counts like developing it', () => {
    expect(evaluate(developer({ role: 'commissioned' }), AS_OF).isProvider).toBe(true);
  });
});

describe('R17 / E8 — internal use', () => {
  it('R17: purely internal use of a non-SR model is not placing', () => {
    const r = placed({ channels: ['internalOnly'], euAvailability: 'none' });
    expect(r.isProvider).toBe(false);
    expect(r.role).toBe('not-placed');
  });
  it('E8: purely internal use of a model above 10^25 FLOP makes it a provider, flagged', () => {
    const r = placed(
      { channels: ['internalOnly'], euAvailability: 'none' },
      { compute: { parameterUpdateFlop: 2e25 } },
    );
    expect(r.isProvider).toBe(true);
    expect(r.systemicRisk).toBe('presumed');
    expect(r.ambiguities.map((a) => a.edgeCase)).toContain('E8');
  });
});

describe('R4 / R19 / R20 / E12 / E13 — the Union market and non-EU chains', () => {
  it('R4: a non-EU provider placing in the EU is a provider and owes Art. 54', () => {
    const r = evaluate(developer({ euEstablished: 'no' }), AS_OF);
    expect(r.isProvider).toBe(true);
    expect(r.obligations.map((o) => o.id)).toContain('art54');
  });
  it('R19: availability only through downstream systems in the EU still makes the upstream the provider', () => {
    expect(placed({ channels: ['api'], euAvailability: 'viaDownstream', euExcluded: 'no' }).isProvider).toBe(
      true,
    );
  });
  it('R19: a clear EU exclusion means the upstream is not the provider for the EU', () => {
    const r = placed({ channels: ['api'], euAvailability: 'viaDownstream', euExcluded: 'yes' });
    expect(r.isProvider).toBe(false);
  });
  it('R20: never available in the Union means not placed', () => {
    const r = placed({ channels: ['api'], euAvailability: 'none' });
    expect(r.isProvider).toBe(false);
    expect(r.obligations).toEqual([]);
  });
  it('E13: an integrator whose upstream excluded the EU becomes the model provider', () => {
    const r = evaluate(
      developer({
        role: 'integrator',
        placing: undefined,
        integration: { systemInEu: 'yes', upstreamExcludedEu: 'yes', systemPlacingDate: '2026-01-10' },
      }),
      AS_OF,
    );
    expect(r.role).toBe('integrator-as-model-provider');
    expect(r.isProvider).toBe(true);
    expect(r.complianceDeadline).toBe('2026-01-10');
    expect(r.ambiguities.map((a) => a.edgeCase)).toContain('E13');
  });
});

describe('R21 / E23 / E24 / R22 / E11 / R3 / E10 — actors who are not model providers', () => {
  it('R21 / E24: an API integrator has no model obligations', () => {
    const r = evaluate(
      developer({
        role: 'integrator',
        placing: undefined,
        integration: { systemInEu: 'yes', upstreamExcludedEu: 'no' },
      }),
      AS_OF,
    );
    expect(r.role).toBe('downstream-system-provider');
    expect(r.isProvider).toBe(false);
    expect(r.obligations).toEqual([]);
    expect(r.notApplicable).toHaveLength(11);
  });
  it('R14 / E23: a host is not the provider of uploaded models', () => {
    const r = evaluate(developer({ role: 'host' }), AS_OF);
    expect(r.role).toBe('host');
    expect(r.obligations).toEqual([]);
  });
  it('R22 / E11: a private hobbyist release is not placing, flagged', () => {
    const r = evaluate(
      developer({ role: 'hobbyist', placing: { channels: ['hub'], euAvailability: 'direct' } }),
      AS_OF,
    );
    expect(r.isProvider).toBe(false);
    expect(r.ambiguities.map((a) => a.edgeCase)).toContain('E11');
  });
  it('R3: sharing only with research partners for research is outside the Act', () => {
    const r = evaluate(
      developer({ role: 'research', placing: { channels: ['researchPartners'], euAvailability: 'direct' } }),
      AS_OF,
    );
    expect(r.role).toBe('out-of-scope');
    expect(r.isProvider).toBe(false);
    expect(r.isGPAI).toBe(false);
    expect(r.ambiguities.map((a) => a.edgeCase)).toContain('E10');
  });
  it('R35 / R67: "not yet" with a planned placing date is evaluated as the planned placement', () => {
    const r = evaluate(
      developer({
        compute: { parameterUpdateFlop: 3e25 },
        placing: { channels: ['notYet'], euAvailability: 'direct', placingDate: '2027-03-01' },
        systemicRisk: { thresholdMetDate: '2026-10-01' },
      }),
      AS_OF,
    );
    expect(r.isProvider).toBe(true);
    expect(r.notificationDeadline).toBe('2026-10-15');
    expect(r.complianceDeadline).toBe('2027-03-01');
    expect(r.obligations.find((o) => o.id === 'art53_1_a')?.status).toBe('upcoming');
  });
  it('E10: a research lab releasing weights publicly is placing, flagged', () => {
    const r = evaluate(
      developer({
        role: 'research',
        placing: { channels: ['hub'], euAvailability: 'direct', placingDate: '2026-02-01' },
      }),
      AS_OF,
    );
    expect(r.isProvider).toBe(true);
    expect(r.ambiguities.map((a) => a.edgeCase)).toContain('E10');
  });
});

describe('R24 — modifiers: more than one third of the original compute (3 × mod > original)', () => {
  it('exactly one third (10^24 of 3 × 10^24) does not make the modifier a provider', () => {
    expect(evaluate(modifier({ modificationFlop: 1e24 }), AS_OF).isProvider).toBe(false);
  });
  it('just above one third does', () => {
    const r = evaluate(modifier({ modificationFlop: 1.000001e24 }), AS_OF);
    expect(r.isProvider).toBe(true);
    expect(r.role).toBe('modification-provider');
  });
  it('just below one third does not', () => {
    expect(evaluate(modifier({ modificationFlop: 9.9999e23 }), AS_OF).isProvider).toBe(false);
  });
  it('R28: a modification provider’s Art. 53 duties are limited to the modification', () => {
    const r = evaluate(modifier({ modificationFlop: 2e24 }), AS_OF);
    expect(r.obligations.find((o) => o.id === 'art53_1_a')?.scope).toMatch(/modification/);
    expect(r.complianceDeadline).toBe('2026-03-01');
  });
  it('R43: warns when the modification is within ±30 % of one third', () => {
    expect(evaluate(modifier({ modificationFlop: 1.1e24 }), AS_OF).warnings.map((w) => w.id)).toContain(
      'near-one-third',
    );
  });
});

describe('R25 / E4 — fallback thresholds when the original compute is unknown', () => {
  it('non-SR original: exactly 10^23 / 3 is not above the fallback', () => {
    const r = evaluate(modifier({ originalComputeFlop: 'unknown', modificationFlop: 1e23 / 3 }), AS_OF);
    expect(r.isProvider).toBe(false);
  });
  it('non-SR original: 3.34 × 10^22 is above the fallback', () => {
    const r = evaluate(modifier({ originalComputeFlop: 'unknown', modificationFlop: 3.34e22 }), AS_OF);
    expect(r.isProvider).toBe(true);
  });
  it('SR original: 3.3 × 10^24 is below the higher fallback, 3.34 × 10^24 above', () => {
    const base = { originalComputeFlop: 'unknown' as const, originalSystemicRisk: 'yes' as const };
    expect(evaluate(modifier({ ...base, modificationFlop: 3.3e24 }), AS_OF).isProvider).toBe(false);
    expect(evaluate(modifier({ ...base, modificationFlop: 3.34e24 }), AS_OF).isProvider).toBe(true);
  });
  it('E4: unknown SR status of the original uses the lower fallback and is flagged', () => {
    const r = evaluate(
      modifier({ originalComputeFlop: 'unknown', originalSystemicRisk: 'unknown', modificationFlop: 5e22 }),
      AS_OF,
    );
    expect(r.isProvider).toBe(true);
    expect(r.ambiguities.map((a) => a.edgeCase)).toContain('E4');
  });
  it('R25: the fallback step reads in German and French, with the figures in their notation', async () => {
    const r = evaluateReport(modifier({ originalComputeFlop: 'unknown', modificationFlop: 5e22 }), AS_OF);
    const outcome = r.trace.find((t) => t.rule === 'R25')?.outcome;
    if (!outcome) throw new Error('no R25 step');
    expect((await loadTranslator('de')).t(outcome)).toBe(
      'Ja: Die Ersatzschwelle beträgt ein Drittel von 10²³ FLOP (etwa 3,33 × 10²² FLOP).',
    );
    expect((await loadTranslator('fr')).t(outcome)).toBe(
      'Oui\u00a0: le seuil de repli est d’un tiers de 10²³ FLOP (environ 3,33 × 10²² FLOP).',
    );
  });
});

describe('R29 / E5 / E6 / E17 — modifications and systemic risk', () => {
  it('R29: a significant modification of an SR model is presumed SR with Art. 52(1) and Art. 55', () => {
    const r = evaluate(
      modifier(
        { originalComputeFlop: 5e25, originalSystemicRisk: 'yes', modificationFlop: 2e25 },
        { systemicRisk: { thresholdMetDate: '2026-02-01' } },
      ),
      AS_OF,
    );
    expect(r.systemicRisk).toBe('presumed');
    expect(r.obligations.map((o) => o.id)).toEqual(
      expect.arrayContaining(['art52_1', 'art55_1_a', 'art55_1_b', 'art55_1_c', 'art55_1_d']),
    );
    // R87: two weeks from Sun 1 Feb 2026 end on Sun 15 Feb, which moves to Mon 16 Feb.
    expect(r.notificationDeadline).toBe('2026-02-16');
  });
  it('E5: 8 × 10^24 original + 3 × 10^24 modification exceeds 10^25 cumulative → presumed SR', () => {
    const r = evaluate(modifier({ originalComputeFlop: 8e24, modificationFlop: 3e24 }), AS_OF);
    expect(r.isProvider).toBe(true);
    expect(r.systemicRisk).toBe('presumed');
    expect(r.ambiguities.map((a) => a.edgeCase)).toContain('E5');
  });
  it('E6: modifying an SR model below the threshold leaves the modifier without model obligations', () => {
    const r = evaluate(
      modifier({ originalComputeFlop: 5e25, originalSystemicRisk: 'yes', modificationFlop: 1e24 }),
      AS_OF,
    );
    expect(r.isProvider).toBe(false);
    expect(r.systemicRisk).toBe('none');
    expect(r.verdicts.systemicRisk.rules).toContain('E6');
  });
  it('E17: fine-tuning that stays on the original provider’s platform is the original provider’s modification', () => {
    const r = evaluate(modifier({ modificationFlop: 2e24, viaOriginalProviderPlatform: 'yes' }), AS_OF);
    expect(r.isProvider).toBe(false);
    expect(r.ambiguities.map((a) => a.edgeCase)).toContain('E17');
  });
  it('R67 / E19: a modifier’s planned placement uses the modified model’s date', () => {
    const r = evaluate(
      modifier(
        { modificationFlop: 2e24, modificationPlacingDate: '2027-01-15' },
        { placing: { channels: ['notYet'], euAvailability: 'direct' } },
      ),
      AS_OF,
    );
    expect(r.isProvider).toBe(true);
    expect(r.complianceDeadline).toBe('2027-01-15');
    expect(r.obligations[0]?.status).toBe('upcoming');
  });
});

describe('R17 / E8 (rev. 2) — internal use needs a Union nexus', () => {
  const internal = (internalUseLocation: 'eu' | 'outsideEu' | 'both' | 'unknown', flop = 2e25) =>
    evaluate(
      developer({
        euEstablished: 'no',
        compute: { parameterUpdateFlop: flop },
        placing: { channels: ['internalOnly'], euAvailability: 'none', internalUseLocation },
      }),
      AS_OF,
    );
  it('a non-EU provider using a model with systemic risk only internally outside the EU is not its provider', () => {
    const r = internal('outsideEu');
    expect(r.isProvider).toBe(false);
    expect(r.obligations).toEqual([]);
    expect(r.ambiguities.map((a) => a.edgeCase)).not.toContain('E8');
    expect(r.trace.find((t) => t.rule === 'R17')?.outcome).toMatch(/outside the Union/);
  });
  it('the same use inside the EU is treated as placing (E8, flagged)', () => {
    const r = internal('eu');
    expect(r.isProvider).toBe(true);
    expect(r.verdicts.provider.ambiguous).toContain('E8');
  });
  it('unknown location is asked and read as in the EU', () => {
    const r = internal('unknown');
    expect(r.isProvider).toBe(true);
    expect(r.openQuestions.map((q) => q.field)).toContain('placing.internalUseLocation');
  });
  it('internal use affecting people, outside the EU only, is not placing either', () => {
    const r = evaluate(
      developer({
        placing: {
          channels: ['internalAffectsPeople'],
          euAvailability: 'none',
          internalUseLocation: 'outsideEu',
        },
      }),
      AS_OF,
    );
    expect(r.isProvider).toBe(false);
  });
  it('R15: internal use affecting people in the EU is placing', () => {
    const r = evaluate(
      developer({
        placing: { channels: ['internalAffectsPeople'], euAvailability: 'direct', internalUseLocation: 'eu' },
      }),
      AS_OF,
    );
    expect(r.isProvider).toBe(true);
  });
});

describe('R18 — supply to a downstream integrator', () => {
  it('first making the model available to a company that builds it into its system places it', () => {
    const r = evaluate(
      developer({ placing: { channels: ['downstreamSupply'], euAvailability: 'direct' } }),
      AS_OF,
    );
    expect(r.isProvider).toBe(true);
    expect(r.trace.some((t) => t.rule === 'R18')).toBe(true);
  });
});

describe('R22 / E11 / E30 (rev. 2) — facts of commercial activity decide, not the label', () => {
  const hobbyist = (commercial: string[] | undefined, flop = 5e23) =>
    evaluate(
      developer({
        role: 'hobbyist',
        compute: { parameterUpdateFlop: flop },
        placing: {
          channels: ['hub'],
          euAvailability: 'direct',
          placingDate: '2025-09-01',
          ...(commercial ? { commercial: commercial as never } : {}),
        },
      }),
      AS_OF,
    );
  it('E30: an individual who charges a price is assessed as a provider, and the report says why', () => {
    const r = hobbyist(['price']);
    expect(r.isProvider).toBe(true);
    expect(r.verdicts.provider.ambiguous).toContain('E30');
    expect(r.trace.find((t) => t.rule === 'E30')?.answer).toMatch(/price/);
  });
  it('E30: a public release above 10^25 FLOP overrides the label without any other fact', () => {
    const r = hobbyist([], 2e25);
    expect(r.isProvider).toBe(true);
    expect(r.trace.find((t) => t.rule === 'E30')?.answer).toMatch(/10\^25/);
  });
  it('E11: no fact of commercial activity → probably not placing, flagged', () => {
    const r = hobbyist([]);
    expect(r.isProvider).toBe(false);
    expect(r.verdicts.provider.label).toBe('Probably not');
    expect(r.ambiguities.map((a) => a.edgeCase)).toContain('E11');
  });
  it('E30: unanswered commercial facts are asked of an individual', () => {
    expect(hobbyist(undefined).openQuestions.map((q) => q.field)).toContain('placing.commercial');
  });
  it('E30: a research lab with an API business is assessed on the facts, not flagged E10', () => {
    const r = evaluate(
      developer({
        role: 'research',
        placing: {
          channels: ['api'],
          euAvailability: 'direct',
          placingDate: '2025-09-01',
          commercial: ['apiOrAppBusiness'],
        },
      }),
      AS_OF,
    );
    expect(r.isProvider).toBe(true);
    expect(r.ambiguities.map((a) => a.edgeCase)).toContain('E30');
    expect(r.ambiguities.map((a) => a.edgeCase)).not.toContain('E10');
  });
  it('E30: charging research partners takes the model out of the sole-research exclusion', () => {
    const r = evaluate(
      developer({
        role: 'research',
        placing: {
          channels: ['researchPartners'],
          euAvailability: 'direct',
          placingDate: '2025-09-01',
          commercial: ['price'],
        },
      }),
      AS_OF,
    );
    expect(r.role).not.toBe('out-of-scope');
    expect(r.isGPAI).toBe(true);
  });
});

describe('R90 — unknown modification compute is not resolved in the user’s favour', () => {
  it('treated as provider of the modified model, flagged, with the estimate asked', () => {
    const r = evaluate(modifier({ modificationFlop: 'unknown' }), AS_OF);
    expect(r.role).toBe('modification-provider');
    expect(r.isProvider).toBe(true);
    expect(r.verdicts.provider.ambiguous).toContain('R90');
    expect(r.openQuestions.find((q) => q.field === 'modification.modificationFlop')?.assumption).toMatch(
      /above one third/,
    );
    expect(r.obligations.find((o) => o.id === 'art53_1_a')?.scope).toMatch(/modification/);
  });
});

describe('R91 / R14 — who modifies, and under whose name', () => {
  it('a modification made on behalf of the original provider does not make you a provider', () => {
    const r = evaluate(modifier({ modificationFlop: 2e24, onBehalfOfOriginal: 'yes' }), AS_OF);
    expect(r.role).toBe('contractor');
    expect(r.isProvider).toBe(false);
    expect(r.trace.some((t) => t.rule === 'R91')).toBe(true);
  });
  it('the same modification on your own account makes you the provider of the modified model', () => {
    expect(evaluate(modifier({ modificationFlop: 2e24, onBehalfOfOriginal: 'no' }), AS_OF).role).toBe(
      'modification-provider',
    );
  });
  it('a developer whose client places the model under the client’s name is a contractor, not the provider', () => {
    const r = evaluate(
      developer({
        placing: {
          channels: ['api'],
          euAvailability: 'direct',
          placingDate: '2025-09-01',
          nameOnModel: 'client',
        },
      }),
      AS_OF,
    );
    expect(r.role).toBe('contractor');
    expect(r.obligations).toEqual([]);
  });
  it('an unknown name on the model is asked and read as your own', () => {
    const r = evaluate(
      developer({
        placing: {
          channels: ['api'],
          euAvailability: 'direct',
          placingDate: '2025-09-01',
          nameOnModel: 'unknown',
        },
      }),
      AS_OF,
    );
    expect(r.isProvider).toBe(true);
    expect(r.openQuestions.map((q) => q.field)).toContain('placing.nameOnModel');
  });
  it('R14: a consortium coordinator is treated as provider, a member is probably not; both flagged', () => {
    const c = (consortiumRole: 'coordinator' | 'member' | 'unknown') =>
      evaluate(developer({ role: 'consortium', consortiumRole }), AS_OF);
    expect(c('coordinator').isProvider).toBe(true);
    expect(c('member').isProvider).toBe(false);
    expect(c('member').verdicts.provider.label).toBe('Probably not');
    expect(c('member').verdicts.provider.ambiguous).toContain('R14');
    expect(c('unknown').isProvider).toBe(true);
    expect(c('unknown').openQuestions.map((q) => q.field)).toContain('consortiumRole');
  });
});

describe('R93 / R94 — signposts and enforcement', () => {
  it('R93: an integrator is shown the AI-system duties, marked not assessed — never an empty list', () => {
    const r = evaluate(
      developer({ role: 'integrator', integration: { systemInEu: 'yes', upstreamExcludedEu: 'no' } }),
      AS_OF,
    );
    const ids = r.signposts.map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining(['art50_1', 'art50_2', 'high-risk', 'annex-xii-info', 'complaint']),
    );
    expect(r.signposts.every((s) => s.status === 'not-assessed')).toBe(true);
    expect(r.enforcement).toBeNull();
  });
  it('R93: a provider putting its model into its own app gets the system signposts, not the downstream ones', () => {
    const r = evaluate(
      developer({ placing: { channels: ['ownApp'], euAvailability: 'direct', placingDate: '2025-09-01' } }),
      AS_OF,
    );
    expect(r.signposts.map((s) => s.id)).toContain('art50_2');
    expect(r.signposts.map((s) => s.id)).not.toContain('complaint');
  });
  it('R93: a modifier below the threshold gets the signposts', () => {
    expect(evaluate(modifier({ modificationFlop: 1e22 }), AS_OF).signposts.length).toBeGreaterThan(0);
  });
  it('R93: a provider that only offers an API builds no system of its own: no signposts', () => {
    expect(evaluate(developer(), AS_OF).signposts).toEqual([]);
  });
  it('R94: a provider’s report has one enforcement section with Arts. 91–93 and 101(1)(a)–(d)', () => {
    const e = evaluate(developer(), AS_OF).enforcement;
    expect(e?.appliesFrom).toBe('2026-08-02');
    expect(e?.powers.map((p) => p.article)).toEqual(['Art. 91', 'Art. 92', 'Art. 93']);
    expect(e?.fineGrounds.map((g) => g.point)).toEqual([
      'Art. 101(1)(a)',
      'Art. 101(1)(b)',
      'Art. 101(1)(c)',
      'Art. 101(1)(d)',
    ]);
    expect(e?.ceiling).toMatch(/3 %.*EUR 15 000 000.*whichever is higher/);
  });
});
