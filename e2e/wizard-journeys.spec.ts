import { expect, test } from './fixtures';
import {
  answer,
  completePersona,
  expectCheckPage,
  group,
  LEGENDS,
  PERSONAS,
  REV2_PERSONAS,
} from './personas';

const ROLE = 'Which of these best describes you?';

test('submitting an empty screen shows an error summary that takes focus and links to each field', async ({
  page,
}) => {
  await page.goto('/#/assess/role');
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('heading', { name: 'There is a problem' }).locator('..');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: You and the model/);
  const links = summary.getByRole('link');
  await expect(links).toHaveText([
    'Select the description that best fits you.',
    "Select whether your organisation is established in the EU, or I don't know.",
  ]);
  // The link moves focus to the field without changing the route.
  await links.nth(1).click();
  await expect(page.locator('#f-euEstablished')).toBeFocused();
  await expect(page).toHaveURL(/#\/assess\/role$/);
  // Each field says what is wrong next to it, tied to the fieldset.
  const fieldset = group(page, 'Is your organisation established in the EU?');
  await expect(fieldset).toHaveAccessibleDescription(
    /Select whether your organisation is established in the EU/,
  );
});

test('a compute figure that cannot be read is explained with how to write it', async ({ page }) => {
  await completeUntilCompute(page);
  const g = group(page, 'How much compute was used to train the model?');
  await g.getByLabel('I have a figure or an estimate', { exact: true }).check();
  await g.getByLabel('Compute in FLOP', { exact: true }).fill('1,200');
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('heading', { name: 'There is a problem' }).locator('..');
  await expect(summary).toBeFocused();
  const link = summary.getByRole('link').first();
  await expect(link).toContainText('1,200');
  await link.click();
  await expect(g.getByLabel('Compute in FLOP', { exact: true })).toBeFocused();
  // A readable figure is echoed in words with where it falls against the thresholds and its ±30 % band.
  await g.getByLabel('Compute in FLOP', { exact: true }).fill('9e24');
  await expect(g.getByText('Read as 9 × 10²⁴ FLOP')).toBeVisible();
  await expect(g.getByText('±30 % band: 6.3 × 10²⁴ FLOP to 1.17 × 10²⁵ FLOP.')).toBeVisible();
  await expect(g.getByText(/10²⁵ FLOP lies within the ±30 % band/)).toBeVisible();
});

test('the hardware estimator fills in the figure and its method', async ({ page }) => {
  await completeUntilCompute(page);
  const g = group(page, 'How much compute was used to train the model?');
  await g.getByLabel('I have a figure or an estimate', { exact: true }).check();
  await g.getByText('Estimate it from the hardware or the architecture').click();
  await g.getByLabel('Accelerator').selectOption('nvidia-h100-sxm');
  // Digit grouping as people type it: a number of units is whole, so the comma groups digits (ADR 0081).
  await g.getByLabel('Number of units').fill('2,048');
  await g.getByLabel('Days of training').fill('30');
  await g.getByLabel('Utilisation (%)').fill('40');
  await g.getByRole('button', { name: 'Calculate from hardware' }).click();
  // 2048 × 30 × 86 400 s × 989e12 FLOP/s × 0.4 = 2.1000093696 × 10²⁴ FLOP, written with sensible precision.
  await expect(g.getByText('Estimate: about 2.1 × 10²⁴ FLOP')).toBeVisible();
  await g.getByRole('button', { name: 'Use this estimate' }).click();
  await expect(g.getByLabel('Compute in FLOP', { exact: true })).toHaveValue('2.1e24');
  await expect(
    group(page, 'Where does this figure come from?').getByLabel(/Estimated from the hardware used/),
  ).toBeChecked();
});

test('Back and the browser back button keep every answer; answers that no longer apply are hidden on the check page', async ({
  page,
}) => {
  await completePersona(page, PERSONAS.openWeights7B);
  await expectCheckPage(page, PERSONAS.openWeights7B);

  // Change the role to integrator: placing, compute, licence… no longer apply.
  await page
    .locator('dl > div')
    .filter({ hasText: 'Your role' })
    .getByRole('link', { name: /Change/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'You and the model' })).toBeVisible();
  await answer(page, {
    radio: ROLE,
    choose: "We only use someone else's model, unchanged, in our own product or AI system",
  });
  await page.getByRole('button', { name: 'Save and return' }).click();
  // The integration screen now applies and is unanswered: it is asked before returning.
  await expect(page.getByRole('heading', { level: 1, name: 'Your AI system' })).toBeVisible();
  await answer(page, {
    radio: 'Is the AI system built on the model offered or used in the EU?',
    choose: 'Yes',
  });
  await answer(page, {
    radio: "Did the model's provider clearly exclude distribution and use in the EU?",
    choose: 'No',
  });
  await page.getByRole('button', { name: 'Save and return' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  for (const label of [
    'How it is made available',
    'Non-public synthetic data compute',
    'Licence',
    'Copyright policy in place',
    'Code of Practice signatory',
  ]) {
    await expect(page.locator('dt', { hasText: new RegExp(`^${label}$`) })).toHaveCount(0);
  }
  // The training compute still applies (it decides whether the model built on is a GPAI model) and is kept.
  await expect(
    page
      .locator('dl > div')
      .filter({ hasText: /^Training compute/ })
      .locator('dd')
      .first(),
  ).toHaveText('1.3 × 10²³ FLOP');

  // Browser back returns to the integration screen with its answers kept.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Your AI system' })).toBeVisible();
  await expect(
    group(page, "Did the model's provider clearly exclude distribution and use in the EU?").getByLabel('No', {
      exact: true,
    }),
  ).toBeChecked();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'You and the model' })).toBeVisible();

  // Switching back to developer restores every earlier answer.
  await answer(page, { radio: ROLE, choose: 'We trained the model ourselves' });
  await page.getByRole('button', { name: 'Save and return' }).click();
  await expectCheckPage(page, PERSONAS.openWeights7B);
  await expect(page.locator('dt', { hasText: /^System offered or used in the EU$/ })).toHaveCount(0);
});

