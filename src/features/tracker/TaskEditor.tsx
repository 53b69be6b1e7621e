import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Hint } from '../../components/Hint';
import { describedBy, errorId, hintId } from '../../components/ids';
import { Notice } from '../../components/Notice';
import { RadioGroup } from '../../components/RadioGroup';
import { TextField } from '../../components/TextField';
import { useTranslator } from '../../i18n/react';
import { putTask } from '../../shared/workspace/store';
import { TASK_STATUSES } from '../../shared/workspace/tasks';
import type { TaskRecord } from '../../shared/workspace/types';
import { domId, TASK_STATUS_MESSAGES } from './bits';
import type { TaskRow } from './load';
import {
  formFromTask,
  readDue,
  type TaskChanges,
  type TaskField,
  type TaskFormErrors,
  type TaskFormValues,
  validateTaskForm,
} from './task-form';
import { clearUnsaved, readUnsaved, writeUnsaved } from './unsaved';

const FIELD_ORDER: readonly TaskField[] = ['status', 'reason', 'owner', 'due', 'evidence'];

function conflictOf(e: unknown): TaskRecord | null {
  if (typeof e !== 'object' || e === null) return null;
  const { kind, current } = e as { kind?: unknown; current?: TaskRecord };
  return kind === 'conflict' && current?.kind === 'task' ? current : null;
}

/**
 * Edits one task: status (not needed asks why), owner, due date (empty: the engine's), evidence. Saved with
 * the revision it was read at; when another tab saved in between, the user sees their version and chooses.
 * A failed save keeps everything typed and says why.
 */
