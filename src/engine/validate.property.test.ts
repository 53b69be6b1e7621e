import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersSchema } from './answers';
import { parseAnswers } from './validate';

const VALID = {
  schemaVersion: 1,
  role: 'modifier',
  euEstablished: 'no',
  outputModalities: ['text', 'image'],
  generality: 'broad',
  compute: { parameterUpdateFlop: 5e23, method: 'hardware' },
  placing: { channels: ['api', 'hub'], euAvailability: 'direct', placingDate: '2025-10-01' },
  modification: { originalComputeFlop: 2e24, originalSystemicRisk: 'no', modificationFlop: 5e23 },
  systemicRisk: { thresholdMetDate: 'unknown' },
  codeOfPractice: 'partial',
};

/** A valid answers object with one field (at any depth) replaced by an arbitrary JSON value, or one added. */
const mutated = fc
  .tuple(
    fc.constantFrom(
      [],
      ['role'],
      ['outputModalities'],
      ['outputModalities', 0],
      ['compute'],
      ['compute', 'parameterUpdateFlop'],
      ['placing', 'channels', 1],
      ['placing', 'placingDate'],
      ['modification', 'modificationFlop'],
      ['systemicRisk', 'thresholdMetDate'],
      ['schemaVersion'],
      ['extra'],
      ['compute', 'extra'],
    ),
    fc.jsonValue(),
  )
  .map(([path, value]) => {
    const copy = structuredClone(VALID) as Record<string | number, unknown>;
    if (path.length === 0) return value;
    let target = copy;
    for (const seg of path.slice(0, -1)) target = target[seg] as Record<string | number, unknown>;
    target[path.at(-1) as string | number] = value;
    return copy;
  });

describe('parseAnswers properties', () => {
  it('never throws, and accepts exactly what the schema accepts (any JSON value or mutated answers)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mutated, fc.anything()), (input) => {
        const r = parseAnswers(input);
        const schemaOk = answersSchema.safeParse(input).success;
        expect(r.ok).toBe(schemaOk);
        if (r.ok) expect(r.answers).toEqual(answersSchema.parse(input));
        else {
          expect(r.issues.length).toBeGreaterThan(0);
          for (const issue of r.issues) {
            expect(issue.message.length).toBeGreaterThan(10);
            expect(issue.message).not.toMatch(/^Invalid input|received undefined/); // no raw zod wording
          }
          expect(new Set(r.issues.map((i) => i.path)).size).toBe(r.issues.length); // one message per field
        }
      }),
      { numRuns: 3000 },
    );
  }, 30_000); // ceiling for a loaded machine, not a speed assertion
});
