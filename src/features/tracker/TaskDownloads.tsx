import { Button } from '../../components/Button';
import { buildTasksCalendar } from '../../export/ics';
import { buildTasksCsv } from '../../export/tasks-csv';
import { downloadText } from './download';
import type { TaskRow } from './load';

/** The tasks as CSV (one row per task) and as one calendar with reminders. */
export function TaskDownloads({
  tasks,
  today,
  fileStem,
}: {
  tasks: readonly TaskRow[];
  today: string;
  fileStem: string;
}) {
  if (tasks.length === 0) return null;
  return (
    <div className="mt-4 flex flex-wrap gap-3">
      <Button
        variant="secondary"
        onClick={() =>
          downloadText(buildTasksCsv(tasks), `${fileStem}-${today}.csv`, 'text/csv;charset=utf-8')
        }
      >
        Download tasks (CSV)
      </Button>
      <Button
        variant="secondary"
        onClick={() =>
          downloadText(
            buildTasksCalendar(tasks, today),
            `${fileStem}-${today}.ics`,
            'text/calendar;charset=utf-8',
          )
        }
      >
        Download calendar with reminders (.ics)
      </Button>
    </div>
  );
}
