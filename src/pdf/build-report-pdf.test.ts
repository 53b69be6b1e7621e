import { describe, expect, it } from 'vitest';
import { type Answers, answersSchema } from '../engine/answers';
import { formatDate } from '../engine/dates';
import type { Report } from '../engine/report';
import { FIXTURE_ANSWERS, type FixtureKey } from '../features/report/test-reports';
import { english } from '../i18n/english';
import { evaluateInEnglish } from '../i18n/test-helpers';
import { maximalAnswers } from '../share/arbitraries';
import { encodeAnswers, shareUrl } from '../share/codec';
import { answersHash } from '../share/hash';
import { PERSONAS } from '../share/test-personas';
import { superscriptPowers } from '../shared/legal-text/superscript';
import { buildReportPdf, type ReportPdfInput, reportPdfFileName } from './build-report-pdf';
import { extractPdfText, readFonts } from './test-helpers';
import { isCovered, pdfText } from './text';

const fonts = readFonts();
const AS_OF = '2026-11-25';

function input(answers: Answers, generatedAt = '2026-11-25T14:03:27+01:00'): ReportPdfInput {
  return {
    report: evaluateInEnglish(answers, AS_OF),
    answers,
    answersInWords: [
      { section: 'Role and model', question: 'Model name', answer: answers.modelName ?? 'Not given' },
      {
        section: 'Role and model',
        question: 'Your relation to the model',
        answer: 'We trained the model ourselves',
      },
      {
        section: 'Training compute',
        question: 'Training compute (parameter updates)',
        answer: '3.8 × 10²⁵ FLOP',
      },
    ],
    shareLink: shareUrl('https://gpai.example.org/', encodeAnswers(answers, { includeModelName: false })),
    generatedAt,
    answersHash: answersHash(answers),
    translator: english,
  };
}

const frontier = PERSONAS.frontierLabOutsideEu as Answers;
/** Whitespace-insensitive (table cells wrap lines anywhere); powers of ten written one way, as the memo does. */
const squash = (s: string) => superscriptPowers(s).replace(/\s+/g, '');