export function TaskEditor({
  task,
  onClose,
  onSaved,
}: {
  task: TaskRow;
  onClose: () => void;
  onSaved: (record: TaskRecord) => void;
}) {
  const tr = useTranslator();
  const base = domId('task', task.id);
  // What was typed before a reload, if this is the editor that was open.
  const [restored] = useState(() => {
    const u = readUnsaved();
    return u?.taskId === task.id ? u.values : null;
  });
  const [values, setValues] = useState<TaskFormValues>(() => restored ?? formFromTask(task));
  const [errors, setErrors] = useState<TaskFormErrors>({});
  const [focusKey, setFocusKey] = useState(0);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ theirs: TaskRecord; mine: TaskChanges } | null>(null);
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (restored) formRef.current?.scrollIntoView?.({ block: 'start' });
  }, [restored]);
  const ids: Record<TaskField, string> = {
    status: `${base}-status`,
    reason: `${base}-reason`,
    owner: `${base}-owner`,
    due: `${base}-due`,
    evidence: `${base}-evidence`,
  };
  const set = <K extends TaskField>(key: K, value: TaskFormValues[K]) =>
    setValues((v) => {
      const next = { ...v, [key]: value };
      writeUnsaved({ taskId: task.id, values: next });
      return next;
    });
  const close = () => {
    clearUnsaved();
    onClose();
  };

  async function save(changes: TaskChanges, rev: number | null) {
    setSaving(true);
    setFailure(null);
    try {
      const saved = await putTask(
        {
          id: task.id,
          assessmentId: task.assessmentId,
          obligationId: task.obligationId,
          itemKey: task.itemKey,
          ...changes,
        },
        rev,
      );
      setConflict(null);
      clearUnsaved();
      onSaved(saved);
    } catch (e) {
      const theirs = conflictOf(e);
      if (theirs) setConflict({ theirs, mine: changes });
      else setFailure(e instanceof Error && e.message ? e.message : tr.m('workspace.taskNotSavedTryAgain'));
    } finally {
      setSaving(false);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validateTaskForm(values, tr);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFocusKey((k) => k + 1);
      return;
    }
    setErrors({});
    void save(checked.value, conflict ? conflict.theirs.rev : task.rev);
  }

  const summary = FIELD_ORDER.flatMap((f) => {
    const message = errors[f];
    return message ? [{ targetId: ids[f], message }] : [];
  });
  const dueRead = values.due.trim() ? readDue(values.due, tr) : null;
  const engineDate = task.engineDue ? tr.date(task.engineDue) : null;

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      aria-labelledby={titleId}
      className="mt-3 border-l-4 border-slate-300 pl-4"
      data-testid="task-editor"
    >
      <h4 id={titleId} className="sr-only">
        {tr.m('workspace.editTask', { title: task.title })}
      </h4>
      <ErrorSummary items={summary} focusKey={focusKey} />
      {restored ? (
        <Notice tone="info" title={tr.m('workspace.notSavedYet')}>
          <p>{tr.m('workspace.restoredText')}</p>
        </Notice>
      ) : null}
      {conflict ? (
        <Notice tone="warning" title={tr.m('workspace.taskConflict')} live>
          <p>
            {tr.m('workspace.theirVersion', {
              status: tr.m(TASK_STATUS_MESSAGES[conflict.theirs.status]),
              reason:
                conflict.theirs.status === 'not-needed' && conflict.theirs.reason
                  ? tr.m('workspace.theirReason', { reason: conflict.theirs.reason })
                  : '',
              owner: conflict.theirs.owner
                ? tr.m('workspace.theirOwner', { owner: conflict.theirs.owner })
                : tr.m('workspace.theirNoOwner'),
              due: conflict.theirs.due
                ? tr.m('workspace.theirDue', { date: tr.date(conflict.theirs.due) })
                : '',
              evidence: conflict.theirs.evidence
                ? tr.m('workspace.theirEvidence', { evidence: conflict.theirs.evidence })
                : '',
            })}
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <Button disabled={saving} onClick={() => void save(conflict.mine, conflict.theirs.rev)}>
              {tr.m('workspace.saveMineOverTheirs')}
            </Button>
            <Button variant="secondary" onClick={close}>
              {tr.m('workspace.keepTheirs')}
            </Button>
          </div>
        </Notice>
      ) : null}
      {failure ? (
        <div role="alert" className="my-4 border-l-4 border-red-700 bg-red-50 p-4">
          <p className="font-semibold">{tr.m('workspace.taskNotSaved')}</p>
          <p className="mt-1">{failure}</p>
        </div>
      ) : null}
      <div className="space-y-6">
        <RadioGroup
          id={ids.status}
          name={ids.status}
          legend={tr.m('workspace.taskStatus')}
          error={errors.status}
          value={values.status}
          onChange={(v) => set('status', v as TaskFormValues['status'])}
          options={TASK_STATUSES.map((s) => ({
            value: s,
            label: tr.m(TASK_STATUS_MESSAGES[s]),
            conditional:
              s === 'not-needed' ? (
                <TextArea
                  id={ids.reason}
                  label={tr.m('workspace.whyNotNeeded')}
                  hint={tr.m('workspace.whyHint')}
                  error={errors.reason}
                  value={values.reason}
                  onChange={(v) => set('reason', v)}
                  rows={2}
                />
              ) : undefined,
          }))}
        />
        <TextField
          id={ids.owner}
          label={tr.m('workspace.taskOwner')}
          labelSize="body"
          hint={tr.m('workspace.ownerTaskHint')}
          error={errors.owner}
          value={values.owner}
          onChange={(v) => set('owner', v)}
          autoComplete="off"
          widthCh={40}
        />
        <TextField
          id={ids.due}
          label={tr.m('workspace.dueDate')}
          labelSize="body"
          hint={
            engineDate ? tr.m('workspace.dueHintEngine', { date: engineDate }) : tr.m('workspace.dueHintNone')
          }
          error={errors.due}
          value={values.due}
          onChange={(v) => set('due', v)}
          autoComplete="off"
          widthCh={24}
          describedByIds={[`${ids.due}-echo`]}
        >
          <p id={`${ids.due}-echo`} className="mt-1 text-sm text-slate-700" aria-live="polite">
            {dueRead?.ok && dueRead.iso ? tr.m('workspace.readAs', { date: tr.date(dueRead.iso) }) : ''}
          </p>
        </TextField>
        <TextArea
          id={ids.evidence}
          label={tr.m('workspace.evidence')}
          hint={tr.m('workspace.evidenceHint')}
          error={errors.evidence}
          value={values.evidence}
          onChange={(v) => set('evidence', v)}
          rows={3}
        />
      </div>
      <div className="mt-6 flex flex-wrap gap-3">
        <Button type="submit" disabled={saving}>
          {saving ? tr.m('workspace.saving') : tr.m('workspace.saveTask')}
        </Button>
        <Button variant="secondary" onClick={close}>
          {tr.m('workspace.cancel')}
        </Button>
      </div>
    </form>
  );
}

function TextArea({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  rows,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (v: string) => void;
  rows: number;
}) {
  return (
    <div className={error ? 'border-l-4 border-red-700 pl-4' : undefined}>
      <label htmlFor={id} className="block">
        {label}
      </label>
      {hint ? <Hint fieldId={id}>{hint}</Hint> : null}
      <ErrorMessage fieldId={id} message={error} />
      <textarea
        id={id}
        value={value}
        rows={rows}
        onChange={(e) => onChange(e.currentTarget.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? hintId(id) : null, error ? errorId(id) : null)}
        className={`mt-2 block w-full rounded-none border-2 px-2 py-1.5 ${error ? 'border-red-700' : 'border-slate-800'}`}
      />
    </div>
  );
}
