/**
 * Time from click on "Download PDF summary" to the download event, for the largest report, in the production
 * build (issue #5 goal ≤ 1 s). A measurement, not a test. Needs a build:
 *   npx vite build --outDir /tmp/dist-exports --emptyOutDir && npx tsx bench/pdf-download-timing.ts /tmp/dist-exports
 * Prints the largest candidate's pages, cold times (fresh context: chunk + fonts fetched) and warm times, and
 * the gzip size of what the click loads (JS chunks + fonts) versus the first load.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import type { Answers } from '../src/engine/answers';
import { english } from '../src/i18n/english';
import { evaluateInEnglish } from '../src/i18n/test-helpers';
import { buildReportPdf } from '../src/pdf/build-report-pdf';
import { readFonts } from '../src/pdf/test-helpers';
import { maximalAnswers } from '../src/share/arbitraries';
import { encodeAnswers } from '../src/share/codec';
import { PERSONAS } from '../src/share/test-personas';

const DIST = process.argv[2] ?? '/tmp/dist-exports';
const PORT = Number(process.argv[3] ?? 4184);
const AS_OF = '2026-11-25';

const busy: Answers = {
  schemaVersion: 2,
  modelName: 'Łódź AI — frontier model with a very long descriptive name for the file',
  role: 'developer',
  euEstablished: 'no',
  outputModalities: ['text', 'speech', 'image', 'video'],
  generalityFacts: { parameterCount: 'unknown', tasks: 'unknown', singleTask: 'unknown' },
  compute: {
    parameterUpdateFlop: 1.2e25,
    method: 'hardware',
    syntheticDataFlop: 'unknown',
    inheritedWeightsFlop: 2e23,
  },
  placing: {
    channels: ['api', 'hub', 'package', 'ownApp', 'cloud'],
    euAvailability: 'unknown',
    euExcluded: 'unknown',
    placingDate: '2025-06-01',
  },
  licence: {
    name: 'Apache-2.0',
    access: 'yes',
    use: 'yes',
    modify: 'yes',
    distribute: 'yes',
    restrictions: ['safetyClauses'],
    weightsPublic: 'yes',
    architecturePublic: 'unknown',
    usageInfoPublic: 'yes',
    monetisation: ['optionalPaidServices'],
    microenterpriseDeal: 'unknown',
  },
  systemicRisk: {
    thresholdMetDate: 'unknown',
    designated: 'yes',
    designationInformedDate: '2026-05-31',
    contest: 'pending',
    contestDecisionDate: 'unknown',
  },
  codeOfPractice: 'partial',
};

function pages(answers: Answers): number {
  const bytes = buildReportPdf(
    {
      report: evaluateInEnglish(answers, AS_OF),
      answers,
      answersInWords: [],
      shareLink: 'x',
      generatedAt: '2026-11-25T12:00:00Z',
      answersHash: 'x',
      translator: english,
    },
    readFonts(),
  );
  return (new TextDecoder('latin1').decode(bytes).match(/\/Type \/Page\b/g) ?? []).length;
}

const candidates: [string, Answers][] = [
  ...Object.entries(PERSONAS),
  ['maximal', maximalAnswers()],
  ['busy', busy],
];
const sized = candidates.map(([name, a]) => [name, a, pages(a)] as const).sort((x, y) => y[2] - x[2]);
const [largestName, largest, largestPages] = sized[0] as (typeof sized)[number];
console.log('PDF pages per candidate:', sized.map(([n, , p]) => `${n} ${p}`).join(', '));
console.log(`largest: ${largestName} (${largestPages} pages, answers in words not counted)`);

const server = spawn(
  'npx',
  ['vite', 'preview', '--outDir', DIST, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
  },
);
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-dev-shm-usage'],
});
const url = `${base}/#/report?a=${encodeAnswers(largest, { includeModelName: true })}`;
const cold: number[] = [];
const warm: number[] = [];
const lazy = new Set<string>();
try {
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const seen: string[] = [];
    page.on('request', (r) => seen.push(new URL(r.url()).pathname));
    await page.goto(url);
    await page.locator('.verdict-card').first().waitFor();
    const before = new Set(seen);
    const button = page.getByRole('button', { name: 'Download PDF summary' });
    for (let click = 0; click < 4; click++) {
      const t0 = Date.now();
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      const ms = Date.now() - t0;
      (click === 0 ? cold : warm).push(ms);
      await download.path();
      await button.waitFor({ state: 'visible' });
      await page.waitForFunction(() => !document.querySelector('button[aria-busy="true"]'));
    }
    for (const p of seen) if (!before.has(p)) lazy.add(p);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `click → download, cold (chunk + fonts fetched): ${cold.join(', ')} ms; median ${median(cold)} ms`,
);
console.log(
  `click → download, warm: median ${median(warm)} ms (min ${Math.min(...warm)}, max ${Math.max(...warm)})`,
);
let lazyGz = 0;
for (const p of [...lazy].sort()) {
  const file = readFileSync(join(DIST, p.replace(/^\//, '')));
  const gz = gzipSync(file, { level: 9 }).length;
  lazyGz += gz;
  console.log(
    `  loaded on click: ${p} ${(file.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gz`,
  );
}
console.log(`total loaded on click: ${(lazyGz / 1024).toFixed(1)} KB gz`);
