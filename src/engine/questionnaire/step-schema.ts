/**
 * Step schemas derived from the answers schema (never rewritten): for a screen and its visible questions,
 * `.pick` the answered fields from answersSchema (top level) or from the nested object's schema
 * (`answersSchema.shape.compute.unwrap()` etc.). Validation messages therefore stay those of answers.ts.
 */
import { z } from 'zod';
import { answersSchema } from '../answers';
import type { Question, Screen } from './types';

type Shape = typeof answersSchema.shape;
type SectionKey = {
  [K in keyof Shape]: Shape[K] extends z.ZodOptional<infer I> ? (I extends z.ZodObject ? K : never) : never;
}[keyof Shape];

/** The object schema of a nested section (compute, placing, …). */
export function sectionSchema(section: SectionKey): z.ZodObject {
  return answersSchema.shape[section].unwrap() as z.ZodObject;
}

function mask(keys: string[]): Record<string, true> {
  return Object.fromEntries(keys.map((k) => [k, true]));
}

// Building a zod schema (pick, extend) costs far more than using one, and the flow asks for the same few
// screens' schemas on every walk (a workspace of 500 drafts walks them thousands of times): built once per
// set of visible questions. Schemas are immutable, so sharing them is safe.
const stepSchemas = new Map<string, z.ZodObject>();

/** The answers-level schema of one screen for the given visible questions. */
export function answerStepSchema(_screen: Screen, questions: readonly Question[]): z.ZodObject {
  const key = questions.map((q) => q.id).join(',');
  let schema = stepSchemas.get(key);
  if (!schema) {
    schema = buildStepSchema(questions);
    stepSchemas.set(key, schema);
  }
  return schema;
}

function buildStepSchema(questions: readonly Question[]): z.ZodObject {
  const top: string[] = [];
  const nested = new Map<string, string[]>();
  for (const q of questions) {
    const [head, field] = q.id.split('.') as [string, string | undefined];
    if (field === undefined) top.push(head);
    else nested.set(head, [...(nested.get(head) ?? []), field]);
  }
  // biome-ignore lint/suspicious/noExplicitAny: keys are chosen at run time from the questionnaire data
  let schema = answersSchema.pick(mask(top) as any) as z.ZodObject;
  for (const [section, fields] of nested) {
    // biome-ignore lint/suspicious/noExplicitAny: as above
    const inner = sectionSchema(section as SectionKey).pick(mask(fields) as any);
    schema = schema.extend({ [section]: inner });
  }
  return schema;
}

/** The schema of a single answer field: answersSchema.shape.role, or the nested section's shape field. */
export function fieldSchema(questionId: string): z.ZodType {
  const [head, field] = questionId.split('.') as [string, string | undefined];
  if (field === undefined) return answersSchema.shape[head as keyof Shape] as z.ZodType;
  return sectionSchema(head as SectionKey).shape[field] as z.ZodType;
}

/** True when the answers schema lets the field be left out (optional or with a default). */
export function fieldIsOptional(questionId: string): boolean {
  return fieldSchema(questionId).safeParse(undefined).success;
}

/**
 * A deep-partial version of the answers schema for drafts: every field optional, nested sections partial,
 * unknown keys still rejected (a hand-edited or foreign draft is refused, not half-read).
 */
export const draftAnswersSchema = (() => {
  const shape = answersSchema.shape;
  const partialSections: Record<string, z.ZodType> = {};
  for (const [key, value] of Object.entries(shape)) {
    if (value instanceof z.ZodOptional && value.unwrap() instanceof z.ZodObject) {
      partialSections[key] = (value.unwrap() as z.ZodObject).partial().optional();
    }
  }
  return answersSchema.extend(partialSections).partial();
})();
