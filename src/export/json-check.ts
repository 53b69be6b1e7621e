/**
 * Where and why a JSON text is malformed, and whether an object repeats a key, in words a person can act on.
 * Microsoft's jsonc-parser (strict: no comments, no trailing commas) finds the first problem and its offset;
 * this module only turns its error code and the text around the offset into a sentence with a line and a
 * column (both 1-based, columns in characters). JSON.parse keeps the last of two equal keys silently, so the
 * CLI and the web import refuse a file with a repeated key instead of guessing which answer was meant.
 */
import { type JSONVisitor, visit } from 'jsonc-parser';

export interface JsonErrorLocation {
  line: number;
  column: number;
  reason: string;
}

export interface DuplicateKey {
  line: number;
  column: number;
  /** The repeated key, as written (unescaped). */
  key: string;
  /** Dotted path of the object holding it ('' for the top level). */
  path: string;
}

// jsonc-parser's ParseErrorCode is a `const enum`, which isolated modules cannot read: the values, by name.
const E = {
  InvalidSymbol: 1,
  InvalidNumberFormat: 2,
  PropertyNameExpected: 3,
  ValueExpected: 4,
  ColonExpected: 5,
  CommaExpected: 6,
  CloseBraceExpected: 7,
  CloseBracketExpected: 8,
  EndOfFileExpected: 9,
  InvalidCommentToken: 10,
  UnexpectedEndOfString: 12,
  UnexpectedEndOfNumber: 13,
  InvalidUnicode: 14,
  InvalidEscapeCharacter: 15,
  InvalidCharacter: 16,
} as const;

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

const VALUE_HINT =
  'expected a value (an object, a list, text in double quotes, a number, true, false or null)';
const NUMBER_HINT =
  'Invalid number: write it like 3.8e25 or 1200 (no leading zeros, no digit grouping, a dot for decimals).';
const CONTROL_IN_TEXT = 'A line break or control character inside text: close the quote first, or write \\n.';

interface FirstError {
  code: number;
  offset: number;
  length: number;
  /** What encloses the error: the innermost open object or list, or 'done' after the top-level value. */
  context: 'object' | 'array' | 'top' | 'done';
}

export function locateJsonError(text: string): JsonErrorLocation | null {
  const first = firstError(text);
  if (first === undefined) return null; // the parser could not finish (absurd nesting): caller falls back
  if (first === null) return null;
  const { offset, reason } = explain(text, first);
  return { ...lineAndColumn(text, offset), reason };
}

/** The first key that appears twice in the same object, or null. Call on text that parses. */
export function findDuplicateKey(text: string): DuplicateKey | null {
  const stack: Set<string>[] = [];
  let found: DuplicateKey | null = null;
  const visitor: JSONVisitor = {
    onObjectBegin: () => {
      stack.push(new Set());
    },
    onObjectEnd: () => {
      stack.pop();
    },
    onObjectProperty: (key, offset, _length, _line, _character, pathOf) => {
      const seen = stack.at(-1);
      if (!seen || found) return;
      if (seen.has(key)) found = { ...lineAndColumn(text, offset), key, path: pathOf().join('.') };
      seen.add(key);
    },
  };
  visit(text, visitor, STRICT);
  return found;
}

/** null: no error; undefined: the parser gave up (stack exhausted by nesting). */
function firstError(text: string): FirstError | null | undefined {
  const stack: ('object' | 'array')[] = [];
  let rootDone = false;
  let first: FirstError | null = null;
  const closed = () => {
    stack.pop();
    if (stack.length === 0) rootDone = true;
  };
  const visitor: JSONVisitor = {
    onObjectBegin: () => {
      stack.push('object');
    },
    onArrayBegin: () => {
      stack.push('array');
    },
    onObjectEnd: closed,
    onArrayEnd: closed,
    onLiteralValue: () => {
      if (stack.length === 0) rootDone = true;
    },
    onError: (code, offset, length) => {
      if (first) return;
      const context = stack.at(-1) ?? (rootDone ? 'done' : 'top');
      first = { code, offset, length, context };
    },
  };
  try {
    visit(text, visitor, STRICT);
  } catch {
    return undefined;
  }
  return first;
}

