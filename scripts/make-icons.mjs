// Renders the install icons in public/icons/ from public/favicon.svg with Chromium (the browser the tests use;
// no image tool needed). Run after changing the favicon: `node scripts/make-icons.mjs`. The PNGs are committed.
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './browser.mjs';

const favicon = readFileSync('public/favicon.svg', 'utf8');
const background = /<rect[^>]*fill="(#[0-9a-fA-F]{3,6})"/.exec(favicon)?.[1] ?? '#1e3a8a';
const mark = /<path[^>]*\/>/.exec(favicon)?.[0] ?? '';
// Maskable: a full-bleed background (the platform cuts its own shape); the mark already lies within the
// safe circle of 80 % of the width.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${background}"/>${mark}</svg>`;

const icons = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable },
  { file: 'apple-touch-icon-180.png', size: 180, svg: maskable },
];

mkdirSync('public/icons', { recursive: true });
const browser = await chromium.launch(findChromium() ?? {});
const page = await browser.newPage();
for (const { file, size, svg } of icons) {
  await page.setViewportSize({ width: size, height: size });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`,
  );
  await page.locator('img').evaluate((img) => img.decode());
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: true });
  console.log(`public/icons/${file}`);
}
await browser.close();
