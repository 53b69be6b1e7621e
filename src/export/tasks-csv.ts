/**
 * The obligation tracker's tasks as CSV (issue #9, ADR 0095): one row per task, the columns documented in the
 * README ("Task export (CSV)"), so that the file opens in a spreadsheet or imports into a tracker. RFC 4180:
 * every line ends with CRLF, a field holding a comma, a double quote or a line break is quoted, and a double
 * quote inside is doubled. UTF-8 with a byte-order mark, so that Excel reads accents right. A cell that a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets a leading
 * apostrophe (OWASP "CSV injection"): model names, owners and evidence are free text from anyone. Pure.
 */
import type { MessageId } from '../engine/text';
import type { Translator } from '../i18n/translator';
import type { TrackedTask } from '../shared/workspace/tasks';
import { taskStatusWords } from './words';

export interface TaskCsvRow extends TrackedTask {
  /** The assessment's name (the model name, or what the team renamed it to). */
  modelName: string;
}

const COLUMN_MESSAGES = [
  'documents.csvModel',
  'documents.csvAssessmentId',
  'documents.csvObligation',
  'documents.csvTask',
  'documents.csvStatus',
  'documents.csvReason',
  'documents.csvOwner',
  'documents.csvDueDate',
  'documents.csvDateSource',
  'documents.csvEvidence',
  'documents.csvUpdated',
  'documents.csvInResult',
  'documents.csvTaskId',
] as const satisfies readonly MessageId[];

/** The column headers in a language. */
export function taskCsvColumns(tr: Translator): string[] {
  return COLUMN_MESSAGES.map((msg) => tr.m(msg));
}

const BOM = '\ufeff';
const CRLF = '\r\n';
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: neutralised if a spreadsheet would run it, then quoted when RFC 4180 needs it. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function cells(t: TaskCsvRow, tr: Translator): string[] {
  return [
    t.modelName,
    t.assessmentId,
    t.article,
    t.title,
    taskStatusWords(t.status, tr),
    t.status === 'not-needed' ? t.reason : '',
    t.owner,
    t.due ?? '',
    t.dueSource ?? '',
    t.evidence,
    t.updatedAt ?? '',
    tr.m(t.inResult ? 'documents.csvYes' : 'documents.csvNo'),
    t.id,
  ];
}

/** The CSV with its headers and words in the translator's language (ids, dates and free text as recorded). */
export function buildTasksCsv(tasks: readonly TaskCsvRow[], tr: Translator): string {
  const lines = [taskCsvColumns(tr), ...tasks.map((t) => cells(t, tr))].map((row) =>
    row.map(csvCell).join(','),
  );
  return BOM + lines.join(CRLF) + CRLF;
}
