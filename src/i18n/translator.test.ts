/** The translator renders parameters in the reader's language and never rewrites the user's own words. */
import { describe, expect, it } from 'vitest';
import { tx } from '../engine/text';
import { translatorFor } from './all';
import { evaluate } from './catalogs/en/evaluate';
import { law } from './catalogs/en/law';
import { english } from './english';
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
