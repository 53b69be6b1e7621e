/**
 * Every page of the largest and the smallest memo, rendered to pixels (pdfjs-dist with its Node canvas): nothing
 * drawn in the margins or in the band above the footer rule, a footer on every page, no blank page. Set
 * MEMO_PNG_DIR to also write the pages as PNG files to look at.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../engine/answers';
import { answersInWords } from '../engine/questionnaire';
import type { MemoRecord } from '../export/memo/input';
import { english, inEnglish } from '../i18n/english';
import { evaluateInEnglish } from '../i18n/test-helpers';
import { maximalAnswers } from '../share/arbitraries';
import { encodeAnswers, shareUrl } from '../share/codec';
import { answersHash } from '../share/hash';
import { PERSONAS } from '../share/test-personas';
import { buildReportPdf } from './build-report-pdf';
import { readFonts } from './test-helpers';
import { FOOTER_SPACE, PAGE_MARGIN } from './writer';

const SCALE = 1; // one pixel per point

function pdfOf(answers: Answers, record?: MemoRecord): Uint8Array {
  return buildReportPdf(
    {
      report: evaluateInEnglish(answers, '2026-11-25'),
      answers,
      answersInWords: inEnglish(answersInWords(answers)).flatMap((s) =>
        s.rows.map((r) => ({
          section: s.title,
          question: r.label,
          answer: r.value,
          questionId: r.questionId,
        })),
      ),
      ...(record ? { record } : {}),
      shareLink: shareUrl('https://gpai.example.org/', encodeAnswers(answers, { includeModelName: true })),
      generatedAt: '2026-11-25T14:03:27+01:00',
      answersHash: answersHash(answers),
      translator: english,
    },
    readFonts(),
  );
}

interface Page {
  width: number;
  height: number;
  /** True where a pixel is not white. */
  ink: (x: number, y: number) => boolean;
  png: () => Buffer;
}

async function renderPages(bytes: Uint8Array): Promise<Page[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const pages: Page[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: SCALE });
    const factory = (doc as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvas, canvasContext: context, viewport } as never).promise;
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    pages.push({
      width,
      height,
      ink: (x, y) => {
        const i = (Math.floor(y) * width + Math.floor(x)) * 4;
        return (data[i] ?? 255) < 235 || (data[i + 1] ?? 255) < 235 || (data[i + 2] ?? 255) < 235;
      },
      png: () => canvas.toBuffer('image/png'),
    });
  }
  await doc.destroy();
  return pages;
}

interface CanvasFactory {
  create(
    w: number,
    h: number,
  ): {
    canvas: { width: number; height: number; toBuffer(type: string): Buffer };
    context: {
      getImageData(
        x: number,
        y: number,
        w: number,
        h: number,
      ): { data: Uint8ClampedArray; width: number; height: number };
    };
  };
}

function inkIn(p: Page, x0: number, y0: number, x1: number, y1: number): number {
  let count = 0;
  for (let y = Math.max(0, y0); y < Math.min(p.height, y1); y++)
    for (let x = Math.max(0, x0); x < Math.min(p.width, x1); x++) if (p.ink(x, y)) count++;
  return count;
}

/** A signed workspace version with a source on its figures and dates (ADR 0094): the widest answers table. */
const SIGNED: MemoRecord = {
  versionSeq: 4,
  signoff: {
    name: 'Zofia Wąsik-Łęcka',
    role: 'General Counsel, EMEA',
    date: '2026-11-27',
    note: 'Checked the FLOP figure against the training log of run 42; the placing date against the launch note.',
    signedAt: '2026-11-27T15:04:00.000Z',
  },
  provenance: {
    'compute.parameterUpdateFlop': {
      source: 'ML lead (training log run-42)',
      exactness: 'estimate',
      note: '12 Nov: logged FLOP, excludes the failed first run',
    },
    'placing.placingDate': { source: 'Launch note', exactness: 'exact' },
    'systemicRisk.thresholdMetDate': { exactness: 'estimate' },
  },
};

const CASES: [string, Answers, MemoRecord?][] = [
  ['largest (every answer given)', maximalAnswers()],
  ['smallest (a research prototype never placed)', PERSONAS.researchPrototypeNeverPlaced as Answers],
  ['signed (a signed version with provenance)', PERSONAS.frontierLabOutsideEu as Answers, SIGNED],
];

describe('memo pages, rendered', { timeout: 120_000 }, () => {
  it.each(CASES)(
    '%s: margins and the band above the footer stay empty; every page has a body and a footer',
    async (name, answers, record) => {
      const pages = await renderPages(pdfOf(answers, record));
      expect(pages.length).toBeGreaterThan(name.startsWith('largest') ? 8 : 2);
      const dir = process.env.MEMO_PNG_DIR;
      if (dir) mkdirSync(dir, { recursive: true });
      pages.forEach((p, i) => {
        if (dir) writeFileSync(`${dir}/${name.split(' ')[0]}-${String(i + 1).padStart(2, '0')}.png`, p.png());
        const rule = p.height - FOOTER_SPACE * SCALE;
        const margin = (PAGE_MARGIN - 2) * SCALE;
        // Nothing in the left and right margins (a table wider than the page would show here).
        expect(inkIn(p, 0, 0, margin, p.height), `left margin, page ${i + 1}`).toBe(0);
        expect(inkIn(p, p.width - margin, 0, p.width, p.height), `right margin, page ${i + 1}`).toBe(0);
        // The body stops above the band reserved before the footer rule.
        expect(inkIn(p, 0, rule - 8 * SCALE, p.width, rule - 1), `band above the footer, page ${i + 1}`).toBe(
          0,
        );
        expect(
          inkIn(p, margin, PAGE_MARGIN * SCALE, p.width - margin, rule - 10),
          `body, page ${i + 1}`,
        ).toBeGreaterThan(500);
        expect(
          inkIn(p, margin, rule + 4, p.width - margin, p.height),
          `footer, page ${i + 1}`,
        ).toBeGreaterThan(100);
      });
    },
  );
});
