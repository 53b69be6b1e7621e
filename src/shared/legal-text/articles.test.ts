import { describe, expect, it } from 'vitest';
import { compactArticles } from './articles';

describe('compactArticles', () => {
  it('writes ranges of letters and keeps the report order', () => {
    expect(
      compactArticles([
        'art55_1_d',
        'art52_1',
        'art53_1_a',
        'art53_1_b',
        'art53_1_c',
        'art53_1_d',
        'art53_3',
        'art54',
        'art55_1_a',
        'art55_1_b',
        'art55_1_c',
      ]),
    ).toBe('Art. 53(1)(a)–(d), 53(3), 54, 52(1), 55(1)(a)–(d)');
  });
  it('lists short or broken runs one by one', () => {
    expect(compactArticles(['art53_1_c', 'art53_1_d', 'art53_3'])).toBe('Art. 53(1)(c), (d), 53(3)');
    expect(compactArticles(['art53_1_a', 'art53_1_c', 'art53_1_d'])).toBe('Art. 53(1)(a), (c), (d)');
  });
  it('says None for no obligations', () => {
    expect(compactArticles([])).toBe('None');
  });
  it('cites in German and French the way their versions of the Act do', () => {
    const all = ['art53_1_a', 'art53_1_b', 'art53_1_c', 'art53_1_d', 'art53_3', 'art54'] as const;
    expect(compactArticles(all, 'de')).toBe('Art. 53 Abs. 1 Buchst. a bis d, Art. 53 Abs. 3, Art. 54');
    expect(compactArticles(all, 'fr')).toBe(
      'article 53, paragraphe 1, point a) à d), article 53, paragraphe 3, article 54',
    );
    expect(compactArticles(['art53_1_c', 'art53_1_d', 'art52_1'], 'de')).toBe(
      'Art. 53 Abs. 1 Buchst. c, d, Art. 52 Abs. 1',
    );
    expect(compactArticles(['art53_1_c', 'art53_1_d'], 'fr')).toBe('article 53, paragraphe 1, point c), d)');
  });
});