test('the Back link goes to the previous screen that applies, with its answers', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start now' }).click();
  await answer(page, { radio: ROLE, choose: "We modify someone else's model" });
  await answer(page, { radio: 'Is your organisation established in the EU?', choose: 'No' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await answer(page, { checks: 'What can the model generate?', choose: ['Text, including code'] });
  await answer(page, { radio: LEGENDS.singleTask, choose: "I don't know" });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your modification' })).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What the model can do' })).toBeVisible();
  await expect(group(page, LEGENDS.singleTask).getByLabel("I don't know")).toBeChecked();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(group(page, ROLE).getByLabel("We modify someone else's model")).toBeChecked();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'GPAI Navigator' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Resume' })).toBeVisible();
});

test('a screen that does not apply says so instead of asking', async ({ page }) => {
  await completePersona(page, PERSONAS.apiIntegrator);
  // The same assessment (its id), on a screen its answers make unnecessary.
  const id = new URL(page.url().replace('#/', '')).searchParams.get('id');
  await page.goto(`/#/assess/licence?id=${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Licence' })).toBeVisible();
  await expect(page.getByText('These questions do not apply to your answers')).toBeVisible();
  await page.goto('/#/assess/nonsense');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

async function completeUntilCompute(page: import('@playwright/test').Page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start now' }).click();
  for (const step of PERSONAS.legacyModel2024.steps.slice(0, 4)) {
    for (const a of step.answers) await answer(page, a);
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Training compute' })).toBeVisible();
}

test('"Skip to main content" moves focus to the page without leaving it (hash routing)', async ({ page }) => {
  await page.goto('/#/check');
  // The app's own link: the prerendered header's has no handler yet (it runs after the first paint).
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await page.getByRole('link', { name: 'Skip to main content' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(/#\/check$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
});

test('a model still in training: the intention to place, the planned compute and the date it became known (R88)', async ({
  page,
}) => {
  const persona = REV2_PERSONAS.labInTraining;
  await completePersona(page, persona);
  await expectCheckPage(page, persona);
  // Changing the intention to "no" takes the model out of the definition: the later answers are kept but not used.
  await page
    .locator('dl > div')
    .filter({ hasText: 'Meant to be placed on the EU market' })
    .getByRole('link', { name: /Change/ })
    .click();
  await answer(page, {
    radio: LEGENDS.intention,
    choose: 'No, it is only for research, development or prototyping',
  });
  await expect(group(page, LEGENDS.nameOnModel)).toHaveCount(0);
  await page.getByRole('button', { name: 'Save and return' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  for (const label of [
    'Planned cumulative compute',
    'Commission notified',
    'Authorised representative appointed',
  ])
    await expect(page.locator('dt', { hasText: new RegExp(`^${label}$`) })).toHaveCount(0);
});

test('a model below 10^23 FLOP is asked the facts of its breadth, with the parameter count in words (E27)', async ({
  page,
}) => {
  const persona = REV2_PERSONAS.smallBroadModel;
  await completePersona(page, persona);
  await expectCheckPage(page, persona);
  await page
    .locator('dl > div')
    .filter({ hasText: /^Parameters/ })
    .getByRole('link', { name: /Change/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'How broad the model is' })).toBeVisible();
  const count = group(page, LEGENDS.parameters);
  await expect(count.getByLabel('Number', { exact: true })).toHaveValue('1.5e9');
  await count.getByLabel('Number', { exact: true }).fill('300M');
  await expect(count.getByText('Read as 300 million parameters')).toBeVisible();
  // Below a billion parameters the scale facts cannot add up: their questions go (R8).
  await expect(group(page, LEGENDS.largeBroadData)).toHaveCount(0);
  await count.getByLabel('Number', { exact: true }).fill('lots');
  await page.getByRole('button', { name: 'Save and return' }).click();
  const summary = page.getByRole('heading', { name: 'There is a problem' }).locator('..');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toContainText('cannot be read as a number');
});
