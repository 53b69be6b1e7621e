import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answers, answersSchema } from '../engine/answers';
import { migrateV1, RULES_VERSION_OF_ANSWERS_V1 } from '../engine/migrate';
import { RULES_VERSION } from '../engine/rules-version';
import { answersArb, answersV1Arb } from './arbitraries';
import { canonicalAnswers } from './canonical';
import {
  type DecodeErrorKind,
  decodeAnswers,
  encodeAnswers,
  encodeAnswersV1,
  MAX_SHARE_VALUE_LENGTH,
} from './codec';

const KINDS: DecodeErrorKind[] = ['truncated', 'tampered', 'unknown-version', 'invalid', 'empty'];

function assertTyped(value: string): ReturnType<typeof decodeAnswers> {
  let r: ReturnType<typeof decodeAnswers> | undefined;
  expect(() => {
    r = decodeAnswers(value);
  }).not.toThrow();
  const result = r as ReturnType<typeof decodeAnswers>;
  if (result.ok) expect(answersSchema.safeParse(result.answers).success).toBe(true);
  else {
    expect(KINDS).toContain(result.error.kind);
    expect(result.error.message).toMatch(/\w{3,}/);
  }
  return result;
}

// Thousands of runs each: allow for a loaded machine (a harness limit, not a timing assertion).
describe('codec properties', { timeout: 120_000 }, () => {
  it('decode(encode(a)) deep-equals a for generated valid answers (model name included)', () => {
    fc.assert(
      fc.property(answersArb(), (a) => {
        const r = decodeAnswers(encodeAnswers(a, { includeModelName: true }));
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.answers).toStrictEqual(a);
        if (r.ok) expect(r.migration).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('every v1 link (frozen v1 writer) decodes to its answers migrated to version 2, with their notes', () => {
    fc.assert(
      fc.property(answersV1Arb(), (v1) => {
        const r = decodeAnswers(encodeAnswersV1(v1, { includeModelName: true }, RULES_VERSION_OF_ANSWERS_V1));
        const { answers, fromVersion, notes } = migrateV1(v1);
        expect(r).toStrictEqual({
          ok: true,
          answers: canonicalAnswers(answersSchema.parse(answers)),
          rulesVersion: RULES_VERSION_OF_ANSWERS_V1,
          rulesChanged: RULES_VERSION !== RULES_VERSION_OF_ANSWERS_V1,
          migration: { fromVersion, notes },
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('without the model name, everything else comes back', () => {
    fc.assert(
      fc.property(answersArb(), (a) => {
        const r = decodeAnswers(encodeAnswers(a, { includeModelName: false }));
        const { modelName: _n, ...rest } = a;
        expect(r.ok && r.answers).toStrictEqual(rest);
      }),
      { numRuns: 500 },
    );
  });

  it('answers given in any order and with repeats decode to their canonical form', () => {
    const shuffled = answersArb().chain((a) =>
      fc
        .tuple(
          fc.shuffledSubarray(
            a.outputModalities === 'unknown' ? [] : [...a.outputModalities, ...a.outputModalities],
          ),
        )
        .map(([mods]) => ({
          ...a,
          outputModalities:
            a.outputModalities === 'unknown' ? ('unknown' as const) : [...mods, ...a.outputModalities],
        })),
    );
    fc.assert(
      fc.property(shuffled, (a: Answers) => {
        const r = decodeAnswers(encodeAnswers(a, { includeModelName: true }));
        expect(r.ok && r.answers).toStrictEqual(canonicalAnswers(a));
      }),
      { numRuns: 300 },
    );
  });

  it('every generated answer set fits the 2 000-character limit', () => {
    fc.assert(
      fc.property(answersArb(), (a) => {
        expect(encodeAnswers(a, { includeModelName: true }).length).toBeLessThanOrEqual(
          MAX_SHARE_VALUE_LENGTH,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on 10 000 random strings and returns a typed result', () => {
    const randomStrings = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.tuple(fc.constantFrom('v1.', 'v2.'), fc.string({ maxLength: 60 })).map(([v, s]) => v + s),
      fc
        .tuple(
          fc.constantFrom('v1.', 'v2.'),
          fc.string({
            unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
            maxLength: 400,
          }),
        )
        .map(([v, s]) => v + s),
      fc.tuple(fc.nat(99), fc.base64String({ maxLength: 200 })).map(([v, s]) => `v${v}.${s}`),
    );
    fc.assert(
      fc.property(randomStrings, (s) => void assertTyped(s)),
      { numRuns: 10_000 },
    );
  });

  it('never throws on 10 000 mutated valid links, and a mutation never yields different answers', () => {
    const mutation = fc.oneof(
      fc.record({
        op: fc.constant('replace' as const),
        at: fc.nat(),
        char: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      }),
      fc.record({
        op: fc.constant('insert' as const),
        at: fc.nat(),
        char: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 3 }),
      }),
      fc.record({ op: fc.constant('delete' as const), at: fc.nat(), char: fc.constant('') }),
      fc.record({ op: fc.constant('cut' as const), at: fc.nat(), char: fc.constant('') }),
      fc.record({ op: fc.constant('flipbit' as const), at: fc.nat(), char: fc.constant('') }),
    );
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    fc.assert(
      fc.property(answersArb(), fc.array(mutation, { minLength: 1, maxLength: 3 }), (a, muts) => {
        const original = encodeAnswers(a, { includeModelName: true });
        let s = original;
        for (const m of muts) {
          const at = m.at % (s.length + 1);
          if (m.op === 'replace') s = s.slice(0, at) + m.char + s.slice(at + 1);
          else if (m.op === 'insert') s = s.slice(0, at) + m.char + s.slice(at);
          else if (m.op === 'delete') s = s.slice(0, at) + s.slice(at + 1);
          else if (m.op === 'cut') s = s.slice(0, at);
          else {
            const i = 3 + (at % Math.max(1, s.length - 3));
            const c = alphabet.indexOf(s[i] ?? '');
            if (c >= 0) s = s.slice(0, i) + alphabet[c ^ (1 << (at % 6))] + s.slice(i + 1);
          }
        }
        const r = assertTyped(s);
        // Either the mutation is reported, or it changed nothing that matters (e.g. a space, a "?…" tail).
        if (r.ok) expect(r.answers).toStrictEqual(a);
      }),
      { numRuns: 10_000 },
    );
  });
});
