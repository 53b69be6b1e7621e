/** The PDF memo in French (issue #11): its headings and footer are the French catalog's, none of the English. */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../engine/answers';
import { evaluate } from '../engine/evaluate';
import type { MessageId } from '../engine/text';
import { english, translatorFor } from '../i18n/all';
import { localizeReport } from '../i18n/report';
import { answersHash } from '../share/hash';
import { PERSONAS } from '../share/test-personas';
import { buildReportPdf, reportPdfFileName } from './build-report-pdf';
import { extractPdfText, readFonts } from './test-helpers';

const AS_OF = '2026-11-25';
const frontier = PERSONAS.frontierLabOutsideEu as Answers;
const fr = translatorFor('fr');
/** Whitespace-insensitive: table cells wrap lines anywhere (and French sets no-break spaces before colons). */
const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, '');

const HEADINGS: MessageId[] = [
  'documents.memoTitle',
  'documents.summaryTitle',
  'documents.summaryNextDate',
  'documents.verdictsHeading',
  'documents.timelineHeading',
  'documents.answersHeading',
  'documents.signOffHeading',
  'documents.disclaimerHeading',
  'documents.notificationDraftHeading',
  'documents.mandateHeading',
];

describe('the PDF memo in French', { timeout: 60_000 }, () => {
  it('writes its headings, page numbers and date in French, with French as the document language', async () => {
    const bytes = buildReportPdf(
      {
        report: localizeReport(evaluate(frontier, AS_OF), fr),
        answers: frontier,
        answersInWords: [{ section: 'Rôle et modèle', question: 'Nom du modèle', answer: 'Œuvre-7B' }],
        shareLink: 'https://gpai.example.org/#/report?a=v2.x',
        generatedAt: '2026-11-25T14:03:27+01:00',
        answersHash: answersHash(frontier),
        translator: fr,
      },
      readFonts(),
    );
    const text = squash((await extractPdfText(bytes)).join('\n'));
    for (const id of HEADINGS) {
      expect(text).toContain(squash(fr.m(id)));
      expect(text).not.toContain(squash(english.m(id)));
    }
    expect(text).toContain(squash(fr.m('documents.pageOf', { page: 1, pages: 2 })).replace(/2$/, ''));
    expect(text).toContain(squash('25 novembre 2026'));
    expect(text).toContain('Œuvre-7B');
    expect(new TextDecoder('latin1').decode(bytes)).toContain('/Lang (fr-FR)');
    expect(reportPdfFileName('Œuvre 7B', AS_OF, fr)).toMatch(/^[a-z0-9-]+-2026-11-25\.pdf$/);
  });
});
