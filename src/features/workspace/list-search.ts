/**
 * The list's search, sort and filter as URL search params (`#/workspace?q=…&sort=deadline&dir=asc&status=draft
 * &archived=include&overdue=yes`), so that a reload or a shared bookmark keeps them. A plain function, no
 * schema library: the route's search check runs in the first load (ADR 0070), so this file holds only the
 * check (the sorting helpers are in ./sorting.ts, in the page's lazy chunk). Anything unknown is dropped, so a
 * hand-edited address shows the default list rather than an error.
 */
export type SortKey = 'name' | 'changed' | 'deadline' | 'status';
export type SortDir = 'asc' | 'desc';
export type StatusFilter = 'draft' | 'complete' | 'signed';
/** Archived assessments: hidden (default), shown with the others, or shown alone. */
export type ArchivedFilter = 'include' | 'only';

export interface ListSearch {
  q?: string;
  sort?: SortKey;
  dir?: SortDir;
  status?: StatusFilter;
  archived?: ArchivedFilter;
  overdue?: 'yes';
}

export const MAX_QUERY_LENGTH = 200;
// One pattern per value, in the fewest bytes: this check is part of the first load (budget 96 KB gz).
const ALLOWED: Record<string, RegExp> = {
  sort: /^(name|changed|deadline|status)$/,
  dir: /^(asc|desc)$/,
  status: /^(draft|complete|signed)$/,
  archived: /^(include|only)$/,
};

export function validateListSearch(search: Record<string, unknown>): ListSearch {
  const out: Record<string, string> = {};
  // The router's parser turns a numeric-looking query ("2024") into a number: take it back as text.
  const q = search.q;
  if ((typeof q === 'string' || typeof q === 'number') && String(q).trim() !== '')
    out.q = String(q).slice(0, MAX_QUERY_LENGTH);
  for (const key in ALLOWED) {
    const value = search[key];
    if (typeof value === 'string' && ALLOWED[key]?.test(value)) out[key] = value;
  }
  if (search.overdue === 'yes' || search.overdue === true) out.overdue = 'yes';
  return out as ListSearch;
}
