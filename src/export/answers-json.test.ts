import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answers, answersSchema } from '../engine/answers';
import { migrateV1 } from '../engine/migrate';
import { answersArb, answersV1Arb } from '../share/arbitraries';
import { canonicalAnswers } from '../share/canonical';
import golden from '../share/golden-links.json';
import { PERSONAS } from '../share/test-personas';
import { answersToJson, importAnswersJson } from './answers-json';

const frontier = PERSONAS.frontierLabOutsideEu as Answers;

describe('JSON export', { timeout: 60_000 }, () => {
  it('is the answers object with its schemaVersion (the CLI format), keeping the model name', () => {
    const json = JSON.parse(answersToJson(frontier));
    expect(json.schemaVersion).toBe(2);
    expect(json.modelName).toBe('Łódź AI');
    expect(json).toEqual(canonicalAnswers(frontier));
  });

  it('export then import gives the same answers (property)', () => {
    fc.assert(
      fc.property(answersArb(), (a) => {
        const r = importAnswersJson(answersToJson(a));
        expect(r).toEqual({ ok: true, answers: a, migration: null });
      }),
      { numRuns: 300 },
    );
  });
});

describe('JSON import', () => {
  it('refuses text that is not JSON, with a reason', () => {
    const r = importAnswersJson('{"role": "developer",');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.summary).toMatch(/not valid JSON/);
      expect(r.issues[0]?.message.length).toBeGreaterThan(10);
    }
  });

  it('names the field of each invalid answer', () => {
    const bad = { ...JSON.parse(answersToJson(frontier)), euEstablished: 'maybe' };
    bad.compute.parameterUpdateFlop = -5;
    const r = importAnswersJson(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.summary).toMatch(/2 answers are not valid/);
      const paths = r.issues.map((i) => i.path);
      expect(paths).toContain('euEstablished');
      expect(paths).toContain('compute.parameterUpdateFlop');
      expect(r.issues.find((i) => i.path === 'euEstablished')?.message).toMatch(/"yes"/);
    }
  });

  it('names unknown fields', () => {
    const r = importAnswersJson(JSON.stringify({ ...JSON.parse(answersToJson(frontier)), roel: 'x' }));
    expect(!r.ok && r.issues.map((i) => i.path)).toContain('roel');
  });

  it('refuses a newer schema version with a clear reason', () => {
    const r = importAnswersJson(JSON.stringify({ ...JSON.parse(answersToJson(frontier)), schemaVersion: 3 }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.summary).toMatch(/schema version .*cannot read/);
      expect(r.issues[0]?.path).toBe('schemaVersion');
      expect(r.issues[0]?.message).toMatch(/version 3.*newer version/s);
    }
  });

  it('refuses a version older than 1, saying which versions it reads', () => {
    const r = importAnswersJson(JSON.stringify({ ...JSON.parse(answersToJson(frontier)), schemaVersion: 0 }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.summary).toMatch(/cannot read/);
      expect(r.issues[0]?.message).toMatch(/version 0; this tool reads versions 1 and 2/);
    }
  });

  it('imports a version 1 file (as a version 1 build exported it), migrated, with what changed', () => {
    const v1 = golden.links.find((g) => g.name === 'v1MigrationCases')?.answers;
    const r = importAnswersJson(`${JSON.stringify(v1, null, 2)}\n`);
    if (!r.ok) throw new Error(r.summary);
    expect(r.answers).toMatchObject({
      schemaVersion: 2,
      role: 'hobbyist',
      outputModalities: ['text', 'speech'],
      generalityFacts: { singleTask: 'otherSingleTask' },
      placing: { intention: 'yes', internalUseLocation: 'unknown' },
    });
    expect(r.migration?.fromVersion).toBe(1);
    expect(r.migration?.notes.map((n) => n.field)).toEqual([
      'outputModalities',
      'generalityFacts.singleTask',
      'placing.internalUseLocation',
      'placing.commercial',
    ]);
    // Exported again, it is a version 2 file that imports without a migration.
    expect(importAnswersJson(answersToJson(r.answers))).toEqual({
      ok: true,
      answers: r.answers,
      migration: null,
    });
  });

  it('every version 1 file imports as its migrated answers (property)', () => {
    fc.assert(
      fc.property(answersV1Arb(), (v1) => {
        const r = importAnswersJson(JSON.stringify(v1));
        const { answers, notes } = migrateV1(v1);
        expect(r).toEqual({
          ok: true,
          answers: canonicalAnswers(answersSchema.parse(answers)),
          migration: { fromVersion: 1, notes },
        });
      }),
      { numRuns: 200 },
    );
  });

  it('a version 1 file with an invalid answer names the field in version 1 terms', () => {
    const v1 = { ...golden.links[0]?.answers, generality: 'general' };
    const r = importAnswersJson(JSON.stringify(v1));
    expect(!r.ok && r.issues).toEqual([
      {
        path: 'generality',
        message: 'The text "general" is not an allowed value. Allowed: "broad", "narrow", "unknown".',
      },
    ]);
  });

  it('reads a file with a byte-order mark, and refuses a huge or non-object file', () => {
    expect(importAnswersJson(`\uFEFF${answersToJson(frontier)}`).ok).toBe(true);
    expect(importAnswersJson('[1,2,3]').ok).toBe(false);
    expect(importAnswersJson('null').ok).toBe(false);
    expect(importAnswersJson(' '.repeat(300_000)).ok).toBe(false);
  });
});
