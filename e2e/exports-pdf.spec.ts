/**
 * PDF summary (issue #5): downloaded from the report, its text extracted with pdfjs-dist contains the verdicts,
 * every obligation article, the deadlines and the Unicode model name. The PDF code and fonts load only on
 * click, and generating it raises no Content-Security-Policy violation (jsPDF needs no eval).
 */
import { readFileSync } from 'node:fs';
import type { Answers } from '../src/engine/answers';
import { formatDate } from '../src/engine/dates';
import { evaluateInEnglish } from '../src/i18n/test-helpers';
import { extractPdfText } from '../src/pdf/test-helpers';
import { encodeAnswers } from '../src/share/codec';
import { answersHash } from '../src/share/hash';
import { PERSONAS } from '../src/share/test-personas';
import { superscriptPowers } from '../src/shared/legal-text/superscript';
import { expect, test } from './fixtures';
import { waitForWholeReport } from './report-support';

const frontier = PERSONAS.frontierLabOutsideEu as Answers;
/** Whitespace-insensitive; powers of ten written one way (10²⁵), as the memo writes them. */
const squash = (s: string) => superscriptPowers(s).replace(/\s+/g, '');

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T12:00:00Z'));
});

test('the built page carries a strict CSP (no inline script, no eval, same-origin connections) and no referrer', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  const csp = (/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(html).toContain('<meta name="referrer" content="no-referrer"');
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script element
});

test('PDF: loaded on click only, downloaded with the right name, and its text has everything', async ({
  page,
}) => {
  const csp: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) csp.push(m.text());
  });
  page.on('pageerror', (e) => csp.push(String(e)));
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));

  await page.goto(`/#/report?a=${encodeAnswers(frontier, { includeModelName: true })}`);
  await expect(page.locator('.verdict-card')).toHaveCount(4);
  await waitForWholeReport(page);
  await expect(page.getByRole('button', { name: 'Download PDF summary' })).toBeVisible();
  const scriptsBefore = new Set(requested.filter((p) => p.endsWith('.js')));
  expect(requested.some((p) => p.includes('NotoSans'))).toBe(false);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PDF summary' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('gpai-report-lodz-ai-2026-11-25.pdf');
  await expect(page.getByRole('status').filter({ hasText: 'PDF summary saved' })).toBeVisible();

  // The PDF code and the fonts were fetched for the click, not before.
  const scriptsAfter = requested.filter((p) => p.endsWith('.js') && !scriptsBefore.has(p));
  expect(scriptsAfter.length).toBeGreaterThan(0);
  expect(requested.filter((p) => p.includes('NotoSans'))).toEqual([
    expect.stringContaining('NotoSans-Regular.subset.ttf'),
    expect.stringContaining('NotoSans-Bold.subset.ttf'),
  ]);

  const bytes = new Uint8Array(readFileSync(await download.path()));
  const pages = await extractPdfText(bytes);
  const text = pages.join('\n');
  const flat = squash(text);
  const report = evaluateInEnglish(frontier, '2026-11-25');

  expect(text).toContain('Łódź AI');
  for (const v of Object.values(report.verdicts)) {
    expect(flat).toContain(squash(v.label));
    expect(flat).toContain(squash(v.summary));
  }
  for (const o of report.obligations) expect(flat).toContain(squash(o.article));
  expect(flat).toContain(squash('Notification to the Commission (Art. 52(1)) due by 24 November 2025'));
  for (const m of report.timeline) expect(flat).toContain(squash(formatDate(m.date)));
  expect(flat).toContain(squash('2 August 2026'));
  expect(text).toContain(answersHash(frontier));
  expect(text).toContain('Prepared by');
  expect(text).toContain('Reviewed by');
  // The share link in the PDF reopens this evaluation: it carries the as-of date, not the model name.
  expect(flat).toMatch(/#\/report\?a=v\d+\.[A-Za-z0-9_-]+&asOf=2026-11-25/);
  // Rules revision 2: "prepare from" (E28), the AI-system duties not assessed (R93), enforcement once (R94).
  expect(flat).toContain(squash('Prepare from 10 November 2025:'));
  expect(text).toContain('AI-system duties not assessed by this tool');
  expect(text.match(/Not assessed/g)?.length).toBe(report.signposts.length);
  expect(text.match(/Enforcement and fines/g)).toHaveLength(1);
  expect(text).not.toMatch(/official/i);
  // Issue #10: the first-page summary box with the nuance and the overdue notification; the drafting aids.
  expect(squash(pages[0] ?? '')).toContain(squash('Systemic risk Presumed — ambiguous (E28)'));
  expect(squash(pages[0] ?? '')).toContain(squash('Overdue Art. 52(1)'));
  expect(flat).toContain(squash('Draft: notification to the Commission under Art. 52(1)'));
  expect(flat).toContain(
    squash('3.8 × 10²⁵ FLOP — cumulative training compute (R33), given to two significant figures'),
  );
  expect(flat).toContain(squash('Checklist: mandate of the authorised representative (Art. 54)'));
  expect(text).not.toMatch(/10\^\d/);
  pages.forEach((p, i) => {
    expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
  });
  expect(csp).toEqual([]);
});
