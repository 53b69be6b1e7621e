import { isOpen, isOverdue, type TrackedTask } from '../../shared/workspace/tasks';

export interface ProduceCounts {
  /** "What to produce: 5 items, 3 still to do" */
  line: string;
  /** Items whose due date has passed while still open (shown apart: in red, with an icon and the word). */
  overdue: number;
}

/** What a folded "What to produce" list holds, in words. */
export function produceSummary(
  items: readonly Pick<TrackedTask, 'status' | 'due'>[],
  today: string,
): ProduceCounts {
  const toDo = items.filter((t) => isOpen(t)).length;
  const count = items.length === 1 ? '1 item' : `${items.length} items`;
  const rest = toDo === 0 ? 'all done or not needed' : `${toDo} still to do`;
  return {
    line: `What to produce: ${count}, ${rest}`,
    overdue: items.filter((t) => isOverdue(t, today)).length,
  };
}
