import { describe, expect, it } from 'vitest';
import { compareAnswers } from '../engine/compare';
import { AS_OF, developer } from '../engine/test-helpers';
import { english } from '../i18n/all';
import { wordComparison } from '../shared/compare/words';
import { buildComparisonPdf } from './compare-pdf';
import { extractPdfText, readFonts } from './test-helpers';

const labels = { a: 'Łódź AI — version 1', b: 'Łódź AI — current draft' };
const withFlop = (flop: number) => developer({ compute: { parameterUpdateFlop: flop } });

describe('buildComparisonPdf', { timeout: 60_000 }, () => {
  it('R32: the FLOP answer on each side, the systemic-risk change with its rules and the reason', async () => {
    const c = wordComparison(compareAnswers(withFlop(5e24), withFlop(2e25), AS_OF), labels, english);
    const text = (await extractPdfText(buildComparisonPdf(c, '30 November 2026', readFonts(), english))).join(
      '\n',
    );
    expect(text).toContain('A: Łódź AI — version 1');
    expect(text).toContain('Answers that differ');
    expect(text).toContain('B: 2 × 10²⁵ FLOP');
    expect(text).toContain('Verdicts that differ (1)');
    expect(text).toMatch(/Rules: R31, R32, R33/u);
    expect(text).toContain('Art. 55(1)(a)');
    expect(text).toContain('Not legal advice.');
  });

  it('says "No difference" plainly when nothing differs', async () => {
    const c = wordComparison(compareAnswers(withFlop(5e24), withFlop(5e24), AS_OF), labels, english);
    const text = (await extractPdfText(buildComparisonPdf(c, '30 November 2026', readFonts(), english))).join(
      '\n',
    );
    expect(text).toContain('No difference: the answers and the result are the same.');
    expect(text).not.toContain('Answers that differ');
  });
});
