/**
 * Share-link lengths (issue #5 "measure and report"): the eight personas, the largest valid answer set, and the
 * distribution over 10 000 generated answer sets. Run: npx tsx bench/share-link-lengths.ts
 */
import fc from 'fast-check';
import { answersArb, maximalAnswers } from '../src/share/arbitraries';
import { encodeAnswers, shareUrl } from '../src/share/codec';
import { PERSONAS } from '../src/share/test-personas';

const BASE = 'https://gpai-navigator.example.org/';

console.log('persona'.padEnd(40), 'a= value', ' full URL', ' (with model name)');
for (const [name, answers] of Object.entries(PERSONAS)) {
  const without = encodeAnswers(answers, { includeModelName: false });
  const withName = encodeAnswers(answers, { includeModelName: true });
  console.log(
    name.padEnd(40),
    String(without.length).padStart(8),
    String(shareUrl(BASE, without).length).padStart(9),
    String(withName.length).padStart(8),
  );
}
const max = encodeAnswers(maximalAnswers(), { includeModelName: true });
console.log(
  'largest valid answer set'.padEnd(40),
  String(max.length).padStart(8),
  String(shareUrl(BASE, max).length).padStart(9),
);

const lengths = fc
  .sample(answersArb(), { numRuns: 10_000, seed: 42 })
  .map((a) => encodeAnswers(a, { includeModelName: true }).length)
  .sort((x, y) => x - y);
const q = (p: number) => lengths[Math.min(lengths.length - 1, Math.floor(p * lengths.length))];
console.log(`10 000 generated answer sets (model name included): p50 ${q(0.5)}, p95 ${q(0.95)}, max ${q(1)}`);
