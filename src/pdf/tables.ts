/** Tables on the page through jspdf-autotable: no row split across pages, headers repeated on each page. */
import { autoTable, type CellInput, type RowInput, type UserOptions } from 'jspdf-autotable';
import {
  cellText,
  isCellObject,
  type MemoBlock,
  type MemoColumn,
  plainText,
  soleLink,
} from '../export/memo/model';
import { pdfText } from './text';
import { FOOTER_SPACE, HEAD_FILL, PAGE_MARGIN, PDF_FONT_FAMILY, type PdfWriter, RULE, TEXT } from './writer';

type TableBlock = Extract<MemoBlock, { kind: 'table' }>;

export const TABLE_FONT_SIZE = 8.5;
const CELL_PADDING = 4;
/** jsPDF's default line height factor, which autotable uses for cell text. */
const CELL_LINE_FACTOR = 1.15;
const SECTION_FILL: [number, number, number] = [245, 247, 250];

function columnStyles(columns: Readonly<Record<number, MemoColumn>> = {}): UserOptions['columnStyles'] {
  const styles: NonNullable<UserOptions['columnStyles']> = {};
  for (const [i, c] of Object.entries(columns))
    styles[Number(i)] = {
      ...(c.width ? { cellWidth: c.width } : {}),
      ...(c.bold ? { fontStyle: 'bold' as const } : {}),
    };
  return styles;
}

export const baseTableOptions = (w: PdfWriter): Partial<UserOptions> => ({
  startY: w.y,
  margin: { left: PAGE_MARGIN, right: PAGE_MARGIN, top: PAGE_MARGIN, bottom: FOOTER_SPACE + 10 },
  rowPageBreak: 'avoid',
  headStyles: { font: PDF_FONT_FAMILY, fontStyle: 'bold', fillColor: HEAD_FILL, textColor: TEXT },
});

function bodyRows(b: TableBlock): RowInput[] {
  const columns = Math.max(b.head?.length ?? 0, ...b.rows.map((r) => r.length));
  return b.rows.map((row) =>
    row.map((cell): CellInput => {
      const content = pdfText(plainText(cellText(cell)));
      if (!isCellObject(cell)) return content;
      return {
        content,
        ...(cell.fullRow ? { colSpan: columns } : {}),
        styles: {
          ...(cell.bold ? { fontStyle: 'bold' as const } : {}),
          ...(cell.fullRow ? { fillColor: SECTION_FILL } : {}),
        },
      };
    }),
  );
}

/** Splits a table before each section row (a row of one full-width cell) after the first row. */
function sectionChunks(b: TableBlock): TableBlock[] {
  const chunks: TableBlock[] = [];
  let rows: (typeof b.rows)[number][] = [];
  b.rows.forEach((row, i) => {
    const section =
      row.length === 1 && isCellObject(row[0] as never) && (row[0] as { fullRow?: boolean }).fullRow;
    if (section && i > 0) {
      chunks.push({ ...b, rows });
      rows = [];
    }
    rows.push(row);
  });
  chunks.push({ ...b, rows });
  return chunks;
}

/**
 * Draws a table; a table with section rows (the answers) is drawn section by section, each kept with its
 * first question so a section title never ends a page. The header is drawn once, then on each new page by
 * autotable only within a section.
 */
export function drawTable(w: PdfWriter, b: TableBlock): void {
  sectionChunks(b).forEach((chunk, i) => {
    if (i > 0) w.ensure(tableStartHeight(w, { ...chunk, head: null }));
    drawChunk(w, chunk, i === 0);
    w.y = lastTableEnd(w);
  });
  w.y += 12;
}

function drawChunk(w: PdfWriter, b: TableBlock, first: boolean): void {
  const plain = b.style === 'plain';
  autoTable(w.doc, {
    ...baseTableOptions(w),
    head: b.head ? [b.head.map(pdfText)] : undefined,
    showHead: first ? 'everyPage' : 'never',
    body: bodyRows(b),
    theme: plain ? 'plain' : 'grid',
    styles: {
      font: PDF_FONT_FAMILY,
      fontStyle: 'normal',
      fontSize: TABLE_FONT_SIZE,
      cellPadding: plain ? { top: 2, bottom: 2, left: 0, right: 8 } : CELL_PADDING,
      overflow: 'linebreak',
      textColor: TEXT,
      lineColor: RULE,
      lineWidth: plain ? 0 : 0.5,
      valign: 'top',
    },
    columnStyles: columnStyles(b.columns),
    didDrawCell: (data) => {
      if (data.section !== 'body') return;
      const cell = b.rows[data.row.index]?.[data.column.index];
      const href = cell === undefined ? undefined : soleLink(cellText(cell));
      if (href) w.doc.link(data.cell.x, data.cell.y, data.cell.width, data.cell.height, { url: href });
    },
  });
}

export function lastTableEnd(w: PdfWriter): number {
  return (w.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY;
}

/** Column widths as autotable will lay them out: given widths, the rest shared equally. */
function widths(w: PdfWriter, b: TableBlock, count: number): number[] {
  const given = Array.from({ length: count }, (_, i) => b.columns?.[i]?.width);
  const fixed = given.reduce<number>((s, x) => s + (x ?? 0), 0);
  const free = given.filter((x) => x === undefined).length;
  return given.map((x) => x ?? (w.width - fixed) / Math.max(free, 1));
}

/** The height the header and the first row need: a table never starts with its header alone at a page foot. */
export function tableStartHeight(w: PdfWriter, b: TableBlock): number {
  const count = Math.max(b.head?.length ?? 0, ...b.rows.map((r) => r.length));
  const cols = widths(w, b, count);
  const pad = b.style === 'plain' ? 4 : 2 * CELL_PADDING;
  const lineHeight = TABLE_FONT_SIZE * CELL_LINE_FACTOR;
  const rowHeight = (cells: readonly string[], bold: (i: number) => boolean) =>
    Math.max(
      ...cells.map((text, i) => {
        w.doc.setFont(PDF_FONT_FAMILY, bold(i) ? 'bold' : 'normal');
        w.doc.setFontSize(TABLE_FONT_SIZE);
        const full = cells.length === 1 ? w.width : (cols[i] ?? w.width);
        return (w.doc.splitTextToSize(pdfText(text), Math.max(full - pad, 10)) as string[]).length;
      }),
      1,
    ) *
      lineHeight +
    pad;
  const head = b.head ? rowHeight(b.head, () => true) : 0;
  const first = b.rows[0]
    ? rowHeight(
        b.rows[0].map((c) => plainText(cellText(c))),
        (i) => Boolean(b.columns?.[i]?.bold),
      )
    : 0;
  // A section row (the answers table) is kept with the row after it.
  const second =
    b.rows[0]?.length === 1 && b.rows[1]
      ? rowHeight(
          b.rows[1].map((c) => plainText(cellText(c))),
          (i) => Boolean(b.columns?.[i]?.bold),
        )
      : 0;
  return head + first + second + 4;
}
