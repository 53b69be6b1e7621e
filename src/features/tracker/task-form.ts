/**
 * The task editor's values and their check (issue #9, ADR 0095): a task marked "not needed" must say why; a
 * due date is typed like every date in the app (2 August 2027, 2/8/2027, 2027-08-02) and must be a day; an
 * empty due date means the engine's date. Pure.
 */

import { formatDate } from '../../engine/dates';
import type { IsoDate } from '../../engine/report';
import type { Translator } from '../../i18n/translator';
import { readDate } from '../../shared/dates/date-input';
import type { TrackedTask } from '../../shared/workspace/tasks';
import type { TaskStatus } from '../../shared/workspace/types';

export interface TaskFormValues {
  status: TaskStatus;
  reason: string;
  owner: string;
  /** The due date as typed; empty: the engine's date. */
  due: string;
  evidence: string;
}

export type TaskField = keyof TaskFormValues;
export type TaskFormErrors = Partial<Record<TaskField, string>>;

export interface TaskChanges {
  status: TaskStatus;
  reason: string;
  owner: string;
  due: IsoDate | null;
  evidence: string;
}

export const LIMITS = { reason: 1000, owner: 200, evidence: 2000 } as const;

export function formFromTask(
  t: Pick<TrackedTask, 'status' | 'reason' | 'owner' | 'due' | 'dueSource' | 'evidence'>,
): TaskFormValues {
  return {
    status: t.status,
    reason: t.reason,
    owner: t.owner,
    due: t.dueSource === 'user' && t.due ? formatDate(t.due) : '',
    evidence: t.evidence,
  };
}

/** The typed due date read as a day, or why not; null for an empty field (the engine's date applies). */
export function readDue(
  text: string,
  tr: Translator,
): { ok: true; iso: IsoDate | null } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, iso: null };
  const read = readDate(text, undefined, tr);
  if (!read.ok) {
    // A due date is a day: the format message without its "or only the month" half.
    const day =
      read.text.msg === 'app.dateFormat' ? { ...read.text, msg: 'app.dayFormat' as const } : read.text;
    return { ok: false, message: tr.t(day) };
  }
  if (read.month) return { ok: false, message: tr.m('workspace.dueMonthOnly', { month: read.month.label }) };
  return { ok: true, iso: read.iso };
}

export function validateTaskForm(
  v: TaskFormValues,
  tr: Translator,
): { ok: true; value: TaskChanges } | { ok: false; errors: TaskFormErrors } {
  const errors: TaskFormErrors = {};
  const reason = v.reason.trim();
  if (v.status === 'not-needed' && reason === '') errors.reason = tr.m('workspace.reasonMissing');
  if (reason.length > LIMITS.reason) errors.reason = tr.m('workspace.reasonTooLong', { max: LIMITS.reason });
  if (v.owner.trim().length > LIMITS.owner)
    errors.owner = tr.m('workspace.ownerTooLong', { max: LIMITS.owner });
  if (v.evidence.trim().length > LIMITS.evidence)
    errors.evidence = tr.m('workspace.evidenceTooLong', { max: LIMITS.evidence });
  const due = readDue(v.due, tr);
  if (!due.ok) errors.due = due.message;
  if (Object.keys(errors).length > 0 || !due.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      status: v.status,
      // A reason belongs to "not needed"; kept otherwise would be read as one.
      reason: v.status === 'not-needed' ? reason : '',
      owner: v.owner.trim(),
      due: due.iso,
      evidence: v.evidence.trim(),
    },
  };
}
