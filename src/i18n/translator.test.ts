/** The translator renders parameters in the reader's language and never rewrites the user's own words. */
import { describe, expect, it } from 'vitest';
import { tx } from '../engine/text';
import { translatorFor } from './all';
import { evaluate } from './catalogs/en/evaluate';
import { law } from './catalogs/en/law';
import { english } from './english';
import { LANGUAGES, LOCALES } from './languages';
import { createTranslator } from './translator';

describe('createTranslator', () => {
  it('shows a backslash sequence in the user’s words as typed, not as the character it names', () => {
    const name = 'model \\u001b[31m \\x41';
    expect(english.t(tx('common.value', { value: name }))).toBe(name);
    expect(translatorFor('de').t(tx('common.value', { value: name }))).toBe(name);
  });

  it('writes dates the way each language does, with French "1er" on the first of a month', () => {
    expect(english.date('2026-03-01')).toBe('1 March 2026');
    expect(translatorFor('de').date('2026-03-01')).toBe('1. März 2026');
    expect(translatorFor('fr').date('2026-03-01')).toBe('1er mars 2026');
    expect(translatorFor('fr').date('2026-03-02')).toBe('2 mars 2026');
  });

  it('writes numbers as Intl.NumberFormat does in each language, with or without its fast path', () => {
    const values = [
      ...Array.from({ length: 1000 }, (_, i) => i),
      ...Array.from({ length: 20_000 }, (_, i) => (i * 7) / 1000),
      ...Array.from({ length: 5000 }, (_, i) => (i * 13) / 100),
      ...[999.9995, 1000, 1234.5, 15_000_000, 0.0004, 2.25e-7, 1e21, -1, -0.5, Math.PI],
    ];
    for (const lang of LANGUAGES) {
      const intl = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 3 });
      const tr = translatorFor(lang);
      const differences = values.filter((v) => tr.number(v) !== intl.format(v));
      expect(differences, lang).toEqual([]);
    }
  });

  it('writes the law’s values as placeholders in each language (issue 13)', () => {
    expect(english.t(tx('evaluate.notLegacyChange'))).toContain('2 August 2025');
    expect(translatorFor('de').t(tx('evaluate.notLegacyChange'))).toContain('2. August 2025');
    expect(translatorFor('fr').t(tx('evaluate.notLegacyChange'))).toContain('2 août 2025');
  });

  it('renders the law’s values once their area has arrived, even after a text was asked for too early', () => {
    // Packs load in parallel: a text may be asked for before the `law` area is there (issue #12).
    const early = createTranslator('en', { evaluate });
    expect(() => early.t(tx('evaluate.notLegacyChange'))).toThrow(/No message "law\./);
    early.add({ law });
    expect(early.t(tx('evaluate.notLegacyChange'))).toContain('2 August 2025');
  });

  it('joins a semicolon list with the French no-break space', () => {
    expect(english.list(['a', 'b'], 'semicolon')).toBe('a; b');
    expect(translatorFor('fr').list(['a', 'b'], 'semicolon')).toBe('a\u00a0; b');
  });

  it('refuses an id the catalog does not have, rather than print it', () => {
    expect(() => english.t({ msg: 'common.nope' as never })).toThrow(/No message "common.nope"/);
  });
});
