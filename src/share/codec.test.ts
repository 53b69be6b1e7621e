import { describe, expect, it } from 'vitest';
import { type Answers, answersSchema } from '../engine/answers';
import { type AnswersV1, answersSchemaV1 } from '../engine/answers-v1';
import { evaluate } from '../engine/evaluate';
import { answersJsonSchema } from '../engine/json-schema';
import { migrateV1 } from '../engine/migrate';
import { RULES_VERSION } from '../engine/rules-version';
import { maximalAnswers } from './arbitraries';
import { toBase64Url } from './base64url';
import { BitWriter } from './bits';
import { canonicalAnswers } from './canonical';
import {
  CODEC_VERSION,
  DECODE_MESSAGES,
  decodeAnswers,
  encodeAnswers,
  encodeAnswersV1,
  MAX_SHARE_VALUE_LENGTH,
  shareUrl,
  V2_TABLES,
} from './codec';
import { crc32 } from './crc32';
import golden from './golden-links.json';
import { PERSONAS } from './test-personas';

const frontier = PERSONAS.frontierLabOutsideEu as Answers;
const link = encodeAnswers(frontier, { includeModelName: true });
const goldenV1 = golden.links.filter((g) => g.link.startsWith('v1.'));
const goldenV2 = golden.links.filter((g) => g.link.startsWith('v2.'));
const v1Link = goldenV1.find((g) => g.name === 'frontierLabWithUnicodeModelName')?.link ?? '';

/** What a v1 link must decode to: its v1 answers, migrated to version 2 (ADR 0050). */
function migrated(v1: unknown) {
  const { answers, fromVersion, notes } = migrateV1(answersSchemaV1.parse(v1));
  return { answers: canonicalAnswers(answersSchema.parse(answers)), migration: { fromVersion, notes } };
}

function expectError(value: string, kind: string) {
  const r = decodeAnswers(value);
  expect(r.ok, `${JSON.stringify(value)} should not decode`).toBe(false);
  if (!r.ok) {
    expect(r.error.kind).toBe(kind);
    expect(r.error.message.length).toBeGreaterThan(20);
  }
  return r;
}

/** Wraps raw body bytes in a valid envelope (correct length and CRC) — to test what the CRC cannot catch. */
function seal(body: Uint8Array, version: number = CODEC_VERSION): string {
  const crc = crc32(Uint8Array.from([version, body.length, ...body]));
  return `v${version}.${toBase64Url(Uint8Array.from([body.length, crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255, ...body]))}`;
}

/** The compact rules version 2026.11.1, as every body starts. */
function rulesHeader(w: BitWriter): BitWriter {
  w.bool(true);
  w.bits(26, 7);
  w.bits(11, 4);
  w.varuint(1);
  return w;
}

