import { Button } from '../../components/Button';
import { buildTasksCalendar } from '../../export/ics';
import { buildTasksCsv } from '../../export/tasks-csv';
import { useTranslator } from '../../i18n/react';
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
  const tr = useTranslator();
  if (tasks.length === 0) return null;
  return (
    <div className="mt-4 flex flex-wrap gap-3">
      <Button
        variant="secondary"
        onClick={() =>
          downloadText(buildTasksCsv(tasks, tr), `${fileStem}-${today}.csv`, 'text/csv;charset=utf-8')
        }
      >
        {tr.m('workspace.downloadCsv')}
      </Button>
      <Button
        variant="secondary"
        onClick={() =>
          downloadText(
            buildTasksCalendar(tasks, today, tr),
            `${fileStem}-${today}.ics`,
            'text/calendar;charset=utf-8',
          )
        }
      >
        {tr.m('workspace.downloadIcs')}
      </Button>
    </div>
  );
}
