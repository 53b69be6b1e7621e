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
import type { Text } from '../engine/text';
import { parseAnswers } from '../engine/validate';
import { MAX_IMPORT_BYTES } from '../export/answers-json';
import { splitAnswersRecord } from '../export/answers-record';
import { findDuplicateKey, locateJsonError } from '../export/json-check';
import { english, translatorFor } from '../i18n/all';
import { isLang, LANGUAGES, type Lang } from '../i18n/languages';
import { localizeReport } from '../i18n/report';
import type { Translator } from '../i18n/translator';
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

/** The usage text in the language chosen by --lang (English by default). */
export function usage(tr: Translator): string {
  return tr.m('cli.usage');
}

export const USAGE = usage(english);

const OPTIONS = ['--as-of', '--format', '--lang', '--help'] as const;

const ok = (stdout: string): CliResult => ({ code: 0, stdout, stderr: '' });
export const usageError = (message: string, tr: Translator): CliResult => ({
  code: 2,
  stdout: '',
  stderr: `assess: ${printable(message)}\n${tr.m('cli.helpHint')}\n`,
});
/**
 * Each line is escaped for the terminal after it is worded: the translator decodes "\u001b" written in a
 * parameter (Lingui's escape sequences), so text escaped before translation would not stay escaped.
 */
export const inputError = (lines: string[]): CliResult => ({
  code: 2,
  stdout: '',
  stderr: `${capLines(lines.map(printable), MAX_PROBLEM_LINES).join('\n')}\n`,
});

interface Options {
  file: string;
  asOf: string | null;
  format: 'json' | 'text';
  lang: Lang;
}

/**
 * The language asked for with --lang (before any "--"), read before the arguments are checked so that every
 * message, usage and argument errors included, is in that language; English when absent or not one we have.
 */
export function chosenLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value !== undefined && isLang(value)) return value;
  }
  return 'en';
}

/** The --lang value as given, checked: null when absent; an error when it is not a language we have. */
export function langError(value: string, tr: Translator): CliResult | null {
  return isLang(value)
    ? null
    : usageError(tr.m('cli.langValue', { langs: LANGUAGES.join(', '), value: JSON.stringify(value) }), tr);
}

function parseArgs(argv: readonly string[], tr: Translator): Options | CliResult {
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
    if (arg === '-h' || arg === '--help') return ok(usage(tr));
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (name !== '--as-of' && name !== '--format' && name !== '--lang') {
      const near = OPTIONS.find((o) => o.replace(/-/gu, '') === name.replace(/-/gu, '').toLowerCase());
      return usageError(
        near ? tr.m('cli.unknownOptionNear', { name, near }) : tr.m('cli.unknownOption', { name }),
        tr,
      );
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--'))
        return usageError(
          tr.m('cli.needsValue', {
            name,
            example:
              name === '--as-of'
                ? '--as-of 2026-11-25'
                : name === '--lang'
                  ? '--lang de'
                  : tr.m('cli.formatExample'),
          }),
          tr,
        );
      i++;
    }
    if (name === '--as-of') {
      if (asOf !== null) return usageError(tr.m('cli.givenTwice', { name: '--as-of' }), tr);
      asOf = value;
    } else if (name === '--lang') {
      if (lang !== null) return usageError(tr.m('cli.givenTwice', { name: '--lang' }), tr);
      lang = value;
    } else {
      if (format !== null) return usageError(tr.m('cli.givenTwice', { name: '--format' }), tr);
      format = value;
    }
  }

  if (positional.length === 0) return usageError(tr.m('cli.missingAnswersFile'), tr);
  if (positional.length > 1)
    return usageError(
      tr.m('cli.oneAnswersFile', {
        count: String(positional.length),
        files: positional.map((p) => JSON.stringify(p)).join(', '),
      }),
      tr,
    );
  if (format !== null && format !== 'json' && format !== 'text')
    return usageError(tr.m('cli.formatValue', { value: JSON.stringify(format) }), tr);
  if (lang !== null) {
    const wrong = langError(lang, tr);
    if (wrong) return wrong;
  }
  if (asOf !== null) {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(asOf))
      return usageError(tr.m('cli.asOfFormat', { value: JSON.stringify(asOf) }), tr);
    if (!isRealCalendarDate(asOf)) return usageError(tr.m('cli.asOfCalendar', { value: asOf }), tr);
  }
  return {
    file: positional[0] as string,
    asOf,
    format: (format ?? 'json') as 'json' | 'text',
    lang: (lang ?? 'en') as Lang,
  };
}

const KINDS: Record<string, 'cli.kindFifo' | 'cli.kindDevice' | 'cli.kindSocket' | 'cli.kindOther'> = {
  'a named pipe (FIFO)': 'cli.kindFifo',
  'a device': 'cli.kindDevice',
  'a socket': 'cli.kindSocket',
  'not a regular file': 'cli.kindOther',
};

/** What kind of file a refused input is ("a named pipe (FIFO)"), from ./read-input, in the language. */
export function kindWords(message: string, tr: Translator): string {
  const key = KINDS[message];
  return key ? tr.m(key) : message;
}

/** "12345 bytes", "more than 262144 bytes" (./read-input and the cap check), in the language. */
export function sizeWords(message: string, tr: Translator): string {
  const m = /^(more than )?(\d+) bytes$/u.exec(message);
  if (!m) return message;
  return tr.m(m[1] ? 'cli.moreThanBytes' : 'cli.bytes', { n: m[2] as string });
}

