import { describe, expect, it } from 'vitest';
import type { Answers } from '../../engine/answers';
import { english } from '../../i18n/english';
import { evaluateInEnglish } from '../../i18n/test-helpers';
import { encodeAnswers, shareUrl } from '../../share/codec';
import { answersHash } from '../../share/hash';
import { PERSONAS } from '../../share/test-personas';
import { superscriptPowers } from '../../shared/legal-text/superscript';
import type { MemoInput } from '../memo/input';
import { MANDATE_CHECKLIST_HEADING, NOTIFICATION_DRAFT_HEADING } from '../memo/test-helpers';
import { buildReportDocx, reportDocxFileName } from './build-report-docx';
import { readDocx } from './test-helpers';

const frontier = PERSONAS.frontierLabOutsideEu as Answers;

function input(answers: Answers, extra: Partial<MemoInput> = {}): MemoInput {
  return {
    report: evaluateInEnglish(answers, '2026-11-25'),
    answers,
    answersInWords: [
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
    generatedAt: '2026-11-25T14:03:27+01:00',
    answersHash: answersHash(answers),
    translator: english,
    ...extra,
  };
}

describe('buildReportDocx', { timeout: 60_000 }, () => {
  it('is a Word document with the memo’s headings, verdicts, tables and the answers appendix', async () => {
    const i = input(frontier);
    const doc = readDocx(await buildReportDocx(i));
    const h1 = doc.headings.filter((h) => h.level === 1).map((h) => h.text);
    expect(h1).toEqual(
      expect.arrayContaining(['Verdicts', 'Obligations', 'Timeline', 'Your answers', 'Sign-off']),
    );
    expect(h1).toContain(NOTIFICATION_DRAFT_HEADING);
    expect(h1).toContain(MANDATE_CHECKLIST_HEADING);
    for (const v of Object.values(i.report.verdicts))
      expect(doc.text).toContain(superscriptPowers(v.summary));
    for (const o of i.report.obligations) expect(doc.text).toContain(o.title);
    expect(doc.text).toContain('Łódź AI');
    expect(doc.text).toContain('Presumed — ambiguous (E28)');
    expect(doc.text).toContain('We trained the model ourselves');
    expect(doc.text).toContain('Prepared by');
    expect(doc.xml).toContain('<w:tbl>');
    expect(doc.xml).toContain('<w:tblHeader/>'); // header rows repeat on each page
    expect(doc.xml).toContain('<w:cantSplit/>'); // no row split across pages
  });

  it('writes citations as hyperlinks to their sources', async () => {
    const i = input(frontier);
    const doc = readDocx(await buildReportDocx(i));
    const art52 = i.report.obligations.find((o) => o.id === 'art52_1')?.citations[0];
    expect(art52?.url).toMatch(/^https:\/\/eur-lex\.europa\.eu\/.*#art_52$/);
    expect(doc.links).toContain(art52?.url);
    expect(doc.xml).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*>[\s\S]*?<w:t[^>]*>Art\. 52\(1\)<\/w:t>/);
    expect(doc.links).toContain(i.shareLink);
  });

  it('fills the sign-off block from optional data and leaves it blank without', async () => {
    const filled = readDocx(
      await buildReportDocx(
        input(frontier, {
          signOff: [
            { capacity: 'Reviewed by', name: 'Ada Nowak', role: 'General counsel', date: '30 November 2026' },
          ],
        }),
      ),
    );
    expect(filled.text).toContain('Ada Nowak');
    expect(filled.text).toContain('General counsel');
    expect(filled.text).not.toContain('Prepared by');
    const blank = readDocx(await buildReportDocx(input(frontier)));
    expect(blank.text).toContain('Prepared by');
    expect(blank.text).not.toContain('Ada Nowak');
  });

  it('is named like the PDF, with the .docx extension', () => {
    expect(reportDocxFileName('Łódź AI', '2026-11-25', english)).toBe('gpai-report-lodz-ai-2026-11-25.docx');
  });

  it('a signed version: the reviewer in the sign-off table, what the sign-off is not, and a source column (ADR 0094)', async () => {
    const i = input(frontier, {
      answersInWords: [
        {
          section: 'Training compute',
          question: 'Training compute (parameter updates)',
          answer: '3.8 × 10²⁵ FLOP',
          questionId: 'compute.parameterUpdateFlop',
        },
      ],
      record: {
        versionSeq: 2,
        provenance: { 'compute.parameterUpdateFlop': { source: 'ML lead', exactness: 'estimate' } },
        signoff: {
          name: 'Zofia Wąsik',
          role: 'General Counsel',
          date: '2026-11-27',
          note: '',
          signedAt: '2026-11-27T15:04:00.000Z',
        },
      },
    });
    const doc = readDocx(await buildReportDocx(i));
    const lines = doc.text.split('\n');
    expect(lines).toEqual(expect.arrayContaining(['Zofia Wąsik', 'General Counsel', '27 November 2026']));
    expect(lines).toContain('Signed off in GPAI Navigator');
    expect(lines).toContain('Source (exact or estimate, note)');
    expect(lines).toContain('ML lead · estimate');
    expect(doc.text).toContain(
      'Version 2 of this assessment was signed off by Zofia Wąsik (General Counsel)',
    );
    expect(doc.text).toContain('not a cryptographic signature');
  });
});
