import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answers, answersSchema } from '../engine/answers';
import { evaluate } from '../engine/evaluate';
import { migrateV1 } from '../engine/migrate';
import { relevantAnswers } from '../engine/questionnaire';
import { translatorFor } from '../i18n/all';
import { inEnglish } from '../i18n/english';
import { answersArb, answersV1Arb } from '../share/arbitraries';
import { canonicalAnswers } from '../share/canonical';
import golden from '../share/golden-links.json';
import { PERSONAS } from '../share/test-personas';
import { answersToJson, importAnswersJson } from './answers-json';

/** The import's result with its messages in English. */
const read = (text: string) => inEnglish(importAnswersJson(text));

const frontier = PERSONAS.frontierLabOutsideEu as Answers;

/** Dotted paths of an answers object's leaves (scalars and lists), sorted. */
function leaves(v: unknown, prefix = ''): string[] {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return [prefix];
  return Object.entries(v)
    .flatMap(([k, x]) => leaves(x, prefix ? `${prefix}.${k}` : k))
    .sort();
}

describe('JSON export', { timeout: 60_000 }, () => {
  it('is the answers object with its schemaVersion (the CLI format), keeping the model name', () => {
    const json = JSON.parse(answersToJson(frontier));
    expect(json.schemaVersion).toBe(2);
    expect(json.modelName).toBe('Łódź AI');
    expect(answersSchema.parse(json)).toEqual(canonicalAnswers(frontier));
  });

  it('leaves out defaults the user never saw: hidden questions answered only by the schema', () => {
    const json = JSON.parse(answersToJson(frontier));
    // Frontier lab: no cumulative-compute screen (its parts cannot change the verdict), EU exclusion not asked.
    expect(json.compute).toEqual({ parameterUpdateFlop: 3.8e25, method: 'measured' });
    expect(json.placing).not.toHaveProperty('euExcluded');
    // …but a default on a question that is shown is an answer, and stays.
    const open = JSON.parse(answersToJson(PERSONAS.openWeights7bApache as Answers));
    expect(open.compute).toMatchObject({ syntheticDataFlop: 0, inheritedWeightsFlop: 0 });
    expect(open.licence.restrictions).toEqual([]);
  });

  it('from the wizard (relevant answers only), exports exactly the answers on questions that apply (property)', () => {
    fc.assert(
      fc.property(answersArb(), (a) => {
        const wizard = canonicalAnswers(answersSchema.parse(relevantAnswers(a)));
        const exported = JSON.parse(answersToJson(wizard));
        expect(leaves(exported)).toEqual(leaves(relevantAnswers(wizard)));
        expect(importAnswersJson(answersToJson(wizard))).toEqual({
          ok: true,
          answers: wizard,
          migration: null,
        });
      }),
      { numRuns: 200 },
    );
  });

  it('re-imports to the same report (R-rules unchanged: the same answers are evaluated)', () => {
    for (const [name, answers] of Object.entries(PERSONAS)) {
      const back = importAnswersJson(answersToJson(answers as Answers));
      if (!back.ok) throw new Error(`${name}: ${back.summary}`);
      expect(evaluate(back.answers, '2026-11-25'), name).toEqual(evaluate(answers as Answers, '2026-11-25'));
    }
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
    const r = read('{"role": "developer",');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.summary).toMatch(/not valid JSON/);
      expect(r.issues[0]?.message.length).toBeGreaterThan(10);
    }
  });

  it('names the field of each invalid answer', () => {
    const bad = { ...JSON.parse(answersToJson(frontier)), euEstablished: 'maybe' };
    bad.compute.parameterUpdateFlop = -5;
    const r = read(JSON.stringify(bad));
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
    const r = read(JSON.stringify({ ...JSON.parse(answersToJson(frontier)), roel: 'x' }));
    expect(!r.ok && r.issues.map((i) => i.path)).toContain('roel');
  });

  it('refuses a newer schema version with a clear reason', () => {
    const r = read(JSON.stringify({ ...JSON.parse(answersToJson(frontier)), schemaVersion: 3 }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.summary).toMatch(/schema version .*cannot read/);
      expect(r.issues[0]?.path).toBe('schemaVersion');
      expect(r.issues[0]?.message).toMatch(/version 3.*newer version/s);
    }
  });

  it('refuses a version older than 1, saying which versions it reads', () => {
    const r = read(JSON.stringify({ ...JSON.parse(answersToJson(frontier)), schemaVersion: 0 }));
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
    const r = read(JSON.stringify(v1));
    expect(!r.ok && r.issues).toEqual([
      {
        path: 'generality',
        message: 'The text "general" is not an allowed value. Allowed: "broad", "narrow", "unknown".',
      },
    ]);
  });

  it('reports where the JSON is broken, with line and column', () => {
    const r = read('{\n  "schemaVersion": 2,\n  "role": "developer"\n  "euEstablished": "yes"\n}');
    expect(!r.ok && r.issues[0]?.message).toBe(
      'Line 4, column 3: A comma is missing between two fields. Export the answers again, or fix the file in a text editor.',
    );
  });

  it('refuses a repeated key, naming it and where it is', () => {
    const text = answersToJson(frontier).replace(
      '"role": "developer",',
      '"role": "developer",\n  "role": "modifier",',
    );
    const r = read(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.summary).toMatch(/same answer twice/);
      expect(r.issues).toEqual([
        { path: '', message: 'Line 5, column 3: the key "role" appears twice; keep one of them.' },
      ]);
    }
  });

  it('reads a file with a byte-order mark, and refuses a huge or non-object file', () => {
    expect(importAnswersJson(`\uFEFF${answersToJson(frontier)}`).ok).toBe(true);
    expect(importAnswersJson('[1,2,3]').ok).toBe(false);
    expect(importAnswersJson('null').ok).toBe(false);
    expect(importAnswersJson(' '.repeat(300_000)).ok).toBe(false);
  });
});

