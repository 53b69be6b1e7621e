/**
 * Where and why a JSON text is malformed, in words a person can act on. JSON.parse's own messages vary by
 * Node version and often lack a position, so the CLI re-scans a text that failed to parse with this small
 * recursive-descent reader and reports the first problem with its line and column (both 1-based).
 */

export interface JsonErrorLocation {
  line: number;
  column: number;
  reason: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

const VALUE_HINT =
  'expected a value (an object, a list, text in double quotes, a number, true, false or null)';

export function locateJsonError(text: string): JsonErrorLocation | null {
  try {
    scan(text);
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) return null; // e.g. stack exhausted by absurd nesting: caller falls back
    return { ...lineAndColumn(text, e.offset), reason: e.reason };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/u);
  return { line: lines.length, column: Array.from(lines.at(-1) ?? '').length + 1 };
}

function scan(text: string): void {
  let pos = 0;
  const n = text.length;
  const stop = (reason: string, at = pos): never => {
    throw new Stop(at, reason);
  };

  const ws = () => {
    while (pos < n) {
      const c = text[pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') pos++;
      else if (c === '/' && (text[pos + 1] === '/' || text[pos + 1] === '*'))
        stop('JSON does not allow comments: remove the comment.');
      else break;
    }
  };

  const shown = (c: string | undefined): string => (c === undefined ? 'the end of the file' : `"${c}"`);

  const value = (): void => {
    ws();
    const c = text[pos];
    if (c === undefined) stop(`The file ends too early: ${VALUE_HINT}.`);
    else if (c === '{') object();
    else if (c === '[') array();
    else if (c === '"') string();
    else if (c === '-' || (c >= '0' && c <= '9')) number();
    else if (text.startsWith('true', pos)) pos += 4;
    else if (text.startsWith('false', pos)) pos += 5;
    else if (text.startsWith('null', pos)) pos += 4;
    else if (c === "'") stop('Text must be in double quotes ("…"), not single quotes.');
    else if (/^(?:NaN|Infinity|undefined)/u.test(text.slice(pos)))
      stop('NaN, Infinity and undefined are not JSON values: write a number, or "unknown".');
    else stop(`Unexpected ${shown(c)}: ${VALUE_HINT}.`);
  };

  const object = (): void => {
    pos++; // {
    ws();
    if (text[pos] === '}') {
      pos++;
      return;
    }
    for (;;) {
      ws();
      const c = text[pos];
      if (c !== '"') {
        if (c === "'") stop('Field names must be in double quotes ("role"), not single quotes.');
        if (c !== undefined && /\d/u.test(c) && text[pos - 1] === ',' && /\d/u.test(text[pos - 2] ?? ''))
          stop('JSON numbers use a dot for decimals: write 1.5, not 1,5.', pos - 1);
        if (c !== undefined && /[A-Za-z_$]/u.test(c))
          stop('Field names must be in double quotes, like "role".');
        stop(`Unexpected ${shown(c)}: expected a field name in double quotes.`);
      }
      string();
      ws();
      if (text[pos] !== ':') stop(`Expected ":" after the field name, found ${shown(text[pos])}.`);
      pos++;
      value();
      ws();
      const d = text[pos];
      if (d === '}') {
        pos++;
        return;
      }
      if (d === ',') {
        const comma = pos;
        pos++;
        ws();
        if (text[pos] === '}')
          stop('Remove the comma after the last field: JSON does not allow a trailing comma.', comma);
        continue;
      }
      if (d === '"') stop('A comma is missing between two fields.');
      stop(`Expected "," or "}" after a field's value, found ${shown(d)}.`);
    }
  };

  const array = (): void => {
    pos++; // [
    ws();
    if (text[pos] === ']') {
      pos++;
      return;
    }
    for (;;) {
      value();
      ws();
      const d = text[pos];
      if (d === ']') {
        pos++;
        return;
      }
      if (d === ',') {
        const comma = pos;
        pos++;
        ws();
        if (text[pos] === ']')
          stop('Remove the comma after the last item: JSON does not allow a trailing comma.', comma);
        continue;
      }
      stop(`Expected "," or "]" after a list item, found ${shown(d)}.`);
    }
  };

  const string = (): void => {
    const start = pos;
    pos++; // opening quote
    for (;;) {
      const c = text[pos];
      if (c === undefined) stop('This text is never closed: a closing double quote is missing.', start);
      if (c === '"') {
        pos++;
        return;
      }
      if (c === '\\') {
        const e = text[pos + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) pos += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/u.test(text.slice(pos + 2, pos + 6))) pos += 6;
        else stop(`Invalid escape "\\${e ?? ''}" in text: write \\\\ for a backslash.`);
        continue;
      }
      if ((c as string).charCodeAt(0) < 0x20)
        stop('A line break or control character inside text: close the quote first, or write \\n.');
      pos++;
    }
  };

  const number = (): void => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/u.exec(text.slice(pos));
    if (!m || m[0] === '-' || m[0] === '')
      stop('Invalid number: write it like 3.8e25 or 1200 (no leading zeros, no + sign).');
    pos += (m as RegExpExecArray)[0].length;
    const next = text[pos];
    if (next !== undefined && /[0-9.eE_]/u.test(next))
      stop(
        'Invalid number: write it like 3.8e25 or 1200 (no leading zeros, no digit grouping, a dot for decimals).',
      );
  };

  value();
  ws();
  if (pos < n) stop(`Unexpected ${shown(text[pos])} after the end of the JSON value: remove it.`);
}
