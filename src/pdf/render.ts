/** Lays the memo's blocks out on the pages; a heading always stays with the start of what follows it. */
import { type MemoBlock, plainText, soleLink } from '../export/memo/model';
import { drawSignOff, drawSummary, signOffHeight } from './boxes';
import { drawTable, tableStartHeight } from './tables';
import { pdfText } from './text';
import {
  ACCENT,
  BODY_SIZE,
  LINE_FACTOR,
  MUTED,
  type ParaOptions,
  type PdfWriter,
  TEXT,
  WARNING,
} from './writer';

function paraOptions(b: Extract<MemoBlock, { kind: 'para' }>): ParaOptions {
  const size = b.small ? 8.5 : BODY_SIZE;
  switch (b.tone) {
    case 'muted':
      return { size, color: MUTED };
    case 'strong':
      return { size, bold: true };
    case 'accent':
      return { size, color: ACCENT };
    case 'warning':
      return { size, bold: true, color: WARNING };
    default:
      return { size, color: TEXT };
  }
}

function isLeadIn(b: Extract<MemoBlock, { kind: 'para' }>): boolean {
  return plainText(b.text).trimEnd().endsWith(':');
}

const HEADING = { 1: { size: 13, before: 10, gap: 6 }, 2: { size: 10.5, before: 4, gap: 3 } } as const;

/** Room the start of block i needs on the current page: a heading counts with what follows it. */
function startHeight(w: PdfWriter, blocks: readonly MemoBlock[], i: number): number {
  const b = blocks[i];
  if (!b) return 0;
  switch (b.kind) {
    case 'heading': {
      const h = HEADING[b.level];
      const lines = w.lines(b.text, { size: h.size, bold: true }).length;
      return h.before + lines * h.size * LINE_FACTOR + h.gap + startHeight(w, blocks, i + 1);
    }
    case 'para': {
      const o = paraOptions(b);
      const own = Math.min(w.lines(plainText(b.text), o).length, 2) * (o.size ?? BODY_SIZE) * LINE_FACTOR;
      // A lead-in ("What to produce:") stays with the list or table it introduces.
      return isLeadIn(b) ? own + 4 + startHeight(w, blocks, i + 1) : own;
    }
    case 'bullets':
      return b.items[0]
        ? Math.min(w.lines(`• ${plainText(b.items[0])}`).length, 2) * BODY_SIZE * LINE_FACTOR
        : 0;
    case 'table':
      return tableStartHeight(w, b);
    case 'signOff':
      return signOffHeight(b);
    default:
      return 0;
  }
}

export function renderBlocks(w: PdfWriter, blocks: readonly MemoBlock[]): void {
  blocks.forEach((b, i) => {
    switch (b.kind) {
      case 'title':
        w.para(b.title, { size: 17, bold: true, color: ACCENT, gap: 2 });
        w.para(b.subtitle, { size: 13, bold: true, gap: 6 });
        w.para(b.note, { size: 8.5, color: MUTED, gap: 8 });
        return;
      case 'heading': {
        const h = HEADING[b.level];
        w.ensure(startHeight(w, blocks, i));
        w.y += h.before;
        if (b.level === 1) w.doc.outline.add(null, pdfText(b.text), { pageNumber: w.doc.getNumberOfPages() });
        w.para(b.text, { size: h.size, bold: true, color: b.level === 1 ? ACCENT : TEXT, gap: h.gap });
        return;
      }
      case 'para':
        if (isLeadIn(b)) w.ensure(startHeight(w, blocks, i));
        w.para(plainText(b.text), { ...paraOptions(b), href: soleLink(b.text) });
        return;
      case 'bullets':
        for (const item of b.items) w.para(`• ${plainText(item)}`, { indent: b.indent ? 10 : 0, gap: 1 });
        w.y += 3;
        return;
      case 'table':
        w.ensure(startHeight(w, blocks, i));
        drawTable(w, b);
        return;
      case 'summary':
        drawSummary(w, b);
        return;
      case 'signOff':
        w.ensure(signOffHeight(b));
        drawSignOff(w, b);
        return;
    }
  });
}
