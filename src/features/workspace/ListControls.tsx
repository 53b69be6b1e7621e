import { useEffect, useState } from 'react';
import type { ListSearch, SortDir, SortKey } from './list-search';
import { effectiveSort } from './sorting';

const SORT_CHOICES: { value: `${SortKey}-${SortDir}`; label: string }[] = [
  { value: 'changed-desc', label: 'Last change, newest first' },
  { value: 'changed-asc', label: 'Last change, oldest first' },
  { value: 'name-asc', label: 'Name, A to Z' },
  { value: 'name-desc', label: 'Name, Z to A' },
  { value: 'deadline-asc', label: 'Next deadline, overdue and soonest first' },
  { value: 'deadline-desc', label: 'Next deadline, latest first' },
  { value: 'status-asc', label: 'Status, drafts first' },
  { value: 'status-desc', label: 'Status, signed first' },
];

const field = 'mt-1 block w-full border-2 border-slate-800 bg-white px-2 py-1.5';

/**
 * Search, filters and sort. Every change goes straight into the address (replacing the entry), so a reload or
 * a bookmark shows the same list. The sort is also a choice here, not only the column buttons: on a phone the
 * table's headers may be scrolled out of view.
 */
export function ListControls({
  search,
  onSearchChange,
}: {
  search: ListSearch;
  onSearchChange: (next: ListSearch) => void;
}) {
  // The box keeps what is typed (spaces included) while the address holds the trimmed query.
  const [text, setText] = useState(search.q ?? '');
  useEffect(() => {
    setText((current) => (current.trim() === (search.q ?? '').trim() ? current : (search.q ?? '')));
  }, [search.q]);
  const sort = effectiveSort(search);
  const set = (patch: Partial<ListSearch>) => {
    const next: ListSearch = { ...search, ...patch };
    for (const key of Object.keys(next) as (keyof ListSearch)[])
      if (next[key] === undefined) delete next[key];
    onSearchChange(next);
  };
  return (
    <search className="mt-8 block">
      <h2 className="sr-only">Search and filter</h2>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1.5fr]">
        <div>
          <label htmlFor="ws-search" className="font-semibold">
            Search name or owner
          </label>
          <input
            id="ws-search"
            type="search"
            value={text}
            maxLength={200}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setText(value);
              set({ q: value.trim() === '' ? undefined : value.trim() });
            }}
            className={field}
          />
        </div>
        <div>
          <label htmlFor="ws-status" className="font-semibold">
            Status
          </label>
          <select
            id="ws-status"
            value={search.status ?? ''}
            onChange={(e) => set({ status: (e.currentTarget.value || undefined) as ListSearch['status'] })}
            className={field}
          >
            <option value="">Any status</option>
            <option value="draft">Draft</option>
            <option value="complete">Complete</option>
            <option value="signed">Signed</option>
          </select>
        </div>
        <div>
          <label htmlFor="ws-archived" className="font-semibold">
            Archived
          </label>
          <select
            id="ws-archived"
            value={search.archived ?? ''}
            onChange={(e) =>
              set({ archived: (e.currentTarget.value || undefined) as ListSearch['archived'] })
            }
            className={field}
          >
            <option value="">Hide archived</option>
            <option value="include">Show archived too</option>
            <option value="only">Archived only</option>
          </select>
        </div>
        <div>
          <label htmlFor="ws-sort" className="font-semibold">
            Sort by
          </label>
          <select
            id="ws-sort"
            value={`${sort.key}-${sort.dir}`}
            onChange={(e) => {
              const [key, dir] = e.currentTarget.value.split('-') as [SortKey, SortDir];
              set({ sort: key, dir });
            }}
            className={field}
          >
            {SORT_CHOICES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="mt-3">
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            checked={search.overdue === 'yes'}
            onChange={(e) => set({ overdue: e.currentTarget.checked ? 'yes' : undefined })}
            className="h-5 w-5"
          />
          Overdue only
        </label>
      </p>
    </search>
  );
}
