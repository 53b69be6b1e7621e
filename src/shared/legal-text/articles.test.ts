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
});
