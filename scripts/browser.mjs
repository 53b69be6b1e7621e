// Finds a Chromium for Playwright: $CHROMIUM_PATH, the Debian package, or Playwright's own download.
import { existsSync } from 'node:fs';

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) {
    if (path && existsSync(path)) return { executablePath: path };
  }
  return null;
}
