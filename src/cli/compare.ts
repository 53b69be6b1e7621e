/**
 * `npm run assess -- --compare <a.json> <b.json> [--as-of YYYY-MM-DD] [--json]` (issue #9 "Compare"): reads
 * two answers files exactly as the single-file mode does (same reader, size cap, UTF-8, duplicate keys, schema,
 * version 1 migration notes), evaluates both under the current rules and prints what differs — the answers,
 * then verdicts, role, obligations and dates, each with its rules and reasons — as text, or as the versioned
 * JSON document the web page exports. Exit 0 whether or not they differ; 2 bad input; 1 internal error.
 */
import { isRealCalendarDate } from '../engine/answers';
import { type Comparison, compare } from '../engine/compare';
import { comparisonFile } from '../engine/compare/file';
import type { Migration } from '../engine/migrate';
import { tx } from '../engine/text';
import { parseAnswers } from '../engine/validate';
import { splitAnswersRecord } from '../export/answers-record';
import { english, inEnglish } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { reasonLines, wordComparison } from '../shared/compare/words';
import {
  type CliDeps,
  type CliResult,
  decodeUtf8,
  inputError,
  MAX_INPUT_BYTES,
  parseJson,
  readError,
  usageError,
} from './run';
import { printable, printableJson, printableLines } from './terminal-text';

export const COMPARE_USAGE = `Usage: npm run assess -- --compare <a.json> <b.json> [--as-of YYYY-MM-DD] [--json]

Prints what differs between two answers files: the answers, then the verdicts, role,
obligations and dates, each with the rules (R-numbers) and the reasons that moved it.

  <a.json> <b.json>     two answers files, read like the single-file mode ("-" for one of them
                        reads standard input)
  --as-of YYYY-MM-DD    evaluate both as of this calendar date (default: today)
  --json                print the comparison as JSON (format "gpai-navigator/comparison",
                        formatVersion 1; the web page's JSON export) instead of text

Exit codes: 0 comparison printed (whether or not they differ) · 2 bad input · 1 internal error.
Not legal advice.
`;

/** True when the arguments ask for a comparison (before any "--" that ends the options). */
export function wantsCompare(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  const at = argv.indexOf('--compare');
  return at !== -1 && (end === -1 || at < end);
}

interface Options {
  files: [string, string];
  asOf: string | null;
  json: boolean;
}

function parseCompareArgs(argv: readonly string[]): Options | CliResult {
  const files: string[] = [];
  let asOf: string | null = null;
  let json = false;
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyPositional || arg === '-' || !arg.startsWith('-')) files.push(arg);
    else if (arg === '--') onlyPositional = true;
    else if (arg === '--compare') continue;
    else if (arg === '-h' || arg === '--help') return { code: 0, stdout: COMPARE_USAGE, stderr: '' };
    else if (arg === '--json' || arg === '--format=json') json = true;
    else if (arg === '--format' && (argv[i + 1] === 'json' || argv[i + 1] === 'text'))
      json = argv[++i] === 'json';
    else if (arg === '--as-of' || arg.startsWith('--as-of=')) {
      if (asOf !== null) return usageError('--as-of is given twice; give it once.');
      const value = arg === '--as-of' ? argv[++i] : arg.slice('--as-of='.length);
      if (value === undefined || value.startsWith('--'))
        return usageError('--as-of needs a value: --as-of 2026-11-25.');
      asOf = value;
    } else
      return usageError(`Unknown option "${arg.split('=')[0]}" with --compare. Options: --as-of, --json.`);
  }
  if (files.length !== 2)
    return usageError(
      `--compare needs two answers files: npm run assess -- --compare a.json b.json; got ${files.length}${files.length ? `: ${files.map((f) => JSON.stringify(f)).join(', ')}` : ''}.`,
    );
  if (files[0] === '-' && files[1] === '-')
    return usageError('Standard input ("-") can be read for one file only.');
  if (asOf !== null && !(/^\d{4}-\d{2}-\d{2}$/u.test(asOf) && isRealCalendarDate(asOf)))
    return usageError(
      `--as-of must be a calendar date written YYYY-MM-DD, for example 2026-11-25; got ${JSON.stringify(asOf)}.`,
    );
  return { files: files as [string, string], asOf, json };
}

type Read = {
  ok: true;
  answers: Parameters<typeof compare>[0]['answers'];
  migration: Migration | null;
  name: string;
};

