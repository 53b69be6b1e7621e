import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../i18n/english';
import { loadTranslator } from '../../i18n/load';
import type { AnswersInput } from '../answers';
import { evaluate } from '../evaluate';
import { AS_OF, developer, OPEN_LICENCE } from '../test-helpers';

const open = (
  licence: Partial<NonNullable<AnswersInput['licence']>> = {},
  extra: Partial<AnswersInput> = {},
) =>
  inEnglish(
    evaluate(developer({ euEstablished: 'no', licence: { ...OPEN_LICENCE, ...licence }, ...extra }), AS_OF),
  );

const applying = (r: ReturnType<typeof open>) => r.obligations.filter((o) => !o.exempted).map((o) => o.id);
const exempted = (r: ReturnType<typeof open>) => r.obligations.filter((o) => o.exempted).map((o) => o.id);

describe('R48 / R49 — open-source exemption covers Art. 53(1)(a), 53(1)(b) and 54 only', () => {
  it('a free and open-source model with public weights is exempted from 53(1)(a), (b) and 54', () => {
    const r = open();
    expect(r.openSourceExemption).toBe(true);
    expect(exempted(r).sort()).toEqual(['art53_1_a', 'art53_1_b', 'art54']);
  });
  it('R49: the copyright policy, training summary and cooperation still apply', () => {
    expect(applying(open()).sort()).toEqual(['art53_1_c', 'art53_1_d', 'art53_3']);
  });
  it('exempted obligations carry the reason', () => {
    expect(open().obligations.find((o) => o.id === 'art53_1_a')?.exemptionReason).toMatch(/open-source/);
  });
});

describe('R50 / R55 — all four rights and public weights, architecture and usage information', () => {
  it.each(['access', 'use', 'modify', 'distribute'] as const)(
    'without free %s there is no exemption',
    (right) => {
      expect(open({ [right]: 'no' }).openSourceExemption).toBe(false);
    },
  );
  it.each(['weightsPublic', 'architecturePublic', 'usageInfoPublic'] as const)(
    'with %s = no there is no exemption',
    (k) => {
      expect(open({ [k]: 'no' }).openSourceExemption).toBe(false);
    },
  );
  it('an unknown right leaves the exemption unestablished and asks legal', () => {
    const r = open({ distribute: 'unknown' });
    expect(r.openSourceExemption).toBe(false);
    expect(r.openQuestions.map((q) => q.field)).toContain('licence.distribute');
  });
});

describe('R51 / R52 / E15 — licence terms', () => {
  it.each(['nonCommercial', 'userCap', 'separateCommercialLicence', 'noDistribution'] as const)(
    'R51: %s disqualifies',
    (restriction) => {
      expect(open({ restrictions: [restriction] }).openSourceExemption).toBe(false);
    },
  );
  it('R52: attribution and share-alike are allowed', () => {
    expect(open({ restrictions: ['attributionShareAlike'] }).openSourceExemption).toBe(true);
  });
  it('E15: safety-based restrictions are allowed but flagged', () => {
    const r = open({ restrictions: ['safetyClauses'] });
    expect(r.openSourceExemption).toBe(true);
    expect(r.ambiguities.map((a) => a.edgeCase)).toContain('E15');
  });
});

describe('R53 / R54 / E16 — monetisation', () => {
  it.each(['price', 'dualLicence', 'requiredPaidSupport', 'exclusivePaidHosting', 'personalData'] as const)(
    'R53: %s defeats the exemption',
    (m) => {
      expect(open({ monetisation: [m] }).openSourceExemption).toBe(false);
    },
  );
  it('R54: optional paid services alongside do not', () => {
    expect(open({ monetisation: ['optionalPaidServices'] }).openSourceExemption).toBe(true);
  });
  it('E16: monetisation only between microenterprises keeps the exemption, flagged', () => {
    const r = open({ monetisation: ['price'], microenterpriseDeal: 'yes' });
    expect(r.openSourceExemption).toBe(true);
    expect(r.ambiguities.map((a) => a.edgeCase)).toContain('E16');
  });
});

describe('R48 / E14 — no exemption with systemic risk', () => {
  it('an open model above 10^25 FLOP owes everything, including Art. 54', () => {
    const r = open(
      {},
      { compute: { parameterUpdateFlop: 2e25 }, systemicRisk: { thresholdMetDate: '2025-09-01' } },
    );
    expect(r.openSourceExemption).toBe(false);
    expect(exempted(r)).toEqual([]);
    expect(applying(r)).toEqual(
      expect.arrayContaining(['art53_1_a', 'art53_1_b', 'art54', 'art52_1', 'art55_1_a']),
    );
  });
});

// What the report says about the exemption, not only the verdict: its summary, the rules it cites and the
// reasoning steps a reader follows (mutation testing found these unchecked).
const osVerdict = (r: ReturnType<typeof open>) => r.verdicts.openSource;
const osStep = (r: ReturnType<typeof open>, rule: string) =>
  r.trace.filter((s) => s.verdict === 'openSource' && s.rule === rule);

