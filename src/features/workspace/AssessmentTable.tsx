import { memo } from 'react';
import type { MessageId } from '../../i18n/message-id';
import { useTranslator } from '../../i18n/react';
import { richText } from '../../i18n/rich';
import type { Translator } from '../../i18n/translator';
import { Badge } from './Badge';
import type { NextDeadline } from './deadline';
import type { ListRow } from './list-model';
import type { SortDir, SortKey } from './list-search';
import { RulesMark } from './RulesMark';
import { todayIso } from './today';
import { VERDICT_HEADINGS, VERDICT_ORDER, verdictLabel } from './verdicts';

export type RowAction = 'duplicate' | 'rename' | 'archive' | 'delete';

export interface AssessmentTableProps {
  rows: readonly ListRow[];
  /** Words after "Assessments" in the caption: "(3 of 12 shown)". */
  captionDetail: string;
  sort: { key: SortKey; dir: SortDir };
  onSort: (key: SortKey) => void;
  onAction: (action: RowAction, row: ListRow) => void;
}

/** The local calendar date of a timestamp, as the app writes dates ("30 November 2026"). */
export function localDate(timestamp: string, tr: Translator): string {
  const d = new Date(timestamp);
  return Number.isNaN(d.getTime()) ? '' : tr.date(todayIso(d));
}

/**
 * The register as one table: a caption, column and row headers, `aria-sort` on the sorted column, sort buttons
 * in the headers. It scrolls inside a labelled, focusable region when the screen is narrower than the table
 * (phones), so the page itself never overflows; the region is `relative` so that the screen-reader-only
 * words (absolutely positioned) are clipped with the table instead of widening the page.
 */
