/**
 * JSON export and import of the answers. The file is the answers object itself (with its schemaVersion), the
 * same format the CLI reads (`npm run assess -- file.json`). Export writes the current version (2) and only
 * what was answered: the answers on questions the wizard shows for them, plus any other answer the schema
 * would not fill in by itself — never a default the user never saw; re-imported, the schema fills the same
 * defaults back, so the report is the same. Import validates with the engine's parseAnswers (errors name the
 * field), which also migrates version 1 files (src/engine/migrate.ts) and says what changed; other versions
 * are refused with the reason; a syntax error or a repeated key is reported with its line and column.
 * A workspace record adds `provenance` and `signoff` beside the answers (./answers-record.ts, ADR 0094);
 * import reads files with or without them. Pure; never throws.
 */
import { type Answers, answersSchema } from '../engine/answers';
import type { Migration } from '../engine/migrate';
import { getAt, relevantAnswers, setAt } from '../engine/questionnaire';
import { isPlainObject } from '../engine/questionnaire/paths';
import { type Text, tx } from '../engine/text';
import { type AnswersIssue, parseAnswers } from '../engine/validate';
import { englishOrId } from '../i18n/english';
import { canonicalAnswers } from '../share/canonical';
import type { ProvenanceMap, Signoff } from '../shared/workspace/types';
import { type AnswersRecord, splitAnswersRecord } from './answers-record';
import { findDuplicateKey, locateJsonError } from './json-check';

/** Largest import accepted (a full answer set is ~2 KB); the command line reads at most this much too. */
export const MAX_IMPORT_BYTES = 256 * 1024;
export const TOO_LARGE_TEXT: Text = { msg: 'validation.importSummaryTooLarge' };

/** In English where the English words are loaded (the command line, tests); screens show TOO_LARGE_TEXT. */
export const TOO_LARGE = englishOrId(TOO_LARGE_TEXT);

/**
 * The answers file. `record` (a workspace draft or version) adds the provenance of the answers, when any was
 * recorded, and the sign-off of a signed version.
 */
export function answersToJson(
  answers: Answers,
  record?: { provenance?: ProvenanceMap; signoff?: Signoff | null },
): string {
  const out: Record<string, unknown> = { ...answeredOnly(answers) };
  if (record?.provenance && Object.keys(record.provenance).length) out.provenance = record.provenance;
  if (record?.signoff) out.signoff = record.signoff;
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Dotted paths of the leaves (scalars and lists) of an answers object, in key order. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (!isPlainObject(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The answers as given: those on questions that apply (the wizard's relevant answers), then each other answer
 * only where the schema would not produce that value by itself. The result parses back to the same canonical
 * answers (checked; the full canonical answers are written should that ever fail).
 */
export function answeredOnly(answers: Answers): Answers {
  const full = canonicalAnswers(answers);
  let out = relevantAnswers(full) as Record<string, unknown>;
  for (const path of leafPaths(full)) {
    const filled = answersSchema.safeParse(out);
    if (filled.success && same(getAt(filled.data, path), getAt(full, path))) continue;
    out = setAt(out, path, getAt(full, path));
  }
  const back = answersSchema.safeParse(out);
  if (!back.success || !same(canonicalAnswers(back.data), full)) return full;
  return orderLike(full, out);
}

/** `subset`'s keys in `full`'s (canonical) order, so exported files are stable and diffable. */
function orderLike(full: unknown, subset: unknown): Answers {
  if (!isPlainObject(full) || !isPlainObject(subset)) return subset as Answers;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(full)) if (key in subset) out[key] = orderLike(full[key], subset[key]);
  return out as Answers;
}

export type ImportResult =
  | { ok: true; answers: Answers; migration: Migration | null; record?: AnswersRecord }
  /** `summary` in English (the command line's wording); `summaryText` for the reader's language. */
  | { ok: false; summary: string; summaryText: Text; issues: AnswersIssue[] };

function refuse(summaryText: Text, issues: AnswersIssue[] = []): ImportResult {
  return { ok: false, summary: englishOrId(summaryText), summaryText, issues };
}

export function importAnswersJson(text: string): ImportResult {
  try {
    if (text.length > MAX_IMPORT_BYTES) return refuse(TOO_LARGE_TEXT);
    const body = text.replace(/^\uFEFF/, '');
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (e) {
      const where = locateJsonError(body);
      const what = where
        ? tx('validation.importJsonAt', {
            line: String(where.line),
            column: String(where.column),
            reason: where.reason,
          })
        : `${(e as Error).message}.`;
      return refuse(tx('validation.importSummaryNotJson'), [
        { path: '', message: tx('validation.importNotJson', { what }) },
      ]);
    }
    const duplicate = findDuplicateKey(body);
    if (duplicate)
      return refuse(tx('validation.importSummaryDuplicate'), [
        {
          path: duplicate.path,
          message: tx('validation.importDuplicateKey', {
            line: String(duplicate.line),
            column: String(duplicate.column),
            key: duplicate.key,
          }),
        },
      ]);

    const split = splitAnswersRecord(data);
    if (!split.ok) return refuse(tx('validation.importSummaryRecord'), split.issues);
    const parsed = parseAnswers(split.answers);
    if (parsed.ok)
      return {
        ok: true,
        answers: canonicalAnswers(parsed.answers),
        migration: parsed.migration,
        // Only a file that carries a provenance or a sign-off has a record.
        ...(Object.keys(split.record).length ? { record: split.record } : {}),
      };
    const n = parsed.issues.length;
    if (n === 1 && parsed.issues[0]?.path === 'schemaVersion')
      return refuse(tx('validation.importSummaryVersion'), parsed.issues);
    return refuse(tx('validation.importSummaryInvalid', { n }), parsed.issues);
  } catch {
    return refuse(tx('validation.importSummaryUnreadable'));
  }
}