describe('R48 / R50–R55 — the exemption explained in the report', () => {
  it('the summary says "Not established" only when facts are unknown and none fails', () => {
    expect(osVerdict(open({ weightsPublic: 'unknown' }))?.summary).toBe(
      'Not established: some licence or release facts are unknown.',
    );
    // A failure wins over an unknown: the reader is told what defeats the exemption.
    expect(osVerdict(open({ weightsPublic: 'unknown', use: 'no' }))?.summary).toMatch(
      /^No: the licence does not/,
    );
    expect(osVerdict(open())?.label).toBe('Yes (partial)');
  });

  it('R50: the rights step says whether all four rights are granted', () => {
    expect(osStep(open(), 'R50').map((s) => s.outcome)).toEqual(['Yes: all four rights are granted.']);
    expect(osStep(open({ modify: 'unknown' }), 'R50').map((s) => s.outcome)).toEqual([
      'Not all four rights are established.',
    ]);
    expect(osStep(open({ modify: 'no' }), 'R50')[0]?.answer).toBe(
      'access: Yes; use: Yes; modify: No; distribute: Yes',
    );
  });

  it.each(['weightsPublic', 'architecturePublic', 'usageInfoPublic'] as const)(
    'R55: with %s not "yes", the step does not say all three are public',
    (k) => {
      expect(osStep(open(), 'R55').map((s) => s.outcome)).toEqual(['Yes: all three are public.']);
      expect(osStep(open({ [k]: 'unknown' }), 'R55').map((s) => s.outcome)).toEqual([
        'Not all three are established as public.',
      ]);
    },
  );

  it('R51 / R52: a terms step only when the licence has terms, naming the rule that decides', () => {
    const terms = (r: ReturnType<typeof open>) =>
      r.trace.filter(
        (s) => s.verdict === 'openSource' && s.question === 'Do the licence terms restrict use?',
      );
    expect(terms(open({ restrictions: [] }))).toEqual([]);

    const allowed = terms(open({ restrictions: ['safetyClauses', 'attributionShareAlike'] }));
    expect(allowed.map((s) => [s.rule, s.answer])).toEqual([
      ['R52', 'safety-based use restrictions; attribution / share-alike'],
    ]);
    expect(allowed[0]?.outcome).toMatch(/^Allowed:/);

    const defeated = terms(open({ restrictions: ['attributionShareAlike', 'nonCommercial'] }));
    expect(defeated.map((s) => s.rule)).toEqual(['R51']);
    expect(defeated[0]?.outcome).toMatch(/^Disqualifying:/);
  });

  it('the verdict cites R51 for a disqualifying term and R52 for safety clauses, not otherwise', () => {
    expect(osVerdict(open({ restrictions: ['userCap'] }))?.rules).toContain('R51');
    expect(osVerdict(open({ restrictions: ['safetyClauses'] }))?.rules).toContain('R52');
    const plain = osVerdict(open({ restrictions: ['attributionShareAlike'] }))?.rules ?? [];
    expect(plain).not.toContain('R51');
    expect(plain).not.toContain('R52');
  });
});

describe('the exemption in German and French (issue #11)', () => {
  // The failures are clauses of the summary and of the what-if: each language builds its own sentence round them.
  const failing = () =>
    evaluate(
      developer({
        euEstablished: 'no',
        licence: { ...OPEN_LICENCE, use: 'no', monetisation: ['price'] },
      }),
      AS_OF,
    );

  it('the summary names the first failure in a sentence of the reader’s language', async () => {
    const summary = failing().verdicts.openSource?.summary;
    expect(summary && (await loadTranslator('de')).t(summary)).toBe(
      'Nein, denn die Lizenz erlaubt keine freie Nutzung.',
    );
    expect(summary && (await loadTranslator('fr')).t(summary)).toBe(
      'Non\u00a0: la licence ne permet pas la libre utilisation.',
    );
  });

  it('the what-if lists every failure, joined by semicolons', async () => {
    const change = failing().counterfactuals.find((c) => c.id === 'open-source')?.change;
    expect(change && inEnglish(change)).toBe(
      'If none of the following were the case any more — the licence does not allow free use; the model is offered for a price —',
    );
    expect(change && (await loadTranslator('de')).t(change)).toBe(
      'Wenn keiner der folgenden Umstände mehr vorläge – die Lizenz erlaubt keine freie Nutzung; das Modell wird gegen Entgelt angeboten –,',
    );
    // The list's separator is the translator's: "; " today, "\u00a0; " if French typography is applied to lists.
    expect(change && (await loadTranslator('fr')).t(change)).toMatch(
      /^Si aucune des situations suivantes ne se présentait plus — la licence ne permet pas la libre utilisation\u00a0?; le modèle est proposé contre rémunération —$/,
    );
  });
});
