/** The two framed parts of the memo: the first-page summary box and the sign-off block. */
import { autoTable } from 'jspdf-autotable';
import type { MemoBlock } from '../export/memo/model';
import { baseTableOptions, lastTableEnd } from './tables';
import { pdfText } from './text';
import {
  ACCENT,
  FOOTER_SPACE,
  HEAD_FILL,
  PAGE_MARGIN,
  PDF_FONT_FAMILY,
  type PdfWriter,
  RULE,
  TEXT,
  WARNING,
} from './writer';

type Summary = Extract<MemoBlock, { kind: 'summary' }>;
type SignOff = Extract<MemoBlock, { kind: 'signOff' }>;

const ICON_SPACE = 14;

/** A framed box: the four verdicts with their nuance, the role, overdue items (marker + colour + word), the next date. */
export function drawSummary(w: PdfWriter, b: Summary): void {
  const { doc } = w;
  const top = w.y;
  w.y += 8;
  w.para(b.title, { size: 11, bold: true, color: ACCENT, indent: 10, gap: 2 });
  autoTable(doc, {
    ...baseTableOptions(w),
    startY: w.y,
    margin: { left: PAGE_MARGIN + 10, right: PAGE_MARGIN + 10, top: PAGE_MARGIN, bottom: FOOTER_SPACE + 10 },
    body: b.rows.map((r) => [
      {
        content: pdfText(r.label),
        styles:
          r.tone === 'warning'
            ? { textColor: WARNING, cellPadding: { left: ICON_SPACE, top: 2, bottom: 2, right: 6 } }
            : {},
      },
      {
        content: pdfText(r.value),
        styles: r.tone === 'warning' ? { textColor: WARNING, fontStyle: 'bold' } : {},
      },
    ]),
    theme: 'plain',
    styles: {
      font: PDF_FONT_FAMILY,
      fontSize: 9,
      textColor: TEXT,
      cellPadding: { top: 2, bottom: 2, left: 0, right: 6 },
      valign: 'top',
    },
    columnStyles: { 0: { fontStyle: 'bold', cellWidth: 150 } },
    didDrawCell: (data) => {
      if (data.section !== 'body' || data.column.index !== 0) return;
      if (b.rows[data.row.index]?.tone !== 'warning') return;
      // A marker drawn beside the word "Overdue": never colour alone.
      const cx = data.cell.x + 5;
      const cy = data.cell.y + 2 + 5;
      doc.setFillColor(...WARNING);
      doc.circle(cx, cy, 4.5, 'F');
      // Drawn, not written: the exclamation mark stays out of the extracted text.
      doc.setDrawColor(255, 255, 255);
      doc.setLineWidth(1.2);
      doc.line(cx, cy - 2.6, cx, cy + 0.6);
      doc.setFillColor(255, 255, 255);
      doc.circle(cx, cy + 2.2, 0.65, 'F');
    },
  });
  const end = lastTableEnd(w) + 8;
  doc.setDrawColor(...RULE);
  doc.setLineWidth(0.75);
  doc.rect(PAGE_MARGIN, top, w.width, end - top, 'S');
  w.y = end + 14;
}

/** Names, roles, dates and signatures: blank lines to fill in by hand unless the data is given. */
export function drawSignOff(w: PdfWriter, b: SignOff): void {
  autoTable(w.doc, {
    ...baseTableOptions(w),
    head: [b.head.map(pdfText)],
    body: b.rows.map((r) =>
      [r.capacity, r.name ?? '', r.role ?? '', r.date ?? '', r.signature ?? ''].map(pdfText),
    ),
    theme: 'grid',
    styles: {
      font: PDF_FONT_FAMILY,
      fontSize: 9,
      minCellHeight: 40,
      textColor: TEXT,
      lineColor: [148, 163, 184],
      lineWidth: 0.5,
      valign: 'top',
    },
    headStyles: {
      font: PDF_FONT_FAMILY,
      fontStyle: 'bold',
      fillColor: HEAD_FILL,
      textColor: TEXT,
      minCellHeight: 0,
    },
    columnStyles: { 0: { fontStyle: 'bold', cellWidth: 75 }, 3: { cellWidth: 70 }, 4: { cellWidth: 120 } },
  });
  w.y = lastTableEnd(w) + 14;
}

export function signOffHeight(b: SignOff): number {
  return 22 + 40 * b.rows.length;
}
