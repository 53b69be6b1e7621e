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
import { english } from '../i18n/all';
import { localize } from '../i18n/localize';
import type { Translator } from '../i18n/translator';
import { reasonLines, wordComparison } from '../shared/compare/words';
import {
  type CliDeps,
  type CliResult,
  decodeUtf8,
  inputError,
  issueLines,
  langError,
  MAX_INPUT_BYTES,
  migrationNotes,
  parseJson,
  readError,
  usageError,
} from './run';
import { printable, printableJson, printableLines } from './terminal-text';

/** The --compare usage text in the language chosen by --lang. */
export function compareUsage(tr: Translator): string {
  return tr.m('cli.compareUsage');
}

export const COMPARE_USAGE = compareUsage(english);

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

function parseCompareArgs(argv: readonly string[], tr: Translator): Options | CliResult {
  const files: string[] = [];
  let asOf: string | null = null;
  let lang: string | null = null;
  let json = false;
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyPositional || arg === '-' || !arg.startsWith('-')) files.push(arg);
    else if (arg === '--') onlyPositional = true;
    else if (arg === '--compare') continue;
    else if (arg === '-h' || arg === '--help') return { code: 0, stdout: compareUsage(tr), stderr: '' };
    else if (arg === '--json' || arg === '--format=json') json = true;
    else if (arg === '--format' && (argv[i + 1] === 'json' || argv[i + 1] === 'text'))
      json = argv[++i] === 'json';
    else if (arg === '--as-of' || arg.startsWith('--as-of=')) {
      if (asOf !== null) return usageError(tr.m('cli.givenTwice', { name: '--as-of' }), tr);
      const value = arg === '--as-of' ? argv[++i] : arg.slice('--as-of='.length);
      if (value === undefined || value.startsWith('--')) return usageError(tr.m('cli.compareAsOfValue'), tr);
      asOf = value;
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      if (lang !== null) return usageError(tr.m('cli.givenTwice', { name: '--lang' }), tr);
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (value === undefined || value.startsWith('--'))
        return usageError(tr.m('cli.needsValue', { name: '--lang', example: '--lang de' }), tr);
      const wrong = langError(value, tr);
      if (wrong) return wrong;
      lang = value;
    } else return usageError(tr.m('cli.compareUnknownOption', { name: arg.split('=')[0] ?? arg }), tr);
  }
  if (files.length !== 2)
    return usageError(
      files.length
        ? tr.m('cli.compareTwoFilesListed', {
            count: String(files.length),
            files: files.map((f) => JSON.stringify(f)).join(', '),
          })
        : tr.m('cli.compareTwoFiles', { count: String(files.length) }),
      tr,
    );
  if (files[0] === '-' && files[1] === '-') return usageError(tr.m('cli.compareStdinOnce'), tr);
  if (asOf !== null && !(/^\d{4}-\d{2}-\d{2}$/u.test(asOf) && isRealCalendarDate(asOf)))
    return usageError(tr.m('cli.compareAsOf', { value: JSON.stringify(asOf) }), tr);
  return { files: files as [string, string], asOf, json };
}

type Read = {
  ok: true;
  answers: Parameters<typeof compare>[0]['answers'];
  migration: Migration | null;
  name: string;
};

function readAnswers(path: string, deps: CliDeps, tr: Translator): Read | CliResult {
  const name = path === '-' ? tr.m('cli.standardInput') : printable(path);
  let bytes: Uint8Array;
  try {
    bytes = deps.readFile(path, MAX_INPUT_BYTES);
  } catch (error) {
    return inputError([readError(name, error, tr)]);
  }
  if (bytes.length > MAX_INPUT_BYTES)
    return inputError([readError(name, { code: 'EFBIG', message: `${bytes.length} bytes` }, tr)]);
  const decoded = decodeUtf8(name, bytes, tr);
  if ('code' in decoded) return decoded;
  const json = parseJson(name, decoded.text, tr);
  if ('code' in json) return json;
  // A workspace export's provenance and sign-off are checked, then set aside, as in the single-file mode.
  const split = splitAnswersRecord(json.value);
  const parsed = split.ok ? parseAnswers(split.answers) : split;
  if (!parsed.ok) return inputError(issueLines(name, parsed.issues, tr));
  return { ok: true, answers: parsed.answers, migration: parsed.migration, name };
}

export function runCompare(argv: readonly string[], deps: CliDeps, tr: Translator): CliResult {
  const options = parseCompareArgs(argv, tr);
  if ('code' in options) return options;
  const a = readAnswers(options.files[0], deps, tr);
  if ('code' in a) return a;
  const b = readAnswers(options.files[1], deps, tr);
  if ('code' in b) return b;
  const asOf = options.asOf ?? deps.today();
  if (!isRealCalendarDate(asOf))
    return {
      code: 1,
      stdout: '',
      stderr: `assess: ${printable(tr.m('cli.todayUnreadable', { date: asOf }))}\n`,
    };

  let comparison: Comparison;
  try {
    comparison = compare({ answers: a.answers, asOf }, { answers: b.answers, asOf }, deps.evaluate);
  } catch (error) {
    return {
      code: 1,
      stdout: '',
      stderr: `assess: ${printable(tr.m('cli.compareInternalError', { error: (error as Error)?.message ?? String(error) }))}\n${tr.m('cli.compareBug')}\n`,
    };
  }
  const labels = { a: a.name, b: b.name };
  const stdout = options.json
    ? `${printableJson(JSON.stringify(localize(comparisonFile(comparison, labels), tr), null, 2))}\n`
    : printableLines(comparisonText(comparison, labels, tr));
  return { code: 0, stdout, stderr: [a, b].map((r) => migrationNotes(r.name, r.migration, tr)).join('') };
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
