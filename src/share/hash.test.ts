import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../engine/answers';
import { parseAnswers } from '../engine/validate';
import { answersArb } from './arbitraries';
import { decodeAnswers, encodeAnswers } from './codec';
import golden from './golden-links.json';
import { ANSWERS_HASH_LENGTH, answersHash, hashedAnswersJson } from './hash';
import { sha256, toHex } from './sha256';
import { PERSONAS } from './test-personas';

const frontier = PERSONAS.frontierLabOutsideEu as Answers;

describe('sha256', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    const hex = (s: string) => toHex(sha256(new TextEncoder().encode(s)));
    expect(hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('matches node:crypto on random inputs of every length around the block boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(toHex(sha256(bytes))).toBe(createHash('sha256').update(bytes).digest('hex'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('answersHash', { timeout: 60_000 }, () => {
  it('is 12 hex digits of SHA-256 over the canonical JSON (verifiable with sha256sum)', () => {
    const h = answersHash(frontier);
    expect(h).toMatch(new RegExp(`^[0-9a-f]{${ANSWERS_HASH_LENGTH}}$`));
    expect(h).toBe(
      createHash('sha256').update(hashedAnswersJson(frontier), 'utf8').digest('hex').slice(0, 12),
    );
  });

  it('is stable: pinned value for a persona (changing it breaks every printed report)', () => {
    expect(hashedAnswersJson(frontier)).toBe(
      '{"codeOfPractice":"full","compute":{"inheritedWeightsFlop":0,"method":"measured","parameterUpdateFlop":3.8e+25,"syntheticDataFlop":0},"euEstablished":"no","generalityFacts":{"largeBroadData":"yes","parameterCount":400000000000,"selfSupervised":"yes","tasks":["conversation","writing","code","reasoning","imageGeneration"]},"outputModalities":["text","image"],"placing":{"channels":["api","ownApp"],"euAvailability":"direct","euExcluded":"no","placingDate":"2026-03-01"},"role":"developer","schemaVersion":2,"systemicRisk":{"contest":"none","designated":"no","thresholdMetDate":"2025-11-10"}}',
    );
    expect(answersHash(frontier)).toBe('b56e0e693ef8');
  });

  it('ignores key order, defaults left implicit, set order and the model name', () => {
    const reverseKeys = (v: unknown): unknown =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(
            Object.entries(v)
              .reverse()
              .map(([k, x]) => [k, reverseKeys(x)]),
          )
        : v;
    const reordered = reverseKeys(frontier);
    expect(Object.keys(reordered as object)[0]).toBe('codeOfPractice');
    const {
      syntheticDataFlop: _s,
      inheritedWeightsFlop: _i,
      ...computeNoDefaults
    } = frontier.compute ?? ({} as never);
    const variants = [
      reordered,
      { ...frontier, compute: computeNoDefaults },
      { ...frontier, outputModalities: ['image', 'text'] },
      {
        ...frontier,
        generalityFacts: {
          ...frontier.generalityFacts,
          tasks: ['imageGeneration', 'code', 'writing', 'conversation', 'reasoning'],
        },
      },
      { ...frontier, modelName: 'Another name' },
      (({ modelName: _m, ...r }) => r)(frontier),
    ];
    for (const v of variants) expect(answersHash(v as Answers)).toBe(answersHash(frontier));
  });

  it('is the same for the sender and for a colleague opening a link without the model name', () => {
    fc.assert(
      fc.property(answersArb(), (a) => {
        const r = decodeAnswers(encodeAnswers(a, { includeModelName: false }));
        expect(r.ok && answersHash(r.answers)).toBe(answersHash(a));
      }),
      { numRuns: 300 },
    );
  });

  it('v1 answers hash as the version 2 answers they migrate to, whether from a link or a file', () => {
    const g = golden.links.find((l) => l.name === 'frontierLabOutsideEu');
    if (!g) throw new Error('golden link missing');
    // The same facts written as version 2 by hand: "broad" gives no generality facts (ADR 0050).
    const { generalityFacts: _g, ...v2 } = frontier;
    const link = decodeAnswers(g.link);
    const file = parseAnswers(g.answers);
    expect(link.ok && answersHash(link.answers)).toBe(answersHash(v2));
    expect(file.ok && answersHash(file.answers)).toBe(answersHash(v2));
    // …and not as the v1 JSON a v1 build hashed: the schema version and the generality answer differ.
    expect(hashedAnswersJson(v2)).toContain('"schemaVersion":2');
    expect(hashedAnswersJson(v2)).not.toContain('generality');
  });

  it('changes when a fact changes', () => {
    const more = {
      ...frontier,
      compute: { ...(frontier.compute as NonNullable<Answers['compute']>), parameterUpdateFlop: 3.9e25 },
    };
    expect(answersHash(more)).not.toBe(answersHash(frontier));
    expect(answersHash({ ...frontier, euEstablished: 'yes' })).not.toBe(answersHash(frontier));
  });
});
