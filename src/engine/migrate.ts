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
import { WORDS } from './law/words';
import type { RuleRef } from './report';

export interface MigrationNote {
  /** Dotted path of the answer concerned. */
  field: string;
  /** What changed and what the user should check, in plain words. */
  change: string;
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
    change:
      '“Speech or other audio” is now two answers: audio with speech counts as language, music or sound effects alone do not. It was read as speech (the conservative reading); change it if the model produces no speech.',
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
      change:
        '“Only one narrow task” was a judgement; the questions now ask facts. It was kept as “built for one specific task”: name the task and answer the other facts about the model.',
      rules: ['R8', 'R10', 'E27'],
    });
    return { singleTask: 'otherSingleTask' };
  }
  if (generality === 'broad') {
    notes.push({
      field: 'generalityFacts',
      change: `“A wide range of distinct tasks” was a judgement; the questions now ask facts (parameters, training data, tasks). Until they are answered the compute criterion decides, so a model below ${WORDS.gpaiThreshold} is no longer treated as general-purpose on that answer alone.`,
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
        change: `Whether the model is meant to be placed on the EU market was not asked before. It is read as undecided, which counts as intended: a model meant to be placed owes the Art. 52(1) notification before placing if it will exceed ${WORDS.systemicRiskThreshold}. Answer “No” if it will never be made available.`,
        rules: ['R2', 'R88'],
      });
    }
  }
  if (channels.includes('internalOnly') || channels.includes('internalEssential')) {
    next.internalUseLocation = 'unknown';
    notes.push({
      field: 'placing.internalUseLocation',
      change:
        'Where the internal use takes place is a new question: internal use only outside the EU is not placing on the EU market. It is read as unknown, so the use is assumed to take place in the EU.',
      rules: ['R17', 'E8'],
    });
  }
  if (channels.includes('internalEssential')) {
    notes.push({
      field: 'placing.channels',
      change:
        '“Internal use essential to a service or affecting people’s rights” is now two facts. It was kept as “our own processes that a product or service for others depends on”; add “internal use to make or support decisions about people” if that applies too.',
      rules: ['R15'],
    });
  }
  return next;
}

/** R22, E30: individuals and research labs are now asked facts of commercial activity. */
function commercialFactsNote(): MigrationNote {
  return {
    field: 'placing.commercial',
    change:
      'Facts of commercial activity (a price, an API or app run as a business, regular supply) are now asked of individuals and research labs: they decide whether the model is made available, whatever the description chosen.',
    rules: ['R22', 'E30'],
  };
}

function modalities(m: NonNullable<PartialAnswersV1['outputModalities']>): AnswersInput['outputModalities'] {
  if (m === 'unknown') return 'unknown';
  const out = m.map((x) => (x === 'audio' ? 'speech' : x));
  return [...new Set(out)] as Modalities;
}
