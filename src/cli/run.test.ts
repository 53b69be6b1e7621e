import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES_VERSION } from '../engine/rules-version';
import { parseAnswers } from '../engine/validate';
import { evaluateInEnglish } from '../i18n/test-helpers';
import { type CliDeps, runCli, USAGE } from './run';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLES = readdirSync(`${ROOT}/docs/examples`)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/u, ''))
  .sort();
const AS_OF = '2026-11-25';

/** Files live in memory; anything else behaves like a missing file. */
function deps(files: Record<string, string | Uint8Array> = {}, today = AS_OF): CliDeps {
  return {
    readFile(path) {
      const content = files[path];
      if (content instanceof Uint8Array) return content;
      if (content !== undefined) return new TextEncoder().encode(content);
      if (path.startsWith('docs/examples/')) return readFileSync(`${ROOT}/${path}`);
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    },
    today: () => today,
  };
}

const VALID = JSON.stringify({
  schemaVersion: 2,
  role: 'developer',
  euEstablished: 'yes',
  outputModalities: ['text'],
});

function expectBadInput(result: { code: number; stdout: string; stderr: string }) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  expect(result.stderr.endsWith('\n')).toBe(true);
}

describe('assess CLI — --lang (issue #11)', () => {
  const FRONTIER = 'docs/examples/frontier-lab.json';

  it('prints the text report in German: headings, verdicts, dates and citations in German', () => {
    const r = runCli([FRONTIER, '--as-of', AS_OF, '--format', 'text', '--lang', 'de'], deps());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('GPAI Navigator — Bewertung zum 25. November 2026 (2026-11-25)');
    expect(r.stdout).toContain('KI-Modell mit allgemeinem Verwendungszweck: Ja');
    expect(r.stdout).toContain('Mitteilung an die Kommission (Art. 52 Abs. 1): 18. August 2025');
    expect(r.stdout).toContain('Art. 53 Abs. 1 Buchst. a');
    expect(r.stdout).not.toMatch(/General-purpose|Obligations|Due by|applies from|Sources:/u);
  });

  it('prints the JSON report with French text and the same structure as the English one', () => {
    const fr = JSON.parse(runCli([FRONTIER, '--as-of', AS_OF, '--lang=fr'], deps()).stdout);
    const en = JSON.parse(runCli([FRONTIER, '--as-of', AS_OF], deps()).stdout);
    expect(fr.verdicts.gpai.summary).toMatch(/^Oui/u);
    expect(fr.obligations.map((o: { id: string }) => o.id)).toEqual(
      en.obligations.map((o: { id: string }) => o.id),
    );
    expect(fr.notificationDeadline).toBe(en.notificationDeadline);
    expect(fr.obligations[0].title).not.toBe(en.obligations[0].title);
  });

  it('words its own messages in the language of --lang: usage, arguments, files, answers, batch, compare', () => {
    expect(runCli(['--help', '--lang', 'de'], deps()).stdout).toMatch(/^Aufruf: npm run assess/u);
    const missing = runCli(['--lang=de'], deps());
    expectBadInput(missing);
    expect(missing.stderr).toContain('Die Antwortdatei fehlt');
    expect(runCli(['nope.json', '--lang', 'fr'], deps()).stderr).toContain(
      'nope.json\u00a0: fichier introuvable.',
    );
    const bad = runCli(
      ['a.json', '--lang', 'de'],
      deps({ 'a.json': JSON.stringify({ ...JSON.parse(VALID), roel: 1 }) }),
    );
    expect(bad.stderr).toContain('a.json: roel: Unbekanntes Feld "roel"');
    const batch = runCli(
      ['--batch', 'r.jsonl', '--lang', 'de', '--as-of', AS_OF],
      deps({ 'r.jsonl': `${VALID}\n` }),
    );
    expect(batch.code).toBe(0);
    expect(batch.stdout).toContain('Rolle: ');
    expect(runCli(['--compare', 'a.json', '--lang', 'fr'], deps()).stderr).toContain(
      '--compare exige deux fichiers de réponses',
    );
  });

  it('refuses a language it does not have, and a repeated --lang, with exit code 2', () => {
    const unknown = runCli([FRONTIER, '--lang', 'es'], deps());
    expectBadInput(unknown);
    expect(unknown.stderr).toContain('--lang must be one of en, de, fr, not "es".');
    expectBadInput(runCli([FRONTIER, '--lang', 'de', '--lang', 'fr'], deps()));
    expectBadInput(runCli([FRONTIER, '--lang'], deps()));
  });
});

