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
import { english } from '../i18n/all';
import { localizeReport } from '../i18n/report';
import type { Translator } from '../i18n/translator';
import { type CliDeps, type CliResult, kindWords, langError, sizeWords } from './run';
import { capLines, printable } from './terminal-text';

const MB = String(MAX_REGISTER_BYTES / 1024 / 1024);

/** The --batch usage text in the language chosen by --lang. */
export function batchUsage(tr: Translator): string {
  return tr.m('cli.batchUsage', { mb: MB });
}

export const BATCH_USAGE = batchUsage(english);

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

function parseBatchArgs(argv: readonly string[], tr: Translator): BatchOptions | CliResult {
  let file: string | null = null;
  let asOf: string | null = null;
  let lang: string | null = null;
  if (argv.includes('-h') || argv.includes('--help')) return { code: 0, stdout: batchUsage(tr), stderr: '' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq !== -1 ? arg.slice(0, eq) : arg;
    if (name !== '--batch' && name !== '--as-of' && name !== '--lang')
      return fail(tr.m('cli.batchOnlyAsOf', { arg: JSON.stringify(arg) }));
    const value = eq !== -1 && arg.startsWith('--') ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || (value.startsWith('--') && value !== '-'))
      return fail(
        tr.m('cli.needsValue', {
          name,
          example:
            name === '--batch'
              ? '--batch register.csv'
              : name === '--lang'
                ? '--lang de'
                : '--as-of 2026-11-25',
        }),
      );
    if (name === '--batch') {
      if (file !== null) return fail(tr.m('cli.batchTwice'));
      file = value;
    } else if (name === '--lang') {
      if (lang !== null) return fail(tr.m('cli.givenTwice', { name: '--lang' }));
      const wrong = langError(value, tr);
      if (wrong) return wrong;
      lang = value;
    } else {
      if (asOf !== null) return fail(tr.m('cli.givenTwice', { name: '--as-of' }));
      if (!/^\d{4}-\d{2}-\d{2}$/u.test(value) || !isRealCalendarDate(value))
        return fail(tr.m('cli.batchAsOf', { value: JSON.stringify(value) }));
      asOf = value;
    }
  }
  if (file === null) return fail(tr.m('cli.batchMissingRegister'));
  return { file, asOf };
}

function readError(file: string, error: unknown, tr: Translator): string {
  const code = (error as { code?: unknown })?.code;
  const message = printable((error as Error)?.message ?? String(error));
  switch (code) {
    case 'ENOENT':
      return tr.m('cli.readNoFile', { file });
    case 'EISDIR':
      return tr.m('cli.batchReadDirectory', { file });
    case 'EACCES':
    case 'EPERM':
      return tr.m('cli.readPermission', { file });
    case 'ENOTREG':
      return tr.m('cli.batchReadNotRegular', { file, kind: kindWords(message, tr) });
    case 'EFBIG':
      return tr.m('cli.batchReadTooLarge', { file, size: sizeWords(message, tr), mb: MB });
    case 'ETTY':
      return tr.m('cli.batchReadTerminal', { file });
    default:
      return tr.m('cli.readFailed', { file, error: message });
  }
}

interface Row {
  line: number;
  name: string;
  answers: Parameters<typeof evaluate>[0];
}

