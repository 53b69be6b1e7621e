/**
 * The Word (.docx) memo (issue #10, ADR 0082): the same memo model as the PDF, written with `docx` as an
 * editable document — real headings (navigation pane), tables with header rows repeated across pages, citations
 * as hyperlinks, and blank sign-off cells. Loaded only on click through ./browser.ts.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { LOCALES } from '../../i18n/languages';
import type { Translator } from '../../i18n/translator';
import { exportFileName } from '../file-names';
import { buildMemo } from '../memo/build-memo';
import type { MemoInput } from '../memo/input';
import {
  cellText,
  isCellObject,
  isLink,
  type MemoBlock,
  type MemoText,
  type SummaryRow,
  type Tone,
} from '../memo/model';

/** A4 text width with 2 cm margins, in twentieths of a point; PDF widths (points on 495 pt) scale to it. */
const TEXT_WIDTH_TWIPS = 9638;
const PDF_TEXT_WIDTH = 495;
const WARNING = '991B1B';
const MUTED = '4B5563';
const ACCENT = '1E4078';

export function reportDocxFileName(modelName: string | undefined, asOf: string, tr: Translator): string {
  return exportFileName('report', modelName, asOf, 'docx', tr);
}

interface RunStyle {
  bold?: boolean;
  color?: string;
  size?: number;
}

function toneStyle(tone: Tone | undefined, small = false): RunStyle {
  const size = small ? 17 : 20;
  switch (tone) {
    case 'muted':
      return { color: MUTED, size };
    case 'strong':
      return { bold: true, size };
    case 'accent':
      return { color: ACCENT, size };
    case 'warning':
      return { bold: true, color: WARNING, size };
    default:
      return { size };
  }
}

/** Text runs with line breaks kept; links as hyperlinks. */
function runs(text: MemoText, style: RunStyle = {}): (TextRun | ExternalHyperlink)[] {
  const parts = typeof text === 'string' ? [text] : text;
  const out: (TextRun | ExternalHyperlink)[] = [];
  for (const part of parts) {
    const value = isLink(part) ? part.text : part;
    const lines = value.split('\n');
    const textRuns = lines.map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : undefined,
          ...style,
          ...(isLink(part) ? { style: 'Hyperlink' } : {}),
        }),
    );
    if (isLink(part)) out.push(new ExternalHyperlink({ link: part.href, children: textRuns }));
    else out.push(...textRuns);
  }
  return out;
}

function cellParagraph(text: MemoText, style: RunStyle, keepNext = false): Paragraph {
  return new Paragraph({ children: runs(text, { size: 17, ...style }), spacing: { after: 0 }, keepNext });
}

/** Space between cell text and the rules, in twentieths of a point. */
const CELL_MARGINS = { top: 40, bottom: 40, left: 90, right: 90 };

const border = { style: BorderStyle.SINGLE, size: 4, color: 'CBD5E1' };
const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function table(b: Extract<MemoBlock, { kind: 'table' }>): Table {
  const count = Math.max(b.head?.length ?? 0, ...b.rows.map((r) => r.length));
  const given = Array.from({ length: count }, (_, i) => b.columns?.[i]?.width);
  const fixed = given.reduce<number>((s, x) => s + (x ?? 0), 0);
  const free = given.filter((x) => x === undefined).length;
  const widths = given.map((x) =>
    Math.round(((x ?? (PDF_TEXT_WIDTH - fixed) / Math.max(free, 1)) / PDF_TEXT_WIDTH) * TEXT_WIDTH_TWIPS),
  );
  const borders = b.style === 'plain' ? noBorder : border;
  const rows: TableRow[] = [];
  if (b.head)
    rows.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: b.head.map(
          (h) =>
            new TableCell({
              children: [cellParagraph(h, { bold: true })],
              shading: { type: ShadingType.CLEAR, fill: 'E8EDF5', color: 'auto' },
            }),
        ),
      }),
    );
  for (const row of b.rows)
    rows.push(
      new TableRow({
        cantSplit: true,
        children: row.map((cell, i) => {
          const full = isCellObject(cell) && cell.fullRow;
          return new TableCell({
            columnSpan: full ? count : undefined,
            children: [
              cellParagraph(cellText(cell), {
                bold: (isCellObject(cell) && cell.bold) || Boolean(b.columns?.[i]?.bold),
              }),
            ],
            ...(full ? { shading: { type: ShadingType.CLEAR, fill: 'F5F7FA', color: 'auto' } } : {}),
          });
        }),
      }),
    );
  return new Table({
    rows,
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    margins: CELL_MARGINS,
    columnWidths: widths,
    borders: {
      top: borders,
      bottom: borders,
      left: borders,
      right: borders,
      insideHorizontal: borders,
      insideVertical: borders,
    },
  });
}

