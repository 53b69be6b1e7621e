/**
 * The rules page (#/rules), generated from the engine's rule registry: a rule number in a report opens its
 * entry with the focus on it; the page is keyboard-usable, passes axe and does not overflow a 320 px screen.
 */
import { RULE_REGISTRY } from '../src/engine/rules/registry';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { fixToday, personaUrl } from './report-support';

test('a rule number in a report opens its entry on the rules page, focused; back returns to the report', async ({
  page,
}) => {
  await fixToday(page);
  await page.goto(personaUrl('frontierLabOutsideEu'));
  const card = page.getByRole('article', { name: 'Are you its provider?', exact: true });
  await card.getByText('Why: the rules applied').click();
  const link = card.locator('a.rule-link', { hasText: /^R14$/ }).first();
  await expect(link).toHaveAttribute('href', '#/rules#R14');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'The rules' })).toBeVisible();
  const heading = page.locator('h3#R14');
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page.locator('article[data-rule="R14"]')).toContainText('Actor A develops and places');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: /^Report for / })).toBeVisible();
});

test('the rules page lists every rule with its sources, passes axe and fits a 320 px screen', async ({
  page,
}) => {
  test.setTimeout(120_000); // axe over 124 entries on a loaded 2-core machine: a harness limit, not an assertion
  await page.goto('/#/rules#E28');
  await expect(page.locator('h3#E28')).toBeFocused();
  await expect(page).toHaveTitle(/The rules/);
  await expect(page.locator('article.rule')).toHaveCount(RULE_REGISTRY.length);
  const r53 = page.locator('article[data-rule="R48"] a.citation', { hasText: 'Art. 53(2)' });
  await expect(r53).toHaveAttribute(
    'href',
    'https://eur-lex.europa.eu/eli/reg/2024/1689/2026-07-27/eng#art_53',
  );
  // A link inside a statement moves to that rule on the same page.
  await page.locator('article[data-rule="E28"] a.rule-link', { hasText: /^R35$/ }).first().click();
  await expect(page.locator('h3#R35')).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
