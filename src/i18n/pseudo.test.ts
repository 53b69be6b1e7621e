/**
 * The pseudo-language of ./pseudo.ts keeps every message's ICU structure and leaves no ASCII letter in its words,
 * so a screen rendered with it shows plain letters only where they did not come from a catalog.
 */
import { parse, type Token } from '@messageformat/parser';
import { describe, expect, it } from 'vitest';
import { en } from './catalogs/en';
import { pseudoMessage, pseudoTranslator } from './pseudo';

/** The structure of an ICU message (its parameters, cases and `#`) and the words of its content, apart. */
function read(message: string): { structure: string[]; words: string[] } {
  const structure: string[] = [];
  const words: string[] = [];
  const visit = (tokens: Token[]): void => {
    for (const token of tokens) {
      if (token.type === 'content') words.push(token.value);
      else if (token.type === 'argument') structure.push(`{${token.arg}}`);
      else if (token.type === 'function') structure.push(`{${token.arg}, ${token.key}}`);
      else if (token.type === 'octothorpe') structure.push('#');
      else if (token.type === 'plural' || token.type === 'select') {
        structure.push(`{${token.arg}, ${token.type}}`);
        for (const c of token.cases) {
          structure.push(`case ${c.key}`);
          visit(c.tokens);
        }
      }
    }
  };
  visit(parse(message));
  return { structure, words };
}

const MESSAGES = Object.entries(en).flatMap(([area, messages]) =>
  Object.entries(messages as Record<string, string>).map(([key, m]) => [`${area}.${key}`, m] as const),
);

describe('the pseudo-language', () => {
  it('accents every letter of a message and keeps its parameters and cases', () => {
    expect(pseudoMessage('{n, plural, one {# step} other {# steps}} added ({titles})')).toBe(
      '⟦{n, plural, one {# šţéþ} other {# šţéþš}} áððéð ({titles})⟧',
    );
    expect(pseudoMessage("I don't know")).toBe("⟦Í ðóñ'ţ ķñóŵ⟧");
  });

  it(`keeps the ICU structure of all ${MESSAGES.length} English messages, with no ASCII letter in their words`, () => {
    const broken = MESSAGES.filter(([, m]) => {
      const pseudo = read(pseudoMessage(m));
      return (
        pseudo.structure.join('|') !== read(m).structure.join('|') ||
        pseudo.words.some((w) => /[A-Za-z]/.test(w))
      );
    });
    expect(broken.map(([id]) => id)).toEqual([]);
  });

  it('renders through the translator, with the law values and parameters in place', () => {
    const tr = pseudoTranslator();
    expect(tr.m('wizard.stepOf', { position: 2, total: 14 })).toBe('⟦Šţéþ 2 óƒ 14⟧');
    expect(tr.m('wizard.continue')).toBe('⟦Çóñţíñúé⟧');
  });
});
