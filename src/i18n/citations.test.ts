/** Issue #11: citations follow each official language version's style (docs/glossary.md). */
import { describe, expect, it } from 'vitest';
import { annex, art, cop, gl, omni, rec, tpl } from '../engine/sources';
import { citationText, sourceUrl } from './citations';

describe('citationText', () => {
  it.each([
    [art('53(1)(a)'), 'Art. 53(1)(a)', 'Art. 53 Abs. 1 Buchst. a', 'article 53, paragraphe 1, point a)'],
    [art('3(63)'), 'Art. 3(63)', 'Art. 3 Nr. 63', 'article 3, point 63)'],
    [art('3(49)(a)'), 'Art. 3(49)(a)', 'Art. 3 Nr. 49 Buchst. a', 'article 3, point 49), a)'],
    [art('52(2)–(3)'), 'Art. 52(2)–(3)', 'Art. 52 Abs. 2 bis 3', 'article 52, paragraphe 2 à 3'],
    [
      art('55(1)(a)–(d)'),
      'Art. 55(1)(a)–(d)',
      'Art. 55 Abs. 1 Buchst. a bis d',
      'article 55, paragraphe 1, point a) à d)',
    ],
    [art('113(b)'), 'Art. 113(b)', 'Art. 113 Buchst. b', 'article 113, point b)'],
    [art('75a'), 'Art. 75a', 'Art. 75a', 'article 75a'],
    [rec(97), 'Rec. 97', 'Erwägungsgrund 97', 'considérant 97'],
    [annex('XI', 'Section 2'), 'Annex XI Section 2', 'Anhang XI Abschnitt 2', 'annexe XI, section 2'],
    [gl('§3.2'), 'GL §3.2', 'Leitlinien Abschn. 3.2', 'lignes directrices, section 3.2'],
    [gl('¶60'), 'GL ¶60', 'Leitlinien Rn. 60', 'lignes directrices, point 60'],
    [
      cop('Transparency'),
      'Code of Practice, Transparency chapter',
      'Praxisleitfaden, Kapitel „Transparenz“',
      'code de bonnes pratiques, chapitre « Transparence »',
    ],
    [
      omni('Art. 1(20)'),
      'Reg. (EU) 2026/1744 Art. 1(20)',
      'Verordnung (EU) 2026/1744 Art. 1 Abs. 20',
      'règlement (UE) 2026/1744 article 1, paragraphe 20',
    ],
  ])('%o', (citation, en, de, fr) => {
    expect(citationText(citation, 'en')).toBe(en);
    expect(citationText(citation, 'de')).toBe(de);
    expect(citationText(citation, 'fr')).toBe(fr);
  });

  it('names the training-content template in each language', () => {
    expect(citationText(tpl(), 'de')).toContain('Vorlage');
    expect(citationText(tpl(), 'fr')).toContain('modèle');
  });
});

describe('sourceUrl: EUR-Lex in the reader’s language (issue #11)', () => {
  it('opens the AI Act and its consolidated version in the cited language version', () => {
    expect(sourceUrl('https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng', 'de')).toBe(
      'https://eur-lex.europa.eu/eli/reg/2024/1689/oj/deu',
    );
    expect(sourceUrl('https://eur-lex.europa.eu/eli/reg/2024/1689/2026-07-27/eng', 'fr')).toBe(
      'https://eur-lex.europa.eu/eli/reg/2024/1689/2026-07-27/fra',
    );
    // A citation's address points at its article: the anchor stays.
    expect(sourceUrl('https://eur-lex.europa.eu/eli/reg/2024/1689/2026-07-27/eng#art_53', 'de')).toBe(
      'https://eur-lex.europa.eu/eli/reg/2024/1689/2026-07-27/deu#art_53',
    );
    expect(sourceUrl('https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng', 'en')).toBe(
      'https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng',
    );
  });

  it('switches the language of an older EUR-Lex address, and leaves every other address alone', () => {
    expect(
      sourceUrl('https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32021D0528(01)&rid=1', 'fr'),
    ).toBe('https://eur-lex.europa.eu/legal-content/FR/TXT/HTML/?uri=CELEX:32021D0528(01)&rid=1');
    const other = 'https://digital-strategy.ec.europa.eu/en/policies/ai-code-practice';
    expect(sourceUrl(other, 'de')).toBe(other);
    expect(sourceUrl('http://data.europa.eu/eli/reg/2026/1744/oj', 'de')).toBe(
      'http://data.europa.eu/eli/reg/2026/1744/oj',
    );
  });
});