describe('share codec v2', () => {
  it('writes format v2 and starts with a letter, so the router never reads it as a number', () => {
    expect(CODEC_VERSION).toBe(2);
    expect(link).toMatch(/^v2\.[A-Za-z0-9_-]+$/);
  });

  it('round-trips every persona, with and without the model name', () => {
    for (const [name, answers] of Object.entries(PERSONAS)) {
      const withName = decodeAnswers(encodeAnswers(answers, { includeModelName: true }));
      expect(withName, name).toEqual({
        ok: true,
        answers: canonicalAnswers(answers),
        rulesVersion: RULES_VERSION,
        rulesChanged: false,
        migration: null,
      });
      const without = decodeAnswers(encodeAnswers(answers, { includeModelName: false }));
      const { modelName: _n, ...rest } = canonicalAnswers(answers);
      expect(without.ok && without.answers, name).toStrictEqual(rest);
    }
  });

  it('keeps the model name out of the link unless asked', () => {
    const a = { ...frontier, modelName: 'Secret Project Falcon' };
    const off = encodeAnswers(a, { includeModelName: false });
    const on = encodeAnswers(a, { includeModelName: true });
    expect(off.length).toBeLessThan(on.length);
    const r = decodeAnswers(off);
    expect(r.ok && r.answers.modelName).toBe(undefined);
    const r2 = decodeAnswers(on);
    expect(r2.ok && r2.answers.modelName).toBe('Secret Project Falcon');
  });

  it('keeps "Łódź AI" and any UTF-16 (lone surrogates too) exactly', () => {
    for (const name of ['Łódź AI', '模型 🚀', 'a\ud800b', '\udfff']) {
      const r = decodeAnswers(encodeAnswers({ ...frontier, modelName: name }, { includeModelName: true }));
      expect(r.ok && r.answers.modelName).toBe(name);
    }
  });

  it('keeps FLOP figures bit-for-bit', () => {
    for (const v of [3.8e25, 1e23, 1e23 * (1 + Number.EPSILON), 1e25 / 3, 5e-324, 1e30, 0, 0.1 + 0.2]) {
      const a: Answers = {
        ...frontier,
        compute: { ...(frontier.compute as NonNullable<Answers['compute']>), parameterUpdateFlop: v },
      };
      const r = decodeAnswers(encodeAnswers(a, { includeModelName: false }));
      expect(r.ok && r.answers.compute?.parameterUpdateFlop).toBe(v);
    }
  });

  it('encodes multi-choice answers as sets (order and duplicates do not matter)', () => {
    const shuffled = {
      ...frontier,
      outputModalities: ['image', 'text', 'image'],
      placing: { ...frontier.placing, channels: ['ownApp', 'api', 'api'] },
    } as Answers;
    expect(encodeAnswers(shuffled, { includeModelName: true })).toBe(link);
  });

  it('every typical (persona) link is at most 300 characters', () => {
    for (const [name, a] of Object.entries(PERSONAS)) {
      const url = shareUrl('https://example.org/gpai/', encodeAnswers(a, { includeModelName: true }));
      expect(url.length, name).toBeLessThanOrEqual(300);
    }
  });

  it('the largest valid answer set fits 2 000 characters', () => {
    const max = encodeAnswers(maximalAnswers(), { includeModelName: true });
    expect(max.length).toBeLessThanOrEqual(MAX_SHARE_VALUE_LENGTH);
    expect(decodeAnswers(max)).toMatchObject({ ok: true, answers: canonicalAnswers(maximalAnswers()) });
  });

  it('says when the link was made under other rules', () => {
    const old = encodeAnswers(frontier, { includeModelName: false }, '2025.8.3');
    expect(decodeAnswers(old)).toMatchObject({
      ok: true,
      rulesVersion: '2025.8.3',
      rulesChanged: true,
      migration: null,
    });
    const odd = encodeAnswers(frontier, { includeModelName: false }, 'rules-β-7');
    expect(decodeAnswers(odd)).toMatchObject({ ok: true, rulesVersion: 'rules-β-7', rulesChanged: true });
  });
});

describe('golden links decode to the same answers forever', () => {
  it('both formats are covered', () => {
    expect(goldenV1.length).toBeGreaterThanOrEqual(15);
    expect(goldenV2.length).toBeGreaterThanOrEqual(14);
    expect(golden.links.length).toBe(goldenV1.length + goldenV2.length);
  });

  it.each(goldenV1.map((g) => [g.name, g] as const))(
    'v1 %s: decodes, and its answers are migrated',
    (_n, g) => {
      expect(decodeAnswers(g.link)).toStrictEqual({
        ok: true,
        ...migrated(g.answers),
        rulesVersion: g.rulesVersion,
        rulesChanged: g.rulesVersion !== RULES_VERSION,
      });
      // The frozen v1 writer still writes the same text: the v1 tables and layout have not moved.
      expect(
        encodeAnswersV1(g.answers as AnswersV1, { includeModelName: g.includeModelName }, g.rulesVersion),
      ).toBe(g.link);
    },
  );

  it.each(goldenV2.map((g) => [g.name, g] as const))('%s', (_name, g) => {
    expect(decodeAnswers(g.link)).toStrictEqual({
      ok: true,
      answers: g.answers,
      rulesVersion: g.rulesVersion,
      rulesChanged: g.rulesVersion !== RULES_VERSION,
      migration: null,
    });
    // While v2 is the format written, the encoder must still produce the same text.
    expect(
      encodeAnswers(g.answers as Answers, { includeModelName: g.includeModelName }, g.rulesVersion),
    ).toBe(g.link);
  });

  it('every v1 golden link decodes, migrates and evaluates without error', () => {
    for (const g of goldenV1) {
      const r = decodeAnswers(g.link);
      if (!r.ok) throw new Error(`${g.name}: ${r.error.message}`);
      expect(r.migration?.fromVersion, g.name).toBe(1);
      expect(() => evaluate(r.answers, '2026-11-30'), g.name).not.toThrow();
    }
  });

  it('v1 links carry the migration notes of their answers (audio, narrow, notYet, internal use, hobbyist)', () => {
    const r = decodeAnswers(goldenV1.find((g) => g.name === 'v1MigrationCases')?.link ?? '');
    expect(r.ok && r.migration?.notes.map((n) => n.field)).toEqual([
      'outputModalities',
      'generalityFacts.singleTask',
      'placing.internalUseLocation',
      'placing.commercial',
    ]);
    expect(r.ok && r.answers).toMatchObject({
      outputModalities: ['text', 'speech'],
      generalityFacts: { singleTask: 'otherSingleTask' },
      placing: { intention: 'yes', internalUseLocation: 'unknown' },
    });
  });
});

