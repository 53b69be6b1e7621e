import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { type Answer, expectCheckPage, group, PERSONAS } from './personas';

/** Presses Tab until `target` has focus (keyboard only; fails after `max` presses). */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target} with the Tab key`);
}

/** Selects a radio with the keyboard: Tab into the group, then arrow keys (which also select). */
async function chooseRadio(page: Page, legend: string, pick: { label: string } | { value: string }) {
  const radios = group(page, legend).getByRole('radio');
  const options = await radios.evaluateAll((els) =>
    els.map((el) => ({
      value: (el as HTMLInputElement).value,
      label: (el as HTMLInputElement).labels?.[0]?.textContent ?? '',
    })),
  );
  const index = options.findIndex((o) => ('label' in pick ? o.label === pick.label : o.value === pick.value));
  if (index < 0) throw new Error(`No option ${JSON.stringify(pick)} in "${legend}"`);
  await tabTo(page, radios.first());
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(index)).toBeChecked();
}

async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

async function answerWithKeyboard(page: Page, a: Answer) {
  if ('radio' in a) return chooseRadio(page, a.radio, { label: a.choose });
  if ('checks' in a) {
    for (const label of a.choose) {
      const box = group(page, a.checks).getByLabel(label, { exact: true });
      await tabTo(page, box);
      await page.keyboard.press('Space');
      await expect(box).toBeChecked();
    }
    return;
  }
  if ('text' in a) return typeInto(page, page.getByLabel(a.text, { exact: true }), a.value);
  if ('flop' in a) {
    if (a.value === 'unknown' || a.value === 'none') return chooseRadio(page, a.flop, { value: a.value });
    await chooseRadio(page, a.flop, { value: 'figure' });
    return typeInto(page, group(page, a.flop).getByLabel('Compute in FLOP', { exact: true }), a.value);
  }
  if ('count' in a) {
    if (a.value === 'unknown') return chooseRadio(page, a.count, { value: 'unknown' });
    await chooseRadio(page, a.count, { value: 'figure' });
    return typeInto(page, group(page, a.count).getByLabel('Number', { exact: true }), a.value);
  }
  if ('date' in a) {
    if (a.value === 'unknown' || a.value === 'none') return chooseRadio(page, a.date, { value: a.value });
    await chooseRadio(page, a.date, { value: 'date' });
    return typeInto(page, group(page, a.date).getByLabel('Date', { exact: true }), a.value);
  }
  throw new Error('The keyboard journey does not use the estimator');
}

test('a whole journey completes with the keyboard alone, to the result', async ({ page }) => {
  const persona = PERSONAS.fineTunerUnknownOriginal;
  await page.goto('/');
  await tabTo(page, page.getByRole('link', { name: 'Start now' }));
  await page.keyboard.press('Enter');
  for (const step of persona.steps) {
    await expect(page.getByRole('heading', { level: 1, name: step.title })).toBeVisible();
    for (const a of step.answers) await answerWithKeyboard(page, a);
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');
  }
  await expectCheckPage(page, persona);
  // Error summary links work from the keyboard too: change a screen, leave a field empty, follow the link.
  await tabTo(page, page.getByRole('link', { name: 'Change original model’s training compute' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Your modification' })).toBeVisible();
  await tabTo(
    page,
    page.getByRole('link', { name: 'See result' }).or(page.getByRole('button', { name: 'Save and return' })),
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'See result' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/report\?id=[0-9a-f-]{36}$/);
});
