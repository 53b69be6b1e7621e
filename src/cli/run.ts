/**
 * The command line's logic as a function: argv and two effects in (read a file, today's date), exit code and
 * output out. `assess.ts` is the thin entry that wires it to the process. Exit codes: 0 report printed,
 * 2 bad input (arguments, file, JSON, answers, date), 1 internal error. Messages never carry a stack trace.
 * A version 1 answers file is migrated (ADR 0050): the report is printed, and each answer now read
 * differently is one "note:" line on stderr, so the report on stdout stays machine-readable.
 */
import { isRealCalendarDate } from '../engine/answers';
import { evaluate } from '../engine/evaluate';
import type { Migration } from '../engine/migrate';
import type { EngineReport } from '../engine/report';
import { parseAnswers } from '../engine/validate';
import { MAX_IMPORT_BYTES } from '../export/answers-json';
import { splitAnswersRecord } from '../export/answers-record';
import { findDuplicateKey, locateJsonError } from '../export/json-check';
import { translatorFor } from '../i18n/all';
import { isLang, LANGUAGES, type Lang } from '../i18n/languages';
import { localizeReport } from '../i18n/report';
import { runBatch } from './batch';
import { runCompare, wantsCompare } from './compare';
import { renderReportText } from './render-text';
import { capLines, printable, printableJson, printableLines } from './terminal-text';

/** The same cap as the web import: an answers file is a few kilobytes. */
export const MAX_INPUT_BYTES = MAX_IMPORT_BYTES;
/** A screenful of problems; the rest are counted. */
export const MAX_PROBLEM_LINES = 20;

export interface CliDeps {
  /**
   * Reads the answers file ("-": standard input) as bytes, at most maxBytes of them; throws an error with a
   * code when it cannot or will not (ENOENT, EISDIR, EACCES; ENOTREG, EFBIG, ETTY from ./read-input).
   */
  readFile(path: string, maxBytes: number): Uint8Array;
  /** Today's calendar date, YYYY-MM-DD (the CLI may read the clock; the engine never does). */
  today(): string;
  /** The engine; injectable so tests can prove an internal error is reported without a stack trace. */
  evaluate?: (answers: Parameters<typeof evaluate>[0], asOf: string) => EngineReport;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export const USAGE = `Usage: npm run assess -- <answers.json> [--as-of YYYY-MM-DD] [--format json|text]

Prints the GPAI Navigator report for the answers in <answers.json>.

  <answers.json>        answers file, schema version 2 (see docs/answers.schema.json and
                        docs/examples/); a version 1 file is migrated, with a "note:" line on
                        stderr for each answer now read differently. "-" reads standard input.
                        A regular UTF-8 file of at most 256 KB; keys must not repeat
  --as-of YYYY-MM-DD    evaluate as of this calendar date (default: today)
  --format json|text    json (default): the report object; text: a readable summary
  --lang en|de|fr       the language of the report's text (default en); the JSON keys and
                        values other than text do not change
  -h, --help            show this help

  npm run assess -- --compare <a.json> <b.json> [--as-of YYYY-MM-DD] [--json]
                        what differs between two answers files (--compare --help for more)

  npm run assess -- --batch <register.csv|register.jsonl> [--as-of YYYY-MM-DD]
                        one result line per model of a register (--batch --help for more)

Exit codes: 0 report printed · 2 bad input (arguments, file, JSON, answers, date) · 1 internal error.
Not legal advice.
`;

const HELP_HINT = 'Run "npm run assess -- --help" for usage.';
const OPTIONS = ['--as-of', '--format', '--lang', '--help'] as const;

const ok = (stdout: string): CliResult => ({ code: 0, stdout, stderr: '' });
export const usageError = (message: string): CliResult => ({
  code: 2,
  stdout: '',
  stderr: `assess: ${printable(message)}\n${HELP_HINT}\n`,
});
export const inputError = (lines: string[]): CliResult => ({
  code: 2,
  stdout: '',
  stderr: `${capLines(lines, MAX_PROBLEM_LINES).join('\n')}\n`,
});

interface Options {
  file: string;
  asOf: string | null;
  format: 'json' | 'text';
  lang: Lang;
}

function parseArgs(argv: readonly string[]): Options | CliResult {
  const positional: string[] = [];
  let asOf: string | null = null;
  let format: string | null = null;
  let lang: string | null = null;
  let onlyPositional = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyPositional || arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositional = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return ok(USAGE);
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (name !== '--as-of' && name !== '--format' && name !== '--lang') {
      const near = OPTIONS.find((o) => o.replace(/-/gu, '') === name.replace(/-/gu, '').toLowerCase());
      return usageError(`Unknown option "${name}".${near ? ` Did you mean "${near}"?` : ''}`);
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--'))
        return usageError(
          `${name} needs a value: ${name === '--as-of' ? '--as-of 2026-11-25' : name === '--lang' ? '--lang de' : '--format json or --format text'}.`,
        );
      i++;
    }
    if (name === '--as-of') {
      if (asOf !== null) return usageError('--as-of is given twice; give it once.');
      asOf = value;
    } else if (name === '--lang') {
      if (lang !== null) return usageError('--lang is given twice; give it once.');
      lang = value;
    } else {
      if (format !== null) return usageError('--format is given twice; give it once.');
      format = value;
    }
  }

