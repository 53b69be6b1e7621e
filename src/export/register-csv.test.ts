import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersSchema } from '../engine/answers';
import { WIZARD_PERSONAS, type WizardPersona } from '../engine/questionnaire/personas.fixture';
import { english } from '../i18n/english';
import { canonicalAnswers } from '../share/canonical';
import { PERSONAS } from '../share/test-personas';
import { completeAnswers, DRAFT_VERSION } from '../shared/draft/storage';
import {
  answersToRow,
  cellKind,
  MAX_REGISTER_ROWS,
  parseRegister,
  REGISTER_COLUMNS,
  readCell,
  registerCsv,
  registerTemplateCsv,
  rowAnswers,
} from './register-csv';

const ok = (text: string) => {
  const r = parseRegister(text, english);
  if (!r.ok) throw new Error(r.message);
  return r;
};

/** Every leaf path of the answers schema (objects walked, everything else a leaf). */
function leafPaths(shape: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(shape).flatMap(([key, schema]) => {
    let s = schema as { unwrap?: () => unknown; shape?: Record<string, unknown>; def?: { type?: string } };
    while (s.def?.type === 'optional' || s.def?.type === 'default') s = (s.unwrap as () => typeof s)();
    const path = prefix ? `${prefix}.${key}` : key;
    return s.def?.type === 'object' && s.shape ? leafPaths(s.shape, path) : [path];
  });
}

describe('register columns', () => {
  it('cover every answer of the answers schema (except schemaVersion), each once', () => {
    const paths = leafPaths(answersSchema.shape).filter((p) => p !== 'schemaVersion');
    const covered = REGISTER_COLUMNS.flatMap((c) => (c.path ? [c.path] : []));
    expect([...covered].sort()).toEqual([...paths].sort());
    expect(new Set(REGISTER_COLUMNS.map((c) => c.name)).size).toBe(REGISTER_COLUMNS.length);
  });

  it('are each documented in the README section "Model register (CSV)"', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Model register (CSV)'));
    // A table cell of its own, whatever padding the formatter gives the column.
    for (const c of REGISTER_COLUMNS) expect(section, c.name).toMatch(new RegExp(`\\| \`${c.name}\` +\\|`));
  });

  it('read what a cell may hold from the schema', () => {
    expect(cellKind('role')).toMatchObject({ type: 'choice' });
    expect(cellKind('outputModalities')).toMatchObject({ type: 'list', unknown: true });
    expect(cellKind('compute.parameterUpdateFlop')).toEqual({ type: 'flop', unknown: true });
    expect(cellKind('generalityFacts.parameterCount')).toEqual({ type: 'count', unknown: true });
    expect(cellKind('placing.placingDate')).toEqual({ type: 'date', unknown: true });
    expect(cellKind('modelName')).toEqual({ type: 'text', max: 120 });
  });
});

describe('reading cells', () => {
  it('accepts spreadsheet spellings: case, decimal comma, day-first dates, list separators', () => {
    expect(readCell('Developer', cellKind('role'), english)).toEqual({ value: 'developer' });
    expect(readCell('3,8e25', cellKind('compute.parameterUpdateFlop'), english)).toEqual({ value: 3.8e25 });
    expect(readCell('15/3/2026', cellKind('placing.placingDate'), english)).toEqual({ value: '2026-03-15' });
    expect(readCell('text; image', cellKind('outputModalities'), english)).toEqual({
      value: ['text', 'image'],
    });
    expect(readCell('Unknown', cellKind('outputModalities'), english)).toEqual({ value: 'unknown' });
    expect(readCell('none', cellKind('licence.monetisation'), english)).toEqual({ value: [] });
  });

  it('refuses with a plain message and a suggestion', () => {
    expect(readCell('develper', cellKind('role'), english)).toEqual({
      message: expect.stringContaining('Did you mean “developer”?'),
    });
    expect(readCell('March 2026', cellKind('placing.placingDate'), english)).toMatchObject({
      message: expect.stringContaining('give the exact day'),
    });
    expect(readCell('2026-02-30', cellKind('placing.placingDate'), english)).toMatchObject({
      message: expect.stringContaining('does not exist in the calendar'),
    });
    expect(readCell('lots', cellKind('compute.parameterUpdateFlop'), english)).toMatchObject({
      message: expect.stringContaining('is not a number'),
    });
    // Boundary of the FLOP range (R42–R46 schema): 10^30 accepted, above refused.
    expect(readCell('1e30', cellKind('compute.parameterUpdateFlop'), english)).toEqual({ value: 1e30 });
    expect(readCell('2e30', cellKind('compute.parameterUpdateFlop'), english)).toHaveProperty('message');
  });
});

