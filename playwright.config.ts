import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/browser.mjs';

// Debian's headless shell first: the tests run headless, and it runs them about a third faster than the full
// browser (measured: 15 wizard tests in 1.1 min against 1.6 min at 2 workers).
const systemChromium = findChromium({ headlessShell: true });

const PORT = Number(process.env.E2E_PORT ?? 4174);
// Parallel local runs can each build into their own folder: E2E_DIST=/tmp/dist-x E2E_PORT=4180.
const DIST = process.env.E2E_DIST ?? 'dist';
const REPORT = process.env.E2E_REPORT ?? 'reports/playwright.json';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: REPORT }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    // The service worker would precache the whole build in the background of every test; only the offline
    // specs need it, and they allow it themselves (ADR 0072).
    serviceWorkers: 'block',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(systemChromium ?? {}),
      args: [
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --outDir ${DIST} --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