export function runBatch(argv: readonly string[], deps: CliDeps, tr: Translator): CliResult {
  const options = parseBatchArgs(argv, tr);
  if ('code' in options) return options;
  const file = options.file === '-' ? tr.m('cli.standardInput') : printable(options.file);

  let bytes: Uint8Array;
  try {
    bytes = deps.readFile(options.file, MAX_REGISTER_BYTES);
  } catch (error) {
    return fail(readError(file, error, tr));
  }
  if (bytes.length > MAX_REGISTER_BYTES)
    return fail(readError(file, { code: 'EFBIG', message: `${bytes.length} bytes` }, tr));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(tr.m('cli.batchNotUtf8', { file }));
  }

  const asOf = options.asOf ?? deps.today();
  if (!isRealCalendarDate(asOf))
    return {
      code: 2,
      stdout: '',
      stderr: `assess: ${printable(tr.m('cli.todayUnreadable', { date: asOf }))}\n`,
    };

  const read = isJsonLines(options.file, text) ? readJsonLines(text, tr) : readCsv(text, tr);
  if ('message' in read) return fail(`${file}: ${read.message}`);

  const out: string[] = [];
  const problems = [...read.problems];
  for (const row of read.rows) {
    let report: Report;
    try {
      // The result lines are in the language chosen by --lang (English by default).
      report = localizeReport((deps.evaluate ?? evaluate)(row.answers, asOf), tr);
    } catch (error) {
      problems.push({
        line: row.line,
        column: '',
        message: tr.m('cli.batchRowInternalError', { error: (error as Error)?.message ?? String(error) }),
      });
      continue;
    }
    out.push(resultLine(row.name, report, tr));
  }
  problems.sort((a, b) => a.line - b.line);
  const bad = new Set(problems.map((p) => p.line)).size;
  const total = out.length + bad;
  const lines = problems.map((p) => printable(`${file}: ${atLine(p.line, p.column, p.message, tr)}`));
  const summary = tr.m('cli.batchSummary', {
    bad: String(bad),
    total: String(total),
    rest: String(total - bad),
  });
  const stderr = bad
    ? `${[...capLines(lines, MAX_BATCH_PROBLEM_LINES), `assess: ${summary}`].join('\n')}\n`
    : '';
  return { code: bad ? 1 : 0, stdout: out.length ? `${out.join('\n')}\n` : '', stderr };
}

/** Name, GPAI, role, systemic risk, open-source exemption, next date: tab-separated, escaped for the terminal. */
export function resultLine(name: string, report: Report, tr: Translator): string {
  const cells = [
    name,
    tr.m('cli.resultGpai', { label: report.verdicts.gpai.label }),
    tr.m('cli.resultRole', { role: report.role }),
    tr.m('cli.resultSystemicRisk', { label: report.verdicts.systemicRisk.label }),
    tr.m('cli.resultOpenSource', { label: report.verdicts.openSource.label }),
    // The memo's words point at its list of overdue duties "above"; a result line has none.
    tr.m('cli.resultNext', { next: nextDateWords(report, tr).replace(/ above$/u, '') }),
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

/** "line 3: …", "line 3, column 7: …". */
function atLine(line: number, column: string, message: string, tr: Translator): string {
  return column
    ? tr.m('cli.batchAtLineColumn', { line: String(line), column, message })
    : tr.m('cli.batchAtLine', { line: String(line), message });
}

function readCsv(text: string, tr: Translator): Read {
  const parsed = parseRegister(text, tr);
  if (!parsed.ok)
    return {
      message: parsed.line ? atLine(parsed.line, parsed.column ?? '', parsed.message, tr) : parsed.message,
    };
  const rows: Row[] = [];
  const problems = [...parsed.problems];
  for (const row of parsed.rows) {
    const answers = rowAnswers(row, tr);
    if (answers.ok) rows.push({ line: row.line, name: row.name, answers: answers.answers });
    else problems.push(...answers.problems);
  }
  return { rows, problems };
}

function readJsonLines(text: string, tr: Translator): Read {
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
        column: at ? tr.m('cli.batchColumn', { column: String(at.column) }) : '',
        message: at ? at.reason : tr.m('cli.batchNotJsonLine', { error: (error as Error).message }),
      });
      return;
    }
    const duplicate = findDuplicateKey(body);
    if (duplicate) {
      problems.push({
        line,
        column: tr.m('cli.batchColumn', { column: String(duplicate.column) }),
        message: tr.m('cli.batchDuplicateKey', { key: duplicate.key }),
      });
      return;
    }
    const parsed = parseAnswers(value);
    if (!parsed.ok) {
      for (const issue of parsed.issues)
        problems.push({ line, column: issue.path, message: tr.t(issue.message) });
      return;
    }
    rows.push({
      line,
      name: parsed.answers.modelName || tr.m('cli.batchNoModelName', { line: String(line) }),
      answers: parsed.answers,
    });
  });
  if (rows.length === 0 && problems.length === 0) return { message: tr.m('cli.batchEmptyJsonLines') };
  return { rows, problems };
}
