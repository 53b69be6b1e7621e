import { z } from 'zod';
import { ANSWERS_SCHEMA_VERSION, answersSchema } from './answers';

/** The published JSON Schema of the answers (docs/answers.schema.json), generated from the zod schema. */
export function answersJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(answersSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    $id: `https://gpai-navigator.local/answers.v${ANSWERS_SCHEMA_VERSION}.schema.json`,
    title: `GPAI Navigator answers, schema version ${ANSWERS_SCHEMA_VERSION}`,
    ...schema,
  };
}
