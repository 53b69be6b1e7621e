import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { Notice } from '../../components/Notice';
import { useTranslator } from '../../i18n/react';
import { isOpen, isOverdue } from '../../shared/workspace/tasks';
import type { WorkspaceChange } from '../../shared/workspace/types';
import { TaskIcon } from './bits';
import { loadModel, type TaskRow, type TrackedModel } from './load';
import { produceSummary } from './produce-summary';
import { TaskDownloads } from './TaskDownloads';
import { TaskItem } from './TaskItem';
import { todayIso } from './today';
import { clearUnsaved, readUnsaved } from './unsaved';
import { useTracked } from './useTracked';

export interface TrackerPanelProps {
  /** The assessment whose obligations are tracked. */
  assessmentId: string;
  /** Today (YYYY-MM-DD), read by the page; defaults to the user's calendar date. */
  today?: string;
}

/** Groups the tasks by obligation: its own task first, then its "what to produce" items. */
function groups(tasks: readonly TaskRow[]) {
  const inResult = new Map<string, { own: TaskRow | null; items: TaskRow[] }>();
  const gone: TaskRow[] = [];
  for (const t of tasks) {
    if (!t.inResult) {
      gone.push(t);
      continue;
    }
    const g = inResult.get(t.obligationId) ?? { own: null, items: [] };
    if (t.itemKey === null) g.own = t;
    else g.items.push(t);
    inResult.set(t.obligationId, g);
  }
  return { groups: [...inResult.values()], gone };
}

/**
 * The obligation tracker of one assessment (issue #9, ADR 0095): a task for each obligation that applies and
 * each thing it asks to produce, with status, owner, due date and evidence; saved in the workspace and kept
 * in step with other tabs. The assessment page composes it (its route), so no feature imports another.
 */
export function TrackerPanel({ assessmentId, today: todayProp }: TrackerPanelProps) {
  const today = useMemo(() => todayProp ?? todayIso(), [todayProp]);
  const translator = useTranslator();
  const load = useCallback(
    () => loadModel(assessmentId, today, translator),
    [assessmentId, today, translator],
  );
  const affects = useCallback(
    (c: WorkspaceChange) =>
      c.kind === 'all' || (c.kind === 'assessment' ? c.id : c.assessmentId) === assessmentId,
    [assessmentId],
  );
  const { value: model, error } = useTracked<TrackedModel | null>(load, affects);
  // An edit interrupted by a reload opens again (./unsaved.ts).
  const [editing, setEditing] = useState<string | null>(() => {
    const id = readUnsaved()?.taskId;
    return id?.startsWith(`${assessmentId}/`) ? id : null;
  });
  const [saved, setSaved] = useState('');

  return (
    <section aria-labelledby="tracker-title" id="tracker" className="mt-10" data-testid="tracker-panel">
      <h2 id="tracker-title" className="text-2xl font-semibold">
        {translator.m('workspace.trackerTitle')}
      </h2>
      {error ? (
        <Notice tone="warning" title={translator.m('workspace.tasksUnread')}>
          <p>{error}</p>
        </Notice>
      ) : null}
      <p role="status" className="sr-only">
        {saved}
      </p>
      {model === undefined ? (
        <p className="mt-3">{translator.m('workspace.loadingTasks')}</p>
      ) : model === null ? (
        <p className="mt-3">{translator.m('workspace.noLongerInWorkspace')}</p>
      ) : (
        <PanelBody
          model={model}
          today={today}
          editing={editing}
          setEditing={setEditing}
          onSaved={(title) => setSaved(translator.m('workspace.taskSaved', { title }))}
        />
      )}
    </section>
  );
}

