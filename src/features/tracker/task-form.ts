/**
 * The task editor's values and their check (issue #9, ADR 0095): a task marked "not needed" must say why; a
 * due date is typed like every date in the app (2 August 2027, 2/8/2027, 2027-08-02) and must be a day; an
 * empty due date means the engine's date. Pure.
 */

import { formatDate } from '../../engine/dates';
import type { IsoDate } from '../../engine/report';
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
export function readDue(text: string): { ok: true; iso: IsoDate | null } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, iso: null };
  const read = readDate(text);
  if (!read.ok)
    return { ok: false, message: read.message.replace(/ — or only the month, like August 2025\.$/, '.') };
  if (read.month)
    return { ok: false, message: `Enter a day in ${read.month.label}, like 15 ${read.month.label}.` };
  return { ok: true, iso: read.iso };
}

export function validateTaskForm(
  v: TaskFormValues,
): { ok: true; value: TaskChanges } | { ok: false; errors: TaskFormErrors } {
  const errors: TaskFormErrors = {};
  const reason = v.reason.trim();
  if (v.status === 'not-needed' && reason === '') errors.reason = 'Say why this task is not needed.';
  if (reason.length > LIMITS.reason) errors.reason = `Keep the reason under ${LIMITS.reason} characters.`;
  if (v.owner.trim().length > LIMITS.owner) errors.owner = `Keep the owner under ${LIMITS.owner} characters.`;
  if (v.evidence.trim().length > LIMITS.evidence)
    errors.evidence = `Keep the evidence under ${LIMITS.evidence} characters; link to a longer document.`;
  const due = readDue(v.due);
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
