import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDuplicateKey } from '../export/json-check';
import { readInput } from './read-input';
import { type CliDeps, MAX_INPUT_BYTES, MAX_PROBLEM_LINES, runCli } from './run';
import { capLines, printable, printableJson, printableLines } from './terminal-text';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const AS_OF = '2026-11-25';
const VALID = { schemaVersion: 2, role: 'developer', euEstablished: 'yes', outputModalities: ['text'] };

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'assess-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real reader, as the command line wires it. */
const real: CliDeps = { readFile: readInput, today: () => AS_OF };

function mkfifo(name: string): string {
  const path = join(dir, name);
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
  return path;
}

function expectBadInput(r: { code: number; stdout: string; stderr: string }) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(r.stderr.endsWith('\n')).toBe(true);
}

/** In-memory files as bytes. */
function memory(files: Record<string, string | Uint8Array>): CliDeps {
  return {
    readFile: (path) => {
      const f = files[path];
      if (f === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    today: () => AS_OF,
  };
}

describe('assess CLI — reads only regular files of answers size', () => {
  it('the cap is the web import’s (256 KB)', () => {
    expect(MAX_INPUT_BYTES).toBe(256 * 1024);
  });

  it('a regular file at the cap is read; one byte more is refused before reading (exit 2)', () => {
    const body = JSON.stringify(VALID);
    const atCap = join(dir, 'at-cap.json');
    writeFileSync(atCap, body + ' '.repeat(MAX_INPUT_BYTES - body.length));
    expect(runCli([atCap, '--as-of', AS_OF], real).code).toBe(0);
    const over = join(dir, 'over-cap.json');
    writeFileSync(over, body + ' '.repeat(MAX_INPUT_BYTES - body.length + 1));
    const r = runCli([over], real);
    expectBadInput(r);
    expect(r.stderr).toBe(
      `${over}: too large (262145 bytes): an answers file is a few kilobytes; at most 256 KB is read.\n`,
    );
  });

  it('a huge (sparse, 64 GB) file ends at once with exit 2, judged by its size', () => {
    const huge = join(dir, 'huge.json');
    closeSync(openSync(huge, 'w'));
    truncateSync(huge, 64 * 1024 ** 3);
    const r = runCli([huge], real);
    expectBadInput(r);
    expect(r.stderr).toMatch(/^.*huge\.json: too large \(68719476736 bytes\)/);
  });

  it('/dev/zero (a device) is refused without reading it', () => {
    const r = runCli(['/dev/zero'], real);
    expectBadInput(r);
    expect(r.stderr).toBe(
      '/dev/zero: this is a device, not a regular file. Give the path of an answers file, or "-" and the answers on standard input.\n',
    );
  });

  it('a FIFO with no writer is refused without blocking', () => {
    const fifo = mkfifo('answers.fifo');
    const r = runCli([fifo], real);
    expectBadInput(r);
    expect(r.stderr).toBe(
      `${fifo}: this is a named pipe (FIFO), not a regular file. Give the path of an answers file, or "-" and the answers on standard input.\n`,
    );
  });

  it('a directory is refused', () => {
    const sub = join(dir, 'folder');
    mkdirSync(sub);
    const r = runCli([sub], real);
    expectBadInput(r);
    expect(r.stderr).toBe(`${sub}: this is a directory, not an answers file.\n`);
  });

  it('a missing file still says so', () => {
    expect(runCli([join(dir, 'nope.json')], real).stderr).toMatch(
      /nope\.json: no such file\. Check the path\.\n$/,
    );
  });
});

describe('assess CLI — text and JSON that cannot be meant', () => {
  it('invalid UTF-8 is exit 2 with a message', () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ ...VALID, modelName: 'Xy' }));
    const bad = new Uint8Array([...bytes.slice(0, 20), 0xc3, 0x28, ...bytes.slice(20)]);
    const r = runCli(['a.json'], memory({ 'a.json': bad }));
    expectBadInput(r);
    expect(r.stderr).toBe('a.json: not UTF-8 text. Save the answers file with the UTF-8 encoding.\n');
    // An overlong encoding and a lone surrogate are invalid too.
    for (const seq of [
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
    ])
      expect(runCli(['a.json'], memory({ 'a.json': new Uint8Array([0x7b, ...seq, 0x7d]) })).code).toBe(2);
  });

  it('a repeated key at the top level is exit 2, with its line and column', () => {
    const text = '{\n  "schemaVersion": 2,\n  "role": "developer",\n  "role": "modifier"\n}';
    const r = runCli(['a.json'], memory({ 'a.json': text }));
    expectBadInput(r);
    expect(r.stderr).toBe(
      'a.json: line 4, column 3: the key "role" appears twice in the top-level object; keep one of them.\n',
    );
  });

  it('a repeated key in a nested object names the object; equal keys in different objects are fine', () => {
    const nested = JSON.stringify({ ...VALID, compute: { method: 'measured' } }).replace(
      '"method":"measured"',
      '"method":"measured","method":"hardware"',
    );
    const r = runCli(['a.json'], memory({ 'a.json': nested }));
    expectBadInput(r);
    expect(r.stderr).toMatch(/^a\.json: line 1, column \d+: the key "method" appears twice in "compute"/);
    expect(findDuplicateKey('{"a": {"x": 1}, "b": {"x": 1}, "x": [{"x": 1}, {"x": 2}]}')).toBeNull();
    expect(findDuplicateKey('{"a": {"b": {"x": 1, "y": 2, "x": 3}}}')).toEqual({
      line: 1,
      column: 30,
      key: 'x',
      path: 'a.b',
    });
  });
});

