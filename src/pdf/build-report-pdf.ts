/**
 * The PDF summary of a report, fit for a legal file (issue #5, ADR 0021): jsPDF + jspdf-autotable with an
 * embedded Noto Sans subset so every character is selectable, searchable and right ("Łódź AI"). Deterministic:
 * the same input gives the same bytes; only `generatedAt` (printed, and the PDF creation date) varies between
 * runs. Loaded lazily — never part of the first load.
 */
import { jsPDF } from 'jspdf';
import { autoTable, type RowInput } from 'jspdf-autotable';
import type { Answers } from '../engine/answers';
import { formatDate } from '../engine/dates';
import type { Citation, Obligation, Report, Verdict } from '../engine/report';
import { RULES_SOURCES_AS_OF } from '../engine/rules-version';
import { exportFileName } from '../export/file-names';
import { periodLines, periodMovedWords, prepareFromWords, stepTakenWords } from '../export/period-words';
import {
  daysWords,
  obligationDatesWords,
  obligationStatusWords,
  ROLE_WORDS,
  VERDICT_ORDER,
  VERDICT_TITLES,
} from '../export/words';
import { sha256, toHex } from '../share/sha256';
import { encodeWtf8 } from '../share/wtf8';
import { pdfText } from './text';

export interface AnswerInWords {
  question: string;
  answer: string;
  /** Screen or topic the answer belongs to; consecutive rows with the same section are grouped. */
  section?: string;
}

export interface ReportPdfInput {
  report: Report;
  answers: Answers;
  answersInWords: AnswerInWords[];
  shareLink: string;
  /** ISO 8601 date-time with offset, e.g. "2026-11-25T14:03:27+01:00" (the only non-deterministic input). */
  generatedAt: string;
  answersHash: string;
}

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export const PDF_FONT_FAMILY = 'NotoSans';

const PAGE_MARGIN = 50;
const FOOTER_SPACE = 46;
const TEXT: [number, number, number] = [17, 24, 39];
const MUTED: [number, number, number] = [75, 85, 99];
const ACCENT: [number, number, number] = [30, 64, 120];
const HEAD_FILL: [number, number, number] = [232, 237, 245];

export const DISCLAIMER =
  'Not legal advice. This summary applies the EU AI Act (Regulation (EU) 2024/1689 as amended by Regulation (EU) 2026/1744) and the Commission guidelines for general-purpose AI models to the facts entered, as read by GPAI Navigator. The guidelines are not binding; only the Court of Justice of the European Union interprets the AI Act authoritatively. Check the result with a qualified lawyer before relying on it, and re-run the assessment when the facts or the rules change.';

export function reportPdfFileName(modelName: string | undefined, asOf: string): string {
  return exportFileName('report', modelName, asOf, 'pdf');
}

