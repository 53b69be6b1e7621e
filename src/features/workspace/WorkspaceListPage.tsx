import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useTranslator } from '../../i18n/react';
import { richText } from '../../i18n/rich';
import type { Translator } from '../../i18n/translator';
import { createAssessment, updateAssessment } from '../../shared/workspace/store';
import type { AssessmentRecord } from '../../shared/workspace/types';
import { ActionDialog, type DialogState } from './ActionDialog';
import { AssessmentTable, type RowAction } from './AssessmentTable';
import { errorMessage, isConflict } from './errors';
import { ListControls } from './ListControls';
import { createRowCache, type ListRow, visibleRows } from './list-model';
import type { ListSearch, SortKey } from './list-search';
import { type ListNotice, NoticeArea } from './NoticeArea';
import { effectiveSort, toggledSort } from './sorting';
import { todayIso } from './today';
import { useAssessments } from './useAssessments';

/** Rows listed before "Show all": enough for a team's register at a glance, cheap to render. */
export const FIRST_PAGE = 100;

export interface WorkspaceListPageProps {
  search: ListSearch;
  /** Replaces the search in the address (no new history entry per keystroke). */
  onSearchChange: (next: ListSearch) => void;
  /** Opens a newly created assessment's first question. */
  onOpenNew: (id: string) => void;
  /** Rows listed before "Show all" (tests pass a small number). */
  firstPage?: number;
}

/**
 * `#/workspace`: every assessment kept in this browser, with its verdicts, next deadline, status, owner and
 * last change; search, sort and filter kept in the address; new, duplicate, rename, archive, delete (with a
 * confirmation naming what goes, then an undo that stays until the next action or a dismissal).
 */
export function WorkspaceListPage({
  search,
  onSearchChange,
  onOpenNew,
  firstPage = FIRST_PAGE,
}: WorkspaceListPageProps) {
  const tr = useTranslator();
  useDocumentTitle(tr.m('workspace.title'));
  const { records, error, reload } = useAssessments();
  const [today] = useState(() => todayIso());
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [notice, setNotice] = useState<ListNotice | null>(null);
  const [creating, setCreating] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);

  const rowCache = useMemo(() => createRowCache(), []);
  const rows = useMemo(() => (records ? rowCache(records, today) : []), [records, rowCache, today]);
  // Typing in the search box stays responsive with hundreds of rows: the table follows a moment later.
  const deferredSearch = useDeferredValue(search);
  const shown = useMemo(() => visibleRows(rows, deferredSearch), [rows, deferredSearch]);
  // Hundreds of rows are listed on request only: the first page keeps the render small (bench/workspace-list).
  const [limit, setLimit] = useState(firstPage);
  const listed = useMemo(() => (shown.length > limit ? shown.slice(0, limit) : shown), [shown, limit]);
  const showAll = () => {
    const first = limit;
    setLimit(Number.POSITIVE_INFINITY);
    // The button goes away: focus the first row that was not listed before, where reading continues.
    requestAnimationFrame(() =>
      document.querySelectorAll<HTMLElement>('.workspace-table tbody th a')[first]?.focus(),
    );
  };
  const sort = effectiveSort(search);

  const onSort = useCallback(
    (key: SortKey) => onSearchChange(toggledSort(search, key)),
    [search, onSearchChange],
  );
  const showNotice = useCallback((next: ListNotice, focus = false) => {
    setNotice(next);
    if (focus) requestAnimationFrame(() => noticeRef.current?.focus());
  }, []);

  const onAction = useCallback(
    (action: RowAction, row: ListRow) => {
      // The next action ends the previous notice, and with it the chance to undo a deletion (by design).
      setNotice(null);
      if (action === 'archive') void toggleArchived(row.record, showNotice, reload, tr);
      else setDialog({ action, record: row.record });
    },
    [showNotice, reload, tr],
  );

  const startNew = async () => {
    setNotice(null);
    setCreating(true);
    try {
      const created = await createAssessment();
      onOpenNew(created.id);
    } catch (e) {
      showNotice(
        { kind: 'error', text: tr.m('workspace.createFailed', { error: errorMessage(e, tr) }) },
        true,
      );
      setCreating(false);
    }
  };

  const empty = records !== null && records.length === 0;
  return (
    <section>
      <h1 className="text-3xl font-semibold">{tr.m('workspace.title')}</h1>
      <p className="mt-3 max-w-column">
        {richText(
          tr,
          'workspace.intro',
          {},
          {
            link: (
              <a href="#/workspace/data" className="text-accent underline underline-offset-2">
                {tr.m('workspace.introLink')}
              </a>
            ),
          },
        )}
      </p>

      {!empty ? (
        <p className="mt-4">
          <Button onClick={startNew} disabled={creating}>
            {tr.m('workspace.newAssessment')}
          </Button>
        </p>
      ) : null}

      <NoticeArea
        notice={notice}
        noticeRef={noticeRef}
        onDismiss={() => setNotice(null)}
        onChange={showNotice}
      />

      {error ? (
        <Notice tone="warning" title={tr.m('workspace.readFailedTitle')} live>
          <p>{error}</p>
          <p className="mt-2">
            {tr.m('workspace.nothingDeleted')}{' '}
            <Button variant="link" onClick={() => void reload()}>
              {tr.m('workspace.tryAgain')}
            </Button>
            {records && records.length > 0 ? tr.m('workspace.lastListRead') : null}
          </p>
        </Notice>
      ) : null}

      {records === null && !error ? (
        <p role="status" className="mt-6">
          {tr.m('workspace.loading')}
        </p>
      ) : null}

      {empty ? <EmptyWorkspace onStart={startNew} creating={creating} /> : null}

      {records && records.length > 0 ? (
        <>
          <ListControls search={search} onSearchChange={onSearchChange} />
          <p role="status" className="mt-4 text-sm text-slate-700">
            {shown.length === rows.length
              ? tr.m('workspace.countAll', { n: rows.length })
              : tr.m('workspace.countMatch', { shown: shown.length, n: rows.length })}
            {listed.length < shown.length ? tr.m('workspace.firstListed', { n: listed.length }) : null}
          </p>
          {shown.length > 0 ? (
            <>
              <AssessmentTable
                rows={listed}
                captionDetail={
                  listed.length === rows.length
                    ? ''
                    : tr.m('workspace.captionListed', { listed: listed.length, n: rows.length })
                }
                sort={sort}
                onSort={onSort}
                onAction={onAction}
              />
              {listed.length < shown.length ? (
                <p className="mt-4 flex flex-wrap items-center gap-4">
                  <span>{tr.m('workspace.moreInOrder', { n: shown.length - listed.length })}</span>
                  <Button variant="secondary" onClick={showAll}>
                    {tr.m('workspace.showAll', { n: shown.length })}
                  </Button>
                </p>
              ) : null}
            </>
          ) : (
            <div className="mt-4 border-l-4 border-slate-400 bg-slate-50 p-4">
              <p>{tr.m('workspace.noMatch')}</p>
              <p className="mt-2">
                <Button variant="link" onClick={() => onSearchChange({ sort: search.sort, dir: search.dir })}>
                  {tr.m('workspace.clearSearch')}
                </Button>
              </p>
            </div>
          )}
        </>
      ) : null}

      {dialog ? (
        <ActionDialog
          state={dialog}
          onClose={() => setDialog(null)}
          onDone={(next, focusNotice) => {
            setDialog(null);
            showNotice(next, focusNotice);
            void reload();
          }}
        />
      ) : null}
    </section>
  );
}

