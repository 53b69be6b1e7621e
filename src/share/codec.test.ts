import { describe, expect, it } from 'vitest';
import { type Answers, answersSchema } from '../engine/answers';
import { answersJsonSchema } from '../engine/json-schema';
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
  MAX_SHARE_VALUE_LENGTH,
  shareUrl,
  V1_TABLES,
} from './codec';
import { crc32 } from './crc32';
import golden from './golden-links.json';
import { PERSONAS } from './test-personas';

const frontier = PERSONAS.frontierLabOutsideEu as Answers;
const link = encodeAnswers(frontier, { includeModelName: true });

function expectError(value: string, kind: string) {
  const r = decodeAnswers(value);
  expect(r.ok, `${JSON.stringify(value)} should not decode`).toBe(false);
  if (!r.ok) {
    expect(r.error.kind).toBe(kind);
    expect(r.error.message.length).toBeGreaterThan(20);
  }
  return r;
}

/** Wraps raw body bytes in a valid v1 envelope (correct length and CRC) — to test what the CRC cannot catch. */
function seal(body: Uint8Array): string {
  const crc = crc32(Uint8Array.from([CODEC_VERSION, body.length, ...body]));
  return `v1.${toBase64Url(Uint8Array.from([body.length, crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255, ...body]))}`;
}

describe('share codec v1', () => {
  it('starts with a letter, so the router never reads it as a number', () => {
    expect(link).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
  });

  it('round-trips every persona, with and without the model name', () => {
    for (const [name, answers] of Object.entries(PERSONAS)) {
      const withName = decodeAnswers(encodeAnswers(answers, { includeModelName: true }));
      expect(withName, name).toEqual({
        ok: true,
        answers: canonicalAnswers(answers),
        rulesVersion: RULES_VERSION,
        rulesChanged: false,
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
    expect(decodeAnswers(old)).toMatchObject({ ok: true, rulesVersion: '2025.8.3', rulesChanged: true });
    const odd = encodeAnswers(frontier, { includeModelName: false }, 'rules-β-7');
    expect(decodeAnswers(odd)).toMatchObject({ ok: true, rulesVersion: 'rules-β-7', rulesChanged: true });
  });
});

describe('golden links decode to the same answers forever', () => {
  it.each(golden.links.map((g) => [g.name, g] as const))('%s', (_name, g) => {
    const r = decodeAnswers(g.link);
    expect(r).toStrictEqual({
      ok: true,
      answers: g.answers,
      rulesVersion: g.rulesVersion,
      rulesChanged: g.rulesVersion !== RULES_VERSION,
    });
    // While v1 is the format written, the encoder must still produce the same text.
    expect(
      encodeAnswers(g.answers as Answers, { includeModelName: g.includeModelName }, g.rulesVersion),
    ).toBe(g.link);
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

  it('every truncation is reported as truncated', () => {
    for (let n = 1; n < link.length; n++) expectError(link.slice(0, n), 'truncated');
  });

  it('every single-character change is detected, never silently decoded', () => {
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
    const newer = expectError(`v2.${link.slice(3)}`, 'unknown-version');
    if (!newer.ok) expect(newer.error.message).toMatch(/v2.*newer version/);
    const older = expectError('v0.AAAA', 'unknown-version');
    if (!older.ok) expect(older.error.message).toMatch(/v0/);
    expectError('v01.AAAA', 'unknown-version');
  });

  it('an answer code this version does not know (made by a newer build) is reported as such', () => {
    const w = new BitWriter();
    w.bool(true); // compact rules version 2026.11.1
    w.bits(26, 7);
    w.bits(11, 4);
    w.varuint(1);
    w.bits(12, 4); // role code 12: not in the v1 table
    const r = expectError(seal(w.finish()), 'unknown-version');
    if (!r.ok) expect(r.error.message).toBe(DECODE_MESSAGES.newerCode);
  });

  it('a well-sealed body with impossible answers is invalid and names the field', () => {
    const w = new BitWriter();
    w.bool(true);
    w.bits(26, 7);
    w.bits(11, 4);
    w.varuint(1);
    w.bits(0, 4); // developer
    w.bits(0, 2); // euEstablished yes
    w.bool(false);
    w.bits(0, 3); // outputModalities: empty set (the schema needs at least one)
    w.bits(0, 2);
    w.bits(0, 3);
    for (let i = 0; i < 7; i++) w.bool(false);
    const r = expectError(seal(w.finish()), 'invalid');
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

describe('v1 tables cover the answers schema', () => {
  const tableFor: Record<string, readonly string[]> = {
    '/properties/role': V1_TABLES.roles,
    '/properties/outputModalities/anyOf/0/items': V1_TABLES.modalities,
    '/properties/generality': V1_TABLES.generality,
    '/properties/compute/properties/method': V1_TABLES.computeMethod,
    '/properties/placing/properties/channels/items': V1_TABLES.channels,
    '/properties/placing/properties/euAvailability': V1_TABLES.euAvailability,
    '/properties/licence/properties/restrictions/items': V1_TABLES.restrictions,
    '/properties/licence/properties/monetisation/items': V1_TABLES.monetisation,
    '/properties/systemicRisk/properties/contest': V1_TABLES.contest,
    '/properties/codeOfPractice': V1_TABLES.codeOfPractice,
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

  it('every enum value of the schema has a v1 code (append new values at the END of the table)', () => {
    for (const [path, values] of enums) {
      const table = tableFor[path] ?? V1_TABLES.yesNoUnknown;
      for (const v of values) expect(table, `${path}: "${v}" has no share-link code`).toContain(v);
    }
  });

  it('the set of fields is the one v1 encodes (a new field needs a codec change and a new golden link)', () => {
    expect(fields.sort()).toEqual(
      [
        'schemaVersion',
        'modelName',
        'role',
        'euEstablished',
        'outputModalities',
        'generality',
        'codeOfPractice',
        'compute',
        'compute.parameterUpdateFlop',
        'compute.method',
        'compute.syntheticDataFlop',
        'compute.inheritedWeightsFlop',
        'placing',
        'placing.channels',
        'placing.euAvailability',
        'placing.euExcluded',
        'placing.placingDate',
        'integration',
        'integration.systemInEu',
        'integration.upstreamExcludedEu',
        'integration.systemPlacingDate',
        'modification',
        'modification.originalComputeFlop',
        'modification.originalSystemicRisk',
        'modification.modificationFlop',
        'modification.viaOriginalProviderPlatform',
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
        'modification.syntheticDataFlop',
      ].sort(),
    );
  });

  it('every table value is accepted by the schema (no stale codes)', () => {
    const a = canonicalAnswers(maximalAnswers());
    for (const role of V1_TABLES.roles) expect(answersSchema.safeParse({ ...a, role }).success).toBe(true);
    for (const name of V1_TABLES.licenceNames)
      expect(answersSchema.safeParse({ ...a, licence: { ...a.licence, name } }).success).toBe(true);
  });
});
