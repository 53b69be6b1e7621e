/**
 * `npm run bench`: assessments per second of evaluate() over a mix of the example answer files
 * (docs/examples). Each iteration is one assessment; the examples are taken in turn. Goal ≥ 100 000/s.
 * The second case adds validation (parseAnswers), i.e. what the CLI and a share link do per report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { evaluate } from '../src/engine/evaluate';
import { parseAnswers } from '../src/engine/validate';

// Resolved from the working directory (the repo root under `npm run bench`), so the file also loads in a
// project whose environment gives import.meta.url a non-file scheme.
const dir = join(process.cwd(), 'docs', 'examples');
const raw: unknown[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
const answers = raw.map((r) => {
  const parsed = parseAnswers(r);
  if (!parsed.ok) throw new Error(`example does not validate: ${JSON.stringify(parsed.issues)}`);
  return parsed.answers;
});
const AS_OF = '2026-11-25';

let next = 0;
let obligationsSeen = 0;
/** Reads the accumulated result so the engine's work cannot be optimised away. */
const keepAlive = () => {
  if (obligationsSeen < 0) throw new Error('unreachable');
};

describe(`evaluate() over ${answers.length} example answer files`, () => {
  bench(
    'one assessment (evaluate)',
    () => {
      const a = answers[next++ % answers.length] as (typeof answers)[number];
      obligationsSeen += evaluate(a, AS_OF).obligations.length;
    },
    { time: 2000, warmupTime: 500, teardown: keepAlive },
  );

  bench(
    'one assessment with validation (parseAnswers + evaluate)',
    () => {
      const parsed = parseAnswers(raw[next++ % raw.length]);
      if (parsed.ok) obligationsSeen += evaluate(parsed.answers, AS_OF).obligations.length;
    },
    { time: 2000, warmupTime: 500, teardown: keepAlive },
  );
});
