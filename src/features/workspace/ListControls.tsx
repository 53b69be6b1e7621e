import { useEffect, useState } from 'react';
import type { MessageId } from '../../i18n/message-id';
import { useTranslator } from '../../i18n/react';
import type { ListSearch, SortDir, SortKey } from './list-search';
import { effectiveSort } from './sorting';

const SORT_CHOICES: { value: `${SortKey}-${SortDir}`; label: MessageId }[] = [
  { value: 'changed-desc', label: 'workspace.sortChangedDesc' },
  { value: 'changed-asc', label: 'workspace.sortChangedAsc' },
  { value: 'name-asc', label: 'workspace.sortNameAsc' },
  { value: 'name-desc', label: 'workspace.sortNameDesc' },
  { value: 'deadline-asc', label: 'workspace.sortDeadlineAsc' },
  { value: 'deadline-desc', label: 'workspace.sortDeadlineDesc' },
  { value: 'status-asc', label: 'workspace.sortStatusAsc' },
  { value: 'status-desc', label: 'workspace.sortStatusDesc' },
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
  const tr = useTranslator();
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
      <h2 className="sr-only">{tr.m('workspace.searchAndFilter')}</h2>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1.5fr]">
        <div>
          <label htmlFor="ws-search" className="font-semibold">
            {tr.m('workspace.searchLabel')}
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
            {tr.m('workspace.filterStatus')}
          </label>
          <select
            id="ws-status"
            value={search.status ?? ''}
            onChange={(e) => set({ status: (e.currentTarget.value || undefined) as ListSearch['status'] })}
            className={field}
          >
            <option value="">{tr.m('workspace.anyStatus')}</option>
            <option value="draft">{tr.m('workspace.statusDraft')}</option>
            <option value="complete">{tr.m('workspace.statusComplete')}</option>
            <option value="signed">{tr.m('workspace.statusSigned')}</option>
          </select>
        </div>
        <div>
          <label htmlFor="ws-archived" className="font-semibold">
            {tr.m('workspace.filterArchived')}
          </label>
          <select
            id="ws-archived"
            value={search.archived ?? ''}
            onChange={(e) =>
              set({ archived: (e.currentTarget.value || undefined) as ListSearch['archived'] })
            }
            className={field}
          >
            <option value="">{tr.m('workspace.hideArchived')}</option>
            <option value="include">{tr.m('workspace.showArchivedToo')}</option>
            <option value="only">{tr.m('workspace.archivedOnly')}</option>
          </select>
        </div>
        <div>
          <label htmlFor="ws-sort" className="font-semibold">
            {tr.m('workspace.sortBy')}
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
                {tr.m(c.label)}
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
          {tr.m('workspace.overdueOnly')}
        </label>
      </p>
    </search>
  );
}