describe('buildReportPdf', { timeout: 60_000 }, () => {
  it('contains everything the issue lists, in selectable text, with the Unicode model name', async () => {
    const i = input(frontier);
    const pages = await extractPdfText(buildReportPdf(i, fonts));
    const all = pages.join('\n');
    const flat = squash(all);
    expect(all).toContain('Łódź AI');
    expect(all).toContain('EU AI Act assessment of a general-purpose AI model');
    expect(all).toContain('25 November 2026, 14:03 (UTC+01:00)'); // generated
    expect(all).toContain('Evaluated as of');
    expect(all).toContain(i.report.rulesVersion);
    expect(all).toContain(i.answersHash);
    for (const v of Object.values(i.report.verdicts)) {
      expect(flat).toContain(squash(v.summary));
      for (const c of v.citations) expect(flat).toContain(squash(c.ref));
    }
    for (const o of i.report.obligations) {
      expect(flat).toContain(squash(o.article));
      expect(flat).toContain(squash(o.title));
    }
    expect(i.report.notificationDeadline).toBe('2025-11-24');
    expect(all).toContain('Notification to the Commission (Art. 52(1)) due by 24 November 2025');
    for (const m of i.report.timeline) {
      expect(flat).toContain(squash(formatDate(m.date)));
      expect(flat).toContain(squash(m.label.replace('→', '->')));
    }
    expect(flat).toContain(squash('3.8 × 10²⁵ FLOP'));
    expect(flat).toContain(squash(i.shareLink));
    expect(all).toContain('Prepared by');
    expect(all).toContain('Reviewed by');
    expect(all).toContain('Signature');
    expect(all).toContain('Not legal advice.');
    expect(all).toContain('Open questions');
    expect(all).toContain('Ambiguities');
    pages.forEach((p, n) => {
      expect(p).toContain(`Page ${n + 1} of ${pages.length}`);
    });
  });

  it('lists open questions, ambiguities and every answer in words when there are some', async () => {
    const unsure: Answers = {
      ...(PERSONAS.fineTunerUnknownOriginalAboveFallback as Answers),
      modelName: 'Żółw-2 (fine-tune)',
    };
    const i = input(unsure);
    expect(i.report.openQuestions.length).toBeGreaterThan(0);
    const flat = squash((await extractPdfText(buildReportPdf(i, fonts))).join('\n'));
    for (const q of i.report.openQuestions) expect(flat).toContain(squash(q.question));
    for (const a of i.report.ambiguities) expect(flat).toContain(squash(a.readingChosen));
    for (const row of i.answersInWords) {
      expect(flat).toContain(squash(row.question));
      expect(flat).toContain(squash(row.answer));
    }
    expect(flat).toContain(squash('Żółw-2 (fine-tune)'));
  });

  it('is deterministic: same input, same bytes; only the generation time changes the output', () => {
    const a = buildReportPdf(input(frontier), fonts);
    const b = buildReportPdf(input(frontier), fonts);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const later = buildReportPdf(input(frontier, '2026-11-25T18:00:00Z'), fonts);
    expect(Buffer.from(later).equals(Buffer.from(a))).toBe(false);
  });

  it('only the generated line differs between two generation times', async () => {
    const a = (await extractPdfText(buildReportPdf(input(frontier), fonts))).join('\n');
    const b = (await extractPdfText(buildReportPdf(input(frontier, '2026-11-26T09:15:00Z'), fonts))).join(
      '\n',
    );
    expect(b.replace('26 November 2026, 09:15 (UTC)', 'X')).toBe(
      a.replace('25 November 2026, 14:03 (UTC+01:00)', 'X'),
    );
  });

  it('draws characters the font lacks as "?", never as a wrong letter', async () => {
    const i = input({ ...frontier, modelName: 'Model 模型 → v2' });
    const all = (await extractPdfText(buildReportPdf(i, fonts))).join('\n');
    expect(all).toContain('Model ?? -> v2');
  });

  it('builds every persona and the largest answer set (931-character link) without error', async () => {
    for (const answers of [...Object.values(PERSONAS), maximalAnswers()]) {
      const i = input(answers);
      i.shareLink = shareUrl('https://gpai.example.org/', encodeAnswers(answers, { includeModelName: true }));
      const bytes = buildReportPdf(i, fonts);
      expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
      const flat = squash((await extractPdfText(bytes)).join('\n'));
      expect(flat).toContain(squash(i.shareLink));
    }
  });
});

describe('memo layout (issue #10)', { timeout: 60_000 }, () => {
  it('the footer never cuts: a long model name is shortened there (full name on page 1) and every piece stays', async () => {
    const long = `Łódź ${'Very Long Model Name '.repeat(5)}v2`.trim();
    const i = input({ ...frontier, modelName: long });
    const pages = await extractPdfText(buildReportPdf(i, fonts));
    expect(squash(pages[0] ?? '')).toContain(squash(long));
    pages.forEach((p, n) => {
      const flat = squash(p);
      expect(flat).toContain(squash('GPAI Navigator · Łódź Very Long Model Name Very Long Mod…'));
      expect(flat).toContain(squash(`answers ${i.answersHash} · rules ${i.report.rulesVersion}`));
      expect(flat).toContain(squash('as of 25 November 2026 · not legal advice'));
      expect(p).toContain(`Page ${n + 1} of ${pages.length}`);
    });
  });

  it('puts the summary box with the four verdicts and the next date on page 1, and a sign-off that takes optional data', async () => {
    const i = {
      ...input(frontier),
      signOff: [{ capacity: 'Reviewed by', name: 'Ada Nowak', role: 'General counsel' }],
    };
    const pages = await extractPdfText(buildReportPdf(i, fonts));
    const first = squash(pages[0] ?? '');
    expect(first).toContain(
      squash(
        'Summary General-purpose AI model? Yes Are you its provider? Yes Systemic risk Presumed — ambiguous (E28) Open-source exemption No',
      ),
    );
    expect(first).toContain(squash('Next date Due now: the overdue obligations above'));
    const all = pages.join('\n');
    expect(all).toContain('Ada Nowak');
    expect(all).toContain('General counsel');
    expect(all).not.toContain('Prepared by');
  });
});

