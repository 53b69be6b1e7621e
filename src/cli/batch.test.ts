import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersToRow, registerCsv } from '../export/register-csv';
import { PERSONAS } from '../share/test-personas';
import { MAX_BATCH_PROBLEM_LINES } from './batch';
import { readInput } from './read-input';
import { runCli } from './run';

const files = new Map<string, string | Uint8Array>();
const deps = {
  readFile(path: string) {
    const f = files.get(path);
    if (f === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return typeof f === 'string' ? new TextEncoder().encode(f) : f;
  },
  today: () => '2026-11-30',
};
const run = (...argv: string[]) => runCli(argv, deps);

const frontier = PERSONAS.frontierLabOutsideEu as NonNullable<typeof PERSONAS.frontierLabOutsideEu>;
const open7b = PERSONAS.openWeights7bApache as NonNullable<typeof PERSONAS.openWeights7bApache>;

describe('assess --batch (CSV register)', () => {
  it('prints one tab-separated line per model and exits 0 when every row is good', () => {
    files.set('good.csv', registerCsv([answersToRow(frontier), answersToRow(open7b)]));
    const r = run('--batch', 'good.csv', '--as-of', '2026-11-30');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    // R1/R5 (GPAI, provider) and R34 (systemic risk presumed above 10^25 FLOP) for the frontier lab.
    expect(lines[0]?.split('\t')).toEqual([
      'Łódź AI',
      'GPAI: Yes',
      'role: provider',
      'systemic risk: Presumed',
      expect.stringMatching(/^open-source exemption: /u),
      expect.stringMatching(/^next: /u),
    ]);
    expect(lines[1]?.startsWith('Open-7B\tGPAI: Yes')).toBe(true);
    // R35: the frontier lab met 10^25 FLOP in November 2025; its Art. 52(1) notification is overdue. No "above".
    expect(lines[0]?.endsWith('next: Due now: the overdue obligations')).toBe(true);
  });

  it('reports a bad row on stderr with its line and column, still prints the good ones, and exits 1', () => {
    files.set(
      'mixed.csv',
      'name,role,eu_established,output_modalities\nA,developer,no,text\nB,develper,no,text\nC,integrator,yes,text\n',
    );
    const r = run('--batch=mixed.csv');
    expect(r.code).toBe(1);
    expect(
      r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]),
    ).toEqual(['A', 'C']);
    const err = r.stderr.trimEnd().split('\n');
    expect(err[0]).toMatch(/^mixed\.csv: line 3, role: “develper” is not one of the allowed values/u);
    expect(err.at(-1)).toBe(
      'assess: 1 of 3 rows had problems and were not assessed; the other 2 are on standard output.',
    );
  });

  it('names a required answer a row leaves empty by its column', () => {
    files.set('missing.csv', 'name,eu_established,output_modalities\nA,no,text\n');
    const r = run('--batch', 'missing.csv');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/line 2, role: Required for an assessment: give one of developer/u);
  });

  it('exits 2 when the file cannot be read as a register (missing, header, encoding, size)', () => {
    expect(run('--batch', 'nope.csv')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/no such file/u),
    });
    files.set('header.csv', 'model,role\nA,developer\n');
    expect(run('--batch', 'header.csv')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/line 1, model: The header names a column/u),
    });
    files.set('latin1.csv', new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xe9, 0x0a]));
    expect(run('--batch', 'latin1.csv')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/not UTF-8/u),
    });
    files.set('huge.csv', new Uint8Array(2 * 1024 * 1024 + 1));
    expect(run('--batch', 'huge.csv')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/too large/u),
    });
  });

  it('refuses bad arguments with exit 2', () => {
    expect(run('--batch')).toMatchObject({ code: 2, stderr: expect.stringMatching(/needs a value/u) });
    files.set('good.csv', registerCsv([answersToRow(frontier)]));
    expect(run('--batch', 'good.csv', '--as-of', '2026-02-30').code).toBe(2);
    expect(run('--batch', 'good.csv', '--format', 'text').code).toBe(2);
    expect(run('--batch', '--help')).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Usage: npm run assess -- --batch/u),
    });
  });

  it('escapes control characters from the file before they reach the terminal', () => {
    files.set(
      'esc.csv',
      `name,role,eu_established,output_modalities\n"A\u001b[2Jx",develper,no,text\n"B\u001b]0;t\u0007",developer,no,text\n`,
    );
    const r = run('--batch', 'esc.csv');
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('B\\u001b]0;t\\u0007');
    expect(r.stderr).not.toContain('\u001b');
  });

  it(`lists at most ${MAX_BATCH_PROBLEM_LINES} problems, then counts the rest`, () => {
    const bad = Array.from({ length: MAX_BATCH_PROBLEM_LINES + 5 }, (_, i) => `M${i},nobody,no,text`);
    files.set('many.csv', ['name,role,eu_established,output_modalities', ...bad].join('\n'));
    const err = run('--batch', 'many.csv').stderr.trimEnd().split('\n');
    expect(err).toHaveLength(MAX_BATCH_PROBLEM_LINES + 2);
    expect(err.at(-2)).toMatch(/and 5 more/u);
  });
});

describe('assess --batch (JSON lines)', () => {
  it('reads one answers object per line, reports bad lines by number, skips blank lines', () => {
    files.set(
      'reg.jsonl',
      [
        JSON.stringify(frontier),
        '',
        '{"schemaVersion": 2,, }',
        JSON.stringify({ ...open7b, role: 'x' }),
        JSON.stringify(open7b),
      ].join('\n'),
    );
    const r = run('--batch', 'reg.jsonl');
    expect(r.code).toBe(1);
    expect(
      r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]),
    ).toEqual(['Łódź AI', 'Open-7B']);
    expect(r.stderr).toMatch(/^reg\.jsonl: line 3, column 21: /mu);
    expect(r.stderr).toMatch(/^reg\.jsonl: line 4, role: /mu);
    expect(r.stderr).toMatch(/2 of 4 rows had problems/u);
  });

  it('refuses a repeated key on a line', () => {
    files.set('dup.jsonl', '{"schemaVersion": 2, "role": "developer", "role": "host"}\n');
    expect(run('--batch', 'dup.jsonl').stderr).toMatch(/line 1, column 43: the key "role" appears twice/u);
  });
});

describe('assess --batch with the hardened reader', () => {
  it('reads a real file, and refuses a directory with exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'batch-'));
    const path = join(dir, 'r.csv');
    writeFileSync(path, registerCsv([answersToRow(frontier)]));
    const real = { readFile: readInput, today: () => '2026-11-30' };
    expect(runCli(['--batch', path], real).code).toBe(0);
    expect(runCli(['--batch', dir], real)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/directory/u),
    });
  });
});
