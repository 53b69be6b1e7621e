/**
 * `npm start` and the e2e server both serve the build with `vite preview`, which sends the security headers
 * of scripts/security-headers.ts (issue #12, ADR 0072). Checked on the page, a script, the service worker and
 * the manifest; and a page load raises no warning about them.
 */
import { expect, test } from './fixtures';

const EXPECTED: Record<string, string | RegExp> = {
  'content-security-policy': /^default-src 'self'; script-src 'self';.*; frame-ancestors 'none'$/,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy':
    /^(?=.*\bcamera=\(\))(?=.*\bmicrophone=\(\))(?=.*\bgeolocation=\(\))(?=.*\bpayment=\(\))/,
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

test('every response carries the security headers', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const script = /<script[^>]* src="\.\/([^"]+)"/.exec(html)?.[1];
  expect(script).toMatch(/^assets\/.+\.js$/);
  for (const path of ['/', `/${script}`, '/sw.js', '/manifest.webmanifest']) {
    const headers = (await request.get(path)).headers();
    for (const [name, value] of Object.entries(EXPECTED)) {
      if (typeof value === 'string') expect(headers[name], `${name} on ${path}`).toBe(value);
      else expect(headers[name], `${name} on ${path}`).toMatch(value);
    }
  }
  const csp = (await request.get('/')).headers()['content-security-policy'] ?? '';
  for (const directive of [
    "script-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
  ]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
});

// The configuration blocks service workers for the other specs; this one checks the headers let it register.
test.use({ serviceWorkers: 'allow' });

// e2e/csp.spec.ts checks every route for CSP violations; this checks that the headers themselves are understood.
test('the headers raise no browser warning and do not block the service worker', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (
      /Permissions.Policy|Content.Security.Policy|Refused to|X-Frame-Options|Cross-Origin/i.test(m.text())
    ) {
      problems.push(m.text());
    }
  });
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Start now' })).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker.ready.then((r) => r.active !== null));
  expect(problems).toEqual([]);
});
