import type { Translator } from '../../i18n/translator';
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
  tr: Translator,
): ProduceCounts {
  const toDo = items.filter((t) => isOpen(t)).length;
  const rest = toDo === 0 ? tr.m('workspace.produceAllDone') : tr.m('workspace.produceToDo', { n: toDo });
  return {
    line: tr.m('workspace.produceLine', { n: items.length, rest }),
    overdue: items.filter((t) => isOverdue(t, today)).length,
  };
}
