import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/all';
import { english } from '../i18n/english';
import { type AnswersInput, answersSchema } from './answers';
import { formatPath, parseAnswers } from './validate';

const BASE: AnswersInput = {
  schemaVersion: 2,
  role: 'developer',
  euEstablished: 'yes',
  outputModalities: ['text'],
};

function issuesOf(input: unknown): { path: string; message: string }[] {
  const r = parseAnswers(input);
  if (r.ok) throw new Error('expected validation issues');
  return r.issues.map((i) => ({ path: i.path, message: english.t(i.message) }));
}
function messageAt(input: unknown, path: string): string {
  const issue = issuesOf(input).find((i) => i.path === path);
  if (!issue) throw new Error(`no issue at ${path}: ${JSON.stringify(issuesOf(input))}`);
  return issue.message;
}

describe('parseAnswers — valid answers', () => {
  it('accepts the minimal answers and fills the schema defaults, exactly as the schema does', () => {
    const r = parseAnswers(BASE);
    expect(r).toEqual({ ok: true, answers: answersSchema.parse(BASE), migration: null });
    expect(r.ok && r.answers.codeOfPractice).toBe('unknown');
  });

  it('accepts "unknown" for every factual answer that allows it (principle 4)', () => {
    const r = parseAnswers({
      ...BASE,
      euEstablished: 'unknown',
      outputModalities: 'unknown',
      generalityFacts: { parameterCount: 'unknown', tasks: 'unknown', singleTask: 'unknown' },
      compute: {
        parameterUpdateFlop: 'unknown',
        syntheticDataFlop: 'unknown',
        inheritedWeightsFlop: 'unknown',
      },
      placing: { channels: ['api'], euAvailability: 'unknown', placingDate: 'unknown' },
    });
    expect(r.ok).toBe(true);
  });

  it('R42/E2: compute exactly 0 and exactly 10^30 are inside the schema range', () => {
    expect(parseAnswers({ ...BASE, compute: { parameterUpdateFlop: 0 } }).ok).toBe(true);
    expect(parseAnswers({ ...BASE, compute: { parameterUpdateFlop: 1e30 } }).ok).toBe(true);
  });

  it('accepts real calendar dates at the edges: 29 February in a leap year, 31 December', () => {
    expect(parseAnswers({ ...BASE, systemicRisk: { thresholdMetDate: '2024-02-29' } }).ok).toBe(true);
    expect(parseAnswers({ ...BASE, systemicRisk: { thresholdMetDate: '2025-12-31' } }).ok).toBe(true);
  });
});

describe('parseAnswers — the top level and the schema version', () => {
  it.each([
    [null, 'null'],
    [[], 'a list'],
    ['{"role":"developer"}', 'the text "{\\"role\\":\\"developer\\"}"'],
    [42, 'the number 42'],
    [undefined, 'nothing'],
  ])('refuses %j: the answers must be an object', (input, described) => {
    expect(issuesOf(input)).toEqual([
      {
        path: '',
        message: `The answers must be a JSON object such as {"schemaVersion": 2, "role": "developer", …}, but this is ${described}.`,
      },
    ]);
  });

  it('a missing schemaVersion is reported alone, with the line to add', () => {
    const { schemaVersion: _, ...rest } = BASE;
    expect(issuesOf({ ...rest, role: 'nope' })).toEqual([
      {
        path: 'schemaVersion',
        message:
          'Missing "schemaVersion". Add "schemaVersion": 2 — this tool reads answers schema versions 1 and 2.',
      },
    ]);
  });

  it('another version is reported alone: "written for answers schema version 3; this tool reads versions 1 and 2"', () => {
    const issues = issuesOf({ ...BASE, schemaVersion: 3, role: 'nope' });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('schemaVersion');
    expect(issues[0]?.message).toMatch(
      /^This file was written for answers schema version 3; this tool reads versions 1 and 2\. It was probably saved by a newer version.*export the answers again as version 2\.$/,
    );
    expect(messageAt({ ...BASE, schemaVersion: 0 }, 'schemaVersion')).toMatch(
      /^This file was written for answers schema version 0; this tool reads versions 1 and 2\./,
    );
    expect(messageAt({ ...BASE, schemaVersion: '3' }, 'schemaVersion')).toMatch(
      /schema version 3; this tool reads versions 1 and 2/,
    );
  });

  it('a version written as text or of the wrong kind says exactly what to write', () => {
    expect(messageAt({ ...BASE, schemaVersion: '2' }, 'schemaVersion')).toBe(
      '"schemaVersion" must be a number: write 2 without quotes.',
    );
    expect(messageAt({ ...BASE, schemaVersion: ' 1' }, 'schemaVersion')).toBe(
      '"schemaVersion" must be a number: write 1 without quotes.',
    );
    expect(messageAt({ ...BASE, schemaVersion: 'v1' }, 'schemaVersion')).toBe(
      '"schemaVersion" must be the number 2, but this is the text "v1".',
    );
  });
});

