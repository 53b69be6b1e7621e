/**
 * Framing (issue #12, ADR 0072). The headers forbid any frame (frame-ancestors 'none', X-Frame-Options DENY);
 * where a host sends no headers, the app itself refuses to run in a frame of another origin. Another origin is
 * simulated with routed pages on http://framer.test, so this file does not use the same-origin fixture.
 */
import { expect, type Page, test } from '@playwright/test';

// Routing and a service worker do not mix (the worker would answer before the route); none is needed here.
test.use({ serviceWorkers: 'block' });

const REFUSAL = 'GPAI Navigator does not run inside another website';

async function hostFrame(page: Page, hostUrl: string, appUrl: string): Promise<void> {
  await page.route(hostUrl, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Host</title><iframe title="embedded app" src="${appUrl}" width="800" height="600"></iframe>`,
    }),
  );
}

/**
 * Serves the app's page through a route: as a host that sends no security headers would (the <meta> CSP stays),
 * or with the server's headers. A route also keeps Chromium from refusing a "public" page's frame of a local
 * address (Local Network Access), which is not what these tests are about.
 */
async function serveApp(page: Page, appUrl: string, { headers }: { headers: boolean }): Promise<void> {
  await page.route(appUrl, async (route) => {
    const response = await route.fetch();
    const sent = { ...response.headers() };
    if (!headers) for (const name of ['content-security-policy', 'x-frame-options']) delete sent[name];
    await route.fulfill({ response, headers: sent });
  });
}

test('where the host sends no headers, the app refuses to run in a frame of another origin', async ({
  page,
  baseURL,
}) => {
  // A deep link: the prerendered start page is hidden there until the app renders, which it never does here.
  const app = `${baseURL}/`;
  await serveApp(page, app, { headers: false });
  await hostFrame(page, 'http://framer.test/', `${app}#/methodology`);
  await page.goto('http://framer.test/');
  const frame = page.frameLocator('iframe[title="embedded app"]');
  await expect(frame.getByRole('heading', { level: 1, name: REFUSAL })).toBeVisible();
  const link = frame.getByRole('link', { name: 'Open GPAI Navigator in a new tab' });
  await expect(link).toHaveAttribute('href', `${app}#/methodology`);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(frame.getByRole('link', { name: 'Start now' })).toHaveCount(0);
  await expect(frame.getByRole('navigation')).toHaveCount(0);
});

test('a frame of the same origin runs the app', async ({ page, baseURL }) => {
  const app = `${baseURL}/`;
  await serveApp(page, app, { headers: false });
  await hostFrame(page, `${baseURL}/frame-host.html`, app);
  await page.goto(`${baseURL}/frame-host.html`);
  const frame = page.frameLocator('iframe[title="embedded app"]');
  await expect(frame.getByRole('link', { name: 'Start now' })).toBeVisible();
  await expect(frame.getByText(REFUSAL)).toHaveCount(0);
});

test('top-level, the app runs', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Start now' })).toBeVisible();
  await expect(page.getByText(REFUSAL)).toHaveCount(0);
});

test("with the headers, the browser does not even load the app into another origin's frame", async ({
  page,
  baseURL,
}) => {
  await serveApp(page, `${baseURL}/`, { headers: true });
  await hostFrame(page, 'http://framer.test/', `${baseURL}/`);
  const refused = page.waitForEvent('console', (m) => /frame-ancestors 'none'/.test(m.text()));
  await page.goto('http://framer.test/');
  await refused;
  const frame = page.frameLocator('iframe[title="embedded app"]');
  await expect(frame.getByRole('link', { name: 'Start now' })).toHaveCount(0);
  await expect(frame.getByText(REFUSAL)).toHaveCount(0);
});
