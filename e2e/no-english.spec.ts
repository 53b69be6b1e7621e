/**
 * Issue #11: in German or French mode no screen shows English. Every visible text node of each screen is read
 * and any that carries common English words is reported — a net for words that escaped the catalogs. Proper
 * names (GPAI Navigator, FLOP, the language names) and rule ids carry none of these words.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fixToday, personaUrl } from './report-support';

const ENGLISH = /\b(the|and|your|you|with|this|that|from|which|not|are|is|of|to|or)\b/i;

async function englishOnScreen(page: Page): Promise<string[]> {
  return page.evaluate((source) => {
    const english = new RegExp(source, 'i');
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('[lang="en"], script, style, [hidden], [aria-hidden="true"]'))
        continue;
      if (parent.getClientRects().length === 0) continue;
      if (english.test(text)) found.push(text.slice(0, 120));
    }
    return found;
  }, ENGLISH.source);
}

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
        await page.locator('details').evaluateAll((all) => {
          for (const d of all) (d as HTMLDetailsElement).open = true;
        });
        expect(await englishOnScreen(page)).toEqual([]);
      });
    }

    test('the report shows no English', async ({ page }) => {
      await page.goto(personaUrl('frontierLabOutsideEu', `&lang=${lang}`));
      await expect(page.locator('.verdict-card .verdict-badge')).toHaveCount(4);
      await page.locator('details').evaluateAll((all) => {
        for (const d of all) (d as HTMLDetailsElement).open = true;
      });
      expect(await englishOnScreen(page)).toEqual([]);
    });
  });
}