describe('parseAnswers — messages in the reader’s language', () => {
  it('words an unknown field and a wrong value in German and French', () => {
    const r = parseAnswers({ ...BASE, euEstablised: 'yes', role: 'developr' });
    if (r.ok) throw new Error('expected validation issues');
    const de = translatorFor('de');
    const fr = translatorFor('fr');
    const at = (path: string) =>
      r.issues.find((i) => i.path === path)?.message ?? { msg: 'validation.aText' };
    expect(de.t(at('euEstablised'))).toBe(
      'Unbekanntes Feld "euEstablised" – entfernen Sie es oder prüfen Sie die Schreibweise. Meinten Sie "euEstablished"?',
    );
    expect(de.t(at('role'))).toMatch(/^Der Text "developr" ist kein zulässiger Wert\. Zulässig: /u);
    expect(fr.t(at('role'))).toMatch(/^Le texte "developr" n’est pas une valeur autorisée\./u);
  });
});

describe('parseAnswers — one plain message per field, named by dotted path', () => {
  it('unknown fields: "Unknown field "foo" — remove it or check the spelling", at any depth', () => {
    const issues = issuesOf({ ...BASE, foo: 1, compute: { parameterUpdateFlop: 1e24, bar: true } });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'foo', message: 'Unknown field "foo" — remove it or check the spelling.' },
        { path: 'compute.bar', message: 'Unknown field "bar" — remove it or check the spelling.' },
      ]),
    );
  });

  it('unknown fields close to a real one suggest it (typo, wrong case, snake_case)', () => {
    expect(messageAt({ ...BASE, euEstablised: 'yes' }, 'euEstablised')).toBe(
      'Unknown field "euEstablised" — remove it or check the spelling. Did you mean "euEstablished"?',
    );
    expect(
      messageAt({ ...BASE, compute: { parameter_update_flop: 1 } }, 'compute.parameter_update_flop'),
    ).toMatch(/Did you mean "parameterUpdateFlop"\?$/);
    expect(messageAt({ ...BASE, Role: 'developer' }, 'Role')).toMatch(/Did you mean "role"\?$/);
  });

  it('the wrapped form {"answers": {...}} is not accepted: one format only', () => {
    expect(issuesOf({ answers: BASE })[0]).toEqual({
      path: 'schemaVersion',
      message:
        'Missing "schemaVersion". Add "schemaVersion": 2 — this tool reads answers schema versions 1 and 2.',
    });
    expect(messageAt({ ...BASE, answers: {} }, 'answers')).toMatch(/^Unknown field "answers"/);
  });

  it('missing required fields list what to add', () => {
    const issues = issuesOf({ schemaVersion: 2 });
    expect(issues.map((i) => i.path)).toEqual(['role', 'euEstablished', 'outputModalities']);
    expect(issues[0]?.message).toBe(
      'Required field is missing. Add "role": one of "developer", "commissioned", "modifier", "integrator", "host", "hobbyist", "research", "consortium".',
    );
    expect(messageAt({ ...BASE, compute: {} }, 'compute.parameterUpdateFlop')).toBe(
      'Required field is missing. Add "parameterUpdateFlop": a number of FLOP (for example 3.8e25), or "unknown".',
    );
  });

  it('enums: names the value, lists the allowed values and suggests a near miss', () => {
    expect(
      messageAt(
        { ...BASE, placing: { channels: ['notYet'], euAvailability: 'none', intention: 'maybe' } },
        'placing.intention',
      ),
    ).toBe('The text "maybe" is not an allowed value. Allowed: "yes", "no", "undecided".');
    expect(
      messageAt(
        { ...BASE, placing: { channels: ['api', 'hubb'], euAvailability: 'direct' } },
        'placing.channels[1]',
      ),
    ).toMatch(/^The text "hubb" is not an allowed value\. Allowed: "api", .*Did you mean "hub"\?$/);
    expect(messageAt({ ...BASE, outputModalities: ['text', 'smell'] }, 'outputModalities[1]')).toBe(
      'The text "smell" is not an allowed value. Allowed: "text", "speech", "otherAudio", "image", "imageEdit", "video", "other".',
    );
  });

  it('yes/no answers given as JSON booleans say to write "yes" or "no"', () => {
    expect(messageAt({ ...BASE, euEstablished: true }, 'euEstablished')).toBe(
      'Expected one of "yes", "no", "unknown", but this is true. Write "yes" or "no" in quotes instead of true or false.',
    );
  });

  it('wrong types: says what was expected and what was found', () => {
    expect(messageAt({ ...BASE, placing: 'api' }, 'placing')).toBe(
      'Expected an object with the fields channels, euAvailability, euExcluded, placingDate, intention, internalUseLocation, nameOnModel, lifecycle, commercial, but this is the text "api".',
    );
    expect(messageAt({ ...BASE, modelName: 7 }, 'modelName')).toBe(
      'Expected text in quotes, but this is the number 7.',
    );
  });

  it('wrong types: a FLOP figure in quotes says to write it as a number', () => {
    expect(
      messageAt({ ...BASE, compute: { parameterUpdateFlop: '3.8e25' } }, 'compute.parameterUpdateFlop'),
    ).toBe(
      'Expected a number of FLOP (for example 3.8e25), or "unknown", but this is the text "3.8e25". Write it as a JSON number without quotes: 3.8e25.',
    );
    expect(
      messageAt({ ...BASE, compute: { parameterUpdateFlop: '3,8 × 10^25' } }, 'compute.parameterUpdateFlop'),
    ).toMatch(/without quotes: 3\.8e25\.$/);
    expect(
      messageAt({ ...BASE, compute: { parameterUpdateFlop: 'lots' } }, 'compute.parameterUpdateFlop'),
    ).toBe('Expected a number of FLOP (for example 3.8e25), or "unknown", but this is the text "lots".');
  });

  it('wrong types: a single value where a list is expected says to put it in a list', () => {
    expect(messageAt({ ...BASE, outputModalities: 'text' }, 'outputModalities')).toMatch(
      /but this is the text "text"\. Put the value in a list: \["text"\]\.$/,
    );
  });

  it('R42: negative compute is refused with how to write it (just below 0 fails, 0 passes)', () => {
    expect(messageAt({ ...BASE, compute: { parameterUpdateFlop: -1 } }, 'compute.parameterUpdateFlop')).toBe(
      'Compute cannot be negative. Enter 0 or a positive number of FLOP, for example 3.8e25. Or write "unknown" if you do not know.',
    );
    expect(
      messageAt(
        { ...BASE, compute: { parameterUpdateFlop: 1, syntheticDataFlop: -Number.MIN_VALUE } },
        'compute.syntheticDataFlop',
      ),
    ).toMatch(/^Compute cannot be negative/);
    expect(
      messageAt(
        {
          ...BASE,
          modification: { originalComputeFlop: -5e24, originalSystemicRisk: 'no', modificationFlop: 1 },
        },
        'modification.originalComputeFlop',
      ),
    ).toMatch(/^Compute cannot be negative/);
  });

  it('compute above 10^30 is refused with "check the exponent"', () => {
    expect(
      messageAt({ ...BASE, compute: { parameterUpdateFlop: 1.0000001e30 } }, 'compute.parameterUpdateFlop'),
    ).toBe(
      'Compute above 10^30 FLOP is not plausible; check the exponent. Write the figure in FLOP, for example 3.8e25.',
    );
  });

  it('non-finite numbers from non-JSON callers (NaN, Infinity) are refused', () => {
    expect(
      messageAt({ ...BASE, compute: { parameterUpdateFlop: Number.NaN } }, 'compute.parameterUpdateFlop'),
    ).toBe('Expected a number of FLOP (for example 3.8e25), or "unknown", but this is NaN.');
    expect(
      messageAt(
        { ...BASE, compute: { parameterUpdateFlop: Number.POSITIVE_INFINITY } },
        'compute.parameterUpdateFlop',
      ),
    ).toMatch(/but this is Infinity\.$/);
  });

  it('impossible dates: 2025-02-30 and 2025-02-29 (not a leap year) do not exist', () => {
    expect(
      messageAt(
        { ...BASE, placing: { channels: ['api'], euAvailability: 'direct', placingDate: '2025-02-30' } },
        'placing.placingDate',
      ),
    ).toBe(
      '"2025-02-30" is not a date in the calendar. Check the day and month (YYYY-MM-DD). Or write "unknown" if you do not know.',
    );
    expect(
      messageAt(
        { ...BASE, systemicRisk: { thresholdMetDate: '2025-02-29' } },
        'systemicRisk.thresholdMetDate',
      ),
    ).toMatch(/is not a date in the calendar/);
    expect(
      messageAt(
        { ...BASE, systemicRisk: { thresholdMetDate: '2025-13-01' } },
        'systemicRisk.thresholdMetDate',
      ),
    ).toMatch(/is not a date in the calendar/);
  });

  it('dates in another format, as numbers, or outside the supported years', () => {
    expect(
      messageAt(
        { ...BASE, systemicRisk: { thresholdMetDate: '01/06/2025' } },
        'systemicRisk.thresholdMetDate',
      ),
    ).toBe(
      '"01/06/2025" is not a date written YYYY-MM-DD. Write it like 2026-03-15. Or write "unknown" if you do not know.',
    );
    expect(
      messageAt(
        { ...BASE, systemicRisk: { thresholdMetDate: '2025-06-01T00:00:00Z' } },
        'systemicRisk.thresholdMetDate',
      ),
    ).toMatch(/is not a date written YYYY-MM-DD/);
    expect(
      messageAt({ ...BASE, systemicRisk: { thresholdMetDate: 20250601 } }, 'systemicRisk.thresholdMetDate'),
    ).toBe(
      'Expected a date written YYYY-MM-DD (for example "2026-03-15"), or "unknown", but this is the number 20250601. Write the date as a string in quotes, for example "2026-03-15".',
    );
    expect(
      messageAt(
        { ...BASE, systemicRisk: { thresholdMetDate: '1899-12-31' } },
        'systemicRisk.thresholdMetDate',
      ),
    ).toMatch(/^"1899-12-31" is outside the supported years; use a year between 1900 and 2200\./);
    expect(
      messageAt({ ...BASE, systemicRisk: { thresholdMetDate: 'unknwon' } }, 'systemicRisk.thresholdMetDate'),
    ).toBe('"unknwon" is not a date written YYYY-MM-DD. Write it like 2026-03-15. Did you mean "unknown"?');
  });

  it('empty lists say at least one item is needed', () => {
    expect(
      messageAt({ ...BASE, placing: { channels: [], euAvailability: 'direct' } }, 'placing.channels'),
    ).toMatch(
      /^The list is empty\. Give a list with items from "api", "package", .* with at least 1 item\.$/,
    );
    expect(messageAt({ ...BASE, outputModalities: [] }, 'outputModalities')).toMatch(
      /^The list is empty\..*Or write "unknown" if you do not know\.$/,
    );
  });

  it('text that is too long says the limit', () => {
    expect(messageAt({ ...BASE, modelName: 'x'.repeat(121) }, 'modelName')).toBe(
      'Too long: at most 120 characters (this is 121). Shorten it.',
    );
    expect(parseAnswers({ ...BASE, modelName: 'x'.repeat(120) }).ok).toBe(true);
  });

  it('reports every problem at once, in schema order, one message per field', () => {
    const issues = issuesOf({
      ...BASE,
      role: 'dev',
      generalityFacts: { singleTask: 'chess' },
      systemicRisk: { thresholdMetDate: '2025/01/01' }, // zod also runs the calendar check: one message only
    });
    expect(issues.map((i) => i.path)).toEqual([
      'role',
      'generalityFacts.singleTask',
      'systemicRisk.thresholdMetDate',
    ]);
  });

  it('never throws, even on objects whose getters throw', () => {
    const hostile = { ...BASE };
    Object.defineProperty(hostile, 'role', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const r = parseAnswers(hostile);
    expect(r.ok).toBe(false);
  });
});