describe('parseRegister', () => {
  it('reports each bad row with its line and field, and keeps the good rows', () => {
    const csv = [
      'name,role,eu_established,output_modalities,training_flop',
      'Good A,developer,no,text,3.8e25',
      'Bad B,develper,no,text,1e24',
      '"Multi',
      'line C",integrator,yes,text,unknown',
      'Bad D,developer,maybe,text,-5',
    ].join('\n');
    const r = ok(csv);
    expect(r.rows.map((row) => [row.line, row.name])).toEqual([
      [2, 'Good A'],
      [4, 'Multi\nline C'],
    ]);
    expect(r.problems.map((p) => [p.line, p.column])).toEqual([
      [3, 'role'],
      [6, 'eu_established'],
      [6, 'training_flop'],
    ]);
    expect(r.badLines).toEqual([3, 6]);
  });

  it('reads a semicolon-delimited file with CRLF line ends, a BOM and answers paths as headers', () => {
    const r = ok('\uFEFFname;compute.parameterUpdateFlop;Role\r\nX;1,2e24;developer\r\n');
    expect(r.rows[0]?.draft).toMatchObject({ role: 'developer', compute: { parameterUpdateFlop: 1.2e24 } });
  });

  it('refuses an unknown header column at line 1 with a suggestion, and a header without a name column', () => {
    const r = parseRegister('name,trainig_flop\nA,1e24\n', english);
    expect(r).toMatchObject({ ok: false, line: 1, column: 'trainig_flop' });
    expect(!r.ok && r.message).toMatch(/Did you mean “training_flop”/u);
    expect(parseRegister('role\ndeveloper\n', english)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no “name” column/u),
    });
  });

  it('skips blank rows, reports a missing name and extra fields', () => {
    const r = ok('name,role\n\nA,developer\n,developer\nB,developer,extra\n');
    expect(r.rows.map((row) => row.line)).toEqual([3]);
    expect(r.problems.map((p) => [p.line, p.column])).toEqual([
      [4, 'name'],
      [5, ''],
    ]);
  });

  it('stops at an unclosed quote and says so, keeping the rows before it', () => {
    const r = ok('name,role\nA,developer\n"B,developer\nC,developer\n');
    expect(r.rows.map((row) => row.name)).toEqual(['A']);
    expect(r.problems).toEqual([{ line: 3, column: '', message: expect.stringContaining('never closed') }]);
  });

  it(`refuses more than ${MAX_REGISTER_ROWS} rows and accepts exactly that many`, () => {
    const rows = (n: number) =>
      ['name,role', ...Array.from({ length: n }, (_, i) => `M${i},developer`)].join('\n');
    expect(ok(rows(MAX_REGISTER_ROWS)).rows).toHaveLength(MAX_REGISTER_ROWS);
    expect(parseRegister(rows(MAX_REGISTER_ROWS + 1), english)).toMatchObject({ ok: false });
  });

  it('refuses an empty file and a header without rows', () => {
    expect(parseRegister('', english)).toMatchObject({ ok: false });
    expect(parseRegister('name,role\n', english)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no rows/u),
    });
  });
});

describe('round trip and template', () => {
  it('every persona written as a row reads back as the same answers', () => {
    for (const [key, answers] of Object.entries(PERSONAS)) {
      const r = ok(registerCsv([answersToRow({ ...answers, modelName: answers.modelName ?? key }, 'Owner')]));
      const row = r.rows[0];
      expect(r.problems, key).toEqual([]);
      expect(row?.owner).toBe('Owner');
      const back = row && rowAnswers(row, english);
      expect(back?.ok && canonicalAnswers(back.answers), key).toEqual(
        canonicalAnswers({ ...answers, modelName: answers.modelName ?? key }),
      );
    }
  });

  it('every wizard persona written as a row reads back as the same, complete draft', () => {
    for (const [key, persona] of Object.entries(WIZARD_PERSONAS) as [string, WizardPersona][]) {
      const draft = { ...persona.answers, modelName: persona.answers.modelName ?? key };
      const row = ok(registerCsv([answersToRow(draft)])).rows[0];
      expect(row?.draft, key).toEqual(draft);
      expect(
        completeAnswers({ version: DRAFT_VERSION, answers: row?.draft ?? {}, updatedAt: '' }).ok,
        key,
      ).toBe(true);
    }
  });

  it('the template has the header and one example row that is a complete assessment', () => {
    const r = ok(registerTemplateCsv());
    expect(r.rows).toHaveLength(1);
    const row = r.rows[0];
    expect(row && completeAnswers({ version: DRAFT_VERSION, answers: row.draft, updatedAt: '' }).ok).toBe(
      true,
    );
  });

  it('a row missing a required answer is named by its column for the command line', () => {
    const r = ok('name,eu_established,output_modalities\nA,no,text\n');
    const back = rowAnswers(r.rows[0] as NonNullable<(typeof r.rows)[0]>, english);
    expect(!back.ok && back.problems).toEqual([
      {
        line: 2,
        column: 'role',
        message: expect.stringMatching(/^Required for an assessment: give one of developer/u),
      },
    ]);
  });
});