  if (positional.length === 0)
    return usageError('Missing the answers file: npm run assess -- <answers.json>.');
  if (positional.length > 1)
    return usageError(
      `Give one answers file; got ${positional.length}: ${positional.map((p) => JSON.stringify(p)).join(', ')}.`,
    );
  if (format !== null && format !== 'json' && format !== 'text')
    return usageError(`--format must be "json" or "text", not ${JSON.stringify(format)}.`);
  if (lang !== null && !isLang(lang))
    return usageError(`--lang must be one of ${LANGUAGES.join(', ')}, not ${JSON.stringify(lang)}.`);
  if (asOf !== null) {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(asOf))
      return usageError(
        `--as-of must be a date written YYYY-MM-DD, for example 2026-11-25; got ${JSON.stringify(asOf)}.`,
      );
    if (!isRealCalendarDate(asOf))
      return usageError(
        `--as-of ${asOf} is not a date in the calendar (or is outside 1900–2200). Check the day and month.`,
      );
  }
  return {
    file: positional[0] as string,
    asOf,
    format: (format ?? 'json') as 'json' | 'text',
    lang: (lang ?? 'en') as Lang,
  };
}

export function readError(file: string, error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  const message = (error as Error)?.message ?? String(error);
  const kb = Math.round(MAX_INPUT_BYTES / 1024);
  switch (code) {
    case 'ENOENT':
      return `${file}: no such file. Check the path.`;
    case 'EISDIR':
      return `${file}: this is a directory, not an answers file.`;
    case 'EACCES':
    case 'EPERM':
      return `${file}: permission denied: the file cannot be read.`;
    case 'ENOTREG':
      return `${file}: this is ${message}, not a regular file. Give the path of an answers file, or "-" and the answers on standard input.`;
    case 'EFBIG':
      return `${file}: too large (${message}): an answers file is a few kilobytes; at most ${kb} KB is read.`;
    case 'ETTY':
      return `${file}: standard input is a terminal. Pipe the answers in: npm run assess -- - < answers.json`;
    default:
      return `${file}: cannot be read (${printable(message)}).`;
  }
}

export function decodeUtf8(file: string, bytes: Uint8Array): { text: string } | CliResult {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return inputError([`${file}: not UTF-8 text. Save the answers file with the UTF-8 encoding.`]);
  }
}

export function parseJson(file: string, text: string): { value: unknown } | CliResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '')
    return inputError([`${file}: the file is empty; expected a JSON object with the answers.`]);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const where = locateJsonError(body);
    return inputError([
      where
        ? `${file}: line ${where.line}, column ${where.column}: ${where.reason}`
        : `${file}: not valid JSON (${printable((error as Error).message)}).`, // V8 quotes the input
    ]);
  }
  let duplicate: ReturnType<typeof findDuplicateKey>;
  try {
    duplicate = findDuplicateKey(body);
  } catch {
    return inputError([`${file}: the JSON is nested too deeply to be an answers file.`]);
  }
  if (duplicate)
    return inputError([
      `${file}: line ${duplicate.line}, column ${duplicate.column}: the key "${printable(duplicate.key)}" appears twice in ${duplicate.path ? `"${printable(duplicate.path)}"` : 'the top-level object'}; keep one of them.`,
    ]);
  return { value };
}

export function runCli(argv: readonly string[], deps: CliDeps): CliResult {
  if (wantsCompare(argv)) return runCompare(argv, deps);
  if (argv.some((a) => a === '--batch' || a.startsWith('--batch='))) return runBatch(argv, deps);
  const options = parseArgs(argv);
  if ('code' in options) return options;
  const { format } = options;
  const file = options.file === '-' ? '(standard input)' : printable(options.file);

  let bytes: Uint8Array;
  try {
    bytes = deps.readFile(options.file, MAX_INPUT_BYTES);
  } catch (error) {
    return inputError([readError(file, error)]);
  }
  // A reader that ignores the cap (an injected one) still cannot pass more on.
  if (bytes.length > MAX_INPUT_BYTES)
    return inputError([readError(file, { code: 'EFBIG', message: `${bytes.length} bytes` })]);
  const decoded = decodeUtf8(file, bytes);
  if ('code' in decoded) return decoded;

  const json = parseJson(file, decoded.text);
  if ('code' in json) return json;

  // A workspace export may carry provenance and a sign-off beside the answers (ADR 0094): checked, then set aside.
  const split = splitAnswersRecord(json.value);
  const parsed = split.ok ? parseAnswers(split.answers) : split;
  if (!parsed.ok)
    return inputError(
      parsed.issues.map((i) =>
        i.path === ''
          ? `${file}: ${printable(i.message)}`
          : `${file}: ${printable(i.path)}: ${printable(i.message)}`,
      ),
    );

  let asOf = options.asOf;
  if (asOf === null) {
    asOf = deps.today();
    if (!isRealCalendarDate(asOf))
      return {
        code: 1,
        stdout: '',
        stderr: `assess: could not read today's date (${asOf}); pass --as-of YYYY-MM-DD.\n`,
      };
  }

  let report: ReturnType<typeof localizeReport>;
  const translator = translatorFor(options.lang);
  try {
    report = localizeReport((deps.evaluate ?? evaluate)(parsed.answers, asOf), translator);
  } catch (error) {
    return {
      code: 1,
      stdout: '',
      stderr: `assess: internal error while evaluating ${file}: ${printable((error as Error)?.message ?? String(error))}\nThis is a bug in GPAI Navigator, not in your answers; please report it with the answers file.\n`,
    };
  }

  return {
    ...ok(
      format === 'text'
        ? printableLines(renderReportText(report, translator))
        : `${printableJson(JSON.stringify(report, null, 2))}\n`,
    ),
    stderr: migrationNotes(file, parsed.migration),
  };
}

function migrationNotes(file: string, migration: Migration | null): string {
  if (!migration) return '';
  return migration.notes
    .map((n) => `${printable(`note: ${file}: ${n.field}: ${n.change} (${n.rules.join(', ')})`)}\n`)
    .join('');
}
