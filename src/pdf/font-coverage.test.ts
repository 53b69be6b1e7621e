import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/all';
import { de } from '../i18n/catalogs/de';
import { en } from '../i18n/catalogs/en';
import { fr } from '../i18n/catalogs/fr';
import { pdfText } from './text';

/** Areas only screens or the command line show; every other area's words can reach a PDF. */
const NEVER_IN_A_PDF = new Set(['app', 'wizard', 'layout', 'cli', 'offline', 'rules', 'reference']);

/** Characters of a text the PDF would draw as "?" (neither in the embedded fonts nor given an ASCII stand-in). */
const undrawable = (text: string) => [...text].filter((ch) => ch !== '?' && pdfText(ch) === '?');

describe('the PDF fonts (issue #11)', () => {
  it.each([
    ['en', en],
    ['de', de],
    ['fr', fr],
  ])('draw every character the %s catalog can put in a PDF', (_lang, catalog) => {
    const missing: string[] = [];
    for (const [area, messages] of Object.entries(catalog)) {
      if (NEVER_IN_A_PDF.has(area)) continue;
      for (const [key, message] of Object.entries(messages as Record<string, string>))
        for (const ch of undrawable(message)) missing.push(`${area}.${key}: ${ch}`);
    }
    expect(missing).toEqual([]);
  });

  it('draw what the translator adds: French separators, "1er", superscript powers, German month names', () => {
    const fr = translatorFor('fr');
    const de = translatorFor('de');
    const written = [
      fr.flop(3.8e25),
      fr.number(1_234_567),
      fr.list(['a', 'b'], 'semicolon'),
      fr.date('2026-03-01'),
      de.date('2026-03-02'),
    ];
    for (const text of written) expect(undrawable(text), text).toEqual([]);
  });

  it('the check itself finds a character the fonts lack', () => {
    expect(undrawable('Ok ⌘ ok')).toEqual(['⌘']);
  });
});