describe('assess CLI — reports', () => {
  it('docs/examples holds the four required examples (and any others are assessed below too)', () => {
    expect(EXAMPLES).toEqual(
      expect.arrayContaining(['frontier-lab', 'open-weights-7b', 'fine-tuner', 'api-integrator']),
    );
  });

  it.each(EXAMPLES)('docs/examples/%s.json prints exactly the report object as 2-space JSON', (name) => {
    const file = `docs/examples/${name}.json`;
    const r = runCli([file, '--as-of', AS_OF], deps());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const parsed = parseAnswers(JSON.parse(readFileSync(`${ROOT}/${file}`, 'utf8')));
    if (!parsed.ok) throw new Error(`example does not validate: ${JSON.stringify(parsed.issues)}`);
    expect(r.stdout).toBe(`${JSON.stringify(evaluateInEnglish(parsed.answers, AS_OF), null, 2)}\n`);
  });

  it('frontier-lab: GPAI, provider, presumed systemic risk (R32), notification 16 Aug 2025 (R70) moved off the Saturday (R87), Art. 54 (R61)', () => {
    const report = JSON.parse(runCli(['docs/examples/frontier-lab.json', '--as-of', AS_OF], deps()).stdout);
    expect(report).toMatchObject({
      isGPAI: true,
      isProvider: true,
      systemicRisk: 'presumed',
      openSourceExemption: false,
      notificationDeadline: '2025-08-18',
      complianceDeadline: '2025-09-15',
      asOf: AS_OF,
    });
    expect(report.obligations.map((o: { article: string }) => o.article)).toEqual(
      expect.arrayContaining(['Art. 52(1)', 'Art. 54', 'Art. 55(1)(a)']),
    );
  });

  it('open-weights-7b: open-source exemption removes Art. 53(1)(a)/(b) but not (c)/(d) (R48, R49)', () => {
    const report = JSON.parse(
      runCli(['docs/examples/open-weights-7b.json', '--as-of', AS_OF], deps()).stdout,
    );
    expect(report).toMatchObject({
      isGPAI: true,
      isProvider: true,
      systemicRisk: 'none',
      openSourceExemption: true,
    });
    const byArticle = Object.fromEntries(
      report.obligations.map((o: { article: string; exempted: boolean }) => [o.article, o.exempted]),
    );
    expect(byArticle).toMatchObject({
      'Art. 53(1)(a)': true,
      'Art. 53(1)(b)': true,
      'Art. 53(1)(c)': false,
      'Art. 53(1)(d)': false,
    });
  });

  it('fine-tuner below one third (R24, R30) and API integrator (R21) are not model providers', () => {
    for (const name of ['fine-tuner', 'api-integrator']) {
      const report = JSON.parse(runCli([`docs/examples/${name}.json`, '--as-of', AS_OF], deps()).stdout);
      expect(report.isProvider).toBe(false);
    }
  });

  it('legacy model placed before 2 Aug 2025: compliance by 2 Aug 2027 (R68) and E7 flagged', () => {
    const report = JSON.parse(
      runCli(['docs/examples/legacy-systemic-risk.json', '--as-of', AS_OF], deps()).stdout,
    );
    expect(report.complianceDeadline).toBe('2027-08-02');
    expect(report.ambiguities.map((a: { edgeCase: string }) => a.edgeCase)).toContain('E7');
  });

  it('without --as-of the report is evaluated as of today (from the injected clock)', () => {
    const r = runCli(['docs/examples/frontier-lab.json'], deps({}, '2027-01-31'));
    expect(JSON.parse(r.stdout).asOf).toBe('2027-01-31');
  });

  it('--as-of changes the report date (what-if), also written --as-of=DATE', () => {
    const a = JSON.parse(runCli(['docs/examples/frontier-lab.json', '--as-of=2025-08-01'], deps()).stdout);
    expect(a.asOf).toBe('2025-08-01');
  });

  it('--format text renders every section of the report in words', () => {
    const r = runCli(
      ['docs/examples/legacy-systemic-risk.json', '--as-of', AS_OF, '--format', 'text'],
      deps(),
    );
    expect(r.code).toBe(0);
    for (const section of [
      'VERDICTS',
      'COMPUTE',
      'DEADLINES',
      'OBLIGATIONS',
      'TIMELINE',
      'AMBIGUITIES',
      'WARNINGS',
      'OPEN QUESTIONS',
      'WHAT WOULD CHANGE THE RESULT',
      'REASONING',
    ])
      expect(r.stdout).toContain(`\n${section}\n`);
    expect(r.stdout).toMatch(/^GPAI Navigator — assessment as of 25 November 2026 \(2026-11-25\)\n/);
    expect(r.stdout).toContain('Systemic risk: Presumed');
    expect(r.stdout).toContain('[upcoming] Art. 52(1)');
    expect(r.stdout).toContain(
      'Notification to the Commission (Art. 52(1)): 2 August 2027 (2027-08-02, in 250 days)',
    );
    expect(r.stdout).toContain('E7 — ');
    expect(r.stdout).toContain(`Rules version ${RULES_VERSION}`);
    expect(r.stdout).toContain('Not legal advice');
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('--format json is the default and can be given explicitly; options may come before the file', () => {
    const a = runCli(['docs/examples/fine-tuner.json', '--as-of', AS_OF], deps());
    const b = runCli(['--format', 'json', '--as-of', AS_OF, 'docs/examples/fine-tuner.json'], deps());
    expect(b).toEqual(a);
  });

  it('--help and -h print usage on stdout with exit code 0', () => {
    expect(runCli(['--help'], deps())).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    expect(runCli(['docs/examples/frontier-lab.json', '-h'], deps()).stdout).toBe(USAGE);
    expect(USAGE).toMatch(
      /^Usage: npm run assess -- <answers\.json> \[--as-of YYYY-MM-DD\] \[--format json\|text\]/,
    );
  });

  it('accepts a file that starts with a UTF-8 byte-order mark', () => {
    expect(runCli(['a.json', '--as-of', AS_OF], deps({ 'a.json': `\uFEFF${VALID}` })).code).toBe(0);
  });
});

describe('assess CLI — version 1 files (before rules revision 2) are migrated', () => {
  /** An example as a version 1 build wrote it: "generality" instead of facts, "audio", "notYet" without a date. */
  const V1_FILE = JSON.stringify({
    schemaVersion: 1,
    role: 'research',
    euEstablished: 'yes',
    outputModalities: ['text', 'audio'],
    generality: 'broad',
    compute: { parameterUpdateFlop: 5e23, method: 'hardware' },
    placing: { channels: ['notYet'], euAvailability: 'none' },
  });

  it('prints the report of the migrated answers, exit code 0', () => {
    const r = runCli(['old.json', '--as-of', AS_OF], deps({ 'old.json': V1_FILE }));
    expect(r.code).toBe(0);
    const parsed = parseAnswers(JSON.parse(V1_FILE));
    if (!parsed.ok) throw new Error('v1 file does not validate');
    expect(parsed.answers.schemaVersion).toBe(2);
    expect(r.stdout).toBe(`${JSON.stringify(evaluateInEnglish(parsed.answers, AS_OF), null, 2)}\n`);
  });

  it('says on stderr, one "note:" line per answer now read differently, what changed', () => {
    const r = runCli(['old.json', '--as-of', AS_OF, '--format', 'text'], deps({ 'old.json': V1_FILE }));
    expect(r.code).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.map((l) => l.split(': ').slice(0, 3).join(': '))).toEqual([
      'note: old.json: outputModalities',
      'note: old.json: generalityFacts',
      'note: old.json: placing.intention',
      'note: old.json: placing.commercial',
    ]);
    expect(lines[0]).toMatch(/read as speech.*\(R10\)$/);
    expect(lines[2]).toMatch(/\(R2, R88\)$/);
    expect(r.stdout).not.toContain('note:');
  });

  it('a version 1 file whose answers all mean the same prints no note', () => {
    const same = JSON.stringify({ ...JSON.parse(VALID), schemaVersion: 1, generality: 'unknown' });
    expect(runCli(['a.json', '--as-of', AS_OF], deps({ 'a.json': same }))).toMatchObject({
      code: 0,
      stderr: '',
    });
  });

  it('a version 1 file with a version 2 answer is refused, naming the field', () => {
    const mixed = JSON.stringify({ ...JSON.parse(V1_FILE), outputModalities: ['speech'] });
    const r = runCli(['old.json'], deps({ 'old.json': mixed }));
    expectBadInput(r);
    expect(r.stderr).toMatch(
      /^old\.json: outputModalities\[0\]: The text "speech" is not an allowed value\./,
    );
  });
});

describe('assess CLI — bad arguments exit 2 with a clear message and no stack trace', () => {
  it('missing answers file argument', () => {
    const r = runCli([], deps());
    expectBadInput(r);
    expect(r.stderr).toBe(
      'assess: Missing the answers file: npm run assess -- <answers.json>.\nRun "npm run assess -- --help" for usage.\n',
    );
  });

  it('more than one file', () => {
    const r = runCli(['a.json', 'b.json'], deps());
    expectBadInput(r);
    expect(r.stderr).toMatch(/^assess: Give one answers file; got 2: "a.json", "b.json"\./);
  });

  it('unknown option, with a suggestion for a near miss', () => {
    const r = runCli(['a.json', '--verbose'], deps({ 'a.json': VALID }));
    expectBadInput(r);
    expect(r.stderr).toMatch(/^assess: Unknown option "--verbose"\.\n/);
    expect(runCli(['a.json', '--asof', AS_OF], deps()).stderr).toMatch(
      /^assess: Unknown option "--asof"\. Did you mean "--as-of"\?/,
    );
  });

  it('option without a value', () => {
    expectBadInput(runCli(['a.json', '--as-of'], deps()));
    expect(runCli(['a.json', '--as-of'], deps()).stderr).toMatch(
      /^assess: --as-of needs a value: --as-of 2026-11-25\./,
    );
    expect(runCli(['a.json', '--format', '--as-of', AS_OF], deps()).stderr).toMatch(
      /^assess: --format needs a value/,
    );
  });

  it('option given twice', () => {
    const r = runCli(['a.json', '--as-of', AS_OF, '--as-of', '2026-01-01'], deps());
    expectBadInput(r);
    expect(r.stderr).toMatch(/^assess: --as-of is given twice/);
  });

  it('bad --format value', () => {
    const r = runCli(['a.json', '--format', 'yaml'], deps({ 'a.json': VALID }));
    expectBadInput(r);
    expect(r.stderr).toMatch(/^assess: --format must be "json" or "text", not "yaml"\./);
  });

  it.each([
    ['2026/11/25', /must be a date written YYYY-MM-DD, for example 2026-11-25; got "2026\/11\/25"/],
    ['25-11-2026', /must be a date written YYYY-MM-DD/],
    ['2026-11-25T00:00', /must be a date written YYYY-MM-DD/],
    ['2025-02-30', /--as-of 2025-02-30 is not a date in the calendar/],
    ['2025-02-29', /is not a date in the calendar/],
    ['2026-13-01', /is not a date in the calendar/],
  ])('bad --as-of %s', (value, message) => {
    const r = runCli(['a.json', '--as-of', value], deps({ 'a.json': VALID }));
    expectBadInput(r);
    expect(r.stderr).toMatch(message);
  });

  it('--as-of on 29 February of a leap year is accepted', () => {
    expect(runCli(['a.json', '--as-of', '2028-02-29'], deps({ 'a.json': VALID })).code).toBe(0);
  });
});

describe('assess CLI — bad files exit 2, naming the file (and field)', () => {
  it('unreadable: no such file', () => {
    const r = runCli(['missing.json'], deps());
    expectBadInput(r);
    expect(r.stderr).toBe('missing.json: no such file. Check the path.\n');
  });

  it('unreadable: a directory, or permission denied', () => {
    const dir = runCli(['docs'], {
      ...deps(),
      readFile: () => {
        throw Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' });
      },
    });
    expectBadInput(dir);
    expect(dir.stderr).toBe('docs: this is a directory, not an answers file.\n');
    const denied = runCli(['secret.json'], {
      ...deps(),
      readFile: () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      },
    });
    expect(denied.stderr).toBe('secret.json: permission denied: the file cannot be read.\n');
  });

  it('empty file', () => {
    const r = runCli(['a.json'], deps({ 'a.json': '  \n' }));
    expectBadInput(r);
    expect(r.stderr).toBe('a.json: the file is empty; expected a JSON object with the answers.\n');
  });

  it('malformed JSON reports line and column', () => {
    const text = '{\n  "schemaVersion": 2,\n  "role": "developer"\n  "euEstablished": "yes"\n}';
    const r = runCli(['a.json'], deps({ 'a.json': text }));
    expectBadInput(r);
    expect(r.stderr).toBe('a.json: line 4, column 3: A comma is missing between two fields.\n');
  });

  it('malformed JSON: trailing comma', () => {
    const r = runCli(['a.json'], deps({ 'a.json': '{"schemaVersion": 2,\n}' }));
    expect(r.stderr).toBe(
      'a.json: line 1, column 20: Remove the comma after the last field: JSON does not allow a trailing comma.\n',
    );
  });

  it('schema errors: one line per issue, "<file>: <field>: <message>"', () => {
    const text = JSON.stringify({
      schemaVersion: 2,
      role: 'developer',
      euEstablished: 'yes',
      outputModalities: ['text'],
      foo: 1,
      compute: { parameterUpdateFlop: -3e25 },
      placing: { channels: ['api'], euAvailability: 'direct', placingDate: '2025-02-30' },
    });
    const r = runCli(['answers.json'], deps({ 'answers.json': text }));
    expectBadInput(r);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'answers.json: compute.parameterUpdateFlop: Compute cannot be negative. Enter 0 or a positive number of FLOP, for example 3.8e25. Or write "unknown" if you do not know.',
      'answers.json: placing.placingDate: "2025-02-30" is not a date in the calendar. Check the day and month (YYYY-MM-DD). Or write "unknown" if you do not know.',
      'answers.json: foo: Unknown field "foo" — remove it or check the spelling.',
    ]);
  });

  it('schema errors: wrong type and wrong schema version', () => {
    const wrongType = runCli(['a.json'], deps({ 'a.json': VALID.replace('"yes"', 'true') }));
    expectBadInput(wrongType);
    expect(wrongType.stderr).toMatch(
      /^a\.json: euEstablished: Expected one of "yes", "no", "unknown", but this is true/,
    );
    const v3 = runCli(
      ['a.json'],
      deps({ 'a.json': VALID.replace('"schemaVersion":2', '"schemaVersion":3') }),
    );
    expectBadInput(v3);
    expect(v3.stderr).toMatch(
      /^a\.json: schemaVersion: This file was written for answers schema version 3; this tool reads versions 1 and 2\./,
    );
  });

  it('a JSON value that is not an object names the file without a field', () => {
    const r = runCli(['a.json'], deps({ 'a.json': '[1, 2]' }));
    expectBadInput(r);
    expect(r.stderr).toMatch(/^a\.json: The answers must be a JSON object/);
  });
});

describe('assess CLI — internal errors', () => {
  it('an engine failure exits 1 with a one-line explanation, not a stack trace', () => {
    const r = runCli(['a.json', '--as-of', AS_OF], {
      ...deps({ 'a.json': VALID }),
      evaluate: () => {
        throw new Error('boom');
      },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^assess: internal error while evaluating a\.json: boom\nThis is a bug/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('assess CLI — the real process', () => {
  it('npx tsx src/cli/assess.ts on a missing file exits with code 2 and no stack trace', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/assess.ts', 'no-such-answers.json'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('no-such-answers.json: no such file. Check the path.\n');
  }, 60_000);
});
