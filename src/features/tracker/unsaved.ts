/**
 * What is typed in an open task editor, kept in this tab's sessionStorage as it is typed, so a reload in the
 * middle of an edit loses nothing (issue #9): the tracker opens the same editor again with it. Only one editor
 * is open at a time, so one entry. Never throws: storage may be disabled.
 */
import { TASK_STATUSES } from '../../shared/workspace/tasks';
import type { TaskFormValues } from './task-form';

export const UNSAVED_KEY = 'gpai-navigator:tracker-unsaved';

export interface Unsaved {
  taskId: string;
  values: TaskFormValues;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= 5000;

export function readUnsaved(): Unsaved | null {
  try {
    const raw = sessionStorage.getItem(UNSAVED_KEY);
    if (!raw) return null;
    const u = JSON.parse(raw) as { taskId?: unknown; values?: Record<string, unknown> };
    const v = u.values;
    if (!isText(u.taskId) || !v || !TASK_STATUSES.includes(v.status as never)) return null;
    if (![v.reason, v.owner, v.due, v.evidence].every(isText)) return null;
    return { taskId: u.taskId, values: v as unknown as TaskFormValues };
  } catch {
    return null;
  }
}

export function writeUnsaved(u: Unsaved): void {
  try {
    sessionStorage.setItem(UNSAVED_KEY, JSON.stringify(u));
  } catch {
    // Storage full or disabled: the edit still works, it only would not survive a reload.
  }
}

export function clearUnsaved(): void {
  try {
    sessionStorage.removeItem(UNSAVED_KEY);
  } catch {
    // Nothing to clear.
  }
}