describe('parseAnswers — version 1 answers are read with the v1 schema and migrated (ADR 0050)', () => {
  const V1 = {
    schemaVersion: 1,
    role: 'developer',
    euEstablished: 'yes',
    outputModalities: ['text'],
    generality: 'unknown',
  } as const;
  const notesOf = (input: unknown) => {
    const r = parseAnswers(input);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r;
  };

  it('a v1 answer set without a changed answer is migrated without notes, and says it was migrated', () => {
    const r = notesOf({ ...V1, compute: { parameterUpdateFlop: 2e24 }, codeOfPractice: 'full' });
    expect(r.migration).toEqual({ fromVersion: 1, notes: [] });
    expect(r.answers).toEqual(
      answersSchema.parse({
        schemaVersion: 2,
        role: 'developer',
        euEstablished: 'yes',
        outputModalities: ['text'],
        compute: { parameterUpdateFlop: 2e24 },
        codeOfPractice: 'full',
      }),
    );
  });

  it.each([
    [
      'audio → speech (R10)',
      { ...V1, outputModalities: ['text', 'audio'] },
      'outputModalities',
      { outputModalities: ['text', 'speech'] },
    ],
    [
      'narrow → built for one specific task (E27)',
      { ...V1, generality: 'narrow' },
      'generalityFacts.singleTask',
      { generalityFacts: { singleTask: 'otherSingleTask' } },
    ],
    ['broad → no facts, the criterion decides (E27)', { ...V1, generality: 'broad' }, 'generalityFacts', {}],
    [
      'notYet without a date → intention undecided (R88)',
      { ...V1, placing: { channels: ['notYet'], euAvailability: 'none' } },
      'placing.intention',
      { placing: { channels: ['notYet'], euAvailability: 'none', euExcluded: 'no', intention: 'undecided' } },
    ],
    [
      'internal use → location unknown (R17, E8)',
      { ...V1, placing: { channels: ['internalOnly'], euAvailability: 'none' } },
      'placing.internalUseLocation',
      {
        placing: {
          channels: ['internalOnly'],
          euAvailability: 'none',
          euExcluded: 'no',
          internalUseLocation: 'unknown',
        },
      },
    ],
    ['a hobbyist is asked commercial facts (E30)', { ...V1, role: 'hobbyist' }, 'placing.commercial', {}],
    ['a research lab is asked commercial facts (E30)', { ...V1, role: 'research' }, 'placing.commercial', {}],
  ])('%s', (_case, input, field, expected) => {
    const r = notesOf(input);
    expect(r.migration?.fromVersion).toBe(1);
    expect(r.migration?.notes.map((n) => n.field)).toEqual([field]);
    const change = r.migration?.notes[0]?.change;
    expect(change ? english.t(change).length : 0).toBeGreaterThan(40);
    expect(r.answers).toMatchObject({ schemaVersion: 2, ...expected });
    expect(r.answers).not.toHaveProperty('generality');
  });

  it('notYet with a planned date → intention yes, without a note (the date says it is meant to be placed)', () => {
    const r = notesOf({
      ...V1,
      placing: { channels: ['notYet'], euAvailability: 'direct', placingDate: '2027-01-01' },
    });
    expect(r.answers.placing?.intention).toBe('yes');
    expect(r.migration).toEqual({ fromVersion: 1, notes: [] });
  });

  it('several changes give several notes, in the order of the questions', () => {
    const r = notesOf({
      ...V1,
      role: 'research',
      outputModalities: ['audio'],
      generality: 'narrow',
      placing: { channels: ['internalEssential', 'notYet'], euAvailability: 'none', placingDate: 'unknown' },
    });
    expect(r.migration?.notes.map((n) => n.field)).toEqual([
      'outputModalities',
      'generalityFacts.singleTask',
      'placing.intention',
      'placing.internalUseLocation',
      'placing.channels',
      'placing.commercial',
    ]);
  });

  it('v1 answers are checked against the v1 schema: messages name v1 fields and values', () => {
    expect(messageAt({ ...V1, generality: 'wide' }, 'generality')).toBe(
      'The text "wide" is not an allowed value. Allowed: "broad", "narrow", "unknown".',
    );
    expect(messageAt({ ...V1, outputModalities: ['speech'] }, 'outputModalities[0]')).toBe(
      'The text "speech" is not an allowed value. Allowed: "text", "audio", "image", "video", "other".',
    );
    expect(messageAt({ ...V1, role: 'consortium' }, 'role')).toMatch(/Allowed: .*"research"\.$/);
    expect(messageAt({ ...V1, generalityFacts: {} }, 'generalityFacts')).toBe(
      'Unknown field "generalityFacts" — remove it or check the spelling.',
    );
    const { generality: _g, ...noGenerality } = V1;
    expect(messageAt(noGenerality, 'generality')).toBe(
      'Required field is missing. Add "generality": one of "broad", "narrow", "unknown".',
    );
  });

  it('a v2 file with a v1 field names it as unknown (the version decides the schema)', () => {
    expect(messageAt({ ...BASE, generality: 'broad' }, 'generality')).toBe(
      'Unknown field "generality" — remove it or check the spelling.',
    );
  });
});

describe('parseAnswers — parameter counts are numbers, not FLOP', () => {
  it('says so in the message', () => {
    expect(
      messageAt({ ...BASE, generalityFacts: { parameterCount: -1 } }, 'generalityFacts.parameterCount'),
    ).toBe(
      'The number cannot be negative. Enter 0 or a positive number, for example 7e9. Or write "unknown" if you do not know.',
    );
    expect(
      messageAt({ ...BASE, generalityFacts: { parameterCount: 'seven' } }, 'generalityFacts.parameterCount'),
    ).toBe(
      'Expected a number (for example 7e9 for seven billion), or "unknown", but this is the text "seven".',
    );
  });
});

describe('formatPath', () => {
  it('writes dotted paths with [index] for list items and quotes odd keys', () => {
    expect(formatPath(['compute', 'parameterUpdateFlop'])).toBe('compute.parameterUpdateFlop');
    expect(formatPath(['placing', 'channels', 2])).toBe('placing.channels[2]');
    expect(formatPath(['my key'])).toBe('["my key"]');
    expect(formatPath([])).toBe('');
  });
});
