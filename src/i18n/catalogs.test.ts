/**
 * Issue #11: every message id has a translation in every language, and each translation uses exactly the
 * English message's parameters (a dropped or misspelt {date} would print nothing or the raw name).
 */
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { parse, type Token } from '@messageformat/parser';
import { describe, expect, it } from 'vitest';
import { de } from './catalogs/de';
import { en } from './catalogs/en';
import { fr } from './catalogs/fr';
import type { Translation } from './message-id';

function flat(catalog: Translation): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [area, messages] of Object.entries(catalog))
    for (const [key, message] of Object.entries(messages as Record<string, string>))
      ids.set(`${area}.${key}`, message);
  return ids;
}

/** The parameter names an ICU message reads, with those inside its plural and select cases. */
function parameters(message: string): string[] {
  const names = new Set<string>();
  const visit = (tokens: Token[]): void => {
    for (const token of tokens) {
      if (token.type === 'argument' || token.type === 'function') names.add(token.arg);
      if (token.type === 'plural' || token.type === 'select') {
        names.add(token.arg);
        for (const c of token.cases) visit(c.tokens);
      }
    }
  };
  visit(parse(message));
  return [...names].sort();
}

const english = flat(en);

describe.each([
  ['de', de],
  ['fr', fr],
] as const)('the %s catalog', (_lang, catalog) => {
  const translated = flat(catalog);

  it('has exactly the English message ids', () => {
    expect([...translated.keys()].filter((id) => !english.has(id))).toEqual([]);
    expect([...english.keys()].filter((id) => !translated.has(id))).toEqual([]);
  });

  it('translates each message with the English parameters', () => {
    const mismatched = [...english].filter(
      ([id, message]) => parameters(message).join() !== parameters(translated.get(id) ?? '').join(),
    );
    expect(mismatched.map(([id]) => id)).toEqual([]);
  });

  it('has no empty message', () => {
    expect([...translated].filter(([, m]) => m.trim() === '').map(([id]) => id)).toEqual([]);
  });
});

describe('the English catalog', () => {
  it('compiles: every message is valid ICU MessageFormat', () => {
    for (const message of english.values()) expect(() => compileMessage(message)).not.toThrow();
  });

  it('reads a parameter from a message and from its plural cases', () => {
    expect(parameters('{count, plural, one {# item due {date}} other {# items}} for {name}')).toEqual([
      'count',
      'date',
      'name',
    ]);
  });
});
