/**
 * Text for the PDF: only characters the embedded font can draw. jsPDF draws a missing glyph as nothing or
 * as a wrong letter without any warning, so text is normalised (NFC), a few symbols Noto Sans lacks are
 * written in ASCII, and anything else outside the font is replaced by "?" — visibly, never silently wrong.
 */
import { FONT_COVERAGE } from './font-coverage';

const REPLACEMENTS: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '≈': '~',
  '≤': '<=',
  '≥': '>=',
  '≠': '!=',
  '✓': 'yes',
  '✔': 'yes',
  '✗': 'no',
  '☐': '[ ]',
  '\t': ' ',
};

export function isCovered(cp: number): boolean {
  let lo = 0;
  let hi = FONT_COVERAGE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = FONT_COVERAGE[mid] as readonly [number, number];
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}

export function pdfText(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    const replaced = REPLACEMENTS[ch];
    if (replaced !== undefined) out += replaced;
    else if (ch === '\n') out += ch;
    else out += isCovered(ch.codePointAt(0) ?? 0) ? ch : '?';
  }
  return out;
}
