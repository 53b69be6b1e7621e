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

/**
 * Issue #11: the sentences now live in the message catalogs, in three languages; the same holds there. The law's
 * values reach a message only through the placeholders of src/i18n/law-values.ts. The rules area is RULES.md's
 * own wording (like registry.ts above) and is not checked.
 */
describe('the law as data: no date or threshold literal in the message catalogs', () => {
  const CATALOGS = join(process.cwd(), 'src', 'i18n', 'catalogs');
  const MONTHS_DE =
    'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' ');
  const MONTHS_FR =
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');
  const dated = LAW_DATES.filter(isIso).map((iso) => iso.split('-').map(Number) as [number, number, number]);
  const inLanguages = new RegExp(
    `\\b(${dated
      .flatMap(([y, m, d]) => [`${d}\\. ${MONTHS_DE[m - 1]} ${y}`, `${d} ${MONTHS_FR[m - 1]} ${y}`])
      .join('|')})\\b`,
  );
  const checks: [string, RegExp][] = [...LITERALS, ['a date of the law in German or French', inLanguages]];
  const catalogFiles = files(CATALOGS)
    .map((path) => relative(CATALOGS, path).replaceAll('\\', '/'))
    .filter((rel) => !/\/rules\.ts$/.test(rel));

  it('reads every language', () => {
    expect(catalogFiles).toEqual(
      expect.arrayContaining(['en/evaluate.ts', 'de/evaluate.ts', 'fr/evaluate.ts']),
    );
  });

  it('knows a German and a French date of the law', () => {
    expect(inLanguages.test('ab dem 2. August 2025 gilt')).toBe(true);
    expect(inLanguages.test('à partir du 2 août 2025')).toBe(true);
  });

  it.each(catalogFiles)('%s', (rel) => {
    const code = withoutComments(readFileSync(join(CATALOGS, rel), 'utf8'));
    const found = checks.flatMap(([what, re]) => {
      const m = re.exec(code);
      return m ? [`${what}: ${m[0]}`] : [];
    });
    expect(found).toEqual([]);
  });
});
