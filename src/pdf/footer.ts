/** The running footer on every page: identification on the left (wrapped, never cut), "Page n of N" on the right. */
import type { Translator } from '../i18n/translator';
import { pdfText } from './text';
import { FOOTER_SPACE, MUTED, PAGE_MARGIN, PDF_FONT_FAMILY, type PdfWriter, RULE } from './writer';

/** Long model names are shortened in the footer only; the title page carries the full name. */
export const FOOTER_NAME_MAX = 40;
const FOOTER_SIZE = 7.5;

export function footerName(modelName: string): string {
  const chars = [...modelName];
  return chars.length > FOOTER_NAME_MAX
    ? `${chars
        .slice(0, FOOTER_NAME_MAX - 1)
        .join('')
        .trimEnd()}…`
    : modelName;
}

export function drawFooters(
  w: PdfWriter,
  pieces: readonly string[],
  modelName: string,
  tr: Translator,
): void {
  const { doc, pageWidth, pageHeight } = w;
  const pages = doc.getNumberOfPages();
  const left = pdfText(pieces.map((p) => (p === modelName ? footerName(p) : p)).join(' · '));
  for (let p = 1; p <= pages; p++) {
    doc.setPage(p);
    doc.setFont(PDF_FONT_FAMILY, 'normal');
    doc.setFontSize(FOOTER_SIZE);
    doc.setTextColor(...MUTED);
    doc.setDrawColor(...RULE);
    doc.setLineWidth(0.5);
    doc.line(PAGE_MARGIN, pageHeight - FOOTER_SPACE, pageWidth - PAGE_MARGIN, pageHeight - FOOTER_SPACE);
    const right = pdfText(tr.m('documents.pageOf', { page: p, pages }));
    const lines = doc.splitTextToSize(left, w.width - doc.getTextWidth(right) - 16) as string[];
    lines.forEach((line, i) => {
      doc.text(line, PAGE_MARGIN, pageHeight - FOOTER_SPACE + 8 + i * FOOTER_SIZE * 1.3, { baseline: 'top' });
    });
    doc.text(right, pageWidth - PAGE_MARGIN, pageHeight - FOOTER_SPACE + 8, {
      baseline: 'top',
      align: 'right',
    });
  }
}
