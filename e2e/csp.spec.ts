/**
 * No Content-Security-Policy violation on a normal load of any route (issue #12). The policy (script-src
 * 'self', no eval) is the production build's; zod used to probe for eval on every load, and a violation is
 * reported even when the blocked call is caught. The listener is installed before any page script runs.
 */
import goldenLinks from '../src/share/golden-links.json' with { type: 'json' };
import { expect, test } from './fixtures';

const share = goldenLinks.links.find((l) => l.name === 'v2 frontierLabOutsideEu')?.link;

const ROUTES: {
  name: string;
  hash: string;
  ready: (page: import('@playwright/test').Page) => Promise<void>;
}[] = [
  {
    name: 'start',
    hash: '#/',
    ready: (p) => expect(p.getByRole('link', { name: 'Start now' })).toBeVisible(),
  },
  {
    name: 'a question',
    hash: '#/assess/role',
    ready: (p) => expect(p.getByRole('button', { name: /continue/i })).toBeVisible(),
  },
  {
    name: 'check',
    hash: '#/check',
    ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    name: 'report from a share link',
    hash: `#/report?a=${share}&asOf=2026-11-30`,
    ready: (p) => expect(p.locator('.verdict-card').first()).toBeVisible(),
  },
  {
    name: 'methodology',
    hash: '#/methodology',
    ready: (p) => expect(p.getByRole('heading', { level: 1, name: /methodology/i })).toBeVisible(),
  },
];

for (const route of ROUTES) {
  test(`no CSP violation on a normal load: ${route.name}`, async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
        ),
      );
    });
    const consoleCsp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
    });
    await page.goto(`/${route.hash}`);
    await route.ready(page);
    // Lazy chunks, the draft check and the service worker settle after the page shows.
    await page.waitForLoadState('networkidle');
    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    expect(violations).toEqual([]);
    expect(consoleCsp).toEqual([]);
  });
}
