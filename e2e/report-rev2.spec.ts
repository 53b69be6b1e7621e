/**
 * Rules revision 2 in the report, on real engine output from share links: a deadline that moved off a weekend
 * (R87), an "at the latest" notification (R89), "prepare from" (E28), steps already taken, the AI-system duties
 * not assessed (R93) and one enforcement section (R94) — readable, accessible (axe) and without sideways
 * scrolling at desktop and phone width, and printed whole.
 */
import type { Page } from '@playwright/test';
import { answersSchema } from '../src/engine/answers';
import { FIXTURE_ANSWERS, type FixtureKey } from '../src/features/report/test-reports';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { fixToday, obligation, reportUrl } from './report-support';

const fixtureUrl = (key: FixtureKey) => reportUrl(answersSchema.parse(FIXTURE_ANSWERS[key]));

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test.beforeEach(async ({ page }) => {
  await fixToday(page);
});

test('a moved deadline shows its legal last day, from which day it moved and why (R87)', async ({ page }) => {
  await page.goto(fixtureUrl('movedDeadline'));
  const notify = obligation(page, 'Art. 52(1)');
  await expect(notify.locator('.obligation-status')).toHaveText('Due in 5 days');
  await expect(notify).toContainText('Due by 30 November 2026');
  await expect(notify.locator('.period-moved')).toContainText(
    'Moved from Saturday 28 November 2026 to Monday 30 November 2026.',
  );
  await expect(notify.locator('.period-moved')).toContainText('Reg. (EEC, Euratom) No 1182/71, Art. 3(4)');
  const milestone = page.locator('[data-milestone="notification-deadline"]');
  await expect(milestone.locator('time').first()).toHaveAttribute('datetime', '2026-11-30');
  await expect(milestone.locator('.period-moved')).toBeVisible();
});

test('signposts and enforcement: each duty "Not assessed", one enforcement section (R93, R94)', async ({
  page,
}) => {
  await page.goto(fixtureUrl('movedDeadline'));
  const signposts = page.getByRole('region', { name: 'AI-system duties not assessed by this tool' });
  await expect(signposts.locator('li.signpost')).toHaveCount(4);
  for (const item of await signposts.locator('li.signpost').all()) {
    await expect(item.locator('.signpost-status')).toHaveText('Not assessed');
    expect(await item.locator('a.citation').count()).toBeGreaterThan(0);
  }
  await expect(page.getByRole('region', { name: 'Enforcement and fines' })).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Enforcement and fines' })).toContainText(
    'whichever is higher',
  );
  await expect(page.getByRole('region', { name: 'At a glance' })).toContainText('AI-system duties');
});

test('an unknown threshold date: the notification "at the latest" from placing, overdue (R89)', async ({
  page,
}) => {
  await page.goto(fixtureUrl('atLatest'));
  const notify = obligation(page, 'Art. 52(1)');
  await expect(notify.locator('.obligation-status')).toHaveText(/^Overdue by \d+ days$/);
  await expect(notify).toContainText('Was due at the latest 26 January 2026');
  await expect(notify).toContainText('At the latest Monday 26 January 2026: 2 weeks after first placing');
  await expect(page.locator('[data-glance="overdue"]')).toContainText(
    'was due at the latest 26 January 2026',
  );
});

test('"prepare from" for Art. 55 (E28) and steps already taken as done or overdue', async ({ page }) => {
  await page.goto(fixtureUrl('prepareFrom'));
  await expect(obligation(page, 'Art. 55(1)(a)').locator('.prepare-from')).toContainText(
    'Prepare from 1 October 2026:',
  );
  await page.goto(fixtureUrl('stepsTaken'));
  await expect(obligation(page, 'Art. 53(1)(a)').locator('.obligation-status')).toHaveText('Done');
  await expect(obligation(page, 'Art. 53(1)(c)').locator('.obligation-status')).toHaveText(/^Overdue by/);
  await expect(obligation(page, 'Art. 53(1)(c)')).toContainText('not in place yet');
});

for (const key of ['movedDeadline', 'atLatest', 'integrator'] as const) {
  for (const width of [1280, 390]) {
    test(`axe finds nothing and nothing scrolls sideways: ${key} at ${width} px`, async ({ page }) => {
      test.setTimeout(90_000); // axe over a whole report (hundreds of rule and article links) on 2 cores
      await page.setViewportSize({ width, height: 900 });
      await page.goto(fixtureUrl(key));
      await expect(page.locator('.verdict-card')).toHaveCount(4);
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
      });
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    });
  }
}

test('print view keeps the new sections and fits an A4 page width', async ({ page }) => {
  await page.goto(fixtureUrl('movedDeadline'));
  await expect(page.locator('.verdict-card')).toHaveCount(4);
  await page.emulateMedia({ media: 'print' });
  await expect(
    page.getByRole('region', { name: 'AI-system duties not assessed by this tool' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Enforcement and fines' })).toBeVisible();
  await expect(page.locator('.period-moved').first()).toBeVisible();
  await page.setViewportSize({ width: 680, height: 1000 });
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
});
