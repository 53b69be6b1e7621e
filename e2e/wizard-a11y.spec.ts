import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { answer, group, PERSONAS, type Persona } from './personas';

// Each screen is audited twice (unanswered in error, answered): give the walks time.
test.describe.configure({ timeout: 300_000 });

async function expectNoViolations(page: Page, where: string) {
  expect(await axeViolations(page), `axe violations on ${where}`).toEqual([]);
}

/** Walks a persona, checking every screen unanswered (in its error state) and answered with help and estimator open. */
async function auditPersona(page: Page, persona: Persona) {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expectNoViolations(page, 'start page');
  await page.getByRole('link', { name: 'Start now' }).click();
  for (const step of persona.steps) {
    await expect(page.getByRole('heading', { level: 1, name: step.title })).toBeVisible();
    // The empty screen is audited in its error state: the same controls plus the error summary and messages.
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expectNoViolations(page, `${step.title} (errors)`);
    for (const summary of await page.locator('summary').all()) await summary.click();
    for (const a of step.answers) await answer(page, a);
    await expectNoViolations(page, `${step.title} (answered, details open)`);
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await expectNoViolations(page, 'check page');
}

test('start page, every screen (unanswered in error, answered) and the check page: no WCAG 2.2 AA violations — open-weights model', async ({
  page,
}) => {
  await auditPersona(page, PERSONAS.openWeights7B);
});

// One test per persona, so the walks run in parallel and each has its own time budget.
for (const key of ['frontierLab', 'fineTunerUnknownOriginal', 'apiIntegrator'] as const) {
  test(`no WCAG 2.2 AA violations — every screen of the ${PERSONAS[key].key} walk`, async ({ page }) => {
    await auditPersona(page, PERSONAS[key]);
  });
}

test('no WCAG 2.2 AA violations on a compute error, the estimator result and the saved-answers notices', async ({
  page,
}) => {
  await page.goto('/#/assess/compute');
  const g = group(page, 'How much compute was used to train the model?');
  await g.getByLabel('I have a figure or an estimate', { exact: true }).check();
  await g.getByLabel('Compute in FLOP', { exact: true }).fill('ten');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await g.getByText('Estimate it from the hardware or the architecture').click();
  await g.getByRole('button', { name: 'Calculate from hardware' }).click();
  await expect(g.getByText('Check the inputs:')).toBeVisible();
  await g.getByLabel('Parameters', { exact: true }).fill('70B');
  await g.getByLabel('Training tokens', { exact: true }).fill('15T');
  await g.getByRole('button', { name: 'Calculate from architecture' }).click();
  await expectNoViolations(page, 'compute error with estimator');
  // The parameter count (read back in words) and the revealed questions of the breadth screen.
  await page.goto('/#/assess/generality');
  await expect(page.getByRole('heading', { level: 1, name: 'How broad the model is' })).toBeVisible();
  const count = group(page, 'How many parameters does the model have?');
  await count.getByLabel('I have a number or an estimate', { exact: true }).check();
  await count.getByLabel('Number', { exact: true }).fill('7 billion');
  await expect(count.getByText('Read as 7 billion parameters')).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expectNoViolations(page, 'breadth facts with a parameter count, in error');
  await page.evaluate(() => localStorage.setItem('gpai-navigator.draft', 'not json'));
  await page.goto('/');
  await expect(page.getByText('Saved answers could not be used')).toBeVisible();
  await expectNoViolations(page, 'start page with unreadable draft');
});

test('the audit itself reports a violation when there is one (an unlabelled field added to the page)', async ({
  page,
}) => {
  await page.goto('/#/assess/role');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.evaluate(() => document.querySelector('main')?.append(document.createElement('input')));
  expect(await axeViolations(page)).toContainEqual(expect.stringMatching(/^label: /));
});
