/**
 * JSON export and import of the answers. The file is the answers object itself (with its schemaVersion), the
 * same format the CLI reads (`npm run assess -- file.json`). Export writes the current version (2). Import
 * validates with the engine's parseAnswers (errors name the field), which also migrates version 1 files
 * (src/engine/migrate.ts) and says what changed; other versions are refused with the reason. Pure; never throws.
 */
import type { Answers } from '../engine/answers';
import type { Migration } from '../engine/migrate';
import { type AnswersIssue, parseAnswers } from '../engine/validate';
import { canonicalAnswers } from '../share/canonical';

/** Largest import accepted (a full answer set is ~2 KB). */
export const MAX_IMPORT_BYTES = 256 * 1024;

export function answersToJson(answers: Answers): string {
  return `${JSON.stringify(canonicalAnswers(answers), null, 2)}\n`;
}

export type ImportResult =
  | { ok: true; answers: Answers; migration: Migration | null }
  | { ok: false; summary: string; issues: AnswersIssue[] };

function refuse(summary: string, issues: AnswersIssue[] = []): ImportResult {
  return { ok: false, summary, issues };
}

export function importAnswersJson(text: string): ImportResult {
  try {
    if (text.length > MAX_IMPORT_BYTES)
      return refuse('This file is too large to be a GPAI Navigator answers file (they are a few kilobytes).');
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      return refuse('This file is not valid JSON, so it cannot be read as answers.', [
        {
          path: '',
          message: `${(e as Error).message}. Export the answers again, or fix the file in a text editor.`,
        },
      ]);
    }

    const parsed = parseAnswers(data);
    if (parsed.ok)
      return { ok: true, answers: canonicalAnswers(parsed.answers), migration: parsed.migration };
    const n = parsed.issues.length;
    if (n === 1 && parsed.issues[0]?.path === 'schemaVersion')
      return refuse(
        'This file uses an answers schema version this version of GPAI Navigator cannot read.',
        parsed.issues,
      );
    return refuse(
      n === 1
        ? 'The file could not be imported: one answer is not valid.'
        : `The file could not be imported: ${n} answers are not valid.`,
      parsed.issues,
    );
  } catch {
    return refuse('This file could not be read as answers.');
  }
}