function readAnswers(path: string, deps: CliDeps): Read | CliResult {
  const name = path === '-' ? '(standard input)' : printable(path);
  let bytes: Uint8Array;
  try {
    bytes = deps.readFile(path, MAX_INPUT_BYTES);
  } catch (error) {
    return inputError([readError(name, error)]);
  }
  if (bytes.length > MAX_INPUT_BYTES)
    return inputError([readError(name, { code: 'EFBIG', message: `${bytes.length} bytes` })]);
  const decoded = decodeUtf8(name, bytes);
  if ('code' in decoded) return decoded;
  const json = parseJson(name, decoded.text);
  if ('code' in json) return json;
  // A workspace export's provenance and sign-off are checked, then set aside, as in the single-file mode.
  const split = splitAnswersRecord(json.value);
  const parsed = split.ok ? parseAnswers(split.answers) : split;
  if (!parsed.ok)
    return inputError(
      parsed.issues.map(
        (i) => `${name}: ${i.path === '' ? '' : `${printable(i.path)}: `}${printable(i.message)}`,
      ),
    );
  return { ok: true, answers: parsed.answers, migration: parsed.migration, name };
}

export function runCompare(argv: readonly string[], deps: CliDeps): CliResult {
  const options = parseCompareArgs(argv);
  if ('code' in options) return options;
  const a = readAnswers(options.files[0], deps);
  if ('code' in a) return a;
  const b = readAnswers(options.files[1], deps);
  if ('code' in b) return b;
  const asOf = options.asOf ?? deps.today();
  if (!isRealCalendarDate(asOf))
    return {
      code: 1,
      stdout: '',
      stderr: `assess: could not read today's date (${asOf}); pass --as-of YYYY-MM-DD.\n`,
    };

  let comparison: Comparison;
  try {
    comparison = compare({ answers: a.answers, asOf }, { answers: b.answers, asOf }, deps.evaluate);
  } catch (error) {
    return {
      code: 1,
      stdout: '',
      stderr: `assess: internal error while comparing: ${printable((error as Error)?.message ?? String(error))}\nThis is a bug in GPAI Navigator, not in your answers; please report it with the two files.\n`,
    };
  }
  const labels = { a: a.name, b: b.name };
  const stdout = options.json
    ? `${printableJson(JSON.stringify(inEnglish(comparisonFile(comparison, labels)), null, 2))}\n`
    : printableLines(comparisonText(comparison, labels));
  return { code: 0, stdout, stderr: [a, b].map((r) => migrationNotes(r.name, r.migration)).join('') };
}

function migrationNotes(file: string, migration: Migration | null): string {
  if (!migration) return '';
  return migration.notes
    .map((n) => `${printable(`note: ${file}: ${n.field}: ${n.change} (${n.rules.join(', ')})`)}\n`)
    .join('');
}

/** The comparison as plain text for a terminal, in the translator's language (English until --lang). */
export function comparisonText(
  c: Comparison,
  labels: { a: string; b: string },
  tr: Translator = english,
): string {
  const w = wordComparison(c, labels, tr);
  const say = (...args: Parameters<typeof tx>) => tr.t(tx(...args));
  const notLegalAdvice = say('compare.notLegalAdvice');
  const lines = [
    say('compare.cliComparing', { label: labels.a }),
    say('compare.cliWith', { label: labels.b }),
    ...w.setting,
    '',
  ];
  if (w.noDifference) return [...lines, w.noDifference, '', notLegalAdvice, ''].join('\n');
  lines.push(
    w.answers.length
      ? say('compare.answersDiffer', { count: w.answers.length })
      : say('compare.cliNoAnswerDiffers'),
  );
  for (const x of w.answers)
    lines.push(
      `  ${say('compare.answerRow', { label: x.label, section: x.section })}`,
      `    ${say('compare.sideA', { text: x.from })}`,
      `    ${say('compare.sideB', { text: x.to })}`,
    );
  lines.push('');
  if (w.results.length === 0) lines.push(say('compare.cliSameResult'), '');
  for (const section of w.results) {
    lines.push(section.title);
    for (const r of section.rows) {
      lines.push(
        `  ${r.what} [${r.rules.join(', ')}]`,
        `    ${say('compare.sideA', { text: r.from })}`,
        `    ${say('compare.sideB', { text: r.to })}`,
      );
      for (const why of r.because) {
        const [first, ...rest] = reasonLines(why, tr);
        lines.push(
          `    ${say('compare.cliBecause', { reason: first ?? '' })}`,
          ...rest.map((l) => `      ${l}`),
        );
      }
    }
    lines.push('');
  }
  lines.push(notLegalAdvice, '');
  return lines.join('\n');
}
