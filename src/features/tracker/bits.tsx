import type { MessageId } from '../../i18n/message-id';
import { useTranslator } from '../../i18n/react';
import { isOverdue } from '../../shared/workspace/tasks';
import type { TaskStatus } from '../../shared/workspace/types';
import { evidenceParts } from './evidence';
import type { TaskRow } from './load';

type IconName = 'alert' | 'check' | 'clock' | 'minus' | 'circle';

const PATHS: Record<IconName, string> = {
  check: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.2 14.2-4-4 1.4-1.4 2.6 2.6 5-5 1.4 1.4-6.4 6.4Z',
  clock:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm-1 3v6l5 3 1-1.7-4-2.3V7h-2Z',
  alert: 'M12 2 1 21h22L12 2Zm-1 7h2v6h-2V9Zm0 8h2v2h-2v-2Z',
  minus: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-5 9h10v2H7v-2Z',
  circle: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Z',
};

/** A small icon, always beside words; hidden from assistive technology. */
export function TaskIcon({ name }: { name: IconName }) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      className="mr-1 inline-block h-4 w-4 shrink-0 fill-current align-[-0.125em]"
      data-icon={name}
    >
      <path fillRule="evenodd" d={PATHS[name]} />
    </svg>
  );
}

const STATUS_ICON: Record<TaskStatus, IconName> = {
  'not-started': 'circle',
  'in-progress': 'clock',
  done: 'check',
  'not-needed': 'minus',
};

/** The statuses in words (the message ids of src/shared/workspace/tasks.ts TASK_STATUS_WORDS). */
export const TASK_STATUS_MESSAGES: Record<TaskStatus, MessageId> = {
  'not-started': 'workspace.taskStatus_not-started',
  'in-progress': 'workspace.taskStatus_in-progress',
  done: 'workspace.taskStatus_done',
  'not-needed': 'workspace.taskStatus_not-needed',
};

export function StatusBadge({ status }: { status: TaskStatus }) {
  const tr = useTranslator();
  return (
    <span className="font-semibold" data-status={status}>
      <TaskIcon name={STATUS_ICON[status]} />
      {tr.m(TASK_STATUS_MESSAGES[status])}
    </span>
  );
}

/** The due date in words: overdue with an icon and words (never colour alone), who set it, the engine's date. */
export function DueWords({ task, today, bare = false }: { task: TaskRow; today: string; bare?: boolean }) {
  const tr = useTranslator();
  if (task.due === null)
    return (
      <span>
        {bare ? tr.m('workspace.noneYet') : tr.m('workspace.noDateYet')}
        {task.inResult ? tr.m('workspace.dependsOnUnknown') : ''}
      </span>
    );
  const overdue = isOverdue(task, today);
  return (
    <span>
      {overdue ? (
        <strong className="text-red-800" data-overdue="true">
          <TaskIcon name="alert" />
          {tr.m('workspace.overdueSince', { date: tr.date(task.due) })}
        </strong>
      ) : (
        <>
          {task.due === today
            ? bare
              ? tr.m('workspace.todayBare')
              : tr.m('workspace.dueToday')
            : bare
              ? ''
              : tr.m('workspace.due')}
          {tr.date(task.due)}
        </>
      )}
      {task.dueSource === 'user' ? (
        <span className="text-slate-700">
          {tr.m('workspace.setByYou', {
            engine: task.engineDue ? tr.m('workspace.engineDateIs', { date: tr.date(task.engineDue) }) : '',
          })}
        </span>
      ) : (
        <span className="text-slate-700">{tr.m('workspace.engineDate')}</span>
      )}
    </span>
  );
}

/** Evidence as text, with http(s) addresses as links (nothing else becomes a link). */
export function Evidence({ text }: { text: string }) {
  const tr = useTranslator();
  return (
    <span className="break-words [overflow-wrap:anywhere]">
      {evidenceParts(text).map((p) =>
        p.kind === 'link' ? (
          <a
            key={p.start}
            href={p.href}
            rel="noopener noreferrer"
            target="_blank"
            className="text-accent underline"
          >
            {p.text}
            <span className="sr-only">{tr.m('workspace.opensInNewTab')}</span>
          </a>
        ) : (
          <span key={p.start}>{p.text}</span>
        ),
      )}
    </span>
  );
}

/** An element id made from a task id (assessment id, obligation id, item key): letters, digits and dashes. */
export const domId = (prefix: string, taskId: string) =>
  `${prefix}-${taskId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
