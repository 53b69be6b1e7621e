// Finds a Chromium for Playwright: $CHROMIUM_PATH, the Debian package, or Playwright's own download.
import { existsSync } from 'node:fs';

// Lighthouse and the icons need the full browser; the end-to-end tests take the headless shell when present.
export function findChromium({ headlessShell = false } = {}) {
  const candidates = [
    process.env.CHROMIUM_PATH,
    ...(headlessShell ? ['/usr/bin/chromium-headless-shell'] : []),
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
  for (const path of candidates) {
    if (path && existsSync(path)) return { executablePath: path };
  }
  return null;
}
