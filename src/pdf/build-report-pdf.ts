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
import type { Citation, Report } from '../engine/report';
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

export function buildReportPdf(input: ReportPdfInput, fonts: PdfFonts): Uint8Array {
  const { report, answers } = input;
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('NotoSans-Regular.ttf', binaryString(fonts.regular));
  doc.addFont('NotoSans-Regular.ttf', PDF_FONT_FAMILY, 'normal');
  doc.addFileToVFS('NotoSans-Bold.ttf', binaryString(fonts.bold));
  doc.addFont('NotoSans-Bold.ttf', PDF_FONT_FAMILY, 'bold');

  const modelName = answers.modelName?.trim() || '';
  const title = 'EU AI Act assessment of a general-purpose AI model';
  doc.setDocumentProperties({
    title: pdfText(modelName ? `${title}: ${modelName}` : title),
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

  const pageWidth = doc.internal.pageSize.getWidth();
  const pageHeight = doc.internal.pageSize.getHeight();
  const width = pageWidth - 2 * PAGE_MARGIN;
  const bottom = pageHeight - FOOTER_SPACE - 10;
  let y = PAGE_MARGIN;

  const ensure = (h: number) => {
    if (y + h > bottom) {
      doc.addPage();
      y = PAGE_MARGIN;
    }
  };

  const para = (
    text: string,
    o: {
      size?: number;
      bold?: boolean;
      color?: [number, number, number];
      gap?: number;
      indent?: number;
    } = {},
  ) => {
    const size = o.size ?? 9.5;
    const indent = o.indent ?? 0;
    doc.setFont(PDF_FONT_FAMILY, o.bold ? 'bold' : 'normal');
    doc.setFontSize(size);
    doc.setTextColor(...(o.color ?? TEXT));
    const lineHeight = size * 1.35;
    for (const line of doc.splitTextToSize(pdfText(text), width - indent) as string[]) {
      ensure(lineHeight);
      doc.text(line, PAGE_MARGIN + indent, y, { baseline: 'top' });
      y += lineHeight;
    }
    y += o.gap ?? 4;
  };

  const heading = (text: string, level: 1 | 2 = 1) => {
    const size = level === 1 ? 13 : 10.5;
    ensure(size * 4); // keep a heading with the first lines that follow it
    y += level === 1 ? 10 : 4;
    if (level === 1) doc.outline.add(null, pdfText(text), { pageNumber: doc.getNumberOfPages() });
    para(text, { size, bold: true, color: level === 1 ? ACCENT : TEXT, gap: level === 1 ? 6 : 3 });
  };

  const bullets = (items: readonly string[], indent = 10) => {
    for (const item of items) para(`• ${item}`, { indent, gap: 1 });
    y += 3;
  };

  const table = (
    head: string[],
    body: RowInput[],
    columnStyles: Record<number, object> = {},
    plain = false,
  ) => {
    if (head.length) ensure(70); // never a header alone at the foot of a page
    autoTable(doc, {
      startY: y,
      head: head.length ? [head.map(pdfText)] : undefined,
      body: body.map((row) =>
        (row as unknown[]).map((cell) =>
          typeof cell === 'string'
            ? pdfText(cell)
            : cell && typeof cell === 'object' && 'content' in cell
              ? { ...cell, content: pdfText(String((cell as { content: unknown }).content)) }
              : cell,
        ),
      ) as RowInput[],
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
    y = (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 12;
  };

  // ── Title and identification ─────────────────────────────────────────────────────────────────────────
  para(title, { size: 17, bold: true, color: ACCENT, gap: 2 });
  para(modelName || 'Model name not given', { size: 13, bold: true, gap: 6 });
  para('Not legal advice — see the disclaimer at the end.', { size: 8.5, color: MUTED, gap: 8 });
  table(
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

  // ── Verdicts ─────────────────────────────────────────────────────────────────────────────────────────
  heading('Verdicts');
  table(
    ['Question', 'Answer', 'Why'],
    VERDICT_ORDER.map((k) => [VERDICT_TITLES[k], report.verdicts[k].label, report.verdicts[k].summary]),
    { 0: { fontStyle: 'bold', cellWidth: 130 }, 1: { cellWidth: 80 } },
  );
  para(`Role: ${ROLE_WORDS[report.role]}.`, { gap: 6 });
  for (const key of VERDICT_ORDER) {
    const v = report.verdicts[key];
    heading(`${VERDICT_TITLES[key]} — ${v.label}`, 2);
    para(v.summary);
    if (v.decisiveAnswers.length)
      para(`Based on: ${v.decisiveAnswers.map((d) => `${d.label}: ${d.value}`).join('; ')}.`, {
        color: MUTED,
      });
    para(`Rules: ${v.rules.join(', ') || '—'}. Sources: ${refs(v.citations) || '—'}.`, { color: MUTED });
    if (v.ambiguous.length)
      para(
        `Ambiguous (${v.ambiguous.join(', ')}): the law is unclear here; the reading chosen is given under "Ambiguities".`,
        {
          bold: true,
        },
      );
  }

  // ── Obligations ──────────────────────────────────────────────────────────────────────────────────────
  heading('Obligations');
  if (report.obligations.length === 0) para('No GPAI model obligations apply on these answers.');
  else {
    para(`Status as of ${formatDate(report.asOf)}.`, { color: MUTED });
    table(
      ['Article', 'Obligation', 'Dates', 'Status', 'Notes'],
      report.obligations.map((o) => [
        o.article,
        o.title,
        obligationDatesWords(o),
        obligationStatusWords(o),
        [
          o.period && periodMovedWords(o.period)
            ? `Last day moved from ${formatDate(o.period.nominal)} to the next working day (R87)`
            : null,
          o.scope,
          o.exempted ? `Exempted: ${o.exemptionReason ?? ''}` : null,
          o.codeOfPracticeChapter ? `Code of Practice: ${o.codeOfPracticeChapter}` : null,
        ]
          .filter(Boolean)
          .join('\n'),
      ]),
      { 0: { fontStyle: 'bold', cellWidth: 70 }, 2: { cellWidth: 95 }, 3: { cellWidth: 70 } },
    );
    if (report.notificationDeadline) {
      const period = report.obligations.find((o) => o.id === 'art52_1')?.period ?? null;
      para(
        `Notification to the Commission (Art. 52(1)) due ${period?.bound === 'atLatest' ? 'at the latest ' : ''}by ${formatDate(report.notificationDeadline)}.`,
        { bold: true, gap: period ? 2 : 4 },
      );
      if (period) for (const line of periodLines(period)) para(line, { color: MUTED, gap: 2 });
      y += period ? 2 : 0;
    }
    if (report.complianceDeadline)
      para(`Compliance deadline for the provider obligations: ${formatDate(report.complianceDeadline)}.`, {
        bold: true,
        gap: 8,
      });
    for (const o of report.obligations) {
      heading(`${o.article} — ${o.title}`, 2);
      para(o.explanation);
      if (o.period) for (const line of periodLines(o.period)) para(line);
      const prepare = prepareFromWords(o);
      if (prepare) para(prepare);
      const step = stepTakenWords(o);
      if (step) para(`Steps already taken: ${step}`);
      if (o.scope) para(`Scope: ${o.scope}`);
      if (o.exempted) para(`Exempted: ${o.exemptionReason ?? ''}`, { bold: true });
      if (o.produce.length) {
        para('What to produce:', { bold: true, gap: 2 });
        bullets(o.produce);
      }
      para(
        `${obligationDatesWords(o)}. ${obligationStatusWords(o)}. Rules: ${o.rules.join(', ')}. Sources: ${refs(o.citations)}.`,
        {
          color: MUTED,
        },
      );
    }
  }
  if (report.notApplicable.length) {
    heading('Obligations that do not apply', 2);
    table(
      ['Article', 'Obligation', 'Why not'],
      report.notApplicable.map((n) => [n.article, n.title, `${n.reason} (${n.rules.join(', ')})`]),
      { 0: { fontStyle: 'bold', cellWidth: 70 }, 1: { cellWidth: 150 } },
    );
  }

  // ── AI-system duties not assessed (R93) ──────────────────────────────────────────────────────────────
  if (report.signposts.length) {
    heading('AI-system duties not assessed by this tool');
    para(
      'You build or run an AI system on a general-purpose AI model. These duties of AI-system providers and deployers may apply to you. This tool does not assess them: check each one against your system.',
    );
    table(
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
  heading('Timeline');
  table(
    ['Date', 'Milestone', `As of ${formatDate(report.asOf)}`, 'Source'],
    report.timeline.map((m) => [
      `${m.period?.bound === 'atLatest' ? 'At the latest ' : ''}${formatDate(m.date)}`,
      [m.label, m.description, ...(m.period ? periodLines(m.period) : [])].join('\n'),
      daysWords(m.daysFromAsOf),
      [refs(m.citations), m.rules.join(', ')].filter(Boolean).join('\n'),
    ]),
    { 0: { cellWidth: 80, fontStyle: 'bold' }, 2: { cellWidth: 70 }, 3: { cellWidth: 90 } },
  );

  // ── Enforcement (R74, R94) ───────────────────────────────────────────────────────────────────────────
  const enforcement = report.enforcement;
  if (enforcement) {
    heading('Enforcement and fines');
    para(
      `From ${formatDate(enforcement.appliesFrom)} the Commission enforces the obligations of providers of general-purpose AI models. It can:`,
    );
    bullets(enforcement.powers.map((p) => `${p.article}: ${p.text}`));
    para('It may fine a provider (Art. 101(1)) for:', { gap: 2 });
    bullets(enforcement.fineGrounds.map((g) => `${g.point}: ${g.text}`));
    para(`Maximum fine: ${enforcement.ceiling}`, { bold: true });
    para(`Rules: ${enforcement.rules.join(', ')}. Sources: ${refs(enforcement.citations)}.`, {
      color: MUTED,
    });
  }

  // ── What would change, warnings ──────────────────────────────────────────────────────────────────────
  if (report.warnings.length) {
    heading('Warnings');
    bullets(
      report.warnings.map((w) => `${w.message} (${w.rules.join(', ')})`),
      0,
    );
  }
  if (report.counterfactuals.length) {
    heading('What would change the result');
    bullets(
      report.counterfactuals.map((c) => `${c.change} ${c.effect} (${c.rules.join(', ')})`),
      0,
    );
  }

  // ── Open questions and ambiguities ───────────────────────────────────────────────────────────────────
  heading('Open questions');
  if (report.openQuestions.length === 0) para('None: every question that matters was answered.');
  else
    table(
      ['Question', 'Ask', 'Assumed meanwhile'],
      report.openQuestions.map((q) => [q.question, q.askWhom, `${q.assumption} (${q.rules.join(', ')})`]),
      { 1: { cellWidth: 100 } },
    );

  heading('Ambiguities');
  if (report.ambiguities.length === 0) para('No ambiguous edge case was met on these answers.');
  else
    table(
      ['Edge case', 'Reading chosen', 'Other reading'],
      report.ambiguities.map((a) => [
        `${a.edgeCase}: ${a.title}\n${refs(a.citations)}`,
        a.readingChosen,
        a.alternative,
      ]),
      { 0: { cellWidth: 140 } },
    );

  // ── Reasoning ────────────────────────────────────────────────────────────────────────────────────────
  if (report.trace.length) {
    heading('Reasoning step by step');
    table(
      ['Question', 'Answer', 'Rule', 'Outcome'],
      report.trace.map((t) => [t.question, t.answer, `${t.rule}\n${refs(t.citations)}`, t.outcome]),
      { 1: { cellWidth: 95 }, 2: { cellWidth: 70 } },
    );
  }

  // ── Answers ──────────────────────────────────────────────────────────────────────────────────────────
  heading('Your answers');
  const answerRows: RowInput[] = [];
  let section: string | undefined;
  for (const row of input.answersInWords) {
    if (row.section && row.section !== section) {
      section = row.section;
      answerRows.push([
        { content: row.section, colSpan: 2, styles: { fontStyle: 'bold', fillColor: [245, 247, 250] } },
      ]);
    }
    answerRows.push([row.question, row.answer]);
  }
  if (answerRows.length) table(['Question', 'Answer'], answerRows, { 0: { cellWidth: 200 } });
  else para('No answers were given.');

  heading('Share link', 2);
  para(input.shareLink, { color: ACCENT });
  para(
    'The link carries the answers (not the result) after the "#", which browsers do not send to any server. Opening it recomputes this report; if the rules have changed since, the report says so.',
    { color: MUTED, size: 8.5 },
  );

  // ── Sign-off ─────────────────────────────────────────────────────────────────────────────────────────
  heading('Sign-off');
  autoTable(doc, {
    startY: y,
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
  y = (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 14;

  heading('Disclaimer', 2);
  para(DISCLAIMER, { size: 8.5, color: MUTED });

  // ── Footer on every page: "Page n of N" ──────────────────────────────────────────────────────────────
  const pages = doc.getNumberOfPages();
  const footerLeft = pdfText(
    [
      'GPAI Navigator',
      modelName,
      `answers ${input.answersHash}`,
      `rules ${report.rulesVersion}`,
      `as of ${formatDate(report.asOf)}`,
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
    const left = doc.splitTextToSize(footerLeft, width - doc.getTextWidth(right) - 16)[0] as string;
    doc.text(left, PAGE_MARGIN, pageHeight - FOOTER_SPACE + 8, { baseline: 'top' });
    doc.text(right, pageWidth - PAGE_MARGIN, pageHeight - FOOTER_SPACE + 8, {
      baseline: 'top',
      align: 'right',
    });
  }

  return new Uint8Array(doc.output('arraybuffer'));
}
