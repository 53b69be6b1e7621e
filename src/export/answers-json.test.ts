import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../engine/answers';
import { answersArb } from '../share/arbitraries';
import { canonicalAnswers } from '../share/canonical';
import { PERSONAS } from '../share/test-personas';
import { answersToJson, importAnswersJson } from './answers-json';

const frontier = PERSONAS.frontierLabOutsideEu as Answers;

describe('JSON export', { timeout: 60_000 }, () => {
  it('is the answers object with its schemaVersion (the CLI format), keeping the model name', () => {
    const json = JSON.parse(answersToJson(frontier));
    expect(json.schemaVersion).toBe(1);
    expect(json.modelName).toBe('Łódź AI');
    expect(json).toEqual(canonicalAnswers(frontier));
  });

  it('export then import gives the same answers (property)', () => {
    fc.assert(
      fc.property(answersArb(), (a) => {
        const r = importAnswersJson(answersToJson(a));
        expect(r).toEqual({ ok: true, answers: a, migratedFrom: null });
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
    const r = importAnswersJson(JSON.stringify({ ...JSON.parse(answersToJson(frontier)), schemaVersion: 2 }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.path).toBe('schemaVersion');
      expect(r.issues[0]?.message).toMatch(/version 2.*newer version/s);
    }
  });

  it('refuses an older version that cannot be migrated, saying why', () => {
    const r = importAnswersJson(JSON.stringify({ ...JSON.parse(answersToJson(frontier)), schemaVersion: 0 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.summary).toMatch(/version 0.*cannot convert/);
  });

  it('migrates an older version through the chain of migrations', () => {
    // A hypothetical version 0 that called the role "trainer" and had no codeOfPractice field.
    const v0 = { ...JSON.parse(answersToJson(frontier)), schemaVersion: 0, role: 'trainer' };
    delete v0.codeOfPractice;
    const migrations = {
      0: (old: Record<string, unknown>) => ({
        ...old,
        role: old.role === 'trainer' ? 'developer' : old.role,
      }),
    };
    const r = importAnswersJson(JSON.stringify(v0), migrations);
    expect(r).toEqual({
      ok: true,
      answers: { ...canonicalAnswers(frontier), codeOfPractice: 'unknown' },
      migratedFrom: 0,
    });
  });

  it('reads a file with a byte-order mark, and refuses a huge or non-object file', () => {
    expect(importAnswersJson(`\uFEFF${answersToJson(frontier)}`).ok).toBe(true);
    expect(importAnswersJson('[1,2,3]').ok).toBe(false);
    expect(importAnswersJson('null').ok).toBe(false);
    expect(importAnswersJson(' '.repeat(300_000)).ok).toBe(false);
  });
});
