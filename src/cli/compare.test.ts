import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMPARISON_FORMAT, COMPARISON_FORMAT_VERSION } from '../engine/compare';
import { RULES_VERSION } from '../engine/rules-version';
import { type CliDeps, runCli } from './run';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const AS_OF = '2026-11-25';
const FRONTIER = JSON.parse(readFileSync(`${ROOT}/docs/examples/frontier-lab.json`, 'utf8'));
const SMALLER = JSON.stringify({ ...FRONTIER, compute: { ...FRONTIER.compute, parameterUpdateFlop: 8e24 } });

function deps(files: Record<string, string>, today = AS_OF): CliDeps {
  return {
    readFile(path) {
      const content =
        files[path] ?? (path.startsWith('docs/') ? readFileSync(`${ROOT}/${path}`, 'utf8') : undefined);
      if (content === undefined)
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
          code: 'ENOENT',
        });
      return new TextEncoder().encode(content);
    },
    today: () => today,
  };
}

const compareArgs = (...rest: string[]) => [
  '--compare',
  'docs/examples/frontier-lab.json',
  'smaller.json',
  ...rest,
];

describe('assess --compare', () => {
  it('R32: text names the FLOP answer on each side and the systemic-risk verdict with its rule and reason', () => {
    const r = runCli(compareArgs('--as-of', AS_OF), deps({ 'smaller.json': SMALLER }));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Answers that differ');
    expect(r.stdout).toMatch(
      /Training compute \(Training compute\)\n {4}A: 3\.8 × 10²⁵ FLOP\n {4}B: 8 × 10²⁴ FLOP/u,
    );
    expect(r.stdout).toMatch(/Systemic risk \[[^\]]*R32[^\]]*\]\n {4}A: Presumed[^\n]*\n {4}B: No/u);
    expect(r.stdout).toMatch(
      /because: R32: Does cumulative training compute[^\n]*\n {6}A: 3\.8 × 10²⁵ FLOP — Yes/u,
    );
    expect(r.stdout).toContain('Art. 55(1)(a)');
    expect(r.stdout).toContain('Both evaluated as of 25 November 2026.');
  });

  it('--json prints the versioned comparison document the web page exports', () => {
    const r = runCli(compareArgs('--as-of', AS_OF, '--json'), deps({ 'smaller.json': SMALLER }));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({
      format: COMPARISON_FORMAT,
      formatVersion: COMPARISON_FORMAT_VERSION,
      engineRulesVersion: RULES_VERSION,
      a: { label: 'docs/examples/frontier-lab.json', asOf: AS_OF, evaluated: true },
      b: { label: 'smaller.json', asOf: AS_OF },
      same: false,
    });
    expect(doc.verdicts[0]).toMatchObject({ key: 'systemicRisk', to: { label: 'No' } });
    expect(doc.obligations.find((o: { id: string }) => o.id === 'art55_1_a')).toMatchObject({
      change: 'removed',
      article: 'Art. 55(1)(a)',
    });
  });

  it('the same file twice: "No difference" stated plainly, exit 0; today is the default date', () => {
    const r = runCli(
      ['--compare', 'docs/examples/frontier-lab.json', 'docs/examples/frontier-lab.json'],
      deps({}, '2026-12-01'),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No difference: the answers and the result are the same.');
    expect(r.stdout).toContain('1 December 2026');
  });

  it.each([
    [['--compare', 'docs/examples/frontier-lab.json'], /needs two answers files.*got 1/u],
    [['--compare', 'a', 'b', 'c'], /needs two answers files.*got 3/u],
    [compareArgs('--as-of', '2026-02-30'), /--as-of must be a calendar date/u],
    [compareArgs('--as-of'), /--as-of needs a value/u],
    [compareArgs('--verbose'), /Unknown option "--verbose" with --compare/u],
    [['--compare', '-', '-'], /one file only/u],
  ])('bad arguments %j exit 2 with a message', (argv, message) => {
    const r = runCli(argv, deps({ 'smaller.json': SMALLER }));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('bad input in either file exits 2 with the file named, as in the single-file mode', () => {
    const missing = runCli(['--compare', 'docs/examples/frontier-lab.json', 'nope.json'], deps({}));
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toBe('nope.json: no such file. Check the path.\n');
    const broken = runCli(compareArgs(), deps({ 'smaller.json': '{"schemaVersion": 2,' }));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^smaller\.json: line 1, column/u);
    const duplicate = runCli(compareArgs(), deps({ 'smaller.json': '{"role":"developer","role":"host"}' }));
    expect(duplicate.stderr).toMatch(/the key "role" appears twice/u);
    const invalid = runCli(
      compareArgs(),
      deps({ 'smaller.json': JSON.stringify({ ...FRONTIER, role: 'wizard' }) }),
    );
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/^smaller\.json: role: /mu);
  });

  it('a workspace export with provenance beside the answers is read like the single-file mode reads it', () => {
    const withProvenance = JSON.stringify({
      ...JSON.parse(SMALLER),
      provenance: { 'compute.parameterUpdateFlop': { source: 'ML lead', exactness: 'estimate' } },
    });
    const r = runCli(compareArgs('--as-of', AS_OF), deps({ 'smaller.json': withProvenance }));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('B: 8 × 10²⁴ FLOP');
    const bad = runCli(
      compareArgs(),
      deps({ 'smaller.json': JSON.stringify({ ...FRONTIER, provenance: 7 }) }),
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^smaller\.json: provenance/u);
  });

  it('an internal error is reported without a stack trace, exit 1', () => {
    const r = runCli(compareArgs('--as-of', AS_OF), {
      ...deps({ 'smaller.json': SMALLER }),
      evaluate: () => {
        throw new Error('boom');
      },
    });
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toMatch(/^assess: internal error while comparing: boom\n/u);
  });

  it('--compare --help prints the compare usage; the main help mentions --compare', () => {
    expect(runCli(['--compare', '--help'], deps({})).stdout).toMatch(/^Usage: npm run assess -- --compare/u);
    expect(runCli(['--help'], deps({})).stdout).toContain('--compare <a.json> <b.json>');
  });
});
