/**
 * `npm run assess -- --batch register.csv` (or `.jsonl`: one answers object per line): one result line per
 * model on stdout — name, GPAI, provider role, systemic risk, open-source exemption, next date — tab-separated
 * so a spreadsheet or `cut -f` can read it; each bad row on stderr with its line number (and column or field).
 * Exit codes: 0 every row assessed · 1 some rows were bad (said on the last stderr line) · 2 the file cannot
 * be read (arguments, file, encoding, header). Read with the single-file CLI's hardening (ADR 0074): regular
 * files only, a size cap, strict UTF-8, every input-derived text escaped for the terminal. ADR 0097.
 */
import { isRealCalendarDate } from '../engine/answers';
import { evaluate } from '../engine/evaluate';
import type { Report } from '../engine/report';
import { parseAnswers } from '../engine/validate';
import { findDuplicateKey, locateJsonError } from '../export/json-check';
import { nextDateWords } from '../export/memo/summary';
import { MAX_REGISTER_BYTES, parseRegister, type RowProblem, rowAnswers } from '../export/register-csv';
import { english } from '../i18n/english';
import { localizeReport } from '../i18n/report';
import type { CliDeps, CliResult } from './run';
import { capLines, printable } from './terminal-text';

export const BATCH_USAGE = `Usage: npm run assess -- --batch <register.csv|register.jsonl> [--as-of YYYY-MM-DD]

Prints one line per model, tab-separated: name, GPAI, provider role, systemic risk,
open-source exemption, next date. Bad rows go to standard error with their line number.

  --batch <file>        a model register: CSV with a header row (columns in the README,
                        "Model register (CSV)"), or JSON lines (.jsonl: one answers object per
                        line). A regular UTF-8 file of at most ${MAX_REGISTER_BYTES / 1024 / 1024} MB; "-" reads standard input
  --as-of YYYY-MM-DD    evaluate as of this calendar date (default: today)

Exit codes: 0 every row assessed · 1 some rows were bad · 2 the file cannot be read.
Not legal advice.
`;

/** Enough for a register's worth of mistakes; the rest are counted. */
export const MAX_BATCH_PROBLEM_LINES = 200;

interface BatchOptions {
  file: string;
  asOf: string | null;
}

const fail = (message: string): CliResult => ({
  code: 2,
  stdout: '',
  stderr: `assess: ${printable(message)}\n`,
});

function parseBatchArgs(argv: readonly string[]): BatchOptions | CliResult {
  let file: string | null = null;
  let asOf: string | null = null;
  if (argv.includes('-h') || argv.includes('--help')) return { code: 0, stdout: BATCH_USAGE, stderr: '' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq !== -1 ? arg.slice(0, eq) : arg;
    if (name !== '--batch' && name !== '--as-of')
      return fail(`--batch takes only --as-of besides the register; got ${JSON.stringify(arg)}.`);
    const value = eq !== -1 && arg.startsWith('--') ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || (value.startsWith('--') && value !== '-'))
      return fail(
        `${name} needs a value: ${name === '--batch' ? '--batch register.csv' : '--as-of 2026-11-25'}.`,
      );
    if (name === '--batch') {
      if (file !== null) return fail('--batch is given twice; give one register.');
      file = value;
    } else {
      if (asOf !== null) return fail('--as-of is given twice; give it once.');
      if (!/^\d{4}-\d{2}-\d{2}$/u.test(value) || !isRealCalendarDate(value))
        return fail(
          `--as-of must be a real date written YYYY-MM-DD, for example 2026-11-25; got ${JSON.stringify(value)}.`,
        );
      asOf = value;
    }
  }
  if (file === null) return fail('Missing the register: npm run assess -- --batch register.csv.');
  return { file, asOf };
}

function readError(file: string, error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  const message = printable((error as Error)?.message ?? String(error));
  switch (code) {
    case 'ENOENT':
      return `${file}: no such file. Check the path.`;
    case 'EISDIR':
      return `${file}: this is a directory, not a register.`;
    case 'EACCES':
    case 'EPERM':
      return `${file}: permission denied: the file cannot be read.`;
    case 'ENOTREG':
      return `${file}: this is ${message}, not a regular file.`;
    case 'EFBIG':
      return `${file}: too large (${message}); a register is read up to ${MAX_REGISTER_BYTES / 1024 / 1024} MB. Split it into smaller files.`;
    case 'ETTY':
      return `${file}: standard input is a terminal. Pipe the register in: npm run assess -- --batch - < register.csv`;
    default:
      return `${file}: cannot be read (${message}).`;
  }
}

interface Row {
  line: number;
  name: string;
  answers: Parameters<typeof evaluate>[0];
}

