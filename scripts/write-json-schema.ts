// Writes docs/answers.schema.json from the zod answers schema (the single source of truth).
// With --check, fails when the committed file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { answersJsonSchema } from '../src/engine/json-schema';

const target = 'docs/answers.schema.json';
const text = `${JSON.stringify(answersJsonSchema(), null, 2)}\n`;
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
