/**
 * JSON export and import (issue #5): exporting the answers and importing the file elsewhere reproduces the
 * report; a broken or invalid file shows an error that names the problem and the field.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Answers } from '../src/engine/answers';
import { encodeAnswers } from '../src/share/codec';
import golden from '../src/share/golden-links.json' with { type: 'json' };
import { PERSONAS } from '../src/share/test-personas';
import { expect, test } from './fixtures';
import { waitForWholeReport } from './report-support';

/** The start page once the app has taken over from its prerendered HTML (whose controls are disabled). */
async function openStartPage(page: Page): Promise<void> {
  await page.goto('/#/');
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
}

const frontier = PERSONAS.frontierLabOutsideEu as Answers;
const integrator = PERSONAS.apiIntegrator as Answers;

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T12:00:00Z'));
});

test('export the answers, then import the file on another report: the first report comes back', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto(`/#/report?a=${encodeAnswers(frontier, { includeModelName: true })}`);
  await expect(page.locator('.verdict-card')).toHaveCount(4);
  await waitForWholeReport(page);
  const badges = await page.locator('.verdict-card .verdict-badge').allInnerTexts();
  const articles = await page.locator('li.obligation .obligation-article').allInnerTexts();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export answers (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('gpai-answers-lodz-ai-2026-11-25.json');
  const json = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(json)).toMatchObject({ schemaVersion: 2, modelName: 'Łódź AI', role: 'developer' });
  // Only what was answered: no defaults of questions this report never asked (issue #10).
  expect(JSON.parse(json).compute).toEqual({ parameterUpdateFlop: 3.8e25, method: 'measured' });
  expect(JSON.parse(json).placing).not.toHaveProperty('euExcluded');

  // Another browser, showing another report.
  const context = await browser.newContext({ baseURL });
  const other = await context.newPage();
  await other.clock.setFixedTime(new Date('2026-11-25T12:00:00Z'));
  await other.goto(`/#/report?a=${encodeAnswers(integrator, { includeModelName: true })}`);
  await expect(other.locator('.verdict-card')).toHaveCount(4);
  await other.getByLabel('Answers file (JSON)').setInputFiles({
    name: 'answers.json',
    mimeType: 'application/json',
    buffer: Buffer.from(json),
  });
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Report for Łódź AI');
  await expect(other.locator('.verdict-card .verdict-badge')).toHaveText(badges);
  await expect(other.locator('li.obligation .obligation-article')).toHaveText(articles);
  await expect(
    other.getByRole('status').filter({ hasText: 'Imported the answers from answers.json' }),
  ).toBeVisible();
  await context.close();
});

test('importing a file never puts the model name into the address bar; a reload still shows the report', async ({
  page,
}) => {
  await openStartPage(page);
  const json = JSON.stringify(frontier);
  await page.getByLabel('Answers file (JSON)').setInputFiles({
    name: 'answers.json',
    mimeType: 'application/json',
    buffer: Buffer.from(json),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report for Łódź AI');
  // The link is the one made without the model name (issue #10)…
  const a = new URL(page.url().replace('#/report', '/report')).searchParams.get('a');
  expect(a).toBe(encodeAnswers(frontier, { includeModelName: false }));
  expect(a).not.toBe(encodeAnswers(frontier, { includeModelName: true }));
  // …and a reload still shows the report with the name, which travels in the history entry.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report for Łódź AI');
  await expect(page.locator('.verdict-card .verdict-badge')).toHaveText(['Yes', 'Yes', 'Presumed', 'No']);
});

test('a file that is not JSON shows the error, and the report stays as it was', async ({ page }) => {
  await page.goto(`/#/report?a=${encodeAnswers(integrator, { includeModelName: true })}`);
  await expect(page.locator('.verdict-card')).toHaveCount(4);
  await waitForWholeReport(page);
  const badges = await page.locator('.verdict-card .verdict-badge').allInnerTexts();
  await page.getByLabel('Answers file (JSON)').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"role": "developer",'),
  });
  const error = page.getByRole('alert').filter({ hasText: 'notes.json' });
  await expect(error).toContainText('This file is not valid JSON');
  await expect(error).toBeFocused();
  await expect(page.locator('.verdict-card .verdict-badge')).toHaveText(badges);
});

test('a file with invalid answers names each field', async ({ page }) => {
  await page.goto(`/#/report?a=${encodeAnswers(integrator, { includeModelName: true })}`);
  // The app's own file input: the hidden prerendered start page holds one with the same label.
  await expect(page.locator('.verdict-card')).toHaveCount(4);
  const bad = {
    ...frontier,
    euEstablished: 'maybe',
    compute: { ...frontier.compute, parameterUpdateFlop: -1 },
  };
  await page.getByLabel('Answers file (JSON)').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const error = page.getByTestId('import-error');
  await expect(error).toContainText('2 answers are not valid');
  await expect(error.locator('li').filter({ hasText: 'euEstablished' })).toContainText('"yes"');
  await expect(error.locator('li').filter({ hasText: 'compute.parameterUpdateFlop' })).toBeVisible();
});

test('a file from a newer version is refused with the reason', async ({ page }) => {
  await page.goto(`/#/report?a=${encodeAnswers(integrator, { includeModelName: true })}`);
  // The app's own file input: the hidden prerendered start page holds one with the same label.
  await expect(page.locator('.verdict-card')).toHaveCount(4);
  await page.getByLabel('Answers file (JSON)').setInputFiles({
    name: 'future.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...frontier, schemaVersion: 3 })),
  });
  await expect(page.getByTestId('import-error')).toContainText('newer version of GPAI Navigator');
});

test('a saved answers file can be opened from the start page, and a bad one is explained there', async ({
  page,
}) => {
  await openStartPage(page);
  const input = page.getByLabel('Answers file (JSON)');
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...frontier, role: 'boss' })),
  });
  const error = page.getByTestId('import-error');
  await expect(error).toContainText('broken.json');
  await expect(error.locator('li').filter({ hasText: 'role' })).toContainText('developer');
  await expect(error).toBeFocused();

  await input.setInputFiles({
    name: 'answers.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(frontier)),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report for Łódź AI');
  await expect(page.locator('.verdict-card .verdict-badge')).toHaveText(['Yes', 'Yes', 'Presumed', 'No']);
});

test('a file exported before rules revision 2 (answers format 1) opens, migrated, and the report says what changed', async ({
  page,
}) => {
  await openStartPage(page);
  const v1 = golden.links.find((g) => g.name === 'v1MigrationCases')?.answers;
  await page.getByLabel('Answers file (JSON)').setInputFiles({
    name: 'old.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(v1, null, 2)),
  });
  const notice = page.getByTestId('migration-notice');
  await expect(notice).toContainText('These answers were made under rules 2026.11.1 (answers format 1).');
  await expect(notice.getByRole('listitem')).toHaveCount(4);
  await expect(page).toHaveURL(/a=v2\./);
  // Reloading keeps the notice: it travels in the history entry of the imported report.
  await page.reload();
  await expect(page.getByTestId('migration-notice')).toBeVisible();
});