export function runBatch(argv: readonly string[], deps: CliDeps): CliResult {
  const options = parseBatchArgs(argv);
  if ('code' in options) return options;
  const file = options.file === '-' ? '(standard input)' : printable(options.file);

  let bytes: Uint8Array;
  try {
    bytes = deps.readFile(options.file, MAX_REGISTER_BYTES);
  } catch (error) {
    return fail(readError(file, error));
  }
  if (bytes.length > MAX_REGISTER_BYTES)
    return fail(readError(file, { code: 'EFBIG', message: `${bytes.length} bytes` }));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(`${file}: not UTF-8 text. Save the register with the UTF-8 encoding.`);
  }

  const asOf = options.asOf ?? deps.today();
  if (!isRealCalendarDate(asOf))
    return {
      code: 2,
      stdout: '',
      stderr: `assess: could not read today's date (${printable(asOf)}); pass --as-of YYYY-MM-DD.\n`,
    };

  const read = isJsonLines(options.file, text) ? readJsonLines(text) : readCsv(text);
  if ('message' in read) return fail(`${file}: ${read.message}`);

  const out: string[] = [];
  const problems = [...read.problems];
  for (const row of read.rows) {
    let report: Report;
    try {
      // The batch's result lines are English (a register tool's columns); --lang applies to one report.
      report = localizeReport((deps.evaluate ?? evaluate)(row.answers, asOf), english);
    } catch (error) {
      problems.push({
        line: row.line,
        column: '',
        message: `internal error while evaluating this row (${(error as Error)?.message ?? String(error)}); this is a bug in GPAI Navigator, please report it.`,
      });
      continue;
    }
    out.push(resultLine(row.name, report));
  }
  problems.sort((a, b) => a.line - b.line);
  const bad = new Set(problems.map((p) => p.line)).size;
  const total = out.length + bad;
  const lines = problems.map((p) =>
    printable(`${file}: line ${p.line}${p.column ? `, ${p.column}` : ''}: ${p.message}`),
  );
  const stderr = bad
    ? `${[...capLines(lines, MAX_BATCH_PROBLEM_LINES), `assess: ${bad} of ${total} rows had problems and were not assessed; the other ${total - bad} are on standard output.`].join('\n')}\n`
    : '';
  return { code: bad ? 1 : 0, stdout: out.length ? `${out.join('\n')}\n` : '', stderr };
}

/** Name, GPAI, role, systemic risk, open-source exemption, next date: tab-separated, escaped for the terminal. */
export function resultLine(name: string, report: Report): string {
  const cells = [
    name,
    `GPAI: ${report.verdicts.gpai.label}`,
    `role: ${report.role}`,
    `systemic risk: ${report.verdicts.systemicRisk.label}`,
    `open-source exemption: ${report.verdicts.openSource.label}`,
    // The memo's words point at its list of overdue duties "above"; a result line has none.
    `next: ${nextDateWords(report).replace(/ above$/u, '')}`,
  ];
  return cells.map((c) => printable(c.replace(/\t/gu, ' '))).join('\t');
}

function isJsonLines(path: string, text: string): boolean {
  if (/\.(jsonl|ndjson)$/iu.test(path)) return true;
  if (/\.csv$/iu.test(path)) return false;
  return text
    .replace(/^\uFEFF/u, '')
    .trimStart()
    .startsWith('{');
}

type Read = { rows: Row[]; problems: RowProblem[] } | { message: string };

function readCsv(text: string): Read {
  const parsed = parseRegister(text);
  if (!parsed.ok)
    return {
      message: `${parsed.line ? `line ${parsed.line}${parsed.column ? `, ${parsed.column}` : ''}: ` : ''}${parsed.message}`,
    };
  const rows: Row[] = [];
  const problems = [...parsed.problems];
  for (const row of parsed.rows) {
    const answers = rowAnswers(row);
    if (answers.ok) rows.push({ line: row.line, name: row.name, answers: answers.answers });
    else problems.push(...answers.problems);
  }
  return { rows, problems };
}

function readJsonLines(text: string): Read {
  const rows: Row[] = [];
  const problems: RowProblem[] = [];
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  lines.forEach((body, i) => {
    const line = i + 1;
    if (body.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (error) {
      const at = locateJsonError(body);
      problems.push({
        line,
        column: at ? `column ${at.column}` : '',
        message: at ? at.reason : `not valid JSON (${(error as Error).message})`,
      });
      return;
    }
    const duplicate = findDuplicateKey(body);
    if (duplicate) {
      problems.push({
        line,
        column: `column ${duplicate.column}`,
        message: `the key "${duplicate.key}" appears twice; keep one of them.`,
      });
      return;
    }
    const parsed = parseAnswers(value);
    if (!parsed.ok) {
      for (const issue of parsed.issues) problems.push({ line, column: issue.path, message: issue.message });
      return;
    }
    rows.push({
      line,
      name: parsed.answers.modelName || `(line ${line}, no model name)`,
      answers: parsed.answers,
    });
  });
  if (rows.length === 0 && problems.length === 0)
    return { message: 'the file is empty: expected one answers object per line.' };
  return { rows, problems };
}
