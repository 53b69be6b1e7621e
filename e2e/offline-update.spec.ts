/**
 * A new version is deployed while the app is open (issue #12, ADR 0072). A small proxy on a second origin in
 * front of the e2e server plays the deployment: its "version 2" marks index.html and gives it a new revision in
 * the service worker's precache list, as a rebuild would. Until the user accepts, every load shows version 1
 * (never a mix); after "Reload to update" the page runs version 2.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

// The configuration blocks service workers for every other spec.
test.use({ serviceWorkers: 'allow' });

async function deployment(upstream: string) {
  let version = 1;
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', upstream).pathname;
    const response = await fetch(new URL(req.url ?? '/', upstream));
    let body = Buffer.from(await response.arrayBuffer());
    if (version === 2 && (path === '/' || path === '/index.html')) {
      body = Buffer.from(
        body.toString('utf8').replace('<title>', '<meta name="app-build" content="2"><title>'),
      );
    }
    if (version === 2 && path === '/sw.js') {
      body = Buffer.from(
        body.toString('utf8').replace(/(url:"index\.html",revision:")[^"]+"/, '$1version-2"'),
      );
    }
    res.writeHead(response.status, {
      'content-type': response.headers.get('content-type') ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    deployVersion2: () => {
      version = 2;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const build = (page: Page) => page.locator('meta[name="app-build"]');

/** What the page and its service worker registration say right now; `navigating` while the page reloads. */
function switchState(page: Page) {
  return page
    .evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        build: document.querySelectorAll('meta[name="app-build"]').length,
        notice: document.querySelector('[role="status"]')?.textContent ?? '',
        waiting: registration?.waiting?.state ?? null,
        active: registration?.active?.state ?? null,
        controlled: navigator.serviceWorker.controller !== null,
      };
    })
    .catch((error: Error) => ({ navigating: error.message.slice(0, 80) }));
}

test('a new version is announced, waits for consent, then replaces the old one in one reload', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000); // a harness limit for two installs on a loaded 2-core machine, not an assertion
  const site = await deployment(baseURL ?? '');
  try {
    await page.goto(site.url);
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
      timeout: 30_000,
    });
    await expect(build(page)).toHaveCount(0);
    const status = page.getByRole('status').filter({ hasText: 'A new version of GPAI Navigator is ready' });
    await expect(status).toHaveCount(0);

    site.deployVersion2();
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await expect(status).toBeVisible({ timeout: 30_000 });
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations).toEqual([]);

    // Without consent a reload still runs version 1 entirely, and says again that version 2 is waiting.
    await page.reload();
    await expect(page.getByRole('link', { name: 'Start now' })).toBeVisible();
    await expect(build(page)).toHaveCount(0);
    await expect(status).toBeVisible({ timeout: 30_000 });

    await page.getByRole('button', { name: 'Reload to update' }).click();
    // Polled as a whole, so that a failure shows where the switch stopped (the notice's words, each worker's state).
    await expect
      .poll(() => switchState(page), { timeout: 30_000 })
      .toMatchObject({ build: 1, waiting: null, active: 'activated', controlled: true });
    await expect(page.getByRole('link', { name: 'Start now' })).toBeVisible();
    await expect(status).toHaveCount(0);
  } finally {
    await site.close();
  }
});
