/**
 * `#/compare?a=<ref>&b=<ref>[&asOfA=YYYY-MM-DD][&asOfB=YYYY-MM-DD]` (ADR 0096), checked by a plain function
 * so the first load carries no schema library. Values are kept when they are strings of a sane length; the
 * page reads them (src/features/compare/refs.ts) and says in words what is wrong with one it cannot use.
 */
export type CompareSearch = { a?: string; b?: string; asOfA?: string; asOfB?: string };

/** A ref is a letter, a colon and a record id (a UUID); anything far longer is not one of ours. */
export const MAX_REF_LENGTH = 120;
export const MAX_AS_OF_LENGTH = 40;

const KEYS = ['a', 'b', 'asOfA', 'asOfB'] as const;

export function validateCompareSearch(search: Record<string, unknown>): CompareSearch {
  const out: CompareSearch = {};
  for (const key of KEYS) {
    const value = search[key];
    const max = key.length === 1 ? MAX_REF_LENGTH : MAX_AS_OF_LENGTH;
    if (typeof value === 'string' && value.length > 0 && value.length <= max) out[key] = value;
  }
  return out;
}
