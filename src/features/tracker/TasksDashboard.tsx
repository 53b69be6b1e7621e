import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { useTranslator } from '../../i18n/react';
import { superscriptPowers } from '../../shared/legal-text/superscript';
import { compareForDashboard, isOpen, isOverdue, TASK_STATUSES } from '../../shared/workspace/tasks';
import type { TaskStatus } from '../../shared/workspace/types';
import { DueWords, StatusBadge, TASK_STATUS_MESSAGES } from './bits';
import { loadAll, type TaskRow, type TrackedModel } from './load';
import { TaskDownloads } from './TaskDownloads';
import { todayIso } from './today';
import { useTracked } from './useTracked';

type StatusFilter = 'open' | 'all' | TaskStatus;
const ANYONE = '\u0000anyone';
const NO_OWNER = '\u0000none';
const ALL_MODELS = '\u0000all';

const everything = () => true;
/** Rows drawn at first and per "Show more": a workspace of hundreds of models has thousands of tasks. */
export const PAGE_SIZE = 200;

/**
 * `#/tasks`: what is due across all models (issue #9, ADR 0095). Overdue first, then by due date, dates not
 * known last; filtered by status, owner and model; each task links to its assessment. Archived assessments
 * are left out. The downloads hold every task of every model shown, whatever the filters.
 */
export function TasksDashboard({ today: todayProp }: { today?: string }) {
  const today = useMemo(() => todayProp ?? todayIso(), [todayProp]);
  const translator = useTranslator();
  const load = useCallback(() => loadAll(today, translator), [today, translator]);
  const { value: models, error } = useTracked<TrackedModel[]>(load, everything);
  const [status, setStatus] = useState<StatusFilter>('open');
  const [owner, setOwner] = useState(ANYONE);
  const [model, setModel] = useState(ALL_MODELS);
  const [limit, setLimit] = useState(PAGE_SIZE);

  useEffect(() => {
    document.title = translator.m('workspace.tasksDocTitle');
  }, [translator]);

  const all = useMemo(
    () => (models ?? []).flatMap((m) => m.tasks).sort(compareForDashboard<TaskRow>(today)),
    [models, today],
  );
  const owners = useMemo(() => [...new Set(all.map((t) => t.owner).filter(Boolean))].sort(), [all]);
  const shown = all.filter(
    (t) =>
      (status === 'all' || (status === 'open' ? isOpen(t) : t.status === status)) &&
      (owner === ANYONE || (owner === NO_OWNER ? t.owner === '' : t.owner === owner)) &&
      (model === ALL_MODELS || t.assessmentId === model),
  );
  const overdue = all.filter((t) => isOverdue(t, today)).length;

  return (
    <section aria-labelledby="tasks-title" className="min-w-0">
      <h1 id="tasks-title" className="text-3xl font-semibold">
        {translator.m('workspace.tasksTitle')}
      </h1>
      <p className="mt-3 max-w-column">
        {translator.m('workspace.tasksIntro')}{' '}
        <a href="#/workspace" className="text-accent underline">
          {translator.m('workspace.backToWorkspace')}
        </a>
      </p>
      {error ? (
        <Notice tone="warning" title={translator.m('workspace.tasksUnread')}>
          <p>{error}</p>
        </Notice>
      ) : null}
      {models === undefined ? (
        <p className="mt-6">{translator.m('workspace.loadingTasks')}</p>
      ) : all.length === 0 ? (
        <p className="mt-6" data-testid="no-tasks">
          {translator.m('workspace.noTasks')}
        </p>
      ) : (
        <>
          <p className="mt-4 font-semibold" data-testid="dashboard-counts">
            {translator.m('workspace.dashboardCounts', {
              tasks: all.length,
              models: models.filter((m) => m.tasks.length).length,
              overdue,
            })}
          </p>
          <TaskDownloads tasks={all} today={today} fileStem="gpai-all-tasks" />
          <form
            className="mt-6 flex flex-wrap gap-x-6 gap-y-4"
            aria-label={translator.m('workspace.filterTasks')}
            onSubmit={(e) => e.preventDefault()}
          >
            <Select
              id="filter-status"
              label={translator.m('workspace.taskStatus')}
              value={status}
              onChange={(v) => {
                setStatus(v as StatusFilter);
                setLimit(PAGE_SIZE);
              }}
            >
              <option value="open">{translator.m('workspace.stillToDo')}</option>
              {TASK_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {translator.m(TASK_STATUS_MESSAGES[s])}
                </option>
              ))}
              <option value="all">{translator.m('workspace.taskAnyStatus')}</option>
            </Select>
            <Select
              id="filter-owner"
              label={translator.m('workspace.taskOwner')}
              value={owner}
              onChange={(v) => {
                setOwner(v);
                setLimit(PAGE_SIZE);
              }}
            >
              <option value={ANYONE}>{translator.m('workspace.anyone')}</option>
              <option value={NO_OWNER}>{translator.m('workspace.noOwnerYet')}</option>
              {owners.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </Select>
            <Select
              id="filter-model"
              label={translator.m('workspace.taskModel')}
              value={model}
              onChange={(v) => {
                setModel(v);
                setLimit(PAGE_SIZE);
              }}
            >
              <option value={ALL_MODELS}>{translator.m('workspace.allModels')}</option>
              {(models ?? [])
                .filter((m) => m.tasks.length > 0)
                .map((m) => (
                  <option key={m.assessment.id} value={m.assessment.id}>
                    {m.assessment.name}
                  </option>
                ))}
            </Select>
          </form>
          <p className="mt-4" role="status" data-testid="shown-count">
            {shown.length > limit
              ? translator.m('workspace.showingFirst', { limit, shown: shown.length, n: all.length })
              : translator.m('workspace.showingOf', { shown: shown.length, n: all.length })}
          </p>
          <ol className="mt-4 space-y-3" data-testid="dashboard-tasks">
            {shown.slice(0, limit).map((t) => (
              <li
                key={t.id}
                className={`min-w-0 border-l-4 p-3 ${isOverdue(t, today) ? 'border-red-700 bg-red-50' : 'border-slate-300 bg-slate-50'}`}
                data-testid="dashboard-task"
                data-task-id={t.id}
              >
                <p className="break-words">
                  <a
                    href={`#/workspace/${encodeURIComponent(t.assessmentId)}`}
                    className="font-semibold text-accent underline"
                  >
                    {t.modelName}
                  </a>
                  <span className="text-slate-700"> · {t.article}</span>
                </p>
                <p className="mt-1 break-words">{superscriptPowers(t.title)}</p>
                {t.inResult ? null : (
                  <p className="font-semibold text-amber-900">
                    {translator.m('workspace.taskNoLongerInResult')}
                  </p>
                )}
                <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                  <DueWords task={t} today={today} />
                  <StatusBadge status={t.status} />
                  <span className="break-words">
                    {t.owner
                      ? translator.m('workspace.ownerIs', { owner: t.owner })
                      : translator.m('workspace.noOwnerYet')}
                  </span>
                </p>
              </li>
            ))}
          </ol>
          {shown.length > limit ? (
            <p className="mt-4">
              <Button variant="secondary" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
                {translator.m('workspace.showMore', {
                  n: Math.min(PAGE_SIZE, shown.length - limit),
                  rest: shown.length - limit,
                })}
              </Button>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

function Select({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  children: React.ReactNode;
}) {
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        className="mt-1 block max-w-full border-2 border-slate-800 bg-white px-2 py-1.5"
      >
        {children}
      </select>
    </div>
  );
}