describe('JSON with a workspace record (provenance and sign-off, ADR 0094)', () => {
  const signoff = {
    name: 'Zofia Wąsik',
    role: 'General Counsel',
    date: '2026-11-27',
    note: '',
    signedAt: '2026-11-27T15:04:00.000Z',
  };
  const provenance = { 'compute.parameterUpdateFlop': { source: 'ML lead', exactness: 'estimate' as const } };

  it('carries the sign-off and the provenance beside the answers, and leaves out what is empty', () => {
    const json = JSON.parse(answersToJson(frontier, { provenance, signoff }));
    expect(json.signoff).toEqual(signoff);
    expect(json.provenance).toEqual(provenance);
    expect(json.schemaVersion).toBe(2);
    const bare = JSON.parse(answersToJson(frontier, { provenance: {}, signoff: null }));
    expect(bare).not.toHaveProperty('signoff');
    expect(bare).not.toHaveProperty('provenance');
    expect(bare).toEqual(JSON.parse(answersToJson(frontier)));
  });

  it('imports a file with them (same answers, the record returned) and a file without them', () => {
    const withRecord = importAnswersJson(answersToJson(frontier, { provenance, signoff }));
    const without = importAnswersJson(answersToJson(frontier));
    expect(withRecord.ok && without.ok).toBe(true);
    if (!withRecord.ok || !without.ok) return;
    expect(withRecord.answers).toEqual(without.answers);
    expect(withRecord.record).toEqual({ provenance, signoff });
    expect(without).not.toHaveProperty('record');
  });

  it('refuses a malformed sign-off or provenance, naming the field', () => {
    const text = answersToJson(frontier, {
      provenance: { 'compute.method': { exactness: 'rough' as never } },
      signoff: { ...signoff, name: '', date: '27/11/2026' },
    });
    const r = read(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.summary).toBe(
      'The file could not be imported: the provenance or sign-off it carries is not valid.',
    );
    expect(r.issues.map((i) => i.path)).toEqual([
      'provenance.compute.method.exactness',
      'signoff.name',
      'signoff.date',
    ]);
  });
});

describe('the refusal in the reader’s language (issue #11)', () => {
  const bad = { ...(PERSONAS.frontierLabOutsideEu as Answers), euEstablished: 'maybe', role: 'wizard' };

  it('counts the invalid answers in English, German and French', () => {
    const result = importAnswersJson(JSON.stringify(bad));
    if (result.ok) throw new Error('a file with invalid answers was accepted');
    expect(result.summary).toBe('The file could not be imported: 2 answers are not valid.');
    expect(translatorFor('de').t(result.summaryText)).toBe(
      'Die Datei konnte nicht importiert werden: 2 Antworten sind ungültig.',
    );
    expect(translatorFor('fr').t(result.summaryText)).toBe(
      'Le fichier n’a pas pu être importé\u00a0: 2 réponses ne sont pas valides.',
    );
  });

  it('says one answer, not "1 answers"', () => {
    const result = importAnswersJson(JSON.stringify({ ...bad, role: 'developer' }));
    if (result.ok) throw new Error('a file with an invalid answer was accepted');
    expect(result.summary).toBe('The file could not be imported: one answer is not valid.');
    expect(translatorFor('de').t(result.summaryText)).toMatch(/Eine Antwort ist ungültig/);
  });
});
