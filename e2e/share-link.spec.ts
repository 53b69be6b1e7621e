/**
 * Share links (issue #5): the link shown on a report, copied to the clipboard, opens the same report in a fresh
 * browser context (another machine); the model name travels only when ticked; a link made under other rules
 * says so.
 */
import type { Browser, Page } from '@playwright/test';
import type { Answers } from '../src/engine/answers';
import { decodeAnswers, encodeAnswers } from '../src/share/codec';
import golden from '../src/share/golden-links.json' with { type: 'json' };
import { PERSONAS } from '../src/share/test-personas';
import { expect, test } from './fixtures';
import { waitForWholeReport } from './report-support';

const TODAY = new Date('2026-11-25T12:00:00Z');
const frontier = PERSONAS.frontierLabOutsideEu as Answers;

function reportPath(answers: Answers, rulesVersion?: string): string {
  return `/#/report?a=${encodeAnswers(answers, { includeModelName: true }, rulesVersion)}`;
}

async function badges(page: Page): Promise<string[]> {
  await expect(page.locator('.verdict-card .verdict-badge')).toHaveCount(4);
  return page.locator('.verdict-card .verdict-badge').allInnerTexts();
}

async function articles(page: Page): Promise<string[]> {
  await waitForWholeReport(page);
  return page.locator('li.obligation .obligation-article').allInnerTexts();
}

/** Opens `url` in a brand-new context (no storage, no history) and checks its requests stay on the origin. */
async function openFresh(browser: Browser, baseURL: string, url: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.clock.setFixedTime(TODAY);
  await page.goto(url);
  const done = async () => {
    const origin = new URL(baseURL).origin;
    expect(requests.filter((u) => !u.startsWith('blob:') && new URL(u).origin !== origin)).toEqual([]);
    expect(requests.filter((u) => u.includes('#') || /[?&]a=v\d/.test(u))).toEqual([]);
    await context.close();
  };
  return { page, done };
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

test('the copied link opens the same report in a fresh browser, without the model name by default', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(reportPath(frontier));
  const before = await badges(page);
  const obligationsBefore = await articles(page);
  expect(before).toEqual(['Yes', 'Yes', 'Presumed', 'No']);

  const field = page.getByLabel('Link to this report');
  await expect(field).toBeVisible();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveText(
    'Link copied. It contains your answers but not the model name.',
  );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await field.inputValue());
  // The sender's language travels with the link (issue #11).
  expect(copied).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/report\?a=v2\.[A-Za-z0-9_-]+&lang=en$/);
  expect(copied.length).toBeLessThanOrEqual(300);
  const decoded = decodeAnswers(new URLSearchParams(new URL(copied).hash.split('?')[1]).get('a') ?? '');
  expect(decoded.ok && decoded.answers.modelName).toBe(undefined);
  expect(copied).not.toContain('dź');

  const fresh = await openFresh(browser, baseURL as string, copied);
  expect(await badges(fresh.page)).toEqual(before);
  expect(await articles(fresh.page)).toEqual(obligationsBefore);
  await expect(fresh.page.getByRole('heading', { level: 1 })).toHaveText('Your report');
  await fresh.done();
});

test('ticking "include the model name" puts it in the link, and the recipient sees it', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto(reportPath(frontier));
  const field = page.getByLabel('Link to this report');
  const without = await field.inputValue();
  await page.getByLabel('Include the model name in the link').check();
  await expect(field).not.toHaveValue(without);
  const withName = await field.inputValue();
  const fresh = await openFresh(browser, baseURL as string, withName);
  await expect(fresh.page.getByRole('heading', { level: 1 })).toHaveText('Report for Łódź AI');
  expect(await badges(fresh.page)).toEqual(['Yes', 'Yes', 'Presumed', 'No']);
  await fresh.done();
});

test('every persona opens from its link with the verdicts the engine gives', async ({ page }) => {
  const { evaluateInEnglish: evaluate } = await import('../src/i18n/test-helpers');
  for (const answers of Object.values(PERSONAS)) {
    await page.goto('about:blank'); // a full load each time, so nothing of the previous report remains
    await page.goto(reportPath(answers));
    const r = evaluate(answers, '2026-11-25');
    await expect(page.locator('.verdict-card .verdict-badge')).toHaveText([
      r.verdicts.gpai.label,
      r.verdicts.provider.label,
      r.verdicts.systemicRisk.label,
      r.verdicts.openSource.label,
    ]);
    await expect(page.locator('li.obligation .obligation-article')).toHaveText(
      // Exempted obligations (open source) are listed apart from the ones that apply.
      r.obligations.filter((o) => !o.exempted).map((o) => o.article),
    );
  }
});

test('a link made under other rules says so above the report', async ({ page }) => {
  await page.goto(reportPath(frontier, '2025.8.3'));
  await expect(page.getByText('The rules have changed since this link was made.')).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: '2025.8.3' })).toBeVisible();
  expect(await badges(page)).toEqual(['Yes', 'Yes', 'Presumed', 'No']);
});

test('a link made before rules revision 2 (format v1) opens, migrated, and says what changed', async ({
  page,
}) => {
  const v1 = golden.links.find((g) => g.name === 'v1MigrationCases');
  await page.goto(`/#/report?a=${v1?.link}`);
  const notice = page.getByTestId('migration-notice');
  await expect(notice).toContainText('These answers were made under rules 2026.11.1 (answers format 1).');
  await expect(notice).toContainText('Rules revision 2 changed how some answers are read:');
  await expect(notice.getByRole('listitem')).toHaveCount(4);
  await expect(page.getByText('The rules have changed since this link was made.')).toHaveCount(0);
  await expect(page.locator('.verdict-card')).toHaveCount(4);
  // To change a link's answers they are first saved to this browser's workspace, as a new assessment.
  await notice.getByRole('button', { name: 'Save to my workspace and change them' }).click();
  await expect(page).toHaveURL(/#\/check\?id=[0-9a-f-]{36}$/);
});
