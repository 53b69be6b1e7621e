/**
 * Text from the input (file names, keys, field values, the model name) is shown escaped before it reaches a
 * terminal: a control character could otherwise move the cursor, rewrite earlier lines, change the window
 * title or reorder what is shown (bidirectional overrides), so a message could be made to say something else.
 */

// C0 controls, DEL, C1 controls, and the bidirectional embedding, override and isolate characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(ch: string): string {
  return NAMED[ch] ?? `\\u${(ch.codePointAt(0) as number).toString(16).padStart(4, '0')}`;
}

/** One line of input-derived text, with every unsafe character written as an escape (\n, \t, \u001b…). */
export function printable(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** Output made of lines: each line escaped, the line breaks between them kept. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}

/**
 * JSON output: JSON.stringify already escapes C0 controls; the rest (DEL, C1, bidirectional controls) become
 * \u escapes too, which is the same JSON value.
 */
export function printableJson(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu,
    (ch) => `\\u${(ch.codePointAt(0) as number).toString(16).padStart(4, '0')}`,
  );
}

/** At most `max` lines of problems, then one line saying how many more there are. */
export function capLines(lines: readonly string[], max: number): string[] {
  if (lines.length <= max) return [...lines];
  const rest = lines.length - max;
  return [...lines.slice(0, max), `…and ${rest} more ${rest === 1 ? 'problem' : 'problems'}.`];
}
