import { describe, expect, it } from 'vitest';
import { MAX_REF_LENGTH, validateCompareSearch } from './-compare-search';

describe('validateCompareSearch', () => {
  it('keeps strings of a sane length and drops the rest (the page explains a ref it cannot read)', () => {
    expect(validateCompareSearch({ a: 'v:1', b: 'd:2', asOfA: '2026-01-15', asOfB: 'nonsense' })).toEqual({
      a: 'v:1',
      b: 'd:2',
      asOfA: '2026-01-15',
      asOfB: 'nonsense',
    });
    expect(validateCompareSearch({ a: 7, b: 'x'.repeat(MAX_REF_LENGTH + 1), asOfA: '' })).toEqual({});
    expect(validateCompareSearch({ a: 'x'.repeat(MAX_REF_LENGTH) }).a).toHaveLength(MAX_REF_LENGTH);
  });
});
