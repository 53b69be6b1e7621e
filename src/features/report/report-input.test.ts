import { describe, expect, it } from 'vitest';
import { tx } from '../../engine/text';
import { encodeAnswers } from '../../share/codec';
import golden from '../../share/golden-links.json';
import { PERSONAS } from '../../share/test-personas';
import { resolveReportInput } from './report-input';

const v1Link = (name: string) => golden.links.find((g) => g.name === name)?.link ?? '';

const legacy = PERSONAS.legacyModel2024;
if (!legacy) throw new Error('persona missing');

describe('resolveReportInput', () => {
  it('decodes a share link, reporting the rules version it was made with', () => {
    const input = resolveReportInput(encodeAnswers(legacy, { includeModelName: true }, '2025.1.0'));
    expect(input).toMatchObject({
      kind: 'ready',
      linkRulesVersion: '2025.1.0',
      rulesChanged: true,
      migration: null,
    });
    if (input.kind === 'ready') expect(input.answers.placing?.placingDate).toBe('2024-06-01');
  });

  it('turns a bad link into a typed error with a message', () => {
    const input = resolveReportInput('v1.not-a-real-link');
    expect(input.kind).toBe('bad-link');
    if (input.kind === 'bad-link') expect(input.error.message).toMatch(/link/i);
    expect(resolveReportInput('invalid').kind).toBe('bad-link');
  });

  it('a v1 link: migrated answers, with the notes and the rules version the link was made with', () => {
    const input = resolveReportInput(v1Link('v1MigrationCases'));
    if (input.kind !== 'ready') throw new Error(input.kind);
    expect(input.answers.schemaVersion).toBe(2);
    expect(input.migration).toMatchObject({ fromVersion: 1, rulesVersion: '2026.11.1' });
    expect(input.migration?.notes.map((n) => n.field)).toEqual([
      'outputModalities',
      'generalityFacts.singleTask',
      'placing.internalUseLocation',
      'placing.commercial',
    ]);
    const older = resolveReportInput(v1Link('madeUnderOlderRules'));
    expect(older.kind === 'ready' && older.migration?.rulesVersion).toBe('2025.8.3');
  });

  it('an imported v1 file: its notes are shown only with the link it was opened with', () => {
    const a = encodeAnswers(legacy, { includeModelName: true });
    const migration = {
      fromVersion: 1,
      notes: [{ field: 'placing.intention', change: tx('validation.migratedIntention'), rules: [] }],
    };
    expect(resolveReportInput(a, { a, migration })).toMatchObject({
      kind: 'ready',
      migration: { ...migration, rulesVersion: '2026.11.1' },
    });
    const other = encodeAnswers(legacy, { includeModelName: true }, '2026.11.1');
    expect(other).not.toBe(a);
    expect(resolveReportInput(other, { a, migration })).toMatchObject({ kind: 'ready', migration: null });
  });

  it('an imported file: its model name comes from the history entry, only with the link it was opened with', () => {
    const a = encodeAnswers(legacy, { includeModelName: false });
    const named = resolveReportInput(a, { a, migration: null, modelName: 'From the file' });
    expect(named.kind === 'ready' && named.answers.modelName).toBe('From the file');
    const other = encodeAnswers({ ...legacy, euEstablished: 'no' }, { includeModelName: false });
    const unnamed = resolveReportInput(other, { a, migration: null, modelName: 'From the file' });
    expect(unnamed.kind === 'ready' && unnamed.answers.modelName).toBeUndefined();
  });
});
