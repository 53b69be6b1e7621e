import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../i18n/english';
import { SYSTEMIC_RISK_THRESHOLD_FLOP } from '../compute';
import { evaluate } from '../evaluate';
import { AS_OF, developer } from '../test-helpers';
import { diffSummaries, GENERAL_RULES } from './diff-summaries';
import { comparableSummary } from './summary';

const at = (flop: number, asOf = AS_OF) =>
  evaluate(developer({ compute: { parameterUpdateFlop: flop } }), asOf);

describe('diffSummaries', () => {
  it('R32: the same result twice is "same", with no change listed', () => {
    const r = at(5e24);
    const diff = diffSummaries(comparableSummary(r), comparableSummary(at(5e24)), { a: r, b: r });
    expect(diff).toEqual({ verdicts: [], role: null, obligations: [], deadlines: [], same: true });
  });

  it('R32: compute just above 10^25 FLOP flips systemic risk to Presumed, named by the verdict rules', () => {
    const a = at(SYSTEMIC_RISK_THRESHOLD_FLOP);
    const b = at(SYSTEMIC_RISK_THRESHOLD_FLOP * 1.001);
    const diff = inEnglish(diffSummaries(comparableSummary(a), comparableSummary(b), { a, b }));
    expect(diff.same).toBe(false);
    expect(diff.verdicts.map((v) => [v.key, v.from.label, v.to.label])).toEqual([
      ['systemicRisk', 'No', 'Presumed'],
    ]);
    expect(diff.verdicts[0]?.rules).toContain('R32');
    expect(diff.role).toBeNull();
  });

  it('R63, R62: systemic risk adds the Art. 55 obligations and the Art. 52(1) notification, with their rules', () => {
    const a = at(5e24);
    const b = at(2e25);
    const diff = diffSummaries(comparableSummary(a), comparableSummary(b), { a, b });
    const added = diff.obligations.filter((o) => o.change === 'added');
    expect(added.map((o) => o.id)).toEqual(['art52_1', 'art55_1_a', 'art55_1_b', 'art55_1_c', 'art55_1_d']);
    expect(added.find((o) => o.id === 'art55_1_a')?.rules).toEqual(expect.arrayContaining(['R63', 'R34']));
    // The notification's rules come from side B's obligation and side A's "not applicable" entry.
    expect(added.find((o) => o.id === 'art52_1')?.rules).toEqual(
      expect.arrayContaining(['R32', 'R62', 'R89']),
    );
    expect(added[0]?.from).toBeNull();
    expect(added[0]?.fields).toEqual(['status', 'appliesFrom', 'dueBy']);
    // R56: Art. 53(1)(a) stays, with the same status and dates: not a change.
    expect(diff.obligations.some((o) => o.id === 'art53_1_a')).toBe(false);
    expect(diff.deadlines).toEqual([
      {
        key: 'notificationDeadline',
        from: null,
        to: '2025-09-15',
        rules: expect.arrayContaining(['R35', 'R87']),
      },
    ]);
  });

  it('R32 reversed: B below the threshold lists the same obligations as removed', () => {
    const a = at(2e25);
    const b = at(5e24);
    const diff = diffSummaries(comparableSummary(a), comparableSummary(b), { a, b });
    expect(diff.obligations.filter((o) => o.change === 'removed').map((o) => o.id)).toContain('art55_1_d');
    expect(diff.deadlines[0]).toMatchObject({ from: '2025-09-15', to: null });
  });

  it('R67: a later placing date changes applies-from of every obligation and the compliance deadline', () => {
    const a = evaluate(
      developer({ placing: { channels: ['api'], euAvailability: 'direct', placingDate: '2025-09-01' } }),
      AS_OF,
    );
    const b = evaluate(
      developer({ placing: { channels: ['api'], euAvailability: 'direct', placingDate: '2027-01-04' } }),
      AS_OF,
    );
    const diff = diffSummaries(comparableSummary(a), comparableSummary(b), { a, b });
    const changed = diff.obligations.find((o) => o.id === 'art53_1_b');
    expect(changed).toMatchObject({ change: 'changed', fields: ['status', 'appliesFrom', 'dueBy'] });
    expect(changed?.from?.status).toBe('in-force');
    expect(changed?.to?.status).toBe('upcoming');
    expect(diff.deadlines).toEqual([
      {
        key: 'complianceDeadline',
        from: '2025-09-01',
        to: '2027-01-04',
        rules: GENERAL_RULES.complianceDeadline,
      },
    ]);
  });

  it('without reports (a stored result under older rules) the general rules and the catalogue stand in', () => {
    const diff = diffSummaries(comparableSummary(at(5e24)), comparableSummary(at(2e25)));
    expect(diff.verdicts[0]?.rules).toEqual(GENERAL_RULES.systemicRisk);
    expect(diff.obligations.find((o) => o.id === 'art55_1_a')?.rules).toEqual(['R63']);
  });

  it('an ambiguity appearing is a verdict change even when the badge keeps its label', () => {
    const a = inEnglish(comparableSummary(at(5e24)));
    const b = structuredClone(a);
    b.verdicts.provider.ambiguous = true;
    const diff = diffSummaries(a, b);
    expect(diff.verdicts).toEqual([
      {
        key: 'provider',
        from: { label: 'Yes', ambiguous: false },
        to: { label: 'Yes', ambiguous: true },
        rules: GENERAL_RULES.provider,
      },
    ]);
  });

  it('R23: a role change is listed with the provider verdict rules', () => {
    const a = comparableSummary(at(5e24));
    const b = structuredClone(a);
    b.role = 'modification-provider';
    expect(diffSummaries(a, b).role).toEqual({
      from: 'provider',
      to: 'modification-provider',
      rules: GENERAL_RULES.role,
    });
  });
});
