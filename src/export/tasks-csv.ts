/**
 * The obligation tracker's tasks as CSV (issue #9, ADR 0095): one row per task, the columns documented in the
 * README ("Task export (CSV)"), so that the file opens in a spreadsheet or imports into a tracker. RFC 4180:
 * every line ends with CRLF, a field holding a comma, a double quote or a line break is quoted, and a double
 * quote inside is doubled. UTF-8 with a byte-order mark, so that Excel reads accents right. A cell that a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets a leading
 * apostrophe (OWASP "CSV injection"): model names, owners and evidence are free text from anyone. Pure.
 */
import { TASK_STATUS_WORDS, type TrackedTask } from '../shared/workspace/tasks';

export interface TaskCsvRow extends TrackedTask {
  /** The assessment's name (the model name, or what the team renamed it to). */
  modelName: string;
}

export const TASK_CSV_COLUMNS = [
  'Model',
  'Assessment id',
  'Obligation',
  'Task',
  'Status',
  'Reason',
  'Owner',
  'Due date',
  'Date source',
  'Evidence',
  'Updated',
  'In current result',
  'Task id',
] as const;

const BOM = '\ufeff';
const CRLF = '\r\n';
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: neutralised if a spreadsheet would run it, then quoted when RFC 4180 needs it. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function cells(t: TaskCsvRow): string[] {
  return [
    t.modelName,
    t.assessmentId,
    t.article,
    t.title,
    TASK_STATUS_WORDS[t.status],
    t.status === 'not-needed' ? t.reason : '',
    t.owner,
    t.due ?? '',
    t.dueSource ?? '',
    t.evidence,
    t.updatedAt ?? '',
    t.inResult ? 'yes' : 'no',
    t.id,
  ];
}

export function buildTasksCsv(tasks: readonly TaskCsvRow[]): string {
  const lines = [TASK_CSV_COLUMNS as readonly string[], ...tasks.map(cells)].map((row) =>
    row.map(csvCell).join(','),
  );
  return BOM + lines.join(CRLF) + CRLF;
}
