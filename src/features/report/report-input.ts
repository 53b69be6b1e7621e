/**
 * Where the report's answers come from: a share link (`a`, decoded with the share codec) or, without one, the
 * saved draft. Either may hold answers of an older schema version, migrated on the way in (ADR 0050): the
 * report then says under which rules they were made and what changed. Never throws: every failure becomes a
 * state the page explains in words.
 */
import type { Answers } from '../../engine/answers';
import { type Migration, RULES_VERSION_OF_ANSWERS_V1 } from '../../engine/migrate';
import { type DecodeError, decodeAnswers } from '../../share/codec';
import { completeAnswers, loadDraft } from '../../shared/draft/storage';
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
      origin: 'link' | 'draft';
      /** Rules version the link was made with (links only). */
      linkRulesVersion: string | null;
      rulesChanged: boolean;
      migration: ReportMigration | null;
    }
  | { kind: 'bad-link'; error: DecodeError }
  | {
      kind: 'no-answers';
      /** Screens still to answer, when a draft exists but is incomplete. */
      missingSteps: readonly string[] | null;
      /** Why a saved draft was not used (damaged, other version), in words. */
      discardedReason: string | null;
      /** A draft of an older answers version: what changed (new questions may be why it is incomplete). */
      migration?: ReportMigration | null;
    };

/** Drafts and files do not record their rules version; each answers version was written by known rules. */
function withRules(migration: Migration | null, rulesVersion?: string): ReportMigration | null {
  if (!migration) return null;
  const known = migration.fromVersion === 1 ? RULES_VERSION_OF_ANSWERS_V1 : null;
  return { ...migration, rulesVersion: rulesVersion ?? known };
}

/**
 * `a` is the share value from the address (undefined when there is none: then the saved draft is used).
 * `imported` is what the history entry says of an imported file: its migration and model name (see
 * ./imported-migration.ts).
 */
export function resolveReportInput(a: string | undefined, imported?: ImportedFile | null): ReportInput {
  if (a !== undefined) {
    const decoded = decodeAnswers(a);
    if (!decoded.ok) return { kind: 'bad-link', error: decoded.error };
    const fromFile = imported && imported.a === a ? imported : null;
    return {
      kind: 'ready',
      answers:
        fromFile?.modelName && !decoded.answers.modelName
          ? { ...decoded.answers, modelName: fromFile.modelName }
          : decoded.answers,
      origin: 'link',
      linkRulesVersion: decoded.rulesVersion,
      rulesChanged: decoded.rulesChanged,
      migration: decoded.migration
        ? withRules(decoded.migration, decoded.rulesVersion)
        : withRules(fromFile?.migration ?? null),
    };
  }
  try {
    const loaded = loadDraft();
    if (loaded.status === 'none') return { kind: 'no-answers', missingSteps: null, discardedReason: null };
    if (loaded.status === 'discarded')
      return { kind: 'no-answers', missingSteps: null, discardedReason: loaded.reason };
    const complete = completeAnswers(loaded.draft);
    if (!complete.ok)
      return {
        kind: 'no-answers',
        missingSteps: complete.missingSteps,
        discardedReason: null,
        migration: withRules(loaded.migration),
      };
    return {
      kind: 'ready',
      answers: complete.answers,
      origin: 'draft',
      linkRulesVersion: null,
      rulesChanged: false,
      migration: withRules(loaded.migration),
    };
  } catch {
    return { kind: 'no-answers', missingSteps: null, discardedReason: null };
  }
}
