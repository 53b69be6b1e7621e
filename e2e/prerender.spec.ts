/**
 * The start page is prerendered into index.html (issue #12, ADR 0070): it paints before any script runs; a
 * link to any other route never shows it; React then replaces it without console errors or layout shift.
 */
import type { Page } from '@playwright/test';
import { DRAFT_STORAGE_KEY } from '../src/shared/draft/keys';
import { expect, test } from './fixtures';

// The app as users get it, with its service worker: a worker blocked by the test browser logs a warning of its own.
test.use({ serviceWorkers: 'allow' });

test('the start page paints from the HTML alone, before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'GPAI Navigator' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start now' })).toHaveAttribute('href', '#/assess/role');
  await context.close();
});

test('the prerendered start page is painted before the app’s code is evaluated', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  const [paint, evaluated] = await page.evaluate(() => [
    performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    performance.getEntriesByName('gpai:app-evaluated')[0]?.startTime,
  ]);
  // Evaluated before the paint, the app's code would delay the first paint of a page whose HTML is complete.
  expect(paint).toBeGreaterThan(0);
  expect(evaluated).toBeGreaterThanOrEqual(paint ?? Number.POSITIVE_INFINITY);
});

const holdBackTheApp = (page: Page) => page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());

test('a link to another route never shows the start page, and fetches that route’s code at once', async ({
  page,
}) => {
  // Hold the app's entry script back: what shows now is what shows before the app runs.
  await holdBackTheApp(page);
  await page.goto('/#/methodology');
  await expect(page.getByRole('link', { name: 'GPAI Navigator' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Start now' })).toBeHidden();
  await expect(page.locator('link[rel="modulepreload"][href*="/assets/methodology-"]')).toHaveCount(1);
});

test('the register and one assessment each preload their own screen’s code (a parameter route needs its segment)', async ({
  page,
}) => {
  await holdBackTheApp(page);
  await page.goto('/#/workspace');
  await expect(page.locator('link[rel="modulepreload"][href*="/assets/workspace-"]')).toHaveCount(1);
  await expect(page.locator('link[rel="modulepreload"][href*="/assets/_id-"]')).toHaveCount(0);
  // A change of the hash alone would not load the document again.
  await page.goto('about:blank');
  await page.goto('/#/workspace/an-assessment');
  await expect(page.locator('link[rel="modulepreload"][href*="/assets/_id-"]')).toHaveCount(1);
  await expect(page.locator('link[rel="modulepreload"][href*="/assets/workspace-"]')).toHaveCount(0);
});

test('the start page does not fetch the deep-link guard’s map of route chunks', async ({ page }) => {
  const maps: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/route-chunks-[^/]+\.json$/.test(request.url())) maps.push(request.url());
  });
  await page.goto('/');
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await page.waitForLoadState('load');
  expect(maps).toEqual([]);
});

test('before the app has taken over, the skip link moves the focus and opens no route', async ({ page }) => {
  await holdBackTheApp(page);
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  // Under hash routing, following href="#main" would have opened a route called "main".
  expect(new URL(page.url()).hash).not.toBe('#main');
});

test('with saved answers the prerendered "Start now" page never shows (the app shows "Resume")', async ({
  page,
}) => {
  await page.addInitScript((key) => localStorage.setItem(key, '{}'), DRAFT_STORAGE_KEY);
  await holdBackTheApp(page);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'GPAI Navigator' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start now' })).toBeHidden();
});

test('the app takes over the start page with no console error and no layout shift', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  // The prerendered markup is gone once React has rendered the route.
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'GPAI Navigator' })).toBeVisible();
  const shift = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        new PerformanceObserver((list) => {
          done(list.getEntries().reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        // No entry at all is no shift: the observer is not called then.
        setTimeout(() => done(0), 500);
      }),
  );
  expect(shift).toBe(0);
  expect(errors).toEqual([]);
});

test('"Start now" clicked while the app is still loading opens the first question, not the start page', async ({
  page,
}) => {
  // The prerendered link works before the app does. Hold back the start route's code so the click lands while
  // the router is still loading "/": the app must then follow the address, not render the route it began with.
  let release = () => {};
  const released = new Promise<void>((done) => {
    release = done;
  });
  await page.route(/\/assets\/routes-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('/');
  await page.getByRole('link', { name: 'Start now' }).click();
  await expect(page).toHaveURL(/#\/assess\/role$/);
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'You and the model' })).toBeVisible();
});
