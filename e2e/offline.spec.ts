/**
 * Offline after the first visit (issue #12, ADR 0072): the service worker precaches the whole build, so with
 * the network cut the app reloads, a journey reaches the report and the PDF (lazy code and fonts) is made.
 * The install manifest and icons are served. The update notice is tested in src/shared/offline/.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { completeApiIntegrator } from './personas';

// The configuration blocks service workers for every other spec.
test.use({ serviceWorkers: 'allow' });

async function waitUntilControlled(page: Page): Promise<void> {
  // The worker claims the page once it has precached everything (clientsClaim on the first install).
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 45_000,
  });
}

test('after one visit the whole app works offline: reload, wizard to report, PDF download', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000); // a harness limit for a whole journey on a loaded 2-core machine, not an assertion
  await page.clock.setFixedTime(new Date('2026-11-25T12:00:00Z'));
  await page.goto('/');
  await waitUntilControlled(page);

  await context.setOffline(true);
  // completeApiIntegrator starts with a fresh navigation to "/", served by the service worker.
  await completeApiIntegrator(page);
  await page.getByRole('link', { name: 'See result' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /report/i })).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PDF summary' }).click(),
  ]);
  const bytes = readFileSync(await download.path());
  expect(bytes.length).toBeGreaterThan(1000);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByRole('status').filter({ hasText: 'PDF summary saved' })).toBeVisible();
});

test('the web app manifest makes it installable: name, scope, standalone display and PNG icons', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain('<link rel="manifest" href="./manifest.webmanifest">');
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({
    name: 'GPAI Navigator',
    start_url: './',
    scope: './',
    display: 'standalone',
  });
  const sizes = new Set<string>();
  for (const icon of manifest.icons as { src: string; sizes: string; purpose?: string }[]) {
    const response = await request.get(`/${icon.src}`);
    expect(response.headers()['content-type']).toBe('image/png');
    expect((await response.body()).subarray(1, 4).toString('latin1')).toBe('PNG');
    sizes.add(`${icon.sizes}${icon.purpose ? ` ${icon.purpose}` : ''}`);
  }
  expect([...sizes].sort()).toEqual(['192x192', '512x512', '512x512 maskable']);
});
