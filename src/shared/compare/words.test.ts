import { describe, expect, it } from 'vitest';
import { comparableSummary, compare, compareAnswers } from '../../engine/compare';
import { evaluate } from '../../engine/evaluate';
import { AS_OF, developer } from '../../engine/test-helpers';
import { english } from '../../i18n/all';
import { loadTranslator } from '../../i18n/load';
import { reasonLines, wordComparison } from './words';

const labels = { a: 'A file', b: 'B file' };
const withFlop = (flop: number) => developer({ compute: { parameterUpdateFlop: flop } });

describe('wordComparison', () => {
  it('R32: answers in words with "Not asked" for a question one side skips; verdict, obligations and dates worded', () => {
    const w = wordComparison(compareAnswers(withFlop(5e24), withFlop(2e25), AS_OF), labels, english);
    expect(w.noDifference).toBeNull();
    expect(w.setting).toEqual([
      'Both evaluated as of 25 November 2026.',
      expect.stringMatching(/^Both under rules version /u),
    ]);
    expect(w.answers.some((x) => x.from === 'Not asked or not answered')).toBe(true);
    expect(w.results.map((s) => s.heading)).toEqual(['Verdicts', 'Obligations', 'Dates']);
    expect(w.results[0]?.rows[0]).toMatchObject({ what: 'Systemic risk', from: 'No', to: 'Presumed' });
    const art55 = w.results[1]?.rows.find((r) => r.what.startsWith('Art. 55(1)(a)'));
    expect(art55).toMatchObject({ from: 'Does not apply', to: 'In force, applies from 1 September 2025' });
    expect(w.results[2]?.rows[0]).toMatchObject({
      what: 'Art. 52(1) notification deadline',
      from: 'None',
      to: '15 September 2025',
    });
    const step = w.results[0]?.rows[0]?.because.find((r) => r.kind === 'step');
    expect(step && reasonLines(step, english)).toEqual([
      expect.stringMatching(/^R32: /u),
      expect.stringMatching(/^A: 5 × 10²⁴ FLOP — No/u),
      expect.stringMatching(/^B: 2 × 10²⁵ FLOP — Yes/u),
    ]);
  });

  it('a side recorded under older rules says its reasons were not kept; two dates are named', () => {
    const answers = withFlop(2e25);
    const recorded = {
      summary: comparableSummary(evaluate(withFlop(5e24), AS_OF)),
      rulesVersion: '2026.11.1',
    };
    const w = wordComparison(
      compare({ answers, asOf: AS_OF, recorded }, { answers, asOf: '2026-12-01' }),
      labels,
      english,
    );
    expect(w.setting[0]).toBe('Evaluated as of 25 November 2026 (A) and 1 December 2026 (B).');
    expect(w.setting).toContainEqual(
      expect.stringMatching(/^A is the result as recorded under rules 2026\.11\.1; the reasons/u),
    );
  });

  it('"No difference" only when neither the answers nor the result differ', () => {
    expect(
      wordComparison(compareAnswers(withFlop(5e24), withFlop(5e24), AS_OF), labels, english).noDifference,
    ).toBe('No difference: the answers and the result are the same.');
    const sameResult = wordComparison(compareAnswers(withFlop(5e24), withFlop(6e24), AS_OF), labels, english);
    expect(sameResult.noDifference).toBeNull();
    expect(sameResult.results).toEqual([]);
  });

  it("R67: worded in the translator's language — the setting, a date in German, the French spacing", async () => {
    const answers = developer({
      placing: { channels: ['api'], euAvailability: 'direct', placingDate: '2026-06-01' },
    });
    const c = compareAnswers(answers, answers, '2026-01-15', '2026-09-01');
    const de = wordComparison(c, labels, await loadTranslator('de'));
    expect(de.setting[0]).toBe('Bewertet zum 15. Januar 2026 (A) und zum 1. September 2026 (B).');
    expect(de.results.map((s) => [s.key, s.heading])).toEqual([['obligations', 'Pflichten']]);
    expect(de.results[0]?.title).toMatch(/^Abweichende Pflichten \(\d+\)$/u);
    expect(de.results[0]?.rows[0]).toMatchObject({
      from: 'Bevorstehend, gilt ab 1. Juni 2026',
      to: 'In Kraft, gilt ab 1. Juni 2026',
    });
    const fr = wordComparison(c, labels, await loadTranslator('fr'));
    expect(fr.setting[1]).toMatch(/^Les deux selon la version des règles /u);
    const why = fr.results[0]?.rows[0]?.because[0];
    expect(why && reasonLines(why, await loadTranslator('fr'))).toEqual([
      'La date de référence diffère (15 janvier 2026 contre 1er septembre 2026)\u00a0: le calendrier suffit à expliquer le changement.',
    ]);
  });
});