/** Archive or unarchive at once (nothing is lost either way); a conflict says so and the list re-reads. */
async function toggleArchived(
  record: AssessmentRecord,
  showNotice: (next: ListNotice, focus?: boolean) => void,
  reload: () => Promise<void>,
  tr: Translator,
) {
  const archiving = !record.archived;
  try {
    await updateAssessment(record.id, record.rev, { archived: archiving });
    showNotice({
      kind: 'done',
      text: archiving
        ? tr.m('workspace.archived', { name: record.name })
        : tr.m('workspace.unarchived', { name: record.name }),
    });
  } catch (e) {
    showNotice(
      {
        kind: 'error',
        text: isConflict(e)
          ? tr.m('workspace.archiveConflict', { name: record.name, archiving: archiving ? 'yes' : 'no' })
          : tr.m('workspace.archiveFailed', {
              name: record.name,
              archiving: archiving ? 'yes' : 'no',
              error: errorMessage(e, tr),
            }),
      },
      true,
    );
  }
  await reload();
}

function EmptyWorkspace({ onStart, creating }: { onStart: () => void; creating: boolean }) {
  const tr = useTranslator();
  return (
    <div className="mt-8 max-w-column border-l-4 border-accent bg-slate-50 p-4">
      <h2 className="text-xl font-semibold">{tr.m('workspace.emptyTitle')}</h2>
      <p className="mt-2">{tr.m('workspace.emptyText')}</p>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button onClick={onStart} disabled={creating}>
          {tr.m('workspace.startAssessment')}
        </Button>
        <a href="#/workspace/data" className="text-accent underline underline-offset-2">
          {tr.m('workspace.importLink')}
        </a>
      </div>
    </div>
  );
}
