/**
 * Shared Playwright fixtures. Every journey imports `test` and `expect` from here so that privacy is checked
 * on all of them (issue #5): no request may leave the page's origin, and the answers must never appear in a
 * request URL (share links keep them in the fragment, which browsers never send).
 */
import { test as base, expect } from '@playwright/test';

export interface NetworkLog {
  requests: string[];
}

export const test = base.extend<{ network: NetworkLog }>({
  network: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const log: NetworkLog = { requests: [] };
      page.on('request', (request) => log.requests.push(request.url()));
      await use(log);
      const foreign = log.requests.filter((url) => {
        if (url.startsWith('data:') || url.startsWith('blob:')) return false;
        return new URL(url).origin !== origin;
      });
      expect(foreign, 'requests to another origin').toEqual([]);
      const leaking = log.requests.filter((url) => /[?&]a=v\d/.test(url) || url.includes('#'));
      expect(leaking, 'answers or fragments in a request URL').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