export function readError(file: string, error: unknown, tr: Translator): string {
  const code = (error as { code?: unknown })?.code;
  const message = (error as Error)?.message ?? String(error);
  const kb = String(Math.round(MAX_INPUT_BYTES / 1024));
  switch (code) {
    case 'ENOENT':
      return tr.m('cli.readNoFile', { file });
    case 'EISDIR':
      return tr.m('cli.readDirectory', { file });
    case 'EACCES':
    case 'EPERM':
      return tr.m('cli.readPermission', { file });
    case 'ENOTREG':
      return tr.m('cli.readNotRegular', { file, kind: kindWords(message, tr) });
    case 'EFBIG':
      return tr.m('cli.readTooLarge', { file, size: sizeWords(message, tr), kb });
    case 'ETTY':
      return tr.m('cli.readTerminal', { file });
    default:
      return tr.m('cli.readFailed', { file, error: printable(message) });
  }
}

export function decodeUtf8(file: string, bytes: Uint8Array, tr: Translator): { text: string } | CliResult {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return inputError([tr.m('cli.notUtf8', { file })]);
  }
}

export function parseJson(file: string, text: string, tr: Translator): { value: unknown } | CliResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return inputError([tr.m('cli.emptyFile', { file })]);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const where = locateJsonError(body);
    return inputError([
      where
        ? tr.m('cli.jsonAt', {
            file,
            line: String(where.line),
            column: String(where.column),
            reason: where.reason,
          })
        : tr.m('cli.notJson', { file, error: printable((error as Error).message) }), // V8 quotes the input
    ]);
  }
  let duplicate: ReturnType<typeof findDuplicateKey>;
  try {
    duplicate = findDuplicateKey(body);
  } catch {
    return inputError([tr.m('cli.tooDeep', { file })]);
  }
  if (duplicate)
    return inputError([
      tr.m('cli.duplicateKey', {
        file,
        line: String(duplicate.line),
        column: String(duplicate.column),
        key: printable(duplicate.key),
        where: duplicate.path ? `"${printable(duplicate.path)}"` : tr.m('cli.topLevelObject'),
      }),
    ]);
  return { value };
}

/** One line per problem of the answers: "file: path: message". */
export function issueLines(
  file: string,
  issues: readonly { path: string; message: Text }[],
  tr: Translator,
): string[] {
  return issues.map((i) =>
    i.path === ''
      ? `${file}: ${printable(tr.t(i.message))}`
      : `${file}: ${printable(i.path)}: ${printable(tr.t(i.message))}`,
  );
}

/** The "note:" lines on stderr for migrated answers (the report on stdout stays machine-readable). */
export function migrationNotes(file: string, migration: Migration | null, tr: Translator): string {
  if (!migration) return '';
  return migration.notes
    .map((n) => `${printable(`note: ${file}: ${n.field}: ${tr.t(n.change)} (${n.rules.join(', ')})`)}\n`)
    .join('');
}

export function runCli(argv: readonly string[], deps: CliDeps): CliResult {
  const tr = translatorFor(chosenLang(argv));
  if (wantsCompare(argv)) return runCompare(argv, deps, tr);
  if (argv.some((a) => a === '--batch' || a.startsWith('--batch='))) return runBatch(argv, deps, tr);
  const options = parseArgs(argv, tr);
  if ('code' in options) return options;
  const { format } = options;
  const file = options.file === '-' ? tr.m('cli.standardInput') : printable(options.file);

  let bytes: Uint8Array;
  try {
    bytes = deps.readFile(options.file, MAX_INPUT_BYTES);
  } catch (error) {
    return inputError([readError(file, error, tr)]);
  }
  // A reader that ignores the cap (an injected one) still cannot pass more on.
  if (bytes.length > MAX_INPUT_BYTES)
    return inputError([readError(file, { code: 'EFBIG', message: `${bytes.length} bytes` }, tr)]);
  const decoded = decodeUtf8(file, bytes, tr);
  if ('code' in decoded) return decoded;

  const json = parseJson(file, decoded.text, tr);
  if ('code' in json) return json;

  // A workspace export may carry provenance and a sign-off beside the answers (ADR 0094): checked, then set aside.
  const split = splitAnswersRecord(json.value);
  const parsed = split.ok ? parseAnswers(split.answers) : split;
  if (!parsed.ok) return inputError(issueLines(file, parsed.issues, tr));

  let asOf = options.asOf;
  if (asOf === null) {
    asOf = deps.today();
    if (!isRealCalendarDate(asOf))
      return {
        code: 1,
        stdout: '',
        stderr: `assess: ${printable(tr.m('cli.todayUnreadable', { date: asOf }))}\n`,
      };
  }

  let report: ReturnType<typeof localizeReport>;
  const translator = tr;
  try {
    report = localizeReport((deps.evaluate ?? evaluate)(parsed.answers, asOf), translator);
  } catch (error) {
    return {
      code: 1,
      stdout: '',
      stderr: `assess: ${printable(tr.m('cli.internalError', { file, error: (error as Error)?.message ?? String(error) }))}\n${tr.m('cli.bugInTool')}\n`,
    };
  }

  return {
    ...ok(
      format === 'text'
        ? printableLines(renderReportText(report, translator))
        : `${printableJson(JSON.stringify(report, null, 2))}\n`,
    ),
    stderr: migrationNotes(file, parsed.migration, tr),
  };
}
