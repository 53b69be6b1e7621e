/** Writes top to bottom on A4: paragraphs and bullets, adding pages as the text flows. */
import type { jsPDF } from 'jspdf';
import { pdfText } from './text';

export const PDF_FONT_FAMILY = 'NotoSans';
export const PAGE_MARGIN = 50;
export const FOOTER_SPACE = 46;

export type Rgb = [number, number, number];
export const TEXT: Rgb = [17, 24, 39];
export const MUTED: Rgb = [75, 85, 99];
export const ACCENT: Rgb = [30, 64, 120];
export const WARNING: Rgb = [153, 27, 27];
export const HEAD_FILL: Rgb = [232, 237, 245];
export const RULE: Rgb = [203, 213, 225];

export interface ParaOptions {
  size?: number;
  bold?: boolean;
  color?: Rgb;
  gap?: number;
  indent?: number;
  /** The whole paragraph links here (the share link): each line gets a link annotation. */
  href?: string;
}

export const LINE_FACTOR = 1.35;
export const BODY_SIZE = 9.5;

export class PdfWriter {
  /** The top of the next line, in points from the top of the page. */
  y = PAGE_MARGIN;
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly width: number;
  readonly bottom: number;

  constructor(readonly doc: jsPDF) {
    this.pageWidth = doc.internal.pageSize.getWidth();
    this.pageHeight = doc.internal.pageSize.getHeight();
    this.width = this.pageWidth - 2 * PAGE_MARGIN;
    this.bottom = this.pageHeight - FOOTER_SPACE - 10;
  }

  /** Starts a new page unless `h` points still fit above the footer. */
  ensure(h: number): void {
    if (this.y + h > this.bottom) {
      this.doc.addPage();
      this.y = PAGE_MARGIN;
    }
  }

  /** The lines a text takes at a size and width (same font settings as `para`). */
  lines(text: string, o: ParaOptions = {}): string[] {
    this.doc.setFont(PDF_FONT_FAMILY, o.bold ? 'bold' : 'normal');
    this.doc.setFontSize(o.size ?? BODY_SIZE);
    return this.doc.splitTextToSize(pdfText(text), this.width - (o.indent ?? 0)) as string[];
  }

  para(text: string, o: ParaOptions = {}): void {
    const size = o.size ?? BODY_SIZE;
    const lineHeight = size * LINE_FACTOR;
    for (const line of this.lines(text, o)) {
      this.ensure(lineHeight);
      this.doc.setFont(PDF_FONT_FAMILY, o.bold ? 'bold' : 'normal');
      this.doc.setFontSize(size);
      this.doc.setTextColor(...(o.color ?? TEXT));
      this.doc.text(line, PAGE_MARGIN + (o.indent ?? 0), this.y, { baseline: 'top' });
      if (o.href)
        this.doc.link(PAGE_MARGIN + (o.indent ?? 0), this.y, this.doc.getTextWidth(line), lineHeight, {
          url: o.href,
        });
      this.y += lineHeight;
    }
    this.y += o.gap ?? 4;
  }
}
