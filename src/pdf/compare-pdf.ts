/**
 * The comparison of two evaluations as a PDF (issue #9 "Compare … Exportable (PDF …)", ADR 0096): the worded
 * comparison (src/shared/compare/words.ts) written top to bottom with the report PDF's writer, fonts and
 * footer — what each side is, the setting, the answers that differ, then each change in the result with its
 * rules and reasons. Loaded with import() on click, never in the first load. Deterministic for the same input
 * and `generatedAt`. Written in the translator's language, which must be the one the worded comparison is in.
 */
import { jsPDF } from 'jspdf';
import { tx } from '../engine/text';
import { LOCALES } from '../i18n/languages';
import type { Translator } from '../i18n/translator';
import { reasonLines, type WordedComparison } from '../shared/compare/words';
import { loadPdfFonts } from './browser';
import type { PdfFonts } from './build-report-pdf';
import { drawFooters } from './footer';
import { pdfText } from './text';
import { ACCENT, MUTED, PAGE_MARGIN, PDF_FONT_FAMILY, PdfWriter, RULE, WARNING } from './writer';

export const COMPARISON_DISCLAIMER = tx('compare.pdfDisclaimer');

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

export function buildComparisonPdf(
  c: WordedComparison,
  generatedAt: string,
  fonts: PdfFonts,
  tr: Translator,
): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('NotoSans-Regular.ttf', binaryString(fonts.regular));
  doc.addFont('NotoSans-Regular.ttf', PDF_FONT_FAMILY, 'normal');
  doc.addFileToVFS('NotoSans-Bold.ttf', binaryString(fonts.bold));
  doc.addFont('NotoSans-Bold.ttf', PDF_FONT_FAMILY, 'bold');
  doc.setDocumentProperties({
    title: pdfText(tr.t(tx('compare.pdfTitle', { a: c.labels.a, b: c.labels.b }))),
    subject: tr.t(tx('compare.pdfSubject')),
    creator: 'GPAI Navigator',
    keywords: tr.t(tx('compare.pdfKeywords')),
  });
  doc.setLanguage(LOCALES[tr.lang] as Parameters<jsPDF['setLanguage']>[0]);
  const w = new PdfWriter(doc);

  w.para(tr.t(tx('compare.pdfHeading')), { size: 18, bold: true, gap: 8 });
  w.para(tr.t(tx('compare.pdfSideA', { label: c.labels.a })), { bold: true, gap: 2 });
  w.para(tr.t(tx('compare.pdfSideB', { label: c.labels.b })), { bold: true, gap: 6 });
  for (const line of c.setting) w.para(line, { color: MUTED, gap: 2 });
  w.para(tr.t(tx('compare.pdfGenerated', { date: generatedAt })), { color: MUTED, gap: 8 });

  if (c.noDifference) {
    w.para(c.noDifference, { size: 12, bold: true, gap: 8 });
  } else {
    heading(
      w,
      tr.t(
        c.answers.length
          ? tx('compare.answersDiffer', { count: c.answers.length })
          : tx('compare.answersHeading'),
      ),
    );
    if (c.answers.length === 0) w.para(tr.t(tx('compare.noAnswerDiffers')), { gap: 6 });
    for (const x of c.answers) {
      w.ensure(48);
      w.para(tr.t(tx('compare.answerRow', { label: x.label, section: x.section })), { bold: true, gap: 1 });
      w.para(tr.t(tx('compare.sideA', { text: x.from })), { indent: 12, gap: 1 });
      w.para(tr.t(tx('compare.sideB', { text: x.to })), { indent: 12, gap: 6 });
    }
    if (c.results.length === 0) {
      heading(w, tr.t(tx('compare.resultHeading')));
      w.para(tr.t(tx('compare.sameResult')), { gap: 6 });
    }
    for (const section of c.results) {
      heading(w, section.title);
      for (const r of section.rows) {
        w.ensure(60);
        w.para(r.what, { bold: true, gap: 1 });
        w.para(tr.t(tx('compare.sideA', { text: r.from })), { indent: 12, gap: 1 });
        w.para(tr.t(tx('compare.sideB', { text: r.to })), { indent: 12, gap: 1 });
        w.para(tr.t(tx('compare.rulesLine', { rules: r.rules.join(', ') })), {
          indent: 12,
          color: ACCENT,
          gap: 1,
        });
        for (const why of r.because) {
          const [first, ...rest] = reasonLines(why, tr);
          w.para(tr.t(tx('compare.whyLine', { reason: first ?? '' })), { indent: 12, color: MUTED, gap: 1 });
          for (const line of rest) w.para(line, { indent: 24, color: MUTED, gap: 1 });
        }
        w.y += 6;
      }
    }
  }
  w.y += 6;
  w.para(tr.t(COMPARISON_DISCLAIMER), { size: 8.5, color: WARNING });
  drawFooters(w, [tr.t(tx('compare.pdfFooter')), c.labels.a, c.labels.b], '', tr);
  return new Uint8Array(w.doc.output('arraybuffer'));
}

/** "comparison-2026-11-30.pdf". */
export function comparisonPdfFileName(date: string): string {
  return `gpai-navigator-comparison-${date}.pdf`;
}

/** Browser entry: fetches the embedded fonts and builds the file. */
export async function createComparisonPdf(
  c: WordedComparison,
  generatedAt: string,
  tr: Translator,
): Promise<Uint8Array> {
  return buildComparisonPdf(c, generatedAt, await loadPdfFonts(), tr);
}