describe('bad links', () => {
  it('empty', () => {
    for (const v of ['', '   ', '?utm_source=mail']) expectError(v, 'empty');
  });

  it('a query string glued on by the router is cut off at the first "?"', () => {
    expect(decodeAnswers(`${link}?utm_source=newsletter&x=1`)).toEqual(decodeAnswers(link));
  });

  it('line breaks and spaces added by an email client are ignored', () => {
    expect(decodeAnswers(`${link.slice(0, 20)}\r\n  ${link.slice(20)} `)).toEqual(decodeAnswers(link));
  });

  it.each([
    ['v2', link],
    ['v1', v1Link],
  ])('every truncation of a %s link is reported as truncated', (_v, l) => {
    for (let n = 1; n < l.length; n++) expectError(l.slice(0, n), 'truncated');
  });

  it.each([
    ['v2', link],
    ['v1', v1Link],
  ])('every single-character change of a %s link is detected, never silently decoded', (_v, link) => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 3; i < link.length; i++) {
      for (const c of alphabet) {
        if (c === link[i]) continue;
        const r = decodeAnswers(link.slice(0, i) + c + link.slice(i + 1));
        expect(r.ok, `position ${i} → ${c}`).toBe(false);
        if (!r.ok) expect(['tampered', 'truncated']).toContain(r.error.kind);
      }
    }
    // Changes in the check code or the body (not the length prefix) are called tampering.
    expectError(`${link.slice(0, 8)}${link[8] === 'A' ? 'B' : 'A'}${link.slice(9)}`, 'tampered');
    expectError(`${link.slice(0, -1)}${link.at(-1) === 'A' ? 'B' : 'A'}`, 'tampered');
  });

  it('characters added at the end are tampering', () => {
    expectError(`${link}A`, 'tampered');
    expectError(`${link}AAAA`, 'tampered');
    expectError(`${link}%20`, 'tampered');
  });

  it('unknown versions name the version and say what to do', () => {
    const newer = expectError(`v3.${link.slice(3)}`, 'unknown-version');
    if (!newer.ok) expect(newer.error.message).toMatch(/v3.*newer version.*reads formats v1 and v2/);
    const older = expectError('v0.AAAA', 'unknown-version');
    if (!older.ok) expect(older.error.message).toMatch(/v0/);
    expectError('v01.AAAA', 'unknown-version');
    expectError('v02.AAAA', 'unknown-version');
  });

  it.each([1, 2])(
    'an answer code this version does not know (made by a newer build) is reported as such (v%i)',
    (version) => {
      const w = rulesHeader(new BitWriter());
      w.bits(12, 4); // role code 12: in neither table
      const r = expectError(seal(w.finish(), version), 'unknown-version');
      if (!r.ok) expect(r.error.message).toBe(DECODE_MESSAGES.newerCode);
    },
  );

  it('a v2 trailing extension this version does not know is a link from a newer build', () => {
    const body = rulesHeader(new BitWriter());
    body.bits(0, 4); // developer
    body.bool(false); // no consortium role
    body.bits(0, 2); // euEstablished yes
    body.bool(true); // outputModalities unknown
    body.bits(0, 3); // codeOfPractice full
    for (let i = 0; i < 9; i++) body.bool(false); // no model name, no sections
    const plain = seal(body.finish());
    expect(decodeAnswers(plain)).toMatchObject({ ok: true, answers: { role: 'developer' } });
    body.bool(true); // extension marker
    body.bits(1, 6); // mask bit 0: not known to this build
    const r = expectError(seal(body.finish()), 'unknown-version');
    if (!r.ok) expect(r.error.message).toBe(DECODE_MESSAGES.newerCode);
  });

  it('a well-sealed v2 body with impossible answers is invalid and names the field', () => {
    const w = rulesHeader(new BitWriter());
    w.bits(0, 4); // developer
    w.bool(false); // no consortium role
    w.bits(0, 2); // euEstablished yes
    w.bool(false);
    w.bits(0, 4); // outputModalities: empty set (the schema needs at least one)
    w.bits(0, 3);
    for (let i = 0; i < 9; i++) w.bool(false);
    const r = expectError(seal(w.finish()), 'invalid');
    if (!r.ok) expect(r.error.message).toMatch(/outputModalities/);
  });

  it('a well-sealed v1 body with impossible answers is invalid (checked with the v1 schema) and names the field', () => {
    const w = rulesHeader(new BitWriter());
    w.bits(0, 4); // developer
    w.bits(0, 2); // euEstablished yes
    w.bool(false);
    w.bits(0, 3); // outputModalities: empty set
    w.bits(0, 2); // generality broad
    w.bits(0, 3);
    for (let i = 0; i < 7; i++) w.bool(false);
    const r = expectError(seal(w.finish(), 1), 'invalid');
    if (!r.ok) expect(r.error.message).toMatch(/outputModalities/);
  });

  it('things that are not share links are invalid', () => {
    for (const v of [
      'hello',
      '12345',
      '{"role":"developer"}',
      'V1.abc',
      'x1.abc',
      'v1abc',
      '#/report?a=v1.abc',
    ]) {
      expectError(v, 'invalid');
    }
    expectError('v1.ab$cd', 'tampered');
  });
});

