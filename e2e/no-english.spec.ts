/**
 * Issue #11: in German or French mode no screen shows English. Every visible text node of each screen is read
 * and any that carries common English words is reported — a net for words that escaped the catalogs. Proper
 * names (GPAI Navigator, FLOP, the language names) and rule ids carry none of these words.
 */
import { englishOnScreen, openAllDetails } from './english-words';
import { expect, test } from './fixtures';
import { fixToday, personaUrl } from './report-support';

const SCREENS = [
  ['start', '/#/'],
  ['a question', '/#/assess/role'],
  ['rules', '/#/rules'],
  ['methodology', '/#/methodology'],
  ['workspace', '/#/workspace'],
  ['tasks', '/#/tasks'],
  ['compare', '/#/compare'],
  ['workspace data', '/#/workspace/data'],
] as const;

for (const lang of ['de', 'fr'] as const) {
  test.describe(`in ${lang}`, () => {
    test.beforeEach(async ({ page }) => {
      await fixToday(page);
    });

    for (const [name, path] of SCREENS) {
      test(`${name} shows no English`, async ({ page }) => {
        await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('main h1').first()).toBeVisible();
        await openAllDetails(page);
        expect(await englishOnScreen(page)).toEqual([]);
      });
    }

    test('the report shows no English', async ({ page }) => {
      await page.goto(personaUrl('frontierLabOutsideEu', `&lang=${lang}`));
      await expect(page.locator('.verdict-card .verdict-badge')).toHaveCount(4);
      await openAllDetails(page);
      expect(await englishOnScreen(page)).toEqual([]);
    });
  });
}
