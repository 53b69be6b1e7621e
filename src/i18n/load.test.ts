import { describe, expect, it } from 'vitest';
import { en } from './catalogs/en';
import { hasPacks, loadPacks } from './load';
import type { Area } from './message-id';
import { PACKS } from './packs';
import { packsFor } from './route-packs';
import { createTranslator } from './translator';

describe('catalog packs (ADR 0100, stage 4)', () => {
  it('every area but the command line’s is in exactly one pack', () => {
    const packed = Object.values(PACKS).flat() as Area[];
    expect(new Set(packed).size).toBe(packed.length);
    expect([...packed, 'cli'].sort()).toEqual(Object.keys(en).sort());
  });

  it('a German translator without the rules statements gets them from loadPacks, once', async () => {
    const de = createTranslator('de', {});
    await loadPacks(de, ['base']);
    expect(de.has('rules')).toBe(false);
    expect(() => de.m('rules.sectionSystemicRisk')).toThrow(
      'No message "rules.sectionSystemicRisk" in the de catalog',
    );
    const first = loadPacks(de, ['rules', 'results']);
    expect(loadPacks(de, ['results', 'rules'])).toBe(first);
    await first;
    expect(hasPacks(de, ['rules', 'results', 'base'])).toBe(true);
    expect(de.m('rules.sectionSystemicRisk')).toBe('Systemisches Risiko');
    await expect(loadPacks(de, ['rules'])).resolves.toBeUndefined();
  });

  it('the base pack holds the start page’s words and nothing of the report’s or the wizard’s', async () => {
    const de = createTranslator('de', {});
    await loadPacks(de, ['base']);
    expect(hasPacks(de, ['base'])).toBe(true);
    expect(de.has('reportPage')).toBe(false);
    expect(de.has('questions')).toBe(false);
    expect(de.has('cli')).toBe(false);
    expect(de.m('app.startIntro')).toMatch(/KI-Modell/);
  });

  it('each screen names its packs: the start page base only, the wizard its questions, the rest all but the two own-page packs', () => {
    expect(packsFor('/')).toEqual(['base']);
    expect(packsFor('/assess/role')).toEqual(['base', 'wizard']);
    expect(packsFor('/report')).toEqual(['base', 'wizard', 'results', 'workspace']);
    expect(packsFor('/rules')).toContain('rules');
    expect(packsFor('/methodology')).toContain('reference');
    expect(packsFor('/workspace/abc')).not.toContain('rules');
  });
});

describe('packsFor gives the same list for the same screen', () => {
  it('so the layout’s context does not change on every render', () => {
    for (const path of ['/', '/assess/role', '/report', '/rules', '/methodology'])
      expect(packsFor(path)).toBe(packsFor(path));
  });
});
