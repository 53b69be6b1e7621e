/** The list's sort: the default, each column's first direction, and a header click. */
import type { ListSearch, SortDir, SortKey } from './list-search';

/** The direction a column sorts in when first chosen: names A–Z, newest change first, nearest date first. */
export const DEFAULT_DIR: Record<SortKey, SortDir> = {
  name: 'asc',
  changed: 'desc',
  deadline: 'asc',
  status: 'asc',
};
export const DEFAULT_SORT: SortKey = 'changed';

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