export function AssessmentTable({ rows, captionDetail, sort, onSort, onAction }: AssessmentTableProps) {
  const tr = useTranslator();
  const sortable = (key: SortKey, label: string) => (
    <SortHeader key={key} sortKey={key} label={label} sort={sort} onSort={onSort} />
  );
  return (
    <section
      aria-labelledby="assessments-caption"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it
      tabIndex={0}
      className="workspace-table relative mt-4 max-w-full overflow-x-auto"
    >
      <table className="w-full min-w-[70rem] border-collapse text-left text-sm">
        <caption id="assessments-caption" className="mb-2 text-left text-base font-semibold">
          {tr.m('workspace.caption')} <span className="font-normal">{captionDetail}</span>
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-800 align-bottom">
            {sortable('name', tr.m('workspace.colAssessment'))}
            {VERDICT_ORDER.map((key) => (
              <th key={key} scope="col" className="px-2 py-2 font-semibold">
                {tr.m(VERDICT_HEADINGS[key])}
              </th>
            ))}
            {sortable('deadline', tr.m('workspace.colDeadline'))}
            {sortable('status', tr.m('workspace.colStatus'))}
            <th scope="col" className="px-2 py-2 font-semibold">
              {tr.m('workspace.colOwner')}
            </th>
            {sortable('changed', tr.m('workspace.colChanged'))}
            <th scope="col" className="px-2 py-2 font-semibold">
              {tr.m('workspace.colActions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.record.id} row={row} onAction={onAction} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function SortHeader({
  sortKey,
  label,
  sort,
  onSort,
}: {
  sortKey: SortKey;
  label: string;
  sort: { key: SortKey; dir: SortDir };
  onSort: (key: SortKey) => void;
}) {
  const active = sort.key === sortKey;
  return (
    <th
      scope="col"
      aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
      className="px-2 py-2"
    >
      <button
        type="button"
        onClick={() => onSort(sortKey)}
        className="inline-flex items-center gap-1 text-left font-semibold underline decoration-slate-400 underline-offset-2 hover:decoration-2"
      >
        {label}
        <span aria-hidden="true" className="text-xs">
          {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

const STATUS_BADGE = {
  draft: { tone: 'unknown', icon: 'clock', words: 'workspace.statusDraft' },
  complete: { tone: 'positive', icon: 'check', words: 'workspace.statusComplete' },
  signed: { tone: 'positive', icon: 'check', words: 'workspace.statusSigned' },
} as const;

/** One row; memoised so that typing in the search or a change to another row re-renders only what changed. */
const Row = memo(function Row({
  row,
  onAction,
}: {
  row: ListRow;
  onAction: (action: RowAction, row: ListRow) => void;
}) {
  const tr = useTranslator();
  const { record, badges, status } = row;
  const statusBadge = STATUS_BADGE[status];
  return (
    <tr className="border-b border-slate-300 align-top" data-assessment={record.id}>
      <th scope="row" className="min-w-36 px-2 py-2 font-normal">
        <a
          href={`#/workspace/${encodeURIComponent(record.id)}`}
          className="font-semibold text-accent underline underline-offset-2 [overflow-wrap:anywhere]"
        >
          {record.name || tr.m('workspace.untitled')}
        </a>
        {record.archived ? (
          <span className="mt-1 block text-xs text-slate-700">{tr.m('workspace.rowArchived')}</span>
        ) : null}
      </th>
      {badges ? (
        VERDICT_ORDER.map((key) => (
          <td key={key} className="px-2 py-2" data-verdict={key}>
            <span className="flex flex-wrap gap-1">
              <Badge tone={badges[key].tone} icon={badges[key].icon}>
                {verdictLabel(tr, badges[key].label)}
              </Badge>
              {badges[key].ambiguous ? (
                <Badge tone="caution" icon="help">
                  {tr.m('workspace.ambiguous')}
                </Badge>
              ) : null}
            </span>
          </td>
        ))
      ) : (
        <td colSpan={4} className="px-2 py-2 text-slate-700" data-verdict="none">
          {tr.m('workspace.notEvaluatedYet')}
        </td>
      )}
      <td className="px-2 py-2" data-deadline={row.deadline?.kind ?? 'not-evaluated'}>
        <DeadlineCell deadline={row.deadline} />
      </td>
      <td className="px-2 py-2" data-status={status}>
        <Badge tone={statusBadge.tone} icon={statusBadge.icon}>
          {tr.m(statusBadge.words)}
        </Badge>
        {status === 'draft' && record.latest ? (
          <span className="mt-1 block text-xs text-slate-700">
            {tr.m('workspace.changedSinceVersion', { seq: record.latest.seq })}
          </span>
        ) : null}
        <RulesMark record={record} />
      </td>
      <td className="px-2 py-2 [overflow-wrap:anywhere]">
        {record.owner || <span className="text-slate-700">{tr.m('workspace.ownerNotSet')}</span>}
      </td>
      <td className="px-2 py-2 whitespace-nowrap">
        <time dateTime={record.updatedAt}>{localDate(record.updatedAt, tr)}</time>
      </td>
      <td className="px-2 py-2">
        <RowActions row={row} onAction={onAction} />
      </td>
    </tr>
  );
});

function DeadlineCell({ deadline }: { deadline: NextDeadline | null }) {
  const tr = useTranslator();
  const { t } = tr;
  if (deadline === null) return <span className="text-slate-700">{tr.m('workspace.notEvaluated')}</span>;
  switch (deadline.kind) {
    case 'overdue': {
      const { earliest, count } = deadline;
      return (
        <span className="flex flex-col items-start gap-1">
          <Badge tone="negative" icon="alert">
            {tr.m('workspace.overdue')}
          </Badge>
          <span className="font-medium text-red-900">
            {t(earliest.article)}
            {earliest.date
              ? richText(
                  tr,
                  'workspace.dueOn',
                  {},
                  {
                    date: <time dateTime={earliest.date}>{tr.date(earliest.date)}</time>,
                  },
                )
              : tr.m('workspace.dueNow')}
          </span>
          {count > 1 ? (
            <span className="text-xs text-red-900">{tr.m('workspace.moreOverdue', { n: count - 1 })}</span>
          ) : null}
        </span>
      );
    }
    case 'ahead':
      return (
        <span className="flex flex-col items-start">
          <time dateTime={deadline.next.date ?? undefined} className="whitespace-nowrap font-medium">
            {deadline.next.date ? tr.date(deadline.next.date) : ''}
          </time>
          <span className="text-xs text-slate-700">{t(deadline.next.article)}</span>
        </span>
      );
    case 'unknown':
      return (
        <Badge tone="unknown" icon="help">
          {tr.m('workspace.dateUnknown')}
        </Badge>
      );
    case 'none':
      return (
        <span className="text-slate-700">
          {deadline.obligations > 0 ? tr.m('workspace.noDatesAhead') : tr.m('workspace.noObligations')}
        </span>
      );
  }
}

const ACTION_LABEL: Record<RowAction, MessageId> = {
  duplicate: 'workspace.actionDuplicate',
  rename: 'workspace.actionRename',
  archive: 'workspace.actionArchive',
  delete: 'workspace.actionDelete',
};

function RowActions({
  row,
  onAction,
}: {
  row: ListRow;
  onAction: (action: RowAction, row: ListRow) => void;
}) {
  const tr = useTranslator();
  const name = row.record.name || tr.m('workspace.untitled');
  // The menu closes as an action is chosen, and focus goes back to its summary: that is where the dialog
  // returns it, and an open menu would otherwise stay open behind the dialog.
  const choose = (action: RowAction) => (e: React.MouseEvent<HTMLButtonElement>) => {
    const details = e.currentTarget.closest('details');
    if (details) {
      details.open = false;
      details.querySelector('summary')?.focus();
    }
    onAction(action, row);
  };
  const item =
    'block w-full px-3 py-1.5 text-left underline underline-offset-2 hover:bg-slate-100 focus-visible:bg-slate-100';
  return (
    <details className="workspace-actions">
      <summary className="cursor-pointer whitespace-nowrap font-semibold text-accent underline underline-offset-2">
        {tr.m('workspace.actions')}
        <span className="sr-only">{tr.m('workspace.actionsFor', { name })}</span>
      </summary>
      <ul className="mt-1 min-w-32 border border-slate-300 bg-white py-1">
        {(['duplicate', 'rename', 'archive', 'delete'] as const).map((action) => {
          const label = tr.m(
            action === 'archive' && row.record.archived ? 'workspace.actionUnarchive' : ACTION_LABEL[action],
          );
          return (
            <li key={action}>
              {/* The visible word starts the accessible name; the name after it says which row. */}
              <button
                type="button"
                aria-label={tr.m('workspace.actionOn', { action: label, name })}
                className={action === 'delete' ? `${item} text-red-900` : item}
                onClick={choose(action)}
              >
                {label}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
