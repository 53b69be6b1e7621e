import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/english';
import { answersSchema } from './answers';
import {
  type AnswersV1,
  answersSchemaV1,
  CHANNELS,
  GENERALITY,
  OUTPUT_MODALITIES,
  ROLES,
} from './answers-v1';
import { migrateDraftV1, migrateV1 } from './migrate';

const ynu = fc.constantFrom('yes', 'no', 'unknown');
const date = fc.constantFrom(undefined, 'unknown', '2025-08-01', '2027-03-01');
/** Version 1 answers varied where the migration looks (role, modalities, generality, channels, dates). */
const answersV1Arb: fc.Arbitrary<AnswersV1> = fc
  .record({
    role: fc.constantFrom(...ROLES),
    euEstablished: ynu,
    outputModalities: fc.oneof(fc.constant('unknown'), fc.subarray([...OUTPUT_MODALITIES], { minLength: 1 })),
    generality: fc.constantFrom(...GENERALITY),
    compute: fc.option(fc.record({ parameterUpdateFlop: fc.constantFrom(0, 2e23, 'unknown') }), {
      nil: undefined,
    }),
    placing: fc.option(
      fc.record({
        channels: fc.subarray([...CHANNELS], { minLength: 1 }),
        euAvailability: fc.constantFrom('direct', 'none', 'unknown'),
        placingDate: date,
      }),
      { nil: undefined },
    ),
    modification: fc.option(
      fc.record({
        originalComputeFlop: fc.constantFrom(3e24, 'unknown'),
        originalSystemicRisk: ynu,
        modificationFlop: fc.constant(1e23),
      }),
      { nil: undefined },
    ),
    systemicRisk: fc.option(
      fc.record({ thresholdMetDate: date, contest: fc.constantFrom('none', 'rejected') }),
      {
        nil: undefined,
      },
    ),
  })
  .map((a) => answersSchemaV1.parse(JSON.parse(JSON.stringify({ schemaVersion: 1, ...a }))));

const V1: AnswersV1 = {
  schemaVersion: 1,
  role: 'developer',
  euEstablished: 'no',
  outputModalities: ['text'],
  generality: 'unknown',
  codeOfPractice: 'unknown',
};