function explain(text: string, e: FirstError): { offset: number; reason: string } {
  const at = (reason: string, offset = e.offset) => ({ offset, reason });
  const c = text[e.offset];
  const found = c === undefined ? 'the end of the file' : `"${c}"`;
  const before = previousNonSpace(text, e.offset);

  switch (e.code) {
    case E.InvalidCommentToken:
      return at('JSON does not allow comments: remove the comment.');
    case E.UnexpectedEndOfString:
    case E.InvalidCharacter:
    case E.InvalidEscapeCharacter:
    case E.InvalidUnicode:
      return inText(text, e.offset);
    case E.UnexpectedEndOfNumber:
    case E.InvalidNumberFormat:
      return at(NUMBER_HINT, e.offset + e.length);
  }
  if (e.code === E.CloseBraceExpected)
    return at(`Expected "," or "}" after a field's value, found ${found}.`);
  if (e.code === E.CloseBracketExpected) return at(`Expected "," or "]" after a list item, found ${found}.`);
  if (e.context === 'done') return at(`Unexpected ${found} after the end of the JSON value: remove it.`);
  // A digit run glued to the previous number: a leading zero (01), digit grouping (1_000) or a second dot.
  if (c !== undefined && /[0-9._eE]/u.test(c) && /\d/u.test(text[e.offset - 1] ?? '')) return at(NUMBER_HINT);

  const keyPosition =
    e.code === E.PropertyNameExpected ||
    (e.context === 'object' && e.code === E.InvalidSymbol && (before.char === '{' || before.char === ','));
  if (keyPosition) {
    if (before.char === ',' && (c === '}' || c === undefined))
      return c === '}'
        ? at('Remove the comma after the last field: JSON does not allow a trailing comma.', before.offset)
        : at(`Unexpected ${found}: expected a field name in double quotes.`);
    if (c === "'") return at('Field names must be in double quotes ("role"), not single quotes.');
    if (
      c !== undefined &&
      /\d/u.test(c) &&
      before.offset === e.offset - 1 &&
      /\d/u.test(text[before.offset - 1] ?? '')
    )
      return at('JSON numbers use a dot for decimals: write 1.5, not 1,5.', before.offset);
    if (c !== undefined && /[A-Za-z_$]/u.test(c))
      return at('Field names must be in double quotes, like "role".');
    return at(`Unexpected ${found}: expected a field name in double quotes.`);
  }

  switch (e.code) {
    case E.ColonExpected:
      return at(`Expected ":" after the field name, found ${found}.`);
    case E.CommaExpected:
      if (e.context === 'array') return at(`Expected "," or "]" after a list item, found ${found}.`);
      return c === '"'
        ? at('A comma is missing between two fields.')
        : at(`Expected "," or "}" after a field's value, found ${found}.`);
  }
  // A value was expected here (InvalidSymbol, ValueExpected, EndOfFileExpected before the value ended).
  if (c === undefined) return at(`The file ends too early: ${VALUE_HINT}.`);
  if (e.context === 'array' && c === ']' && before.char === ',')
    return at('Remove the comma after the last item: JSON does not allow a trailing comma.', before.offset);
  if (c === "'") return at('Text must be in double quotes ("…"), not single quotes.');
  if (/^-?(?:NaN|Infinity|undefined)/u.test(text.slice(e.offset, e.offset + 10)))
    return at('NaN, Infinity and undefined are not JSON values: write a number, or "unknown".');
  if (c === '-' || c === '+' || c === '.') return at(NUMBER_HINT);
  return at(`Unexpected ${found}: ${VALUE_HINT}.`);
}

/** A problem inside the text (string) that starts at `start`: the first bad character or escape in it. */
function inText(text: string, start: number): { offset: number; reason: string } {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') break;
    if (ch === '\\') {
      const next = text[i + 1];
      if (next !== undefined && '"\\/bfnrt'.includes(next)) i++;
      else if (next === 'u' && /^[0-9a-fA-F]{4}$/u.test(text.slice(i + 2, i + 6))) i += 5;
      else
        return { offset: i, reason: `Invalid escape "\\${next ?? ''}" in text: write \\\\ for a backslash.` };
    } else if (ch.charCodeAt(0) < 0x20) return { offset: i, reason: CONTROL_IN_TEXT };
  }
  return { offset: start, reason: 'This text is never closed: a closing double quote is missing.' };
}

function previousNonSpace(text: string, offset: number): { char: string | undefined; offset: number } {
  let i = offset - 1;
  while (i >= 0 && ' \t\r\n'.includes(text[i] as string)) i--;
  return { char: text[i], offset: i };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/u);
  return { line: lines.length, column: Array.from(lines.at(-1) ?? '').length + 1 };
}
