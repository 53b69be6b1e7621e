// `npm run perf`: Lighthouse 12 (default mobile settings) against the production build, served locally by
// `vite preview` with gzip (as any static host serves it), for the start page, a question screen, the report
// from a share link and the methodology page. Runs each page several times, interleaved, and prints the
// medians; then times a share link to the visible verdict with the CPU slowed 4× (Playwright + CDP).
// Figures are reported, never asserted (timings vary with the machine). Options:
//   --runs N (default 3)   --verdict-runs N (default 5)   --pages start,report (a subset of the pages)
//   --dist DIR (default dist; built first unless --no-build). Give --dist several times (with --no-build) to
//   compare builds: their runs are interleaved, so that a change in the machine's load hits all of them alike.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { findChromium } from './browser.mjs';
import { gzipStatic } from './perf-gzip.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(option('--runs', 3));
const VERDICT_RUNS = Number(option('--verdict-runs', 5));
const DISTS = args.flatMap((a, i) => (a === '--dist' ? [resolve(args[i + 1])] : []));
if (DISTS.length === 0) DISTS.push(resolve('dist'));

const golden = JSON.parse(readFileSync('src/share/golden-links.json', 'utf8'));
const SHARE = golden.links.find((l) => l.name === 'v2 frontierLabOutsideEu').link;
const REPORT = `#/report?a=${SHARE}&asOf=2026-11-30`;
const PAGES = [
  ['start', '#/'],
  ['question', '#/assess/role'],
  ['report (share link)', REPORT],
  ['methodology', '#/methodology'],
];

// --pages report,methodology: only the pages whose names start with one of these words.
const only = option('--pages', '').split(',').filter(Boolean);
if (only.length)
  PAGES.splice(0, PAGES.length, ...PAGES.filter(([name]) => only.some((w) => name.startsWith(w))));

const browser = findChromium();
if (!browser) {
  console.error('No Chromium found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
  process.exit(2);
}

if (!args.includes('--no-build')) {
  const built = spawnSync('npx', ['vite', 'build', '--outDir', DISTS[0], '--emptyOutDir'], {
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(1);
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function serve(dist) {
  const port = await freePort();
  const server = await preview({
    configFile: false,
    base: './',
    logLevel: 'warn',
    plugins: [gzipStatic(dist)],
    build: { outDir: dist },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  return { dist, server, origin: `http://127.0.0.1:${port}/` };
}
const builds = [];
for (const dist of DISTS) builds.push(await serve(dist));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function lighthouseRun(url) {
  const chrome = await launch({
    chromePath: browser.executablePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    const audit = (id) => lhr.audits[id].numericValue;
    const requests = lhr.audits['network-requests'].details.items;
    const scripts = requests.filter((r) => r.resourceType === 'Script');
    return {
      performance: lhr.categories.performance.score * 100,
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      fcp: audit('first-contentful-paint'),
      accessibility: lhr.categories.accessibility.score * 100,
      jsKb: scripts.reduce((sum, r) => sum + r.transferSize, 0) / 1024,
    };
  } finally {
    chrome.kill();
  }
}

/** A run that fails (e.g. Chrome too slow to answer on a loaded machine) is tried again once, then left out. */
async function lighthouseRunWithRetry(url) {
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    try {
      return await lighthouseRun(url);
    } catch (error) {
      console.warn(`  run failed (attempt ${attempt}): ${error.message}`);
    }
  }
  return null;
}

/** Navigation start to the verdict cards painted, CPU slowed 4× (no network throttling). */
async function verdictRun(pw, url) {
  const context = await pw.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('#verdicts-heading').waitFor({ state: 'visible' });
  // The next animation frame after the heading exists is when it has been painted.
  const ms = await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0))),
  );
  await context.close();
  return ms;
}

try {
  const results = new Map(builds.map((b) => [b, new Map(PAGES.map(([name]) => [name, []]))]));
  for (let run = 1; run <= RUNS; run += 1) {
    for (const [name, hash] of PAGES) {
      for (const build of builds) {
        process.stdout.write(`lighthouse run ${run}/${RUNS}: ${name} (${build.dist})\n`);
        const result = await lighthouseRunWithRetry(build.origin + hash);
        if (result) results.get(build).get(name).push(result);
      }
    }
  }

  for (const build of builds) {
    const rows = [...results.get(build)].map(([name, runs]) => {
      const m = (key) => median(runs.map((r) => r[key]));
      return {
        page: runs.length < RUNS ? `${name} (${runs.length} runs)` : name,
        performance: m('performance').toFixed(0),
        'LCP (s)': (m('lcp') / 1000).toFixed(2),
        'TBT (ms)': m('tbt').toFixed(0),
        CLS: m('cls').toFixed(3),
        'FCP (s)': (m('fcp') / 1000).toFixed(2),
        accessibility: m('accessibility').toFixed(0),
        'JS loaded (KB gz)': m('jsKb').toFixed(1),
      };
    });
    console.log(
      `\n${build.dist}: Lighthouse 12.6.1, default mobile, median of ${RUNS} runs per page (interleaved)`,
    );
    console.table(rows);
    const firstLoad = spawnSync('node', ['scripts/budgets.mjs', '--dist', build.dist, '--first-load-only'], {
      encoding: 'utf8',
    });
    console.log(firstLoad.stdout.trim());
  }

  const pw = await chromium.launch({
    executablePath: browser.executablePath,
    args: ['--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const times = new Map(builds.map((b) => [b, []]));
    for (let run = 0; run < VERDICT_RUNS; run += 1) {
      for (const build of builds) times.get(build).push(await verdictRun(pw, `${build.origin}${REPORT}`));
    }
    for (const build of builds) {
      const t = times.get(build);
      console.log(
        `${build.dist}: share link to visible verdict, CPU 4× slower: median ${median(t).toFixed(0)} ms ` +
          `(${VERDICT_RUNS} runs: ${t.map((v) => v.toFixed(0)).join(', ')} ms)`,
      );
    }
  } finally {
    await pw.close();
  }
} finally {
  for (const build of builds) await build.server.close();
}
