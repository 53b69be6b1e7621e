/**
 * The comparison of two evaluations as a PDF (issue #9 "Compare … Exportable (PDF …)", ADR 0096): the worded
 * comparison (src/shared/compare/words.ts) written top to bottom with the report PDF's writer, fonts and
 * footer — what each side is, the setting, the answers that differ, then each change in the result with its
 * rules and reasons. Loaded with import() on click, never in the first load. Deterministic for the same input
 * and `generatedAt`.
 */
import { jsPDF } from 'jspdf';
import { reasonLines, type WordedComparison } from '../shared/compare/words';
import { loadPdfFonts } from './browser';
import type { PdfFonts } from './build-report-pdf';
import { drawFooters } from './footer';
import { pdfText } from './text';
import { ACCENT, MUTED, PAGE_MARGIN, PDF_FONT_FAMILY, PdfWriter, RULE, WARNING } from './writer';

export const COMPARISON_DISCLAIMER =
  'Not legal advice. A comparison of two evaluations by GPAI Navigator under the rules named above; each difference is explained by the rules of the reference (RULES.md) that govern it.';

function binaryString(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

function heading(w: PdfWriter, text: string): void {
  w.ensure(40);
  w.y += 6;
  w.para(text, { size: 13, bold: true, color: ACCENT, gap: 4 });
  w.doc.setDrawColor(...RULE);
  w.doc.line(PAGE_MARGIN, w.y, PAGE_MARGIN + w.width, w.y);
  w.y += 6;
}

export function buildComparisonPdf(c: WordedComparison, generatedAt: string, fonts: PdfFonts): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('NotoSans-Regular.ttf', binaryString(fonts.regular));
  doc.addFont('NotoSans-Regular.ttf', PDF_FONT_FAMILY, 'normal');
  doc.addFileToVFS('NotoSans-Bold.ttf', binaryString(fonts.bold));
  doc.addFont('NotoSans-Bold.ttf', PDF_FONT_FAMILY, 'bold');
  doc.setDocumentProperties({
    title: pdfText(`Comparison: ${c.labels.a} and ${c.labels.b}`),
    subject: 'GPAI Navigator comparison of two evaluations',
    creator: 'GPAI Navigator',
    keywords: 'EU AI Act, general-purpose AI model, GPAI, comparison',
  });
  doc.setLanguage('en-GB');
  const w = new PdfWriter(doc);

  w.para('Comparison of two evaluations', { size: 18, bold: true, gap: 8 });
  w.para(`A: ${c.labels.a}`, { bold: true, gap: 2 });
  w.para(`B: ${c.labels.b}`, { bold: true, gap: 6 });
  for (const line of c.setting) w.para(line, { color: MUTED, gap: 2 });
  w.para(`Generated ${generatedAt}.`, { color: MUTED, gap: 8 });

  if (c.noDifference) {
    w.para(c.noDifference, { size: 12, bold: true, gap: 8 });
  } else {
    heading(w, c.answers.length ? `Answers that differ (${c.answers.length})` : 'Answers');
    if (c.answers.length === 0) w.para('No answer differs.', { gap: 6 });
    for (const x of c.answers) {
      w.ensure(48);
      w.para(`${x.label} (${x.section})`, { bold: true, gap: 1 });
      w.para(`A: ${x.from}`, { indent: 12, gap: 1 });
      w.para(`B: ${x.to}`, { indent: 12, gap: 6 });
    }
    if (c.results.length === 0) {
      heading(w, 'Result');
      w.para('The result is the same: verdicts, role, obligations and dates do not differ.', { gap: 6 });
    }
    for (const section of c.results) {
      heading(
        w,
        section.heading === 'Role' ? 'Role' : `${section.heading} that differ (${section.rows.length})`,
      );
      for (const r of section.rows) {
        w.ensure(60);
        w.para(r.what, { bold: true, gap: 1 });
        w.para(`A: ${r.from}`, { indent: 12, gap: 1 });
        w.para(`B: ${r.to}`, { indent: 12, gap: 1 });
        w.para(`Rules: ${r.rules.join(', ')}`, { indent: 12, color: ACCENT, gap: 1 });
        for (const why of r.because) {
          const [first, ...rest] = reasonLines(why);
          w.para(`Why: ${first}`, { indent: 12, color: MUTED, gap: 1 });
          for (const line of rest) w.para(line, { indent: 24, color: MUTED, gap: 1 });
        }
        w.y += 6;
      }
    }
  }
  w.y += 6;
  w.para(COMPARISON_DISCLAIMER, { size: 8.5, color: WARNING });
  drawFooters(w, ['GPAI Navigator comparison', c.labels.a, c.labels.b], '');
  return new Uint8Array(w.doc.output('arraybuffer'));
}

/** "comparison-2026-11-30.pdf". */
export function comparisonPdfFileName(date: string): string {
  return `gpai-navigator-comparison-${date}.pdf`;
}

/** Browser entry: fetches the embedded fonts and builds the file. */
export async function createComparisonPdf(c: WordedComparison, generatedAt: string): Promise<Uint8Array> {
  return buildComparisonPdf(c, generatedAt, await loadPdfFonts());
}
