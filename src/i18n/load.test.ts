import { describe, expect, it } from 'vitest';
import { deCore } from './catalogs/de/core';
import { enCore } from './catalogs/en/core';
import { loadAreas, loadTranslator } from './load';
import { LAZY_AREAS } from './message-id';
import { createTranslator } from './translator';

describe('lazy catalog areas (ADR 0100)', () => {
  it('the first-screen catalogs leave out exactly the lazy areas', () => {
    for (const area of LAZY_AREAS) {
      expect(area in enCore).toBe(false);
      expect(area in deCore).toBe(false);
    }
  });

  it('a German translator without the rules statements gets them from loadAreas, once', async () => {
    const de = createTranslator('de', deCore);
    expect(de.has('rules')).toBe(false);
    expect(() => de.m('rules.sectionSystemicRisk')).toThrow(
      'No message "rules.sectionSystemicRisk" in the de catalog',
    );
    const first = loadAreas(de, ['rules']);
    expect(loadAreas(de, ['rules'])).toBe(first);
    await first;
    expect(de.has('rules')).toBe(true);
    expect(de.m('rules.sectionSystemicRisk')).toBe('Systemisches Risiko');
    await expect(loadAreas(de, ['rules'])).resolves.toBeUndefined();
  });

  it('the loaded German translator starts with the first-screen areas only', async () => {
    const de = await loadTranslator('de');
    expect(de.has('reportPage')).toBe(true);
    expect(de.has('cli')).toBe(false);
  });

  it('the command line’s words are never fetched by a browser screen', async () => {
    const en = createTranslator('en', enCore);
    await expect(loadAreas(en, ['cli'])).rejects.toThrow('The cli area is not loaded in a browser');
  });
});
