/**
 * Answers schema migrations. Every share link, draft and JSON file ever written must still open: version 1
 * answers (rules 2026.11.1) are read with the frozen version 1 schema and turned into version 2 answers here,
 * with a note for each answer whose meaning changed under rules revision 2. Pure; never throws on valid v1.
 *
 * One mapping serves complete answers (links, files, the CLI: migrateV1) and a draft's partial answers
 * (migrateDraftV1): a field that is not there is neither migrated nor noted.
 */

import type { AnswersInput } from './answers';
import type { AnswersV1, AnswersV1Input } from './answers-v1';
import type { RuleRef } from './report';
import { type Text, tx } from './text';

export interface MigrationNote {
  /** Dotted path of the answer concerned. */
  field: string;
  /** What changed and what the user should check, in plain words. */
  change: Text;
  rules: RuleRef[];
}

/** What the report says about answers that were migrated: from which version, and what changed. */
export interface Migration {
  fromVersion: number;
  notes: MigrationNote[];
}

export interface Migrated extends Migration {
  answers: AnswersInput;
}

/** The only rules release that wrote answers format 1 (drafts and files do not record their rules). */
export const RULES_VERSION_OF_ANSWERS_V1: string = '2026.11.1';

type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
export type PartialAnswersV1 = DeepPartial<AnswersV1Input>;
export type PartialAnswers = DeepPartial<AnswersInput>;

type Modalities = Exclude<AnswersInput['outputModalities'], 'unknown'>;

/** Version 1 → version 2 (rules revision 2). */
export function migrateV1(v1: AnswersV1): Migrated {
  const { answers, notes } = migrateFields(v1);
  // A complete v1 answer set gives a complete v2 one: every v2 field that is required existed in v1.
  return { answers: answers as AnswersInput, fromVersion: 1, notes };
}

/** Version 1 → version 2 for a draft: partial answers, migrated field by field. */
export function migrateDraftV1(v1: PartialAnswersV1): { answers: PartialAnswers } & Migration {
  const { answers, notes } = migrateFields(v1);
  return { answers, fromVersion: 1, notes };
}

/**
 * Each v1 answer whose meaning changed is migrated by its own step, which notes what changed; the others are
 * copied. The steps are independent of each other: their order is only the order of the notes.
 */
function migrateFields(v1: PartialAnswersV1): { answers: PartialAnswers; notes: MigrationNote[] } {
  const notes: MigrationNote[] = [];
  const { generality, outputModalities, placing, modification, systemicRisk, ...rest } = v1;
  const answers: PartialAnswers = { ...rest, schemaVersion: 2 };
  if (outputModalities !== undefined) answers.outputModalities = modalities(outputModalities);
  if (Array.isArray(outputModalities) && outputModalities.includes('audio')) notes.push(audioNote());
  const generalityFacts = migrateGenerality(generality, notes);
  if (generalityFacts) answers.generalityFacts = generalityFacts;
  if (placing) answers.placing = migratePlacing(placing, notes);
  if (modification) answers.modification = { ...modification };
  if (systemicRisk) answers.systemicRisk = { ...systemicRisk };
  if (v1.role === 'hobbyist' || v1.role === 'research') notes.push(commercialFactsNote());
  return { answers, notes };
}

/** R10: "speech or other audio" is read as speech (the conservative reading). */
function audioNote(): MigrationNote {
  return {
    field: 'outputModalities',
    change: tx('validation.migratedAudio'),
    rules: ['R10'],
  };
}

/** R8, R10, E27: a judgement of generality becomes facts: "narrow" is kept as one task, "broad" is none. */
function migrateGenerality(
  generality: PartialAnswersV1['generality'],
  notes: MigrationNote[],
): PartialAnswers['generalityFacts'] | undefined {
  if (generality === 'narrow') {
    notes.push({
      field: 'generalityFacts.singleTask',
      change: tx('validation.migratedNarrow'),
      rules: ['R8', 'R10', 'E27'],
    });
    return { singleTask: 'otherSingleTask' };
  }
  if (generality === 'broad') {
    notes.push({
      field: 'generalityFacts',
      change: tx('validation.migratedBroad'),
      rules: ['R8', 'R9', 'E27'],
    });
  }
  return undefined;
}

/** R2, R88 (intention), R17, E8 (where internal use takes place), R15 (internal use split in two facts). */
function migratePlacing(
  placing: NonNullable<PartialAnswersV1['placing']>,
  notes: MigrationNote[],
): NonNullable<PartialAnswers['placing']> {
  const next: NonNullable<PartialAnswers['placing']> = { ...placing };
  const channels = placing.channels ?? [];
  if (channels.includes('notYet')) {
    const dated = placing.placingDate !== undefined && placing.placingDate !== 'unknown';
    next.intention = dated ? 'yes' : 'undecided';
    if (!dated) {
      notes.push({
        field: 'placing.intention',
        change: tx('validation.migratedIntention'),
        rules: ['R2', 'R88'],
      });
    }
  }
  if (channels.includes('internalOnly') || channels.includes('internalEssential')) {
    next.internalUseLocation = 'unknown';
    notes.push({
      field: 'placing.internalUseLocation',
      change: tx('validation.migratedInternalLocation'),
      rules: ['R17', 'E8'],
    });
  }
  if (channels.includes('internalEssential')) {
    notes.push({
      field: 'placing.channels',
      change: tx('validation.migratedInternalEssential'),
      rules: ['R15'],
    });
  }
  return next;
}

/** R22, E30: individuals and research labs are now asked facts of commercial activity. */
function commercialFactsNote(): MigrationNote {
  return {
    field: 'placing.commercial',
    change: tx('validation.migratedCommercialFacts'),
    rules: ['R22', 'E30'],
  };
}

function modalities(m: NonNullable<PartialAnswersV1['outputModalities']>): AnswersInput['outputModalities'] {
  if (m === 'unknown') return 'unknown';
  const out = m.map((x) => (x === 'audio' ? 'speech' : x));
  return [...new Set(out)] as Modalities;
}
