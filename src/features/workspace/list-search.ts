/**
 * The list's search, sort and filter as URL search params (`#/workspace?q=…&sort=deadline&dir=asc&status=draft
 * &archived=include&overdue=yes`), so that a reload or a shared bookmark keeps them. A plain function, no
 * schema library: the route's search check runs in the first load (ADR 0070). Anything unknown is dropped,
 * so a hand-edited address shows the default list rather than an error.
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
const SORTS: readonly SortKey[] = ['name', 'changed', 'deadline', 'status'];
const STATUSES: readonly StatusFilter[] = ['draft', 'complete', 'signed'];

/** The direction a column sorts in when first chosen: names A–Z, newest change first, nearest date first. */
export const DEFAULT_DIR: Record<SortKey, SortDir> = {
  name: 'asc',
  changed: 'desc',
  deadline: 'asc',
  status: 'asc',
};
export const DEFAULT_SORT: SortKey = 'changed';

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

export function validateListSearch(search: Record<string, unknown>): ListSearch {
  const out: ListSearch = {};
  // The router's parser turns a numeric-looking query ("2024") into a number: take it back as text.
  const q = typeof search.q === 'number' ? String(search.q) : search.q;
  if (typeof q === 'string' && q.trim() !== '') out.q = q.slice(0, MAX_QUERY_LENGTH);
  const sort = oneOf(search.sort, SORTS);
  if (sort) out.sort = sort;
  const dir = oneOf(search.dir, ['asc', 'desc'] as const);
  if (dir) out.dir = dir;
  const status = oneOf(search.status, STATUSES);
  if (status) out.status = status;
  const archived = oneOf(search.archived, ['include', 'only'] as const);
  if (archived) out.archived = archived;
  if (search.overdue === 'yes' || search.overdue === true) out.overdue = 'yes';
  return out;
}

/** The sort in force: the URL's, or the default; the direction defaults per column. */
export function effectiveSort(search: ListSearch): { key: SortKey; dir: SortDir } {
  const key = search.sort ?? DEFAULT_SORT;
  return { key, dir: search.dir ?? DEFAULT_DIR[key] };
}

/** The search after a click on a column's sort button: the same column flips, another starts at its default. */
export function toggledSort(search: ListSearch, key: SortKey): ListSearch {
  const current = effectiveSort(search);
  const dir: SortDir = current.key === key ? (current.dir === 'asc' ? 'desc' : 'asc') : DEFAULT_DIR[key];
  return { ...search, sort: key, dir };
}
