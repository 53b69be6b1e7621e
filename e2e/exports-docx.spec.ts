/**
 * Word memo (issue #10): downloaded from the report, opened as a zip with fflate, its text has the verdicts, the
 * headings, the drafting aids and a citation linking to its EUR-Lex article. The docx library loads only on click
 * and raises no Content-Security-Policy violation (script-src 'self', no eval).
 */
import { readFileSync } from 'node:fs';
import type { Answers } from '../src/engine/answers';
import { readDocx } from '../src/export/docx/test-helpers';
import { MANDATE_CHECKLIST_HEADING, NOTIFICATION_DRAFT_HEADING } from '../src/export/memo/test-helpers';
import { evaluateInEnglish } from '../src/i18n/test-helpers';
import { encodeAnswers } from '../src/share/codec';
import { PERSONAS } from '../src/share/test-personas';
import { superscriptPowers } from '../src/shared/legal-text/superscript';
import { expect, test } from './fixtures';

const frontier = PERSONAS.frontierLabOutsideEu as Answers;

test('Word: loaded on click only, downloaded with the right name, and its text and links are the memo', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-25T12:00:00Z'));
  const problems: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
  });

  await page.goto(`/#/report?a=${encodeAnswers(frontier, { includeModelName: true })}`);
  await expect(page.locator('.verdict-card')).toHaveCount(4);
  const before = scripts.length;

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Word document (.docx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('gpai-report-lodz-ai-2026-11-25.docx');
  await expect(page.getByRole('status').filter({ hasText: 'Word document saved' })).toBeVisible();
  expect(scripts.length).toBeGreaterThan(before); // the docx code came with the click

  const doc = readDocx(new Uint8Array(readFileSync(await download.path())));
  const report = evaluateInEnglish(frontier, '2026-11-25');
  expect(doc.text).toContain('Łódź AI');
  for (const v of Object.values(report.verdicts)) {
    expect(doc.text).toContain(v.label);
    expect(doc.text).toContain(superscriptPowers(v.summary));
  }
  const h1 = doc.headings.filter((h) => h.level === 1).map((h) => h.text);
  expect(h1).toEqual(
    expect.arrayContaining([
      'Verdicts',
      'Obligations',
      NOTIFICATION_DRAFT_HEADING,
      MANDATE_CHECKLIST_HEADING,
      'Your answers',
    ]),
  );
  expect(doc.text).toContain('3.8 × 10²⁵ FLOP — cumulative training compute');
  expect(doc.links).toContain('https://eur-lex.europa.eu/eli/reg/2024/1689/2026-07-27/eng#art_52');
  expect(doc.links.some((l) => /#\/report\?a=v\d+\.[A-Za-z0-9_-]+&asOf=2026-11-25$/.test(l))).toBe(true);
  expect(problems).toEqual([]);
});
