// `npm test`: install what is missing, then lint, type check, unit/property/component tests, production
// build, bundle budgets and Playwright e2e. Ends with one line "N passed, N failed" summed over all runners
// (test cases of Vitest and Playwright; each non-test step counts as one check).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './browser.mjs';
import { ensureDeps } from './ensure-deps.mjs';

ensureDeps();
rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

let passed = 0;
let failed = 0;
const failedSteps = [];

function run(label, command) {
  console.log(`\n── ${label}: ${command}`);
  const result = spawnSync(command, { stdio: 'inherit', shell: true });
  return result.status === 0;
}

function check(label, command) {
  if (run(label, command)) passed += 1;
  else {
    failed += 1;
    failedSteps.push(label);
    console.log(`✗ ${label} failed`);
  }
}

function countVitest(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numTodoTests ?? 0) + (report.numPendingTests ?? 0);
  return true;
}

function countPlaywright(file) {
  if (!existsSync(file)) return false;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += (stats.unexpected ?? 0) + (stats.skipped ?? 0);
  return true;
}

check('lint and format (Biome)', 'npx biome check .');
check('type check', 'npx tsc --noEmit -p tsconfig.json');
check('published JSON Schema is current', 'npx tsx scripts/write-json-schema.ts --check');

const vitestOk = run(
  'unit, property and component tests (Vitest)',
  'npx vitest run --reporter=default --reporter=json --outputFile=reports/vitest.json',
);
if (!countVitest('reports/vitest.json') || (!vitestOk && failed === 0)) failed += 1;
if (!vitestOk) failedSteps.push('unit, property and component tests (Vitest)');

const built = run('production build', 'npx vite build');
if (built) passed += 1;
else {
  failed += 1;
  failedSteps.push('production build');
}

if (built) {
  check('bundle size budgets', 'node scripts/budgets.mjs');
  if (findChromium({ headlessShell: true }) || process.env.PLAYWRIGHT_BROWSERS_PATH) {
    const e2eOk = run('end-to-end tests (Playwright, Chromium)', 'npx playwright test');
    if (!countPlaywright('reports/playwright.json') || (!e2eOk && failed === 0)) failed += 1;
    if (!e2eOk) failedSteps.push('end-to-end tests (Playwright)');
  } else {
    console.log('No Chromium found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
    failed += 1;
    failedSteps.push('end-to-end tests (no Chromium found)');
  }
}

for (const label of failedSteps) console.log(`✗ failed step: ${label}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