describe('assess CLI — control characters from the input never reach the terminal', () => {
  const ESC = '\u001b';

  it('printable escapes C0, DEL, C1 and bidirectional controls, and keeps other text', () => {
    expect(printable(`a${ESC}[2Jb\nc\td\r\u007f\u0085\u202eé€😀`)).toBe(
      'a\\u001b[2Jb\\nc\\td\\r\\u007f\\u0085\\u202eé€😀',
    );
    expect(printableJson('{\n  "a": "x\u202ey\u0085"\n}')).toBe('{\n  "a": "x\\u202ey\\u0085"\n}');
    expect(JSON.parse(printableJson(JSON.stringify({ a: 'x\u202ey\u0085' })))).toEqual({
      a: 'x\u202ey\u0085',
    });
  });

  it('in the file name', () => {
    const name = `evil${ESC}]0;pwned\u0007.json`;
    const r = runCli([name], memory({}));
    expectBadInput(r);
    expect(r.stderr).toBe('evil\\u001b]0;pwned\\u0007.json: no such file. Check the path.\n');
  });

  it('in field values and keys of schema errors', () => {
    const text = JSON.stringify({ ...VALID, role: `dev${ESC}[31m`, [`x${ESC}[2K`]: 1 });
    const r = runCli(['a.json'], memory({ 'a.json': text }));
    expectBadInput(r);
    expect(r.stderr).not.toContain(ESC);
    expect(r.stderr).toContain('\\u001b[31m');
    expect(r.stderr).toContain('\\u001b[2K');
  });

  it('in the parser’s own message, which quotes the input', () => {
    // Deep enough that the position finder gives up and JSON.parse's message (with a snippet) is shown.
    const r = runCli(['a.json'], memory({ 'a.json': `${'['.repeat(200_000)}\u001b[2J` }));
    expectBadInput(r);
    expect(r.stderr).toMatch(/^a\.json: not valid JSON \(/);
    expect(r.stderr).not.toContain(ESC);
  });

  it('in a repeated key and in option values', () => {
    const r = runCli(['a.json'], memory({ 'a.json': `{"k\\u001b[1m": 1, "k\\u001b[1m": 2}` }));
    expect(r.stderr).toContain('the key "k\\u001b[1m" appears twice');
    expect(r.stderr).not.toContain(ESC);
    const opt = runCli(['a.json', `--v${ESC}[2J`], memory({}));
    expect(opt.stderr).not.toContain(ESC);
    expect(opt.stderr).toMatch(/^assess: Unknown option "--v\\u001b\[2J"\./);
  });

  it('the report on stdout carries no free text from the answers, and is escaped line by line anyway', () => {
    const answers = JSON.stringify({ ...VALID, modelName: `M${ESC}[8m\u202eX\u0085` });
    for (const format of ['text', 'json']) {
      const r = runCli(['a.json', '--as-of', AS_OF, '--format', format], memory({ 'a.json': answers }));
      expect(r.code).toBe(0);
      for (const ch of [ESC, '\u202e', '\u0085']) expect(r.stdout).not.toContain(ch);
    }
    expect(printableLines(`A${ESC}[1m\nB\u202e\n`)).toBe('A\\u001b[1m\nB\\u202e\n');
  });
});

describe('assess CLI — at most a screenful of problems', () => {
  it(`prints ${MAX_PROBLEM_LINES} problems, then how many more`, () => {
    const many = Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`unknown${i}`, i]));
    const r = runCli(['a.json'], memory({ 'a.json': JSON.stringify({ ...VALID, ...many }) }));
    expectBadInput(r);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(MAX_PROBLEM_LINES + 1);
    expect(lines.slice(0, -1).every((l) => l.startsWith('a.json: unknown'))).toBe(true);
    expect(lines.at(-1)).toBe('…and 13 more problems.');
  });

  it('capLines at and beside the limit', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);
    expect(capLines(lines(20), 20)).toEqual(lines(20));
    expect(capLines(lines(21), 20)).toEqual([...lines(20), '…and 1 more problem.']);
  });
});

describe('assess CLI — the real process with hostile inputs', () => {
  const assess = (args: string[], stdin: 'pipe' | number = 'pipe', input?: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/assess.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      input,
      stdio: [stdin, 'pipe', 'pipe'],
      timeout: 60_000,
      env: { ...process.env, NO_COLOR: '1' },
    });

  it('a FIFO path and /dev/zero on standard input end with exit 2; a piped file is read', () => {
    const fifo = assess([mkfifo('real.fifo')]);
    expect(fifo.status).toBe(2);
    expect(fifo.stderr).toMatch(/real\.fifo: this is a named pipe \(FIFO\), not a regular file/);

    const zero = openSync('/dev/zero', 'r');
    try {
      const r = assess(['-'], zero);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        '(standard input): too large (more than 262144 bytes): an answers file is a few kilobytes; at most 256 KB is read.\n',
      );
    } finally {
      closeSync(zero);
    }

    const piped = assess(['-', '--as-of', AS_OF], 'pipe', JSON.stringify(VALID));
    expect(piped.status).toBe(0);
    expect(JSON.parse(piped.stdout).asOf).toBe(AS_OF);
  }, 120_000);
});