describe('no heading or lead-in ends a page', { timeout: 120_000 }, () => {
  /** The lowest line of the body on each page (above the footer), with its font size. */
  async function lastBodyLines(bytes: Uint8Array): Promise<{ text: string; size: number }[]> {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    const out: { text: string; size: number }[] = [];
    for (let n = 1; n < doc.numPages; n++) {
      const items = (await (await doc.getPage(n)).getTextContent()).items.flatMap((i) =>
        'str' in i && i.str.trim()
          ? [
              {
                text: i.str,
                y: i.transform[5] as number,
                size: Math.round((i.transform[0] as number) * 10) / 10,
              },
            ]
          : [],
      );
      const body = items.filter((i) => i.y > 60); // the footer sits below 46 pt
      const lowest = Math.min(...body.map((i) => i.y));
      const line = body.filter((i) => Math.abs(i.y - lowest) < 2);
      out.push({ text: line.map((i) => i.text).join(' '), size: Math.max(...line.map((i) => i.size)) });
    }
    await doc.destroy();
    return out;
  }

  const sets: [string, Answers][] = [
    ...Object.entries(PERSONAS),
    ...Object.entries(FIXTURE_ANSWERS).map(([k, v]): [string, Answers] => [k, answersSchema.parse(v)]),
    ['maximal', maximalAnswers()],
  ];
  it.each(sets)('%s', async (_, answers) => {
    for (const line of await lastBodyLines(buildReportPdf(input(answers), fonts))) {
      expect([13, 10.5], `"${line.text}" ends a page as a heading`).not.toContain(line.size);
      expect(line.text.trimEnd(), 'a lead-in ends a page').not.toMatch(/:$/);
    }
  });
});

describe('powers of ten in the embedded font', () => {
  it('draws every character the memo uses for a power of ten (no "?" in 10⁻³ × 10²⁵)', () => {
    const chars = '10⁰¹²³⁴⁵⁶⁷⁸⁹⁻×';
    for (const ch of chars) expect(isCovered(ch.codePointAt(0) ?? 0), ch).toBe(true);
    expect(pdfText(superscriptPowers('10^-3 × 10^25 FLOP'))).toBe('10⁻³ × 10²⁵ FLOP');
  });
});

describe('links in the PDF', { timeout: 60_000 }, () => {
  it('makes the share link clickable on page 1 and in the answers section', async () => {
    const i = input(frontier);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: buildReportPdf(i, fonts), verbosity: 0 }).promise;
    const urls: string[][] = [];
    for (let n = 1; n <= doc.numPages; n++)
      urls.push(
        ((await (await doc.getPage(n)).getAnnotations()) as { url?: string }[]).flatMap((a) =>
          a.url ? [a.url] : [],
        ),
      );
    await doc.destroy();
    expect(urls[0]).toContain(i.shareLink);
    expect(urls.slice(1).flat()).toContain(i.shareLink);
  });
});