function PanelBody({
  model,
  today,
  editing,
  setEditing,
  onSaved,
}: {
  model: TrackedModel;
  today: string;
  editing: string | null;
  setEditing: (id: string | null) => void;
  onSaved: (title: string) => void;
}) {
  const tr = useTranslator();
  const { tasks, source } = model;
  const open = tasks.filter((t) => t.inResult && isOpen(t)).length;
  const overdue = tasks.filter((t) => t.inResult && isOverdue(t, today)).length;
  const { groups: byObligation, gone } = groups(tasks);
  const item = (t: TaskRow, heading: boolean) => (
    <TaskItem
      task={t}
      today={today}
      heading={heading}
      editing={editing === t.id}
      onEdit={() => {
        // Switching to another task's editor leaves the one open: what it held unsaved is not restored later.
        clearUnsaved();
        setEditing(t.id);
      }}
      onClose={() => setEditing(null)}
      onSaved={() => onSaved(t.title)}
    />
  );
  return (
    <>
      <p className="mt-3">
        {source.kind === 'version'
          ? tr.m('workspace.followsVersion', { seq: source.seq })
          : source.kind === 'draft'
            ? tr.m('workspace.followsDraft')
            : source.kind === 'failed'
              ? tr.m('workspace.evaluationFailed', { message: source.message })
              : tr.m('workspace.answerAll')}
        {tr.m('workspace.statusesKept')}
      </p>
      {tasks.length > 0 ? (
        <p className="mt-2 font-semibold" data-testid="tracker-counts">
          {tr.m('workspace.trackerCounts', { n: tasks.length, open, overdue })}
        </p>
      ) : source.kind === 'version' || source.kind === 'draft' ? (
        <p className="mt-2">{tr.m('workspace.nothingToTrack')}</p>
      ) : null}
      <TaskDownloads tasks={tasks} today={today} fileStem="gpai-tasks" />
      {byObligation.map((g) => (
        <section key={(g.own ?? g.items[0])?.obligationId} className="mt-8 border-t border-slate-300 pt-4">
          {g.own ? item(g.own, true) : null}
          {g.items.length > 0 ? (
            <ProduceList items={g.items} today={today} openAtFirst={g.items.some((t) => t.id === editing)}>
              {g.items.map((t) => (
                <li key={t.id}>{item(t, false)}</li>
              ))}
            </ProduceList>
          ) : null}
        </section>
      ))}
      {gone.length > 0 ? (
        <section className="mt-8 border-t border-slate-300 pt-4" aria-labelledby="tracker-gone-title">
          <h3 id="tracker-gone-title" className="text-lg font-semibold">
            {tr.m('workspace.taskNoLongerInResult')}
          </h3>
          <ul className="mt-2 space-y-4">
            {gone.map((t) => (
              <li key={t.id}>
                <p className="text-slate-700">{t.article}</p>
                {item(t, false)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function ProduceLine({ items, today }: { items: readonly TaskRow[]; today: string }) {
  const tr = useTranslator();
  const { line, overdue } = produceSummary(items, today, tr);
  return (
    <summary className="cursor-pointer text-slate-800 underline-offset-4 hover:underline">
      {line}
      {overdue > 0 ? (
        <>
          ,{' '}
          <strong className="text-red-800" data-overdue="true">
            <TaskIcon name="alert" />
            {tr.m('workspace.overdueCount', { n: overdue })}
          </strong>
        </>
      ) : null}
    </summary>
  );
}

/**
 * An obligation's "what to produce" items, folded behind a line that counts them (overdue in red with the word):
 * with every item of every obligation open, a frontier model's page was 14 800 px tall at 390 px. Open at first
 * only when an edit in it is being restored; after that the reader decides (saving does not fold it).
 */
function ProduceList({
  items,
  today,
  openAtFirst,
  children,
}: {
  items: readonly TaskRow[];
  today: string;
  openAtFirst: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(openAtFirst);
  return (
    <details
      className="mt-4"
      data-testid="produce-items"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <ProduceLine items={items} today={today} />
      <ul className="mt-2 space-y-4 border-l-4 border-slate-200 pl-4">{children}</ul>
    </details>
  );
}
