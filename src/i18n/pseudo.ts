/**
 * A pseudo-language for finding words that escaped the catalogs (issue #11, ADR 0100): every message of the
 * English catalog with its letters accented ("Continue" → "Çóñţíñúé") and wrapped in ⟦…⟧, its ICU structure
 * (parameters, plural and select cases, `#`) kept as it is. Rendered with it, a screen shows no plain ASCII letter
 * that came from a catalog: any that remains was written in code, or is data (a name typed, a date, a rule id).
 * For tests only.
 */
import { en } from './catalogs/en';
import type { Translation } from './message-id';
import { createTranslator, type Translator } from './translator';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'áƀçðéƒĝĥíĵķĺɱñóþʠŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ';
const ACCENT = new Map([...PLAIN].map((c, i) => [c, [...ACCENTED][i] as string]));

/** Where a pseudo message starts and ends. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const accent = (text: string) => [...text].map((c) => ACCENT.get(c) ?? c).join('');

const CASES = new Set(['plural', 'select', 'selectordinal']);

/** The message's words from `i` up to its end or the `}` that closes it (not consumed). */
function words(s: string, from: number): { out: string; i: number } {
  let out = '';
  let text = '';
  let i = from;
  while (i < s.length) {
    const c = s[i] as string;
    if (c === '}') break;
    if (c === '{') {
      out += accent(text);
      text = '';
      const arg = argument(s, i);
      out += arg.out;
      i = arg.i;
    } else {
      text += c;
      i++;
    }
  }
  return { out: out + accent(text), i };
}

/** An ICU argument starting at the `{` at `from`: its name and type kept, the words of its cases accented. */
function argument(s: string, from: number): { out: string; i: number } {
  const head = /^\{\s*([^,}\s]+)\s*(?:,\s*([a-z]+)\s*)?/.exec(s.slice(from));
  if (!head) throw new Error(`Unreadable ICU argument at ${from}: ${s}`);
  let i = from + head[0].length;
  const [, name, type] = head;
  if (s[i] === '}') return { out: s.slice(from, i + 1), i: i + 1 };
  if (!type || !CASES.has(type)) {
    // A formatted argument with a style ({n, number, ::percent}): copied as written.
    let depth = 1;
    const start = from;
    i = from + 1;
    while (i < s.length && depth > 0) {
      if (s[i] === '{') depth++;
      else if (s[i] === '}') depth--;
      i++;
    }
    return { out: s.slice(start, i), i };
  }
  if (s[i] !== ',') throw new Error(`Expected the cases of {${name}, ${type}} in: ${s}`);
  i++;
  let out = `{${name}, ${type},`;
  for (;;) {
    const selector = /^\s*([^\s{}]+)\s*/.exec(s.slice(i));
    if (!selector) break;
    i += selector[0].length;
    if (s[i] !== '{') throw new Error(`Expected a case after "${selector[1]}" in: ${s}`);
    const inner = words(s, i + 1);
    out += ` ${selector[1]} {${inner.out}}`;
    i = inner.i + 1;
  }
  const end = /^\s*\}/.exec(s.slice(i));
  if (!end) throw new Error(`Unclosed {${name}, ${type}} in: ${s}`);
  return { out: `${out}}`, i: i + end[0].length };
}

/** One message in the pseudo-language. */
export function pseudoMessage(message: string): string {
  const { out, i } = words(message, 0);
  if (i !== message.length) throw new Error(`Unbalanced braces in: ${message}`);
  return `${PSEUDO_OPEN}${out}${PSEUDO_CLOSE}`;
}

/** The English catalog, every message in the pseudo-language. */
export function pseudoCatalog(): Translation {
  return Object.fromEntries(
    Object.entries(en).map(([area, messages]) => [
      area,
      Object.fromEntries(Object.entries(messages).map(([key, m]) => [key, pseudoMessage(m as string)])),
    ]),
  ) as unknown as Translation;
}

/** A translator into the pseudo-language (English dates and numbers: they are data, not words of a catalog). */
export function pseudoTranslator(): Translator {
  return createTranslator('en', pseudoCatalog());
}
