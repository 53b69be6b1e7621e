/**
 * ADR 0100: the safety net for refactors of the engine's text, not a test (it would only freeze whatever the
 * code says). Writes the English report of every worked scenario and of 4 000 seeded random answer sets to a
 * JSON file; run it before and after a change that should not alter the English, and compare the two files.
 * Usage: npx tsx scripts/english-baseline.ts OUT.json
 */
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { answersSchema } from '../src/engine/answers';
import { evaluate } from '../src/engine/evaluate';
import { SCENARIOS } from '../src/engine/scenarios/scenarios';
import { inEnglish } from '../src/i18n/all';
import { answersArb } from '../src/share/arbitraries';

const AS_OF = ['2025-06-01', '2025-08-10', '2026-11-30', '2027-09-01'];
const out: unknown[] = SCENARIOS.map((s) => [
  s.id,
  inEnglish(evaluate(answersSchema.parse(s.answers), s.asOf)),
]);
const samples = fc.sample(fc.tuple(answersArb({ modelName: true }), fc.constantFrom(...AS_OF)), {
  seed: 1100,
  numRuns: 4000,
});
for (const [answers, asOf] of samples) out.push([asOf, inEnglish(evaluate(answers, asOf))]);
writeFileSync(process.argv[2] as string, JSON.stringify(out, null, 1));
console.log(`${out.length} reports`);
