// Bundle budgets, measured on the production build: first-load JS = the entry script of dist/index.html
// plus every chunk it preloads, gzipped. Lazy chunks (report, PDF) are listed but not counted.
// Options: --dist DIR (default dist), --first-load-only (print the first-load line only, as `npm run perf` does).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// 96 KB, as issue #12 set. What it holds (ADR 0070, amendment 4): React DOM (64 KB), the router (about 30 KB),
// the head script (0.8 KB), Rolldown's runtime (0.45 KB) and our own code (about 2.7 KB). The map of each route's
// chunks is a JSON file fetched on deep links only, and the head script is minified like the app's code.
const BUDGETS = { firstLoadKb: 96, lazyChunkKb: 200 };
const args = process.argv.slice(2);
const DIST = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : 'dist';
const html = readFileSync(`${DIST}/index.html`, 'utf8');
const firstLoad = new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
// …and every chunk those import statically, whether or not index.html names it: a static import the page does
// not preload is still fetched before the app runs (one more round trip, too).
for (const file of firstLoad) {
  const code = readFileSync(`${DIST}/${file}`, 'utf8');
  for (const m of code.matchAll(/\bimport\s*(?:[\w${}\s,*]*?\bfrom\s*)?["']\.\/([\w.~-]+\.js)["']/g))
    firstLoad.add(`assets/${m[1]}`);
}
const gz = (file) => gzipSync(readFileSync(`${DIST}/${file}`), { level: 9 }).length / 1024;
const all = readdirSync(`${DIST}/assets`)
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`);
let firstTotal = 0;
let failed = false;
for (const file of firstLoad) firstTotal += gz(file);
console.log(
  `first-load JS: ${firstTotal.toFixed(2)} KB gz (${firstLoad.size} files; budget ${BUDGETS.firstLoadKb} KB)`,
);
if (args.includes('--first-load-only')) process.exit(0);
if (firstTotal > BUDGETS.firstLoadKb) failed = true;
const lazy = all
  .filter((f) => !firstLoad.has(f))
  .map((f) => [f, gz(f)])
  .sort((a, b) => b[1] - a[1]);
for (const [file, size] of lazy.slice(0, 8)) {
  console.log(`  lazy ${file}: ${size.toFixed(1)} KB gz`);
  if (size > BUDGETS.lazyChunkKb) failed = true;
}
if (failed) {
  console.error('Bundle budget exceeded.');
  process.exit(1);
}