describe('rules revision 2 content in the PDF', { timeout: 60_000 }, () => {
  async function pdfOf(key: FixtureKey): Promise<{ all: string; flat: string; report: Report }> {
    const answers = answersSchema.parse(FIXTURE_ANSWERS[key]);
    const i = input(answers);
    const all = (await extractPdfText(buildReportPdf(i, fonts))).join('\n');
    return { all, flat: squash(all), report: i.report };
  }

  it('a moved deadline: the legal last day, from which day it moved and why (R87)', async () => {
    const { flat } = await pdfOf('movedDeadline');
    expect(flat).toContain(squash('Notification to the Commission (Art. 52(1)) due by 30 November 2026.'));
    expect(flat).toContain(
      squash(
        'Moved from Saturday 28 November 2026 to Monday 30 November 2026. 28 November 2026 is a Saturday',
      ),
    );
    expect(flat).toContain(squash('Reg. (EEC, Euratom) No 1182/71, Art. 3(4)'));
    expect(flat).toContain(squash('2 weeks after 14 November 2026; last day Monday 30 November 2026.'));
  });

  it('"at the latest" when the threshold date is unknown (R89), and the overdue status', async () => {
    const { flat } = await pdfOf('atLatest');
    expect(flat).toContain(
      squash('Notification to the Commission (Art. 52(1)) due at the latest by 26 January 2026.'),
    );
    expect(flat).toContain(squash('At the latest Monday 26 January 2026: 2 weeks after first placing'));
    expect(flat).toContain(squash('Overdue by'));
  });

  it('"prepare from" for the systemic-risk duties (E28) and steps already taken', async () => {
    const prep = await pdfOf('prepareFrom');
    expect(prep.flat).toContain(squash('Prepare from 1 October 2026:'));
    expect(prep.flat).toContain(squash('prepare from 1 October 2026 (E28)'));
    const steps = await pdfOf('stepsTaken');
    expect(steps.flat).toContain(squash('Steps already taken: You answered that this is not in place yet.'));
    expect(steps.flat).toContain(squash('Done'));
  });

  it('the AI-system duties, each marked "Not assessed", and no enforcement section for a non-provider', async () => {
    const { all, flat, report } = await pdfOf('integrator');
    expect(all).toContain('AI-system duties not assessed by this tool');
    for (const s of report.signposts) {
      expect(flat).toContain(squash(s.article));
      expect(flat).toContain(squash(s.title));
      expect(flat).toContain(squash(s.text));
    }
    expect(all.match(/Not assessed/g)?.length).toBe(report.signposts.length);
    expect(all).not.toContain('Enforcement and fines');
  });

  it('one enforcement section with the powers, the fine grounds and the ceiling (R94)', async () => {
    const { all, flat, report } = await pdfOf('movedDeadline');
    expect(all.match(/Enforcement and fines/g)).toHaveLength(1);
    const e = report.enforcement;
    expect(e).not.toBeNull();
    for (const p of e?.powers ?? []) expect(flat).toContain(squash(`${p.article}: ${p.text}`));
    for (const g of e?.fineGrounds ?? []) expect(flat).toContain(squash(`${g.point}: ${g.text}`));
    expect(flat).toContain(squash(e?.ceiling ?? 'missing'));
  });

  it('words the contractor role (R14, R91) and labels nothing "official"', async () => {
    const { flat, all } = await pdfOf('contractor');
    expect(flat).toContain(squash('Role: Contractor developing or modifying the model for a client'));
    expect(all).not.toMatch(/official/i);
  });
});

describe('reportPdfFileName', () => {
  it('is made from the model name (transliterated) and the as-of date', () => {
    expect(reportPdfFileName('Łódź AI', '2026-11-25', english)).toBe('gpai-report-lodz-ai-2026-11-25.pdf');
    expect(reportPdfFileName(undefined, '2026-11-25', english)).toBe('gpai-report-2026-11-25.pdf');
    expect(reportPdfFileName('   ', '2026-11-25', english)).toBe('gpai-report-2026-11-25.pdf');
    expect(reportPdfFileName('Straße/../../etc "Æon" ½', '2026-01-02', english)).toBe(
      'gpai-report-strasse-etc-aeon-1-2-2026-01-02.pdf',
    );
    expect(reportPdfFileName('模型', '2026-01-02', english)).toBe('gpai-report-2026-01-02.pdf');
    expect(reportPdfFileName('x'.repeat(300), '2026-01-02', english)).toBe(
      `gpai-report-${'x'.repeat(48)}-2026-01-02.pdf`,
    );
  });
});
