/**
 * The PDF memo of a report, fit for a legal file (issues #5 and #10, ADRs 0021 and 0082): the memo model
 * (src/export/memo) laid out with jsPDF + jspdf-autotable and an embedded Noto Sans subset, so every character is
 * selectable, searchable and right ("Łódź AI"). Deterministic: the same input gives the same bytes; only
 * `generatedAt` (printed, and the PDF creation date) varies between runs. Loaded lazily — never in the first load.
 */
import { jsPDF } from 'jspdf';
import { exportFileName } from '../export/file-names';
import { buildMemo } from '../export/memo/build-memo';
import { GENERATED_AT, type MemoInput } from '../export/memo/input';
import type { Memo } from '../export/memo/model';
import { LOCALES } from '../i18n/languages';
import type { Translator } from '../i18n/translator';
import { sha256, toHex } from '../share/sha256';
import { encodeWtf8 } from '../share/wtf8';
import { drawFooters } from './footer';
import { renderBlocks } from './render';
import { pdfText } from './text';
import { PDF_FONT_FAMILY, PdfWriter } from './writer';

export type { AnswerInWords } from '../export/memo/input';
export { generatedAtWords } from '../export/memo/input';
export { PDF_FONT_FAMILY } from './writer';

export type ReportPdfInput = MemoInput;

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export function reportPdfFileName(modelName: string | undefined, asOf: string, tr: Translator): string {
  return exportFileName('report', modelName, asOf, 'pdf', tr);
}

/** The memo in the input's language (`input.translator`), which also sets the PDF's document language. */
export function buildReportPdf(input: ReportPdfInput, fonts: PdfFonts): Uint8Array {
  const memo = buildMemo(input);
  const w = new PdfWriter(createDocument(input, memo, fonts));
  renderBlocks(w, memo.blocks);
  drawFooters(w, memo.footer, memo.modelName, input.translator);
  return new Uint8Array(w.doc.output('arraybuffer'));
}

/** PDF date string D:YYYYMMDDHHmmSS+HH'mm' for the document's creation date. */
function pdfDate(generatedAt: string): string | null {
  const m = GENERATED_AT.exec(generatedAt);
  if (!m) return null;
  const zone = m[7] === 'Z' ? "+00'00'" : (m[7] as string).replace(/^([+-]\d{2}):?(\d{2})$/, "$1'$2'");
  return `D:${m[1]}${m[2]}${m[3]}${m[4]}${m[5]}${m[6] ?? '00'}${zone}`;
}

function binaryString(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

/** The document with its fonts and properties: title, subject, creation date, file id, language. */
function createDocument(input: ReportPdfInput, memo: Memo, fonts: PdfFonts): jsPDF {
  const { report, translator: tr } = input;
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('NotoSans-Regular.ttf', binaryString(fonts.regular));
  doc.addFont('NotoSans-Regular.ttf', PDF_FONT_FAMILY, 'normal');
  doc.addFileToVFS('NotoSans-Bold.ttf', binaryString(fonts.bold));
  doc.addFont('NotoSans-Bold.ttf', PDF_FONT_FAMILY, 'bold');
  doc.setDocumentProperties({
    title: pdfText(memo.title),
    subject: pdfText(tr.m('documents.pdfSubject', { date: { date: report.asOf }, hash: input.answersHash })),
    creator: 'GPAI Navigator',
    keywords: pdfText(tr.m('documents.pdfKeywords')),
  });
  const created = pdfDate(input.generatedAt);
  try {
    if (created) doc.setCreationDate(created);
  } catch {
    // jsPDF only accepts years 1970–2037 here; outside them the printed "Generated" line still says when.
  }
  doc.setFileId(
    toHex(
      sha256(encodeWtf8(`${input.answersHash}|${report.asOf}|${report.rulesVersion}|${input.generatedAt}`)),
    ).slice(0, 32),
  );
  doc.setLanguage(LOCALES[tr.lang] as Parameters<jsPDF['setLanguage']>[0]);
  return doc;
}
