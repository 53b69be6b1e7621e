import { useRef } from 'react';
import { useTranslator } from '../../i18n/react';
import { superscriptPowers } from '../../shared/legal-text/superscript';
import type { TaskRecord } from '../../shared/workspace/types';
import { DueWords, domId, Evidence, StatusBadge } from './bits';
import type { TaskRow } from './load';
import { TaskEditor } from './TaskEditor';

/** One task: its state in words, and an editor opened in place. */
export function TaskItem({
  task,
  today,
  heading,
  editing,
  onEdit,
  onClose,
  onSaved,
}: {
  task: TaskRow;
  today: string;
  /** The obligation's own task carries its heading; an item is a list entry. */
  heading: boolean;
  editing: boolean;
  onEdit: () => void;
  onClose: () => void;
  onSaved: (record: TaskRecord) => void;
}) {
  const tr = useTranslator();
  const editButton = useRef<HTMLButtonElement>(null);
  const editorId = domId('editor', task.id);
  const close = () => {
    onClose();
    // Back to where the user was.
    requestAnimationFrame(() => editButton.current?.focus());
  };
  return (
    <div data-testid="task" data-task-id={task.id} className="min-w-0">
      {heading ? (
        <h3 className="text-lg font-semibold break-words">
          {task.article} — {superscriptPowers(task.title)}
        </h3>
      ) : (
        <p className="font-semibold break-words">{superscriptPowers(task.title)}</p>
      )}
      {task.inResult ? null : (
        <p className="mt-1 font-semibold text-amber-900" data-testid="not-in-result">
          {tr.m('workspace.notInResult')}
        </p>
      )}
      <dl className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
        <div className="min-w-0">
          <dt className="inline text-slate-700">{tr.m('workspace.statusLabel')}</dt>
          <dd className="inline">
            <StatusBadge status={task.status} />
            {task.status === 'not-needed' && task.reason ? <span> — {task.reason}</span> : null}
          </dd>
        </div>
        <div className="min-w-0 break-words">
          <dt className="inline text-slate-700">{tr.m('workspace.ownerLabelTask')}</dt>
          <dd className="inline">{task.owner || tr.m('workspace.noOwnerLower')}</dd>
        </div>
        <div className="min-w-0">
          <dt className="inline text-slate-700">{tr.m('workspace.dueDateLabel')}</dt>
          <dd className="inline">
            <DueWords task={task} today={today} bare />
          </dd>
        </div>
        {task.evidence ? (
          <div className="min-w-0 basis-full">
            <dt className="inline text-slate-700">{tr.m('workspace.evidenceLabel')}</dt>
            <dd className="inline">
              <Evidence text={task.evidence} />
            </dd>
          </div>
        ) : null}
      </dl>
      {editing ? null : (
        <button
          ref={editButton}
          type="button"
          className="mt-2 inline p-0 text-accent underline underline-offset-2 hover:decoration-2"
          aria-expanded={false}
          aria-controls={editorId}
          onClick={onEdit}
        >
          {tr.m('workspace.update')}
          <span className="sr-only">{tr.m('workspace.updateTask', { title: task.title })}</span>
        </button>
      )}
      {editing ? (
        <div id={editorId}>
          <TaskEditor
            task={task}
            onClose={close}
            onSaved={(r) => {
              onSaved(r);
              close();
            }}
          />
        </div>
      ) : null}
    </div>
  );
}
