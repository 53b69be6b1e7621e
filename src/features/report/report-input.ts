/**
 * A share link's answers (`a`, decoded with the share codec) for the report. They may be of an older schema
 * version, migrated on the way in (ADR 0050): the report then says under which rules they were made and what
 * changed. Never throws: every failure becomes a state the page explains in words. (An assessment's answers
 * come from the workspace: ./workspace-report.ts.)
 */
import type { Answers } from '../../engine/answers';
import { type Migration, RULES_VERSION_OF_ANSWERS_V1 } from '../../engine/migrate';
import { type DecodeError, decodeAnswers } from '../../share/codec';
import type { ImportedFile } from './imported-migration';

/** Answers migrated from an older schema version: what changed, and the rules they were made under. */
export interface ReportMigration extends Migration {
  /** The rules version the answers were made under, when known. */
  rulesVersion: string | null;
}

export type ReportInput =
  | {
      kind: 'ready';
      answers: Answers;
      /** Rules version the link was made with. */
      linkRulesVersion: string | null;
      rulesChanged: boolean;
      migration: ReportMigration | null;
    }
  | { kind: 'bad-link'; error: DecodeError };

/** Files do not record their rules version; each answers version was written by known rules. */
function withRules(migration: Migration | null, rulesVersion?: string): ReportMigration | null {
  if (!migration) return null;
  const known = migration.fromVersion === 1 ? RULES_VERSION_OF_ANSWERS_V1 : null;
  return { ...migration, rulesVersion: rulesVersion ?? known };
}

/**
 * `a` is the share value from the address. `imported` is what the history entry says of an imported file: its migration and model name (see
 * ./imported-migration.ts).
 */
export function resolveReportInput(a: string, imported?: ImportedFile | null): ReportInput {
  const decoded = decodeAnswers(a);
  if (!decoded.ok) return { kind: 'bad-link', error: decoded.error };
  const fromFile = imported && imported.a === a ? imported : null;
  return {
    kind: 'ready',
    answers:
      fromFile?.modelName && !decoded.answers.modelName
        ? { ...decoded.answers, modelName: fromFile.modelName }
        : decoded.answers,
    linkRulesVersion: decoded.rulesVersion,
    rulesChanged: decoded.rulesChanged,
    migration: decoded.migration
      ? withRules(decoded.migration, decoded.rulesVersion)
      : withRules(fromFile?.migration ?? null),
  };
}
