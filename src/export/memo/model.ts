/**
 * The memo as a document model (issue #10, ADR 0082): sections of headings, paragraphs, bullets and tables with
 * inline links, built once from the report and the answers and rendered by both the PDF and the Word builders,
 * so the two files never say different things. Pure data: no jsPDF, no docx, no DOM.
 */

/** A run of text that links somewhere (a citation to EUR-Lex or the Commission's pages). */
export interface MemoLink {
  text: string;
  href: string;
}

export type Inline = string | MemoLink;

/** Plain text, or text with links in it. */
export type MemoText = string | readonly Inline[];

export type Tone = 'normal' | 'muted' | 'strong' | 'accent' | 'warning';

export interface MemoCellObject {
  text: MemoText;
  /** Spans every column of the table (a section row inside the answers table). */
  fullRow?: boolean;
  bold?: boolean;
}

export type MemoCell = MemoText | MemoCellObject;

export interface MemoColumn {
  /** Width in points on A4 (the PDF's unit); the Word builder turns it into a share of the page. */
  width?: number;
  bold?: boolean;
}

export type MemoBlock =
  | { kind: 'title'; title: string; subtitle: string; note: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'para'; text: MemoText; tone?: Tone; small?: boolean }
  | { kind: 'bullets'; items: readonly MemoText[]; indent?: boolean }
  | {
      kind: 'table';
      head: readonly string[] | null;
      rows: readonly (readonly MemoCell[])[];
      columns?: Readonly<Record<number, MemoColumn>>;
      /** 'plain': a borderless label/value list; 'grid': a ruled table. */
      style: 'grid' | 'plain';
    }
  | { kind: 'summary'; title: string; rows: readonly SummaryRow[] }
  | {
      kind: 'signOff' /** The column names: capacity (blank), name, role, date, signature. */;
      head: readonly string[];
      rows: readonly SignOffRow[];
    };

/** One line of the first-page summary box. */
export interface SummaryRow {
  label: string;
  value: string;
  /** 'warning': overdue (drawn with a marker and the word, never colour alone). */
  tone?: 'normal' | 'warning';
}

/** One person signing the memo; every field may be blank, to be filled in by hand. */
export interface SignOffRow {
  capacity: string;
  name?: string;
  role?: string;
  date?: string;
  /** What stands in the signature column: blank to sign by hand, or how the sign-off was recorded. */
  signature?: string;
}

export interface Memo {
  /** Document title (file properties). */
  title: string;
  /** The full model name, or '' when none was given. */
  modelName: string;
  /** The pieces of the running footer, in order; the renderer wraps them and never drops one. */
  footer: readonly string[];
  blocks: readonly MemoBlock[];
}

export function isLink(i: Inline): i is MemoLink {
  return typeof i !== 'string';
}

/** The text without its links. */
export function plainText(t: MemoText): string {
  return typeof t === 'string' ? t : t.map((i) => (typeof i === 'string' ? i : i.text)).join('');
}

export function cellText(c: MemoCell): MemoText {
  return typeof c === 'string' || Array.isArray(c) ? (c as MemoText) : (c as MemoCellObject).text;
}

export function isCellObject(c: MemoCell): c is MemoCellObject {
  return typeof c === 'object' && !Array.isArray(c);
}

/** The address when the whole text is one link. */
export function soleLink(t: MemoText): string | undefined {
  if (typeof t === 'string' || t.length !== 1) return undefined;
  const only = t[0];
  return only && isLink(only) ? only.href : undefined;
}
