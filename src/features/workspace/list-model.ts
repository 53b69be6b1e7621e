/**
 * The list's rows as plain data, and the search, filter and sort over them: pure and synchronous, so the page
 * memoises them and the benchmark measures them (bench/workspace-list.bench.ts). A row is built once per
 * record revision and day (a cache keyed by id, revision and today), so a change in another tab rebuilds one
 * row, not 500 — the status needs the draft's hash.
 */
import type { VerdictKey } from '../../engine/report';
import { type AssessmentStatus, assessmentStatus } from '../../shared/workspace/status';
import type { AssessmentRecord } from '../../shared/workspace/types';
import { deadlineSortKey, type NextDeadline, nextDeadline } from './deadline';
import type { ListSearch } from './list-search';
import { effectiveSort } from './sorting';
import { type VerdictBadge, verdictBadges } from './verdicts';

export interface ListRow {
  record: AssessmentRecord;
  status: AssessmentStatus;
  /** Null: never evaluated ("Not evaluated yet"). */
  badges: Record<VerdictKey, VerdictBadge> | null;
  deadline: NextDeadline | null;
  deadlineKey: string;
  /** Name and owner in lower case, for the search. */
  haystack: string;
}

const STATUS_ORDER: Record<AssessmentStatus, number> = { draft: 0, complete: 1, signed: 2 };

export function buildRow(record: AssessmentRecord, today: string): ListRow {
  const latest = record.latest;
  const deadline = latest ? nextDeadline(latest.result, today) : null;
  return {
    record,
    status: assessmentStatus(record),
    badges: latest ? verdictBadges(latest.result) : null,
    deadline,
    deadlineKey: deadlineSortKey(deadline),
    haystack: `${record.name}\n${record.owner}`.toLocaleLowerCase(),
  };
}

/** Builds rows, reusing those whose record revision and day are unchanged since the last call. */
export function createRowCache() {
  let cache = new Map<string, ListRow>();
  return (records: readonly AssessmentRecord[], today: string): ListRow[] => {
    const next = new Map<string, ListRow>();
    const rows = records.map((record) => {
      const key = `${record.id}\u0000${record.rev}\u0000${record.updatedAt}\u0000${today}`;
      const row = cache.get(key) ?? buildRow(record, today);
      next.set(key, row);
      return row;
    });
    cache = next;
    return rows;
  };
}

export function isOverdue(row: ListRow): boolean {
  return row.deadline?.kind === 'overdue';
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compare(a: ListRow, b: ListRow, key: ListSearch['sort']): number {
  switch (key) {
    case 'name':
      return collator.compare(a.record.name, b.record.name);
    case 'changed':
      return a.record.updatedAt < b.record.updatedAt ? -1 : a.record.updatedAt > b.record.updatedAt ? 1 : 0;
    case 'deadline':
      return a.deadlineKey < b.deadlineKey ? -1 : a.deadlineKey > b.deadlineKey ? 1 : 0;
    case 'status':
      return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    default:
      return 0;
  }
}

/** Search (every word in the name or owner), filter (status, archived, overdue), then a stable sort. */
export function visibleRows(rows: readonly ListRow[], search: ListSearch): ListRow[] {
  const words = (search.q ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const kept = rows.filter((row) => {
    const archived = row.record.archived;
    if (search.archived === 'only' ? !archived : search.archived !== 'include' && archived) return false;
    if (search.status && row.status !== search.status) return false;
    if (search.overdue && !isOverdue(row)) return false;
    return words.every((w) => row.haystack.includes(w));
  });
  const { key, dir } = effectiveSort(search);
  const sign = dir === 'asc' ? 1 : -1;
  // Ties fall back to the name, then the id, so the order never depends on the database's order.
  return kept.sort(
    (a, b) =>
      sign * compare(a, b, key) ||
      collator.compare(a.record.name, b.record.name) ||
      (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0),
  );
}
