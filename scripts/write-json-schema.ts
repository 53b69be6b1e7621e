// Writes docs/answers.schema.json from the zod answers schema (the single source of truth), with the two
// optional keys a workspace export adds beside the answers: provenance and signoff (ADR 0094).
// With --check, fails when the committed file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { answersJsonSchema } from '../src/engine/json-schema';
import { provenanceSchema, signoffSchema } from '../src/export/answers-record';

const target = 'docs/answers.schema.json';

function answersFileJsonSchema(): Record<string, unknown> {
  const schema = answersJsonSchema();
  const part = (s: z.ZodType, description: string) => {
    const { $schema: _, ...rest } = z.toJSONSchema(s, { io: 'input', target: 'draft-2020-12' });
    return { description, ...rest };
  };
  return {
    ...schema,
    properties: {
      ...(schema.properties as Record<string, unknown>),
      provenance: part(
        provenanceSchema,
        'Optional: where each answer came from, keyed by the answer’s dotted path. Not part of the answers hash.',
      ),
      signoff: part(
        signoffSchema,
        'Optional: the sign-off of a signed workspace version — a record of review, not a cryptographic signature.',
      ),
    },
  };
}

const text = `${JSON.stringify(answersFileJsonSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== text) {
    console.error(`${target} is out of date: run npm run schema`);
    process.exit(1);
  }
  console.log(`${target} is current.`);
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