describe('shareUrl', () => {
  it('drops the query and fragment of the base and puts the answers in the fragment', () => {
    expect(shareUrl('https://example.org/app/?utm_source=x#/report?a=old', 'v1.ABC')).toBe(
      'https://example.org/app/#/report?a=v1.ABC',
    );
    expect(shareUrl('http://127.0.0.1:4173/', 'v1.ABC', { asOf: '2026-11-25' })).toBe(
      'http://127.0.0.1:4173/#/report?a=v1.ABC&asOf=2026-11-25',
    );
  });
});

describe('v2 tables cover the answers schema', () => {
  const tableFor: Record<string, readonly string[]> = {
    '/properties/role': V2_TABLES.roles,
    '/properties/consortiumRole': V2_TABLES.consortiumRoles,
    '/properties/outputModalities/anyOf/0/items': V2_TABLES.modalities,
    '/properties/generalityFacts/properties/tasks/anyOf/0/items': V2_TABLES.tasks,
    '/properties/generalityFacts/properties/singleTask': V2_TABLES.singleTasks,
    '/properties/compute/properties/method': V2_TABLES.computeMethod,
    '/properties/placing/properties/channels/items': V2_TABLES.channels,
    '/properties/placing/properties/euAvailability': V2_TABLES.euAvailability,
    '/properties/placing/properties/intention': V2_TABLES.intention,
    '/properties/placing/properties/internalUseLocation': V2_TABLES.internalUseLocation,
    '/properties/placing/properties/nameOnModel': V2_TABLES.nameOnModel,
    '/properties/placing/properties/lifecycle': V2_TABLES.lifecycle,
    '/properties/placing/properties/commercial/items': V2_TABLES.commercial,
    '/properties/licence/properties/restrictions/items': V2_TABLES.restrictions,
    '/properties/licence/properties/monetisation/items': V2_TABLES.monetisation,
    '/properties/systemicRisk/properties/contest': V2_TABLES.contest,
    '/properties/systemicRisk/properties/euBusinessUsers': V2_TABLES.euBusinessUsers,
    '/properties/codeOfPractice': V2_TABLES.codeOfPractice,
  };
  const enums: [string, string[]][] = [];
  const fields: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      for (const [i, n] of node.entries()) walk(n, `${path}/${i}`);
    } else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (Array.isArray(o.enum)) enums.push([path, o.enum as string[]]);
      if (o.properties && typeof o.properties === 'object')
        for (const k of Object.keys(o.properties))
          fields.push(`${path}/properties/${k}`.replace(/\/properties\//g, '.').replace(/^\./, ''));
      for (const [k, v] of Object.entries(o)) walk(v, `${path}/${k}`);
    }
  };
  walk(answersJsonSchema(), '');

  it('every enum value of the schema has a v2 code (append new values at the END of the table)', () => {
    for (const [path, values] of enums) {
      const table = tableFor[path] ?? V2_TABLES.yesNoUnknown;
      for (const v of values) expect(table, `${path}: "${v}" has no share-link code`).toContain(v);
    }
  });

  it('every table value is accepted by the schema (no stale codes)', () => {
    const schemaValues = new Map(enums);
    for (const [path, table] of Object.entries(tableFor))
      expect([...table].sort(), path).toEqual([...(schemaValues.get(path) ?? [])].sort());
    const a = canonicalAnswers(maximalAnswers());
    for (const name of V2_TABLES.licenceNames)
      expect(answersSchema.safeParse({ ...a, licence: { ...a.licence, name } }).success).toBe(true);
  });

  it('the set of fields is the one v2 encodes (a new field needs a codec change and a new golden link)', () => {
    expect(fields.sort()).toEqual(
      [
        'schemaVersion',
        'modelName',
        'role',
        'consortiumRole',
        'euEstablished',
        'outputModalities',
        'generalityFacts',
        'generalityFacts.parameterCount',
        'generalityFacts.largeBroadData',
        'generalityFacts.selfSupervised',
        'generalityFacts.tasks',
        'generalityFacts.singleTask',
        'codeOfPractice',
        'compute',
        'compute.parameterUpdateFlop',
        'compute.method',
        'compute.syntheticDataFlop',
        'compute.inheritedWeightsFlop',
        'compute.plannedCumulativeFlop',
        'placing',
        'placing.channels',
        'placing.euAvailability',
        'placing.euExcluded',
        'placing.placingDate',
        'placing.intention',
        'placing.internalUseLocation',
        'placing.nameOnModel',
        'placing.lifecycle',
        'placing.commercial',
        'integration',
        'integration.systemInEu',
        'integration.upstreamExcludedEu',
        'integration.systemPlacingDate',
        'modification',
        'modification.originalComputeFlop',
        'modification.originalSystemicRisk',
        'modification.modificationFlop',
        'modification.syntheticDataFlop',
        'modification.viaOriginalProviderPlatform',
        'modification.onBehalfOfOriginal',
        'modification.modificationPlacingDate',
        'licence',
        'licence.name',
        'licence.access',
        'licence.use',
        'licence.modify',
        'licence.distribute',
        'licence.restrictions',
        'licence.weightsPublic',
        'licence.architecturePublic',
        'licence.usageInfoPublic',
        'licence.monetisation',
        'licence.microenterpriseDeal',
        'systemicRisk',
        'systemicRisk.thresholdMetDate',
        'systemicRisk.designated',
        'systemicRisk.designationInformedDate',
        'systemicRisk.contest',
        'systemicRisk.contestDecisionDate',
        'systemicRisk.notifiedDate',
        'systemicRisk.contestWithNotification',
        'systemicRisk.euBusinessUsers',
        'stepsTaken',
        'stepsTaken.authorisedRepresentative',
        'stepsTaken.technicalDocumentation',
        'stepsTaken.downstreamInformation',
        'stepsTaken.copyrightPolicy',
        'stepsTaken.trainingSummary',
      ].sort(),
    );
  });
});
