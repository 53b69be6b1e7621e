import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateKey, locateJsonError } from './json-check';

describe('locateJsonError — where a malformed answers file goes wrong', () => {
  it('returns null for valid JSON', () => {
    for (const t of ['{}', '[]', '{"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]}', ' 0 ', '"s"'])
      expect(locateJsonError(t)).toBeNull();
  });

  it.each([
    ['{"a": 1,}', 1, 8, 'Remove the comma after the last field: JSON does not allow a trailing comma.'],
    ['[1, 2,]', 1, 6, 'Remove the comma after the last item: JSON does not allow a trailing comma.'],
    ['{"a": 1\n "b": 2}', 2, 2, 'A comma is missing between two fields.'],
    ['{a: 1}', 1, 2, 'Field names must be in double quotes, like "role".'],
    ["{'a': 1}", 1, 2, 'Field names must be in double quotes ("role"), not single quotes.'],
    ['{"a": \'x\'}', 1, 7, 'Text must be in double quotes ("…"), not single quotes.'],
    ['{"a" 1}', 1, 6, 'Expected ":" after the field name, found "1".'],
    [
      '{"a": }',
      1,
      7,
      'Unexpected "}": expected a value (an object, a list, text in double quotes, a number, true, false or null).',
    ],
    ['{"a": 1', 1, 8, 'Expected "," or "}" after a field\'s value, found the end of the file.'],
    ['{"a": "x', 1, 7, 'This text is never closed: a closing double quote is missing.'],
    ['{"a": NaN}', 1, 7, 'NaN, Infinity and undefined are not JSON values: write a number, or "unknown".'],
    [
      '{"a": 01}',
      1,
      8,
      'Invalid number: write it like 3.8e25 or 1200 (no leading zeros, no digit grouping, a dot for decimals).',
    ],
    ['{"a": 1,5}', 1, 8, 'JSON numbers use a dot for decimals: write 1.5, not 1,5.'],
    ['{"a": 1, 5}', 1, 10, 'Unexpected "5": expected a field name in double quotes.'],
    ['{"a": 1} x', 1, 10, 'Unexpected "x" after the end of the JSON value: remove it.'],
    ['// note\n{}', 1, 1, 'JSON does not allow comments: remove the comment.'],
    ['{"a": "\\x"}', 1, 8, 'Invalid escape "\\x" in text: write \\\\ for a backslash.'],
    [
      '{"a": "line\nbreak"}',
      1,
      12,
      'A line break or control character inside text: close the quote first, or write \\n.',
    ],
    [
      '',
      1,
      1,
      'The file ends too early: expected a value (an object, a list, text in double quotes, a number, true, false or null).',
    ],
    ['[1 2]', 1, 4, 'Expected "," or "]" after a list item, found "2".'],
  ])('%j → line %i, column %i', (text, line, column, reason) => {
    expect(locateJsonError(text)).toEqual({ line, column, reason });
  });

  it('counts lines for \\r\\n files and columns in characters, not bytes', () => {
    expect(locateJsonError('{\r\n"😀": 1,\r\n}')).toMatchObject({ line: 2, column: 7 });
  });

  it('agrees with JSON.parse on what is valid, for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.json().map((j) => j.slice(0, -1)),
        ),
        (text) => {
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          expect(locateJsonError(text) === null).toBe(valid);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('finds a tab inside text and -Infinity, and gives up (null) on absurd nesting instead of throwing', () => {
    expect(locateJsonError('{"a": "x\ty"}')).toEqual({
      line: 1,
      column: 9,
      reason: 'A line break or control character inside text: close the quote first, or write \\n.',
    });
    expect(locateJsonError('{"a": -Infinity}')?.reason).toMatch(
      /^NaN, Infinity and undefined are not JSON values/,
    );
    expect(locateJsonError('['.repeat(200_000))).toBeNull();
  });
});

describe('findDuplicateKey — a key given twice in one object', () => {
  it('is found after unescaping (\\u0061 is "a"), with the position of the second one', () => {
    expect(findDuplicateKey('{"a": 1,\n "\\u0061": 2}')).toEqual({ line: 2, column: 2, key: 'a', path: '' });
  });

  it('is not confused by equal keys in different objects or by values equal to keys', () => {
    expect(findDuplicateKey('{"a": "a", "b": {"a": 1}, "c": [{"a": 1}, {"a": 2}]}')).toBeNull();
  });

  it('names the path of a nested object, list items included', () => {
    expect(findDuplicateKey('{"x": [{"k": 1}, {"k": 1, "k": 2}]}')).toMatchObject({ key: 'k', path: 'x.1' });
  });
});
