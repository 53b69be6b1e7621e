import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { english } from '../i18n/english';
import { answersSchema } from './answers';
import { answersSchemaV1 } from './answers-v1';
import { migrateV1 } from './migrate';
import { parseAnswers } from './validate';

const VALID = {
  schemaVersion: 2,
  role: 'modifier',
  euEstablished: 'no',
  outputModalities: ['text', 'image'],
  generalityFacts: { parameterCount: 7e9, tasks: ['code', 'writing'] },
  compute: { parameterUpdateFlop: 5e23, method: 'hardware' },
  placing: { channels: ['api', 'hub'], euAvailability: 'direct', placingDate: '2025-10-01' },
  modification: { originalComputeFlop: 2e24, originalSystemicRisk: 'no', modificationFlop: 5e23 },
  systemicRisk: { thresholdMetDate: 'unknown' },
  codeOfPractice: 'partial',
};

/** The same facts as a version 1 file (a judgement where v2 asks facts). */
const VALID_V1 = {
  ...(({ generalityFacts: _g, ...rest }) => rest)(VALID),
  schemaVersion: 1,
  generality: 'broad',
};

/** What parseAnswers must accept: the schema of the input's version (v1 then migrated), else nothing. */
function expected(input: unknown): { ok: boolean; answers?: unknown } {
  const version = (input as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version === 1) {
    const v1 = answersSchemaV1.safeParse(input);
    return v1.success
      ? { ok: true, answers: answersSchema.parse(migrateV1(v1.data).answers) }
      : { ok: false };
  }
  const v2 = answersSchema.safeParse(input);
  return v2.success ? { ok: true, answers: v2.data } : { ok: false };
}

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
      ['generalityFacts', 'parameterCount'],
      ['generalityFacts', 'tasks', 0],
      ['placing', 'channels', 1],
      ['placing', 'placingDate'],
      ['modification', 'modificationFlop'],
      ['systemicRisk', 'thresholdMetDate'],
      ['schemaVersion'],
      ['extra'],
      ['compute', 'extra'],
    ),
    fc.jsonValue(),
    fc.constantFrom(VALID, VALID_V1),
  )
  .map(([path, value, valid]) => {
    const copy = structuredClone(valid) as Record<string | number, unknown>;
    if (path.length === 0) return value;
    let target = copy;
    for (const seg of path.slice(0, -1)) {
      if (typeof target[seg] !== 'object' || target[seg] === null) target[seg] = {};
      target = target[seg] as Record<string | number, unknown>;
    }
    target[path.at(-1) as string | number] = value;
    return copy;
  });

describe('parseAnswers properties', () => {
  it('never throws, and accepts exactly what the schema of the version accepts (any JSON value or mutated v1/v2 answers)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mutated, fc.anything()), (input) => {
        const r = parseAnswers(input);
        const want = expected(input);
        expect(r.ok).toBe(want.ok);
        if (r.ok) {
          expect(r.answers).toEqual(want.answers);
          expect(r.migration?.fromVersion ?? null).toBe(
            (input as { schemaVersion: number }).schemaVersion === 1 ? 1 : null,
          );
        } else {
          expect(r.issues.length).toBeGreaterThan(0);
          for (const issue of r.issues) {
            expect(english.t(issue.message).length).toBeGreaterThan(10);
            expect(english.t(issue.message)).not.toMatch(/^Invalid input|received undefined/); // no raw zod wording
          }
          expect(new Set(r.issues.map((i) => i.path)).size).toBe(r.issues.length); // one message per field
        }
      }),
      { numRuns: 3000 },
    );
  }, 30_000); // ceiling for a loaded machine, not a speed assertion
});