function summary(b: Extract<MemoBlock, { kind: 'summary' }>): (Paragraph | Table)[] {
  const row = (r: SummaryRow) =>
    new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          children: [
            cellParagraph(r.tone === 'warning' ? `⚠ ${r.label}` : r.label, {
              bold: true,
              ...(r.tone === 'warning' ? { color: WARNING } : {}),
            }),
          ],
        }),
        new TableCell({
          children: [cellParagraph(r.value, r.tone === 'warning' ? { bold: true, color: WARNING } : {})],
        }),
      ],
    });
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(b.title)] }),
    new Table({
      rows: b.rows.map(row),
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      margins: CELL_MARGINS,
      columnWidths: [2900, TEXT_WIDTH_TWIPS - 2900],
      borders: {
        top: border,
        bottom: border,
        left: border,
        right: border,
        insideHorizontal: noBorder,
        insideVertical: noBorder,
      },
    }),
  ];
}

function signOff(b: Extract<MemoBlock, { kind: 'signOff' }>): Table {
  const { head } = b;
  // Every row but the last keeps with the next: the block never splits across pages.
  const cell = (text: string, bold = false, keep = true) =>
    new TableCell({ children: [cellParagraph(text, { bold }, keep)] });
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    margins: CELL_MARGINS,
    columnWidths: [1460, 2400, 2000, 1400, 2378],
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }),
      ...b.rows.map(
        (r, n) =>
          new TableRow({
            cantSplit: true,
            height: { value: 800, rule: 'atLeast' },
            children: [r.capacity, r.name ?? '', r.role ?? '', r.date ?? '', r.signature ?? ''].map((t, c) =>
              cell(t, c === 0, n < b.rows.length - 1),
            ),
          }),
      ),
    ],
  });
}

/** A block as Word paragraphs and tables; `next` decides what a paragraph keeps with. */
function blockChildren(b: MemoBlock, next: MemoBlock | undefined): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'title':
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(b.title)] }),
        new Paragraph({ children: [new TextRun({ text: b.subtitle, bold: true, size: 28 })] }),
        new Paragraph({ children: [new TextRun({ text: b.note, color: MUTED, size: 17 })] }),
      ];
    case 'heading':
      return [
        new Paragraph({
          heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          keepNext: true,
          children: [new TextRun(b.text)],
        }),
      ];
    case 'para':
      return [
        new Paragraph({
          // A lead-in ("What to produce:") or an introduction stays with the list or table after it.
          keepNext:
            /:\s*$/.test(typeof b.text === 'string' ? b.text : '') ||
            next?.kind === 'table' ||
            next?.kind === 'signOff',
          children: runs(b.text, toneStyle(b.tone, b.small)),
        }),
      ];
    case 'bullets':
      return b.items.map(
        (item) => new Paragraph({ bullet: { level: 0 }, children: runs(item, { size: 20 }) }),
      );
    case 'table':
      return [table(b), new Paragraph({ children: [] })];
    case 'summary':
      return [...summary(b), new Paragraph({ children: [] })];
    case 'signOff':
      return [signOff(b), new Paragraph({ children: [] })];
  }
}

function footer(pieces: readonly string[], tr: Translator): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.LEFT,
        children: [
          new TextRun({ text: `${pieces.join(' · ')}${tr.m('documents.docxPage')}`, size: 15, color: MUTED }),
          new TextRun({ children: [PageNumber.CURRENT], size: 15, color: MUTED }),
          new TextRun({ text: tr.m('documents.docxOf'), size: 15, color: MUTED }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 15, color: MUTED }),
        ],
      }),
    ],
  });
}

/** The Word document in the input's language (`input.translator`), which also sets the document's language. */
export function memoDocument(input: MemoInput): Document {
  const tr = input.translator;
  const memo = buildMemo(input);
  return new Document({
    title: memo.title,
    creator: 'GPAI Navigator',
    description: tr.m('documents.docxDescription', { hash: input.answersHash }),
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 20, language: { value: LOCALES[tr.lang] } },
          paragraph: { spacing: { after: 80 } },
        },
      },
    },
    features: { updateFields: false },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        footers: { default: footer(memo.footer, tr) },
        children: memo.blocks.flatMap((b, i) => blockChildren(b, memo.blocks[i + 1])),
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function buildReportDocx(input: MemoInput): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(memoDocument(input)));
}
