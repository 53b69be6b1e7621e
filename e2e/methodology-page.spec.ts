/** The methodology page: version and changelog, dated sources, compute and limits, live worked examples, axe. */
import { RULES_CHANGELOG, RULES_VERSION } from '../src/engine/rules-version';
import { SCENARIOS } from '../src/engine/scenarios/scenarios';
import { SOURCES } from '../src/engine/sources';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';

test('the methodology page explains the rules, sources, compute, limits and shows the worked examples', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Methodology' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Methodology' })).toBeVisible();
  await expect(page).toHaveTitle(/Methodology/);
  await expect(page.getByTestId('rules-version')).toHaveText(RULES_VERSION);
  const changelog = page.getByRole('list', { name: 'Changelog' });
  await expect(changelog.locator(':scope > li')).toHaveCount(RULES_CHANGELOG.length);
  await expect(changelog.locator(':scope > li').first()).toContainText(RULES_VERSION);
  for (const entry of RULES_CHANGELOG) await expect(changelog).toContainText(entry.version);
  const periods = page.getByRole('region', { name: 'Periods and public holidays' });
  await expect(periods).toContainText('Regulation (EEC, Euratom) No 1182/71');
  await expect(periods).toContainText('Monday 18 August 2025');

  const sources = page.getByRole('region', { name: 'Legal sources' });
  for (const s of SOURCES) {
    await expect(sources.locator(`a[href="${s.url}"]`)).toHaveCount(1);
    await expect(sources.locator(`time[datetime="${s.date}"]`)).toHaveCount(1);
  }

  const compute = page.getByRole('region', { name: 'How training compute is estimated' });
  await expect(compute).toContainText('C = N × L × H × U');
  await expect(compute).toContainText('C ≈ 6 × P × D');
  await expect(compute).toContainText('30 %');
  const limits = page.getByRole('region', { name: 'Limits' });
  await expect(limits).toContainText('not binding');
  await expect(limits).toContainText('Court of Justice of the European Union');

  const table = page.getByRole('table', { name: 'Worked examples and the engine’s verdicts' });
  await expect(table.locator('tbody tr')).toHaveCount(SCENARIOS.length);
  await expect(table).not.toContainText('Could not be evaluated');
  const exactly = table.locator('tr[data-scenario="criterion-exactly-1e23-not-met"]');
  await expect(exactly.locator('td').first()).toHaveText('No');
  await expect(exactly).toContainText('10²³');
});

test('axe finds no violations on the methodology page, at desktop and phone width', async ({ page }) => {
  test.setTimeout(120_000); // axe over two large tables, twice, on a loaded 2-core machine
  await page.goto('/#/methodology');
  await expect(page.getByRole('table', { name: 'Worked examples and the engine’s verdicts' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await axeViolations(page)).toEqual([]);
  // The wide table scrolls inside its own keyboard-reachable region; the page itself does not scroll sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
