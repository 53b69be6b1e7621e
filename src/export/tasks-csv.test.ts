import { describe, expect, it } from 'vitest';
import type { Answers } from '../engine/answers';
import { english } from '../i18n/english';
import { evaluateInEnglish } from '../i18n/test-helpers';
import { PERSONAS } from '../share/test-personas';
import { mergeTasks, tasksFor } from '../shared/workspace/tasks';
import type { TaskRecord } from '../shared/workspace/types';
import { buildTasksCsv, csvCell, type TaskCsvRow, taskCsvColumns } from './tasks-csv';

/** The column headers in English (as the README lists them). */
const TASK_CSV_COLUMNS = taskCsvColumns(english) as readonly string[] as readonly [
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
];

/** An RFC 4180 reader (quoted fields, doubled quotes, CRLF records), independent of the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
    else field += c;
  }
  if (field !== '' || row.length) throw new Error('last record not ended by CRLF');
  return rows;
}

const AS_OF = '2026-11-30';
const frontier = PERSONAS.frontierLabOutsideEu as Answers;

function rows(records: TaskRecord[] = [], modelName = 'Łódź AI'): TaskCsvRow[] {
  return mergeTasks(tasksFor('a1', evaluateInEnglish(frontier, AS_OF)), records).map((t) => ({
    ...t,
    modelName,
  }));
}

const rec = (over: Partial<TaskRecord>): TaskRecord => ({
  kind: 'task',
  format: 1,
  id: 'a1/art53_1_a',
  assessmentId: 'a1',
  obligationId: 'art53_1_a',
  itemKey: null,
  status: 'not-started',
  reason: '',
  owner: '',
  due: null,
  evidence: '',
  updatedAt: '2026-11-30T10:00:00.000Z',
  rev: 1,
  ...over,
});

describe('tasks CSV', () => {
  it('starts with a UTF-8 byte-order mark and the documented header, one row per task', () => {
    const list = rows();
    const csv = buildTasksCsv(list, english);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = parseCsv(csv.slice(1));
    expect(parsed[0]).toEqual([...TASK_CSV_COLUMNS]);
    expect(parsed).toHaveLength(list.length + 1);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('ends every record with CRLF and has no bare line break outside quotes', () => {
    const csv = buildTasksCsv(rows([rec({ evidence: 'line one\nline two' })]), english);
    expect(csv.endsWith('\r\n')).toBe(true);
    const outside = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outside.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes each column from the task: user date with source "user", reason only when not needed', () => {
    const csv = buildTasksCsv(
      rows([
        rec({ status: 'in-progress', owner: 'Ana', due: '2027-01-15', evidence: 'https://wiki/x', rev: 2 }),
        rec({
          id: 'a1/art53_1_b',
          obligationId: 'art53_1_b',
          status: 'not-needed',
          reason: 'Covered by group',
        }),
        rec({ id: 'a1/art53_1_c', obligationId: 'art53_1_c', status: 'done', reason: 'stale reason' }),
      ]),
      english,
    );
    const [header, ...body] = parseCsv(csv.slice(1));
    const col = (row: string[] | undefined, name: (typeof TASK_CSV_COLUMNS)[number]) =>
      row?.[header?.indexOf(name) ?? -1];
    const byId = (id: string) => body.find((r) => col(r, 'Task id') === id);
    const a = byId('a1/art53_1_a');
    expect(col(a, 'Model')).toBe('Łódź AI');
    expect(col(a, 'Assessment id')).toBe('a1');
    expect(col(a, 'Obligation')).toBe('Art. 53(1)(a)');
    expect(col(a, 'Status')).toBe('In progress');
    expect(col(a, 'Owner')).toBe('Ana');
    expect(col(a, 'Due date')).toBe('2027-01-15');
    expect(col(a, 'Date source')).toBe('user');
    expect(col(a, 'Evidence')).toBe('https://wiki/x');
    expect(col(a, 'Updated')).toBe('2026-11-30T10:00:00.000Z');
    expect(col(a, 'In current result')).toBe('yes');
    expect(col(byId('a1/art53_1_b'), 'Status')).toBe('Not needed');
    expect(col(byId('a1/art53_1_b'), 'Reason')).toBe('Covered by group');
    expect(col(byId('a1/art53_1_c'), 'Reason')).toBe('');
    const untouched = byId('a1/art53_1_d');
    expect(col(untouched, 'Status')).toBe('Not started');
    expect(col(untouched, 'Due date')).toBe('2026-03-01');
    expect(col(untouched, 'Date source')).toBe('engine');
    expect(col(untouched, 'Updated')).toBe('');
    const item = body.find((r) => col(r, 'Task id')?.startsWith('a1/art53_1_a/'));
    expect(col(item, 'Task')).toBe(evaluateInEnglish(frontier, AS_OF).obligations[0]?.produce[0]);
  });

  it('quotes commas, double quotes and line breaks (RFC 4180) and reads back exactly', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    const evidence = 'Folder "Q4", see\r\nnotes; ok';
    const [, first] = parseCsv(buildTasksCsv(rows([rec({ evidence })]), english).slice(1));
    expect(first?.[TASK_CSV_COLUMNS.indexOf('Evidence')]).toBe(evidence);
  });

  it('neutralises formula injection: = + - @ tab and CR at the start get a leading apostrophe', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const value = `${start}HYPERLINK("http://evil","x")`;
      const cell = csvCell(value);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
      expect(unquoted, JSON.stringify(start)).toBe(`'${value}`);
    }
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell("'already")).toBe("'already");
    const [, first] = parseCsv(buildTasksCsv(rows([rec({ owner: '=1+1' })], '@SUM(A1)'), english).slice(1));
    expect(first?.[TASK_CSV_COLUMNS.indexOf('Owner')]).toBe("'=1+1");
    expect(first?.[TASK_CSV_COLUMNS.indexOf('Model')]).toBe("'@SUM(A1)");
  });

  it('marks a task no longer in the result', () => {
    const gone = rec({ id: 'a1/art53_1_a/old-0badf00d', itemKey: 'old-0badf00d', status: 'done' });
    const parsed = parseCsv(buildTasksCsv(rows([gone]), english).slice(1));
    const row = parsed.find((r) => r.at(-1) === gone.id);
    expect(row?.[TASK_CSV_COLUMNS.indexOf('In current result')]).toBe('no');
  });

  it('is only the header for no tasks', () => {
    expect(buildTasksCsv([], english)).toBe(`\ufeff${TASK_CSV_COLUMNS.join(',')}\r\n`);
  });
});