const GENERATED_AT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** "25 November 2026, 14:03 (UTC+01:00)" */
export function generatedAtWords(generatedAt: string): string {
  const m = GENERATED_AT.exec(generatedAt);
  if (!m) return generatedAt;
  const zone = m[7] === 'Z' ? 'UTC' : `UTC${(m[7] as string).replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`;
  return `${formatDate(`${m[1]}-${m[2]}-${m[3]}`)}, ${m[4]}:${m[5]} (${zone})`;
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

const refs = (citations: readonly Citation[]) => citations.map((c) => c.ref).join('; ');

type Rgb = [number, number, number];

interface ParaOptions {
  size?: number;
  bold?: boolean;
  color?: Rgb;
  gap?: number;
  indent?: number;
}

/** Writes top to bottom: paragraphs, headings, bullets and tables, adding pages as the text flows. */
class PdfWriter {
  /** The top of the next line, in points from the top of the page. */
  y = PAGE_MARGIN;
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly width: number;
  private readonly bottom: number;

  constructor(readonly doc: jsPDF) {
    this.pageWidth = doc.internal.pageSize.getWidth();
    this.pageHeight = doc.internal.pageSize.getHeight();
    this.width = this.pageWidth - 2 * PAGE_MARGIN;
    this.bottom = this.pageHeight - FOOTER_SPACE - 10;
  }

  ensure(h: number): void {
    if (this.y + h > this.bottom) {
      this.doc.addPage();
      this.y = PAGE_MARGIN;
    }
  }

  para(text: string, o: ParaOptions = {}): void {
    const size = o.size ?? 9.5;
    const indent = o.indent ?? 0;
    this.doc.setFont(PDF_FONT_FAMILY, o.bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.setTextColor(...(o.color ?? TEXT));
    const lineHeight = size * 1.35;
    for (const line of this.doc.splitTextToSize(pdfText(text), this.width - indent) as string[]) {
      this.ensure(lineHeight);
      this.doc.text(line, PAGE_MARGIN + indent, this.y, { baseline: 'top' });
      this.y += lineHeight;
    }
    this.y += o.gap ?? 4;
  }

  heading(text: string, level: 1 | 2 = 1): void {
    const size = level === 1 ? 13 : 10.5;
    this.ensure(size * 4); // keep a heading with the first lines that follow it
    this.y += level === 1 ? 10 : 4;
    if (level === 1) this.doc.outline.add(null, pdfText(text), { pageNumber: this.doc.getNumberOfPages() });
    this.para(text, { size, bold: true, color: level === 1 ? ACCENT : TEXT, gap: level === 1 ? 6 : 3 });
  }

  bullets(items: readonly string[], indent = 10): void {
    for (const item of items) this.para(`• ${item}`, { indent, gap: 1 });
    this.y += 3;
  }

  table(head: string[], body: RowInput[], columnStyles: Record<number, object> = {}, plain = false): void {
    if (head.length) this.ensure(70); // never a header alone at the foot of a page
    autoTable(this.doc, {
      startY: this.y,
      head: head.length ? [head.map(pdfText)] : undefined,
      body: body.map(pdfRow) as RowInput[],
      theme: plain ? 'plain' : 'grid',
      margin: { left: PAGE_MARGIN, right: PAGE_MARGIN, top: PAGE_MARGIN, bottom: FOOTER_SPACE + 10 },
      styles: {
        font: PDF_FONT_FAMILY,
        fontStyle: 'normal',
        fontSize: 8.5,
        cellPadding: plain ? { top: 2, bottom: 2, left: 0, right: 8 } : 4,
        overflow: 'linebreak',
        textColor: TEXT,
        lineColor: [203, 213, 225],
        lineWidth: plain ? 0 : 0.5,
        valign: 'top',
      },
      headStyles: { font: PDF_FONT_FAMILY, fontStyle: 'bold', fillColor: HEAD_FILL, textColor: TEXT },
      columnStyles,
    });
    this.y = this.lastTableEnd() + 12;
  }

  lastTableEnd(): number {
    return (this.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY;
  }
}

/** Every text cell through pdfText, plain or as a cell's content. */
function pdfRow(row: RowInput): unknown[] {
  return (row as unknown[]).map((cell) =>
    typeof cell === 'string'
      ? pdfText(cell)
      : cell && typeof cell === 'object' && 'content' in cell
        ? { ...cell, content: pdfText(String((cell as { content: unknown }).content)) }
        : cell,
  );
}

const TITLE = 'EU AI Act assessment of a general-purpose AI model';

export function buildReportPdf(input: ReportPdfInput, fonts: PdfFonts): Uint8Array {
  const { report } = input;
  const modelName = input.answers.modelName?.trim() || '';
  const w = new PdfWriter(createDocument(input, fonts, modelName));
  titleSection(w, input, modelName);
  verdictsSection(w, report);
  obligationsSection(w, report);
  notApplicableSection(w, report);
  signpostsSection(w, report);
  timelineSection(w, report);
  enforcementSection(w, report);
  warningsSection(w, report);
  openQuestionsSection(w, report);
  ambiguitiesSection(w, report);
  reasoningSection(w, report);
  answersSection(w, input);
  signOffSection(w);
  w.heading('Disclaimer', 2);
  w.para(DISCLAIMER, { size: 8.5, color: MUTED });
  footers(w, input, modelName);
  return new Uint8Array(w.doc.output('arraybuffer'));
}

/** The document with its fonts and properties: title, subject, creation date, file id, language. */
function createDocument(input: ReportPdfInput, fonts: PdfFonts, modelName: string): jsPDF {
  const { report } = input;
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('NotoSans-Regular.ttf', binaryString(fonts.regular));
  doc.addFont('NotoSans-Regular.ttf', PDF_FONT_FAMILY, 'normal');
  doc.addFileToVFS('NotoSans-Bold.ttf', binaryString(fonts.bold));
  doc.addFont('NotoSans-Bold.ttf', PDF_FONT_FAMILY, 'bold');
  doc.setDocumentProperties({
    title: pdfText(modelName ? `${TITLE}: ${modelName}` : TITLE),
    subject: pdfText(
      `GPAI Navigator report, evaluated as of ${formatDate(report.asOf)}, answers ${input.answersHash}`,
    ),
    creator: 'GPAI Navigator',
    keywords: 'EU AI Act, general-purpose AI model, GPAI, Art. 53, Art. 55',
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
  doc.setLanguage('en-GB');
  return doc;
}

// ── Title and identification ─────────────────────────────────────────────────────────────────────────

function titleSection(w: PdfWriter, input: ReportPdfInput, modelName: string): void {
  const { report } = input;
  w.para(TITLE, { size: 17, bold: true, color: ACCENT, gap: 2 });
  w.para(modelName || 'Model name not given', { size: 13, bold: true, gap: 6 });
  w.para('Not legal advice — see the disclaimer at the end.', { size: 8.5, color: MUTED, gap: 8 });
  w.table(
    [],
    [
      ['Generated', generatedAtWords(input.generatedAt)],
      ['Evaluated as of', formatDate(report.asOf)],
      ['Rules version', report.rulesVersion],
      ['Legal sources as of', formatDate(RULES_SOURCES_AS_OF)],
      ['Answers hash', input.answersHash],
      ['Share link', input.shareLink],
    ],
    { 0: { fontStyle: 'bold', cellWidth: 110 } },
    true,
  );
}

// ── Verdicts ─────────────────────────────────────────────────────────────────────────────────────────

function verdictsSection(w: PdfWriter, report: Report): void {
  w.heading('Verdicts');
  w.table(
    ['Question', 'Answer', 'Why'],
    VERDICT_ORDER.map((k) => [VERDICT_TITLES[k], report.verdicts[k].label, report.verdicts[k].summary]),
    { 0: { fontStyle: 'bold', cellWidth: 130 }, 1: { cellWidth: 80 } },
  );
  w.para(`Role: ${ROLE_WORDS[report.role]}.`, { gap: 6 });
  for (const key of VERDICT_ORDER) verdictDetails(w, VERDICT_TITLES[key], report.verdicts[key]);
}

function verdictDetails(w: PdfWriter, title: string, v: Verdict): void {
  w.heading(`${title} — ${v.label}`, 2);
  w.para(v.summary);
  if (v.decisiveAnswers.length)
    w.para(`Based on: ${v.decisiveAnswers.map((d) => `${d.label}: ${d.value}`).join('; ')}.`, {
      color: MUTED,
    });
  w.para(`Rules: ${v.rules.join(', ') || '—'}. Sources: ${refs(v.citations) || '—'}.`, { color: MUTED });
  if (v.ambiguous.length)
    w.para(
      `Ambiguous (${v.ambiguous.join(', ')}): the law is unclear here; the reading chosen is given under "Ambiguities".`,
      {
        bold: true,
      },
    );
}

// ── Obligations ──────────────────────────────────────────────────────────────────────────────────────

function obligationsSection(w: PdfWriter, report: Report): void {
  w.heading('Obligations');
  if (report.obligations.length === 0) {
    w.para('No GPAI model obligations apply on these answers.');
    return;
  }
  w.para(`Status as of ${formatDate(report.asOf)}.`, { color: MUTED });
  w.table(
    ['Article', 'Obligation', 'Dates', 'Status', 'Notes'],
    report.obligations.map((o) => [
      o.article,
      o.title,
      obligationDatesWords(o),
      obligationStatusWords(o),
      obligationNotes(o),
    ]),
    { 0: { fontStyle: 'bold', cellWidth: 70 }, 2: { cellWidth: 95 }, 3: { cellWidth: 70 } },
  );
  deadlines(w, report);
  for (const o of report.obligations) obligationDetails(w, o);
}

function obligationNotes(o: Obligation): string {
  return [
    o.period && periodMovedWords(o.period)
      ? `Last day moved from ${formatDate(o.period.nominal)} to the next working day (R87)`
      : null,
    o.scope,
    o.exempted ? `Exempted: ${o.exemptionReason ?? ''}` : null,
    o.codeOfPracticeChapter ? `Code of Practice: ${o.codeOfPracticeChapter}` : null,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The Art. 52(1) notification deadline with how its period was counted, and the compliance deadline. */
function deadlines(w: PdfWriter, report: Report): void {
  if (report.notificationDeadline) {
    const period = report.obligations.find((o) => o.id === 'art52_1')?.period ?? null;
    w.para(
      `Notification to the Commission (Art. 52(1)) due ${period?.bound === 'atLatest' ? 'at the latest ' : ''}by ${formatDate(report.notificationDeadline)}.`,
      { bold: true, gap: period ? 2 : 4 },
    );
    if (period) for (const line of periodLines(period)) w.para(line, { color: MUTED, gap: 2 });
    w.y += period ? 2 : 0;
  }
  if (report.complianceDeadline)
    w.para(`Compliance deadline for the provider obligations: ${formatDate(report.complianceDeadline)}.`, {
      bold: true,
      gap: 8,
    });
}

function obligationDetails(w: PdfWriter, o: Obligation): void {
  w.heading(`${o.article} — ${o.title}`, 2);
  w.para(o.explanation);
  if (o.period) for (const line of periodLines(o.period)) w.para(line);
  const prepare = prepareFromWords(o);
  if (prepare) w.para(prepare);
  const step = stepTakenWords(o);
  if (step) w.para(`Steps already taken: ${step}`);
  if (o.scope) w.para(`Scope: ${o.scope}`);
  if (o.exempted) w.para(`Exempted: ${o.exemptionReason ?? ''}`, { bold: true });
  if (o.produce.length) {
    w.para('What to produce:', { bold: true, gap: 2 });
    w.bullets(o.produce);
  }
  w.para(
    `${obligationDatesWords(o)}. ${obligationStatusWords(o)}. Rules: ${o.rules.join(', ')}. Sources: ${refs(o.citations)}.`,
    {
      color: MUTED,
    },
  );
}

function notApplicableSection(w: PdfWriter, report: Report): void {
  if (!report.notApplicable.length) return;
  w.heading('Obligations that do not apply', 2);
  w.table(
    ['Article', 'Obligation', 'Why not'],
    report.notApplicable.map((n) => [n.article, n.title, `${n.reason} (${n.rules.join(', ')})`]),
    { 0: { fontStyle: 'bold', cellWidth: 70 }, 1: { cellWidth: 150 } },
  );
}

// ── AI-system duties not assessed (R93) ──────────────────────────────────────────────────────────────

function signpostsSection(w: PdfWriter, report: Report): void {
  if (!report.signposts.length) return;
  w.heading('AI-system duties not assessed by this tool');
  w.para(
    'You build or run an AI system on a general-purpose AI model. These duties of AI-system providers and deployers may apply to you. This tool does not assess them: check each one against your system.',
  );
  w.table(
    ['Article', 'Duty', 'Applies from', 'Status'],
    report.signposts.map((sp) => [
      sp.article,
      `${sp.title}\n${sp.text}\nSources: ${refs(sp.citations)} (${sp.rules.join(', ')})`,
      sp.appliesFrom ? formatDate(sp.appliesFrom) : '—',
      'Not assessed',
    ]),
    {
      0: { fontStyle: 'bold', cellWidth: 70 },
      2: { cellWidth: 80 },
      3: { cellWidth: 70, fontStyle: 'bold' },
    },
  );
}

// ── Timeline ─────────────────────────────────────────────────────────────────────────────────────────

function timelineSection(w: PdfWriter, report: Report): void {
  w.heading('Timeline');
  w.table(
    ['Date', 'Milestone', `As of ${formatDate(report.asOf)}`, 'Source'],
    report.timeline.map((m) => [
      `${m.period?.bound === 'atLatest' ? 'At the latest ' : ''}${formatDate(m.date)}`,
      [m.label, m.description, ...(m.period ? periodLines(m.period) : [])].join('\n'),
      daysWords(m.daysFromAsOf),
      [refs(m.citations), m.rules.join(', ')].filter(Boolean).join('\n'),
    ]),
    { 0: { cellWidth: 80, fontStyle: 'bold' }, 2: { cellWidth: 70 }, 3: { cellWidth: 90 } },
  );
}

// ── Enforcement (R74, R94) ───────────────────────────────────────────────────────────────────────────

function enforcementSection(w: PdfWriter, report: Report): void {
  const enforcement = report.enforcement;
  if (!enforcement) return;
  w.heading('Enforcement and fines');
  w.para(
    `From ${formatDate(enforcement.appliesFrom)} the Commission enforces the obligations of providers of general-purpose AI models. It can:`,
  );
  w.bullets(enforcement.powers.map((p) => `${p.article}: ${p.text}`));
  w.para('It may fine a provider (Art. 101(1)) for:', { gap: 2 });
  w.bullets(enforcement.fineGrounds.map((g) => `${g.point}: ${g.text}`));
  w.para(`Maximum fine: ${enforcement.ceiling}`, { bold: true });
  w.para(`Rules: ${enforcement.rules.join(', ')}. Sources: ${refs(enforcement.citations)}.`, {
    color: MUTED,
  });
}

// ── What would change, warnings ──────────────────────────────────────────────────────────────────────

function warningsSection(w: PdfWriter, report: Report): void {
  if (report.warnings.length) {
    w.heading('Warnings');
    w.bullets(
      report.warnings.map((x) => `${x.message} (${x.rules.join(', ')})`),
      0,
    );
  }
  if (report.counterfactuals.length) {
    w.heading('What would change the result');
    w.bullets(
      report.counterfactuals.map((c) => `${c.change} ${c.effect} (${c.rules.join(', ')})`),
      0,
    );
  }
}

// ── Open questions and ambiguities ───────────────────────────────────────────────────────────────────

function openQuestionsSection(w: PdfWriter, report: Report): void {
  w.heading('Open questions');
  if (report.openQuestions.length === 0) w.para('None: every question that matters was answered.');
  else
    w.table(
      ['Question', 'Ask', 'Assumed meanwhile'],
      report.openQuestions.map((q) => [q.question, q.askWhom, `${q.assumption} (${q.rules.join(', ')})`]),
      { 1: { cellWidth: 100 } },
    );
}

function ambiguitiesSection(w: PdfWriter, report: Report): void {
  w.heading('Ambiguities');
  if (report.ambiguities.length === 0) w.para('No ambiguous edge case was met on these answers.');
  else
    w.table(
      ['Edge case', 'Reading chosen', 'Other reading'],
      report.ambiguities.map((a) => [
        `${a.edgeCase}: ${a.title}\n${refs(a.citations)}`,
        a.readingChosen,
        a.alternative,
      ]),
      { 0: { cellWidth: 140 } },
    );
}

// ── Reasoning ────────────────────────────────────────────────────────────────────────────────────────

function reasoningSection(w: PdfWriter, report: Report): void {
  if (!report.trace.length) return;
  w.heading('Reasoning step by step');
  w.table(
    ['Question', 'Answer', 'Rule', 'Outcome'],
    report.trace.map((t) => [t.question, t.answer, `${t.rule}\n${refs(t.citations)}`, t.outcome]),
    { 1: { cellWidth: 95 }, 2: { cellWidth: 70 } },
  );
}

// ── Answers ──────────────────────────────────────────────────────────────────────────────────────────

function answersSection(w: PdfWriter, input: ReportPdfInput): void {
  w.heading('Your answers');
  const answerRows = answerTableRows(input.answersInWords);
  if (answerRows.length) w.table(['Question', 'Answer'], answerRows, { 0: { cellWidth: 200 } });
  else w.para('No answers were given.');

  w.heading('Share link', 2);
  w.para(input.shareLink, { color: ACCENT });
  w.para(
    'The link carries the answers (not the result) after the "#", which browsers do not send to any server. Opening it recomputes this report; if the rules have changed since, the report says so.',
    { color: MUTED, size: 8.5 },
  );
}

/** Question and answer rows, with a section row where the section changes. */
function answerTableRows(answers: readonly AnswerInWords[]): RowInput[] {
  const rows: RowInput[] = [];
  let section: string | undefined;
  for (const row of answers) {
    if (row.section && row.section !== section) {
      section = row.section;
      rows.push([
        { content: row.section, colSpan: 2, styles: { fontStyle: 'bold', fillColor: [245, 247, 250] } },
      ]);
    }
    rows.push([row.question, row.answer]);
  }
  return rows;
}

// ── Sign-off ─────────────────────────────────────────────────────────────────────────────────────────

function signOffSection(w: PdfWriter): void {
  w.heading('Sign-off');
  autoTable(w.doc, {
    startY: w.y,
    head: [['', 'Name and role', 'Signature', 'Date']],
    body: [
      ['Prepared by', '', '', ''],
      ['Reviewed by', '', '', ''],
    ],
    theme: 'grid',
    margin: { left: PAGE_MARGIN, right: PAGE_MARGIN, top: PAGE_MARGIN, bottom: FOOTER_SPACE + 10 },
    styles: {
      font: PDF_FONT_FAMILY,
      fontSize: 9,
      minCellHeight: 34,
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
    columnStyles: { 0: { fontStyle: 'bold', cellWidth: 80 }, 3: { cellWidth: 90 } },
    rowPageBreak: 'avoid',
  });
  w.y = w.lastTableEnd() + 14;
}

// ── Footer on every page: "Page n of N" ──────────────────────────────────────────────────────────────

function footers(w: PdfWriter, input: ReportPdfInput, modelName: string): void {
  const { doc, pageWidth, pageHeight } = w;
  const pages = doc.getNumberOfPages();
  const footerLeft = pdfText(
    [
      'GPAI Navigator',
      modelName,
      `answers ${input.answersHash}`,
      `rules ${input.report.rulesVersion}`,
      `as of ${formatDate(input.report.asOf)}`,
      'not legal advice',
    ]
      .filter(Boolean)
      .join(' · '),
  );
  for (let p = 1; p <= pages; p++) {
    doc.setPage(p);
    doc.setFont(PDF_FONT_FAMILY, 'normal');
    doc.setFontSize(7.5);
    doc.setTextColor(...MUTED);
    doc.setDrawColor(203, 213, 225);
    doc.setLineWidth(0.5);
    doc.line(PAGE_MARGIN, pageHeight - FOOTER_SPACE, pageWidth - PAGE_MARGIN, pageHeight - FOOTER_SPACE);
    const right = `Page ${p} of ${pages}`;
    const left = doc.splitTextToSize(footerLeft, w.width - doc.getTextWidth(right) - 16)[0] as string;
    doc.text(left, PAGE_MARGIN, pageHeight - FOOTER_SPACE + 8, { baseline: 'top' });
    doc.text(right, pageWidth - PAGE_MARGIN, pageHeight - FOOTER_SPACE + 8, {
      baseline: 'top',
      align: 'right',
    });
  }
}
