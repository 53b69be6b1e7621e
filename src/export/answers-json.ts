/**
 * JSON export and import of the answers. The file is the answers object itself (with its schemaVersion), the
 * same format the CLI reads (`npm run assess -- file.json`). Import validates with the engine's parseAnswers
 * (errors name the field), migrates older schema versions through a chain of migrations, and refuses newer or
 * unmigratable versions with a reason. Pure; never throws.
 */
import { ANSWERS_SCHEMA_VERSION, type Answers } from '../engine/answers';
import { type AnswersIssue, parseAnswers } from '../engine/validate';
import { canonicalAnswers } from '../share/canonical';

/** A migration turns answers of schema version N into version N + 1. Keyed by N. None exist yet (v1 is the first). */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** Largest import accepted (a full answer set is ~2 KB). */
export const MAX_IMPORT_BYTES = 256 * 1024;

export function answersToJson(answers: Answers): string {
  return `${JSON.stringify(canonicalAnswers(answers), null, 2)}\n`;
}

export type ImportResult =
  | { ok: true; answers: Answers; migratedFrom: number | null }
  | { ok: false; summary: string; issues: AnswersIssue[] };

function refuse(summary: string, issues: AnswersIssue[] = []): ImportResult {
  return { ok: false, summary, issues };
}

export function importAnswersJson(
  text: string,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): ImportResult {
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

    let migratedFrom: number | null = null;
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      const version = (data as Record<string, unknown>).schemaVersion;
      if (typeof version === 'number' && Number.isInteger(version) && version < ANSWERS_SCHEMA_VERSION) {
        let current = data as Record<string, unknown>;
        for (let v = version; v < ANSWERS_SCHEMA_VERSION; v++) {
          const step = migrations[v];
          if (!step)
            return refuse(
              `This file uses answers schema version ${version}, which this version of GPAI Navigator cannot convert (it reads version ${ANSWERS_SCHEMA_VERSION}; no migration exists from version ${v}). Answer the questions again.`,
              [
                {
                  path: 'schemaVersion',
                  message: `Version ${version} cannot be migrated to version ${ANSWERS_SCHEMA_VERSION}.`,
                },
              ],
            );
          current = { ...step(current), schemaVersion: v + 1 };
        }
        data = current;
        migratedFrom = version;
      }
    }

    const parsed = parseAnswers(data);
    if (!parsed.ok) {
      const n = parsed.issues.length;
      return refuse(
        n === 1
          ? 'The file could not be imported: one answer is not valid.'
          : `The file could not be imported: ${n} answers are not valid.`,
        parsed.issues,
      );
    }
    return { ok: true, answers: canonicalAnswers(parsed.answers), migratedFrom };
  } catch {
    return refuse('This file could not be read as answers.');
  }
}
