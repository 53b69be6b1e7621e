/**
 * Issue 13: the law's dates and thresholds live only in the dated parameter table (./parameters.ts). This test
 * fails if engine code writes a date of application, a period or a threshold itself — in code or in a
 * sentence — instead of reading it through law() (or WORDS, derived from it). Comments may cite dates, and a
 * date that only shows the YYYY-MM-DD format (not a date of the law) is not a copy of the law.
 * Out of scope: tests and fixtures, the worked scenarios (an independent oracle), the frozen v1 schema, source
 * metadata (publication dates in sources.ts, changelog dates in rules-version.ts) and the cited holiday lists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAW } from './parameters';

const ENGINE = join(process.cwd(), 'src', 'engine');
const EXCLUDED = [
  /\.test\.ts$/,
  /\.fixture\.ts$/,
  /^scenarios\//,
  /^law\/(parameters|commission-holidays)\.ts$/,
  /^answers-v1\.ts$/,
  /^sources\.ts$/,
  /^rules-version\.ts$/,
  // The rules reference as data (RULES.md's own wording, shown on #/rules), like the sources and changelog.
  /^rules\/registry\.ts$/,
  /^test-helpers\.ts$/,
];

/** Every date the law table holds: written as an ISO literal anywhere else, it is a copy of the law. */
const LAW_DATES = Object.values(LAW).flatMap((p) =>
  (p.values as readonly { value: unknown }[]).map((v) => v.value).filter((v) => typeof v === 'string'),
);

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
const isIso = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
function inWords(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

const LITERALS: [string, RegExp][] = [
  ['a date of the law', new RegExp(`['"\`](${LAW_DATES.join('|')})['"\`]`)],
  // Example dates in hints ("For example, 3 November 2025") are not the law; a law date in words is.
  ['a date of the law in words', new RegExp(`\\b(${LAW_DATES.filter(isIso).map(inWords).join('|')})\\b`)],
  ['the 10^23 or 10^25 threshold', /\b1e2[35]\b|10\^2[35]|10²[³⁵]/],
  ['a period length', /\{\s*(weeks|months):\s*\d+\s*\}/],
  ['the fine ceiling', /EUR 15\b|15 000 000|15 million|\b3 % of/],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Code without comments (line and block); string contents are kept, since sentences count too. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/[^\n]*/g, '$1');
}

describe('the law as data: no date or threshold literal outside the parameter table', () => {
  const checked = files(ENGINE)
    .map((path) => relative(ENGINE, path).replaceAll('\\', '/'))
    .filter((rel) => !EXCLUDED.some((re) => re.test(rel)));

  it('knows a date of the law in words, not an example date', () => {
    const inWordsCheck = LITERALS.find(([what]) => what === 'a date of the law in words')?.[1];
    expect(inWordsCheck?.test('applies from 2 August 2025.')).toBe(true);
    expect(inWordsCheck?.test('For example, 3 November 2025.')).toBe(false);
  });

  it('checks the rules and the engine core', () => {
    expect(checked).toEqual(
      expect.arrayContaining(['evaluate.ts', 'compute.ts', 'rules/obligation-dates.ts']),
    );
  });

  it.each(checked)('%s', (rel) => {
    const code = withoutComments(readFileSync(join(ENGINE, rel), 'utf8'));
    const found = LITERALS.flatMap(([what, re]) => {
      const m = re.exec(code);
      return m ? [`${what}: ${m[0]}`] : [];
    });
    expect(found).toEqual([]);
  });
});
