/**
 * Issue #11: the language is chosen from the browser's preference on a first visit, can be switched on every
 * page, travels in the address (a shared link opens in the sender's language) and is remembered; the report
 * reads in German or French with the Act's terms, passes axe and does not overflow at 320 px.
 */
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { fixToday, personaUrl } from './report-support';

const FRONTIER = 'frontierLabOutsideEu';

test('a shared link with ?lang=de opens the report in German, and the app keeps German on every link', async ({
  page,
}) => {
  await fixToday(page);
  await page.goto(personaUrl(FRONTIER, '&lang=de'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(
    page.getByText('Technische Dokumentation für das Büro für Künstliche Intelligenz').first(),
  ).toBeVisible();
  await expect(page.getByText('Technical documentation', { exact: false })).toHaveCount(0);
  const languages = page.getByRole('list', { name: 'Sprache' });
  await expect(languages.getByRole('link', { name: 'Deutsch' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: 'Methodik' }).click();
  await expect(page).toHaveURL(/#\/methodology/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(
    page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: 'Arbeitsbereich' }),
  ).toBeVisible();
});

test('switching the language keeps the page and its answers, and survives a reload', async ({ page }) => {
  await fixToday(page);
  const url = personaUrl(FRONTIER);
  await page.goto(url);
  await expect(page.getByText('Technical documentation for the AI Office').first()).toBeVisible();
  const answers = new URL(page.url()).hash.match(/a=([^&]+)/)?.[1];
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/lang=fr/);
  expect(new URL(page.url()).hash).toContain(`a=${answers}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByText('Documentation technique destinée au Bureau de l’IA').first()).toBeVisible();
  await page.reload();
  await expect(page.getByText('Documentation technique destinée au Bureau de l’IA').first()).toBeVisible();
});

test.describe('a reader whose browser prefers French', () => {
  test.use({ locale: 'fr-FR' });

  test('gets French on a first visit, and a language chosen later is remembered', async ({ page }) => {
    await page.goto('/#/methodology');
    const nav = page.getByRole('navigation', { name: 'Menu principal' });
    await expect(nav.getByRole('link', { name: 'Espace de travail' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await nav.getByRole('link', { name: 'English' }).click();
    const main = page.getByRole('navigation', { name: 'Main' });
    await expect(main.getByRole('link', { name: 'Workspace' })).toBeVisible();
    await page.goto('/#/tasks');
    await page.reload();
    await expect(main.getByRole('link', { name: 'Workspace' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

for (const lang of ['de', 'fr'] as const) {
  test(`the report in ${lang}: axe finds nothing, and nothing overflows at 320 px`, async ({ page }) => {
    await fixToday(page);
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(personaUrl(FRONTIER, `&lang=${lang}`));
    await expect(page.locator('.verdict-card .verdict-badge')).toHaveCount(4);
    await page.locator('details').evaluateAll((all) => {
      for (const d of all) (d as HTMLDetailsElement).open = true;
    });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
  });
}