describe('migrateV1', () => {
  it('always gives valid version 2 answers, and never throws on valid version 1 answers', () => {
    fc.assert(
      fc.property(answersV1Arb, (v1) => {
        const { answers, fromVersion } = migrateV1(v1);
        expect(fromVersion).toBe(1);
        expect(answersSchema.safeParse(answers).error).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every answer whose meaning did not change exactly as it was', () => {
    fc.assert(
      fc.property(answersV1Arb, (v1) => {
        const { answers } = migrateV1(v1);
        const { schemaVersion: _s, generality: _g, outputModalities: _o, placing, ...unchanged } = v1;
        expect(answers).toMatchObject(unchanged);
        if (placing) expect(answers.placing).toMatchObject(placing);
        expect(answers).not.toHaveProperty('generality');
      }),
      { numRuns: 300 },
    );
  });

  it('does not change its input', () => {
    const v1: AnswersV1 = {
      ...V1,
      outputModalities: ['audio'],
      generality: 'narrow',
      placing: { channels: ['notYet'], euAvailability: 'none', euExcluded: 'no' },
    };
    const copy = structuredClone(v1);
    migrateV1(v1);
    expect(v1).toEqual(copy);
  });

  it('R10: audio is read as speech; with nothing else changed there is no other note', () => {
    const r = migrateV1({ ...V1, outputModalities: ['audio', 'image'] });
    expect(r.answers.outputModalities).toEqual(['speech', 'image']);
    expect(r.notes).toEqual([expect.objectContaining({ field: 'outputModalities', rules: ['R10'] })]);
    expect(migrateV1({ ...V1, outputModalities: 'unknown' })).toMatchObject({
      answers: { outputModalities: 'unknown' },
      notes: [],
    });
  });

  it('E27: "narrow" becomes one specific task, "broad" no facts at all, "unknown" nothing and no note', () => {
    expect(migrateV1({ ...V1, generality: 'narrow' }).answers.generalityFacts).toEqual({
      singleTask: 'otherSingleTask',
    });
    const broad = migrateV1({ ...V1, generality: 'broad' });
    expect(broad.answers.generalityFacts).toBeUndefined();
    expect(broad.notes.map((n) => n.rules)).toEqual([['R8', 'R9', 'E27']]);
    const { generality: _g, ...rest } = V1;
    expect(migrateV1(V1)).toEqual({ answers: { ...rest, schemaVersion: 2 }, fromVersion: 1, notes: [] });
  });

  it('R88: a model not yet placed is meant to be placed when it has a date, undecided without one', () => {
    const placing = {
      channels: ['notYet' as const],
      euAvailability: 'none' as const,
      euExcluded: 'no' as const,
    };
    expect(
      migrateV1({ ...V1, placing: { ...placing, placingDate: '2027-01-01' } }).answers.placing?.intention,
    ).toBe('yes');
    for (const placingDate of [undefined, 'unknown']) {
      const r = migrateV1({ ...V1, placing: { ...placing, placingDate } });
      expect(r.answers.placing?.intention).toBe('undecided');
      expect(r.notes.map((n) => n.field)).toEqual(['placing.intention']);
    }
    const placed = migrateV1({ ...V1, placing: { ...placing, channels: ['api'] } });
    expect(placed.answers.placing).not.toHaveProperty('intention');
  });

  it('R17, E8: either internal-use channel leaves the location unknown', () => {
    for (const channel of ['internalOnly', 'internalEssential'] as const) {
      const r = migrateV1({
        ...V1,
        placing: { channels: [channel], euAvailability: 'none', euExcluded: 'no' },
      });
      expect(r.answers.placing?.internalUseLocation).toBe('unknown');
      expect(r.notes.map((n) => n.field)).toEqual(
        channel === 'internalEssential'
          ? ['placing.internalUseLocation', 'placing.channels']
          : ['placing.internalUseLocation'],
      );
    }
  });
  it('R15: "essential to a service or affecting rights" is split in two, and the note says which was kept', () => {
    const r = migrateV1({
      ...V1,
      placing: { channels: ['internalEssential'], euAvailability: 'none', euExcluded: 'no' },
    });
    expect(r.answers.placing?.channels).toEqual(['internalEssential']);
    expect(inEnglish(r.notes.find((n) => n.field === 'placing.channels')?.change)).toMatch(
      /decisions about people/,
    );
  });
});

describe('migrateDraftV1: the same mapping on a draft’s partial answers', () => {
  it('gives exactly what migrateV1 gives for complete answers', () => {
    fc.assert(
      fc.property(answersV1Arb, (v1) => {
        const { answers, notes } = migrateV1(v1);
        expect(migrateDraftV1(v1)).toEqual({ answers, fromVersion: 1, notes });
      }),
      { numRuns: 300 },
    );
  });

  it('migrates only the answers that are there, and notes only those', () => {
    expect(migrateDraftV1({})).toEqual({ answers: { schemaVersion: 2 }, fromVersion: 1, notes: [] });
    expect(migrateDraftV1({ role: 'developer', generality: 'narrow' })).toMatchObject({
      answers: { role: 'developer', generalityFacts: { singleTask: 'otherSingleTask' } },
      notes: [{ field: 'generalityFacts.singleTask' }],
    });
    // A placing screen half answered: no channels yet, so nothing about intention or internal use.
    expect(migrateDraftV1({ placing: { placingDate: '2026-01-01' } })).toEqual({
      answers: { schemaVersion: 2, placing: { placingDate: '2026-01-01' } },
      fromVersion: 1,
      notes: [],
    });
    expect(migrateDraftV1({ placing: { channels: ['notYet'] } }).answers.placing).toEqual({
      channels: ['notYet'],
      intention: 'undecided',
    });
    expect(migrateDraftV1({ role: 'hobbyist' }).notes.map((n) => n.field)).toEqual(['placing.commercial']);
  });
});
