/** The documents in German (issue #11, ADR 0100): the PDF memo and the calendar write their own words in the reader's language. */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../engine/answers';
import { evaluate } from '../engine/evaluate';
import { buildReportDocx } from '../export/docx/build-report-docx';
import { readDocx } from '../export/docx/test-helpers';
import { buildCalendar } from '../export/ics';
import { translatorFor } from '../i18n/all';
import { localizeReport } from '../i18n/report';
import { answersHash } from '../share/hash';
import { PERSONAS } from '../share/test-personas';
import { buildReportPdf, reportPdfFileName } from './build-report-pdf';
import { extractPdfText, readFonts } from './test-helpers';

const AS_OF = '2026-11-25';
const frontier = PERSONAS.frontierLabOutsideEu as Answers;
const de = translatorFor('de');
const report = localizeReport(evaluate(frontier, AS_OF), de);
/** Whitespace-insensitive: table cells wrap lines anywhere. */
const squash = (s: string) => s.replace(/\s+/g, '');

describe('the documents in German', { timeout: 60_000 }, () => {
  it('writes the PDF memo in German: headings, table heads, sign-off, footer and the document language', async () => {
    const bytes = buildReportPdf(
      {
        report,
        answers: frontier,
        answersInWords: [{ section: 'Rolle und Modell', question: 'Modellname', answer: 'Łódź AI' }],
        shareLink: 'https://gpai.example.org/#/report?a=v2.x',
        generatedAt: '2026-11-25T14:03:27+01:00',
        answersHash: answersHash(frontier),
        translator: de,
      },
      readFonts(),
    );
    const text = squash((await extractPdfText(bytes)).join('\n'));
    for (const german of [
      'Bewertung eines KI-Modells mit allgemeinem Verwendungszweck',
      'Zusammenfassung',
      'Nächster Termin',
      'Ergebnisse',
      'Pflichten',
      'Entwurf: Mitteilung an die Kommission nach Art. 52 Abs. 1',
      'Checkliste: Auftrag des Bevollmächtigten (Art. 54)',
      'Zeitplan',
      'Ihre Antworten',
      'Abzeichnung',
      'Haftungsausschluss',
      'Unterschrift',
      'Seite 1 von',
      'Stand 25. November 2026',
    ])
      expect(text).toContain(squash(german));
    for (const english of [
      'Summary',
      'Verdicts',
      'Timeline',
      'Your answers',
      'Sign-off',
      'Disclaimer',
      'Signature',
      'Not legal advice',
      'Draft: notification',
      'Page 1 of',
      'as of',
    ])
      expect(text).not.toContain(squash(english));
    expect(new TextDecoder('latin1').decode(bytes)).toContain('/Lang (de-DE)');
    expect(reportPdfFileName('Łódź AI', AS_OF, de)).toBe('gpai-bericht-lodz-ai-2026-11-25.pdf');
  });

  it('writes the calendar in German', () => {
    // Evaluated before the dates, so the reminders are there too.
    const early = localizeReport(evaluate(frontier, '2025-07-01'), de);
    const ics = buildCalendar({ report: early, answers: frontier, translator: de })
      .replace(/\r\n /g, '')
      .replace(/\\n/g, '\n');
    expect(ics).toContain('X-WR-CALNAME:GPAI-Fristen – ');
    expect(ics).toContain('Keine Rechtsberatung.');
    expect(ics).toMatch(/CATEGORIES:Pflicht/);
    expect(ics).toMatch(/DESCRIPTION:In \d+ Tag(en)? \(/);
    expect(ics).toContain('bewertet zum 1. Juli 2025');
    for (const english of [
      'Not legal advice',
      'X-WR-CALNAME:GPAI deadlines',
      'CATEGORIES:Obligation',
      'evaluated as of',
      'Due:',
    ])
      expect(ics).not.toContain(english);
  });

  it('writes the Word memo in German, with German as its language', async () => {
    const doc = readDocx(
      await buildReportDocx({
        report,
        answers: frontier,
        answersInWords: [],
        shareLink: 'https://gpai.example.org/#/report?a=v2.x',
        generatedAt: '2026-11-25T14:03:27+01:00',
        answersHash: answersHash(frontier),
        translator: de,
      }),
    );
    const h1 = doc.headings.filter((h) => h.level === 1).map((h) => h.text);
    expect(h1).toContain('Zusammenfassung');
    expect(h1).toContain('Abzeichnung');
    expect(h1).not.toContain('Summary');
    expect(doc.text).toContain('Unterschrift');
    expect(doc.text).not.toContain('Not legal advice');
  });
});
