import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
  MAX_AS_OF_LENGTH,
  MAX_RECORD_ID_LENGTH,
  MAX_SHARE_VALUE_LENGTH,
  validateReportSearch,
} from './-report-search';

describe('validateReportSearch (report route search check, no schema library)', () => {
  it('keeps a share value and a date that are strings of a sane length', () => {
    expect(validateReportSearch({ a: 'v2.ABC', asOf: '2026-11-30' })).toEqual({
      a: 'v2.ABC',
      asOf: '2026-11-30',
    });
  });

  it('leaves both out when absent, so the page falls back to the saved draft and today', () => {
    expect(validateReportSearch({})).toEqual({});
    expect(Object.keys(validateReportSearch({}))).toEqual([]);
  });

  it('keeps an empty share value (the page says the link has no answers in it)', () => {
    expect(validateReportSearch({ a: '' })).toEqual({ a: '' });
  });

  it('a share value at the length limit is kept; one character more becomes the "invalid" marker', () => {
    const atLimit = 'x'.repeat(MAX_SHARE_VALUE_LENGTH);
    expect(validateReportSearch({ a: atLimit }).a).toBe(atLimit);
    expect(validateReportSearch({ a: `${atLimit}x` }).a).toBe('invalid');
  });

  it('a share value that is not a string (the router parses a=123 as a number) becomes "invalid"', () => {
    for (const a of [123, 0, true, null, ['v2.A'], { v: 1 }]) {
      expect(validateReportSearch({ a }).a).toBe('invalid');
    }
  });

  it('a date at the length limit is kept; a longer or non-string date is dropped', () => {
    const atLimit = '2'.repeat(MAX_AS_OF_LENGTH);
    expect(validateReportSearch({ asOf: atLimit }).asOf).toBe(atLimit);
    expect(validateReportSearch({ asOf: `${atLimit}2` })).toEqual({});
    expect(validateReportSearch({ asOf: 20261130 })).toEqual({});
    expect(validateReportSearch({ a: 'v2.A', asOf: null })).toEqual({ a: 'v2.A' });
  });

  it('keeps an assessment id and a version id (the workspace report, issue #9)', () => {
    const id = '8f14e45f-ceea-467f-a0e6-0a8f3b1c2d4e';
    const v = '0b9d2c7a-1e3f-4a5b-8c6d-7e8f9a0b1c2d';
    expect(validateReportSearch({ id })).toEqual({ id });
    expect(validateReportSearch({ id, v, asOf: '2027-08-02' })).toEqual({ id, v, asOf: '2027-08-02' });
  });

  it('an id at the length limit is kept; a longer, empty or non-string one becomes "invalid" (never dropped)', () => {
    const atLimit = 'x'.repeat(MAX_RECORD_ID_LENGTH);
    expect(validateReportSearch({ id: atLimit }).id).toBe(atLimit);
    expect(validateReportSearch({ id: `${atLimit}x` }).id).toBe('invalid');
    expect(validateReportSearch({ v: `${atLimit}x` }).v).toBe('invalid');
    for (const bad of ['', 42, true, null, ['a'], { x: 1 }]) {
      expect(validateReportSearch({ id: bad }).id).toBe('invalid');
      expect(validateReportSearch({ id: 'a', v: bad }).v).toBe('invalid');
    }
  });

  it('drops any other search parameter', () => {
    expect(validateReportSearch({ a: 'v2.A', utm_source: 'x' })).toEqual({ a: 'v2.A' });
  });

  it('behaves exactly as the zod/mini schema it replaced, on arbitrary search objects', () => {
    const previous = z.object({
      a: z.catch(z.optional(z.string().check(z.maxLength(MAX_SHARE_VALUE_LENGTH))), 'invalid'),
      asOf: z.catch(z.optional(z.string().check(z.maxLength(MAX_AS_OF_LENGTH))), undefined),
    });
    const value = fc.oneof(
      fc.constant(undefined),
      fc.string({ maxLength: 8 }),
      fc.constantFrom('x'.repeat(MAX_AS_OF_LENGTH), 'x'.repeat(MAX_AS_OF_LENGTH + 1)),
      fc.constantFrom('x'.repeat(MAX_SHARE_VALUE_LENGTH), 'x'.repeat(MAX_SHARE_VALUE_LENGTH + 1)),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.record({ a: value, asOf: value, other: value }, { requiredKeys: [] }), (search) => {
        // toEqual: zod keeps a caught bad asOf as a present-but-undefined key; the router drops both alike.
        expect(validateReportSearch(search)).toEqual(previous.parse(search));
      }),
      { numRuns: 2000 },
    );
  });
});
