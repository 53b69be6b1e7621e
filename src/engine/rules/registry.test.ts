import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../i18n/english';
import { RULE_REGISTRY, ruleEntry } from './registry';

const ENGINE = join(process.cwd(), 'src', 'engine');

function engineFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return engineFiles(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** Every "R12" / "E7" written in engine code (traces, obligations, flags, sentences), outside the registry. */
function citedIds(): Map<string, string> {
  const cited = new Map<string, string>();
  for (const path of engineFiles(ENGINE)) {
    const file = relative(ENGINE, path);
    if (file === join('rules', 'registry.ts')) continue;
    for (const m of readFileSync(path, 'utf8').matchAll(/\b([RE]\d{1,3})\b/g)) {
      if (!cited.has(m[1] as string)) cited.set(m[1] as string, file);
    }
  }
  return cited;
}

describe('the rule registry (RULES.md rev. 2 as data)', () => {
  it('holds R1–R94 and E1–E30, each once', () => {
    const ids = RULE_REGISTRY.map((r) => r.id);
    const expected = [
      ...Array.from({ length: 94 }, (_, i) => `R${i + 1}`),
      ...Array.from({ length: 30 }, (_, i) => `E${i + 1}`),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...expected].sort());
    expect(ruleEntry('R95')).toBeUndefined();
    expect(ruleEntry('E31')).toBeUndefined();
  });

  it('has every rule or edge case that engine code cites (traces, obligations, flags, sentences)', () => {
    const cited = citedIds();
    expect(cited.size).toBeGreaterThan(100);
    const missing = [...cited].filter(([id]) => !ruleEntry(id)).map(([id, file]) => `${id} (${file})`);
    expect(missing).toEqual([]);
  });

  it('gives each entry a statement, a section and links that point to the texts', () => {
    for (const r of inEnglish(RULE_REGISTRY)) {
      expect(r.statement.length, r.id).toBeGreaterThan(20);
      expect(r.section, r.id).not.toBe('');
      expect(r.statement, r.id).not.toMatch(/\*\*|\(rev\. 2\)/);
      for (const s of r.sources)
        expect(s.url, r.id).toMatch(
          /^https?:\/\/(eur-lex\.europa\.eu|digital-strategy\.ec\.europa\.eu|data\.europa\.eu)\//,
        );
    }
  });

  it('marks as changed in rev. 2 exactly the rules RULES.md lists as changed or added', () => {
    // RULES.md rev. 2 header: changed in place, and new R87–R94, E27–E30.
    const rev2 = [
      ...['R2', 'R8', 'R10', 'R17', 'R22', 'R34', 'R35', 'R38', 'R56', 'R61', 'R62', 'R63', 'R70'],
      ...['E7', 'E8', 'E11', 'E24'],
      ...['R87', 'R88', 'R89', 'R90', 'R91', 'R92', 'R93', 'R94', 'E27', 'E28', 'E29', 'E30'],
    ];
    const marked = RULE_REGISTRY.filter((r) => r.changedIn === 'rev. 2').map((r) => r.id);
    expect([...marked].sort()).toEqual([...rev2].sort());
    expect(RULE_REGISTRY.filter((r) => r.addedIn2).map((r) => r.id)).toEqual([
      'R87',
      'R88',
      'R89',
      'R90',
      'R91',
      'R92',
      'R93',
      'R94',
      'E27',
      'E28',
      'E29',
      'E30',
    ]);
  });

  it('keeps the reference’s own source line and links R34 to GL ¶26, R24 to GL ¶60, R48 to Art. 53(2)', () => {
    expect(ruleEntry('R34')?.sources.map((s) => s.ref)).toEqual(['GL ¶26']);
    expect(inEnglish(ruleEntry('R34')?.sourceNote)).toMatch(/UNVERIFIED/);
    expect(ruleEntry('R24')?.sources.map((s) => s.ref)).toEqual(['GL ¶60']);
    expect(ruleEntry('R48')?.sources.map((s) => s.ref)).toContain('Art. 53(2)');
    expect(ruleEntry('R48')?.sources.find((s) => s.ref === 'Art. 53(2)')?.url).toMatch(/#art_53$/);
    expect(inEnglish(ruleEntry('E28')?.title)).toBe('Art. 55 before placing');
  });
});
