/**
 * Drafts saved before rules revision 2 hold version 1 answers, partly given. They are checked against the
 * frozen version 1 schema with every field optional (a damaged draft is still refused, not half-read), then
 * migrated with the same mapping as complete answers (src/engine/migrate.ts), field by field.
 */
import { z } from 'zod';
import { answersSchemaV1 } from '../../engine/answers-v1';
import {
  type Migration,
  migrateDraftV1,
  type PartialAnswers,
  type PartialAnswersV1,
} from '../../engine/migrate';

/** Every field optional, nested sections partial, unknown keys still rejected. */
function deepPartial(schema: z.ZodObject): z.ZodType {
  const sections: Record<string, z.ZodType> = {};
  for (const [key, value] of Object.entries(schema.shape))
    if (value instanceof z.ZodOptional && value.unwrap() instanceof z.ZodObject)
      sections[key] = (value.unwrap() as z.ZodObject).partial().optional();
  return schema.extend(sections).partial();
}

const draftAnswersSchemaV1 = deepPartial(answersSchemaV1);

/** The draft's answers migrated to version 2, or null when they are not valid version 1 draft answers. */
export function migrateDraftAnswersV1(answers: unknown): ({ answers: PartialAnswers } & Migration) | null {
  const parsed = draftAnswersSchemaV1.safeParse(answers);
  // Migrate the answers as saved, not the parsed output: defaults must not turn into answers never given.
  return parsed.success ? migrateDraftV1(answers as PartialAnswersV1) : null;
}
