import { expect, test } from './fixtures';
import { answer, answerScreen, expectCheckPage, group, PERSONAS } from './personas';

const KEY = 'gpai-navigator.draft';

test('a reload mid-way resumes with every answer', async ({ page }) => {
  const persona = PERSONAS.frontierLab;
  await page.goto('/');
  await page.getByRole('link', { name: 'Start now' }).click();
  for (const step of persona.steps.slice(0, 4)) await answerScreen(page, step);
  await expect(page.getByRole('heading', { level: 1, name: 'Training compute' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Training compute' })).toBeVisible();
  // API only: no public weights, so the licence screens are not counted (R55); until the compute is known,
  // the breadth facts may still matter (E27).
  await expect(page.getByText('Step 5 of 11', { exact: true })).toBeVisible();

  // From the start page in a fresh visit: Resume goes to the first unanswered screen.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your workspace' })).toBeVisible();
  await page.getByRole('link', { name: 'Resume “Aurora-3”' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Training compute' })).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Release details' })).toBeVisible();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('1 March 2026');
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(
    group(page, 'How is the model made available — or how will it be?').getByLabel('Through an API'),
  ).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  for (const step of persona.steps.slice(4)) await answerScreen(page, step);
  await expectCheckPage(page, persona);
});

test('a hand-corrupted old draft is not moved into the workspace: a notice, never a crash', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"answers":{"role":'), KEY);
  await page.reload();
  await expect(page.getByText('Saved answers could not be used')).toBeVisible();
  await expect(page.getByText(/damaged and cannot be read/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start now' })).toBeVisible();

  // Valid JSON with an impossible answer: caught by the full check when the start page tries to move it.
  await page.evaluate(
    (key) =>
      localStorage.setItem(
        key,
        JSON.stringify({
          version: 1,
          answers: { schemaVersion: 1, role: 42, compute: { parameterUpdateFlop: -1 } },
          updatedAt: 'x',
        }),
      ),
    KEY,
  );
  await page.reload();
  await expect(page.getByText('Saved answers could not be used')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start now' })).toBeVisible();
  // The question pages do not take it either: a new assessment starts empty.
  await page.goto('/#/assess/role');
  await expect(page.getByRole('heading', { level: 1, name: 'You and the model' })).toBeVisible();
  await expect(
    group(page, 'Which of these best describes you?').getByRole('radio', { checked: true }),
  ).toHaveCount(0);

  // An old-version draft.
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ version: 0, answers: {} })), KEY);
  await page.goto('/');
  await page.reload();
  await expect(page.getByText(/different version of this tool/)).toBeVisible();
  await page.getByRole('button', { name: 'Remove the unreadable answers' }).click();
  await expect(page.getByText('Your answers have been removed from this browser.')).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
});

test('nothing is destroyed from the question pages; a new assessment leaves the others', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start now' }).click();
  await answer(page, {
    radio: 'Which of these best describes you?',
    choose: 'We trained the model ourselves',
  });
  await answer(page, { text: 'Model name (optional)', value: 'Secret Model' });
  await answer(page, { radio: 'Is your organisation established in the EU?', choose: 'Yes' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What the model can do' })).toBeVisible();
  // No one-click "Clear my data" any more: deleting is the workspace's, with a confirmation and undo.
  await expect(page.getByRole('button', { name: 'Clear my data' })).toHaveCount(0);
  await expect(
    page.getByRole('link', { name: 'Rename, duplicate or delete this assessment in your workspace' }),
  ).toHaveAttribute('href', /^#\/workspace\/[0-9a-f-]{36}$/);
  // Nothing of the answers is kept in the old single-draft key.
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();

  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start again' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Start a new assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You and the model' })).toBeVisible();
  await expect(
    group(page, 'Which of these best describes you?').getByRole('radio', { checked: true }),
  ).toHaveCount(0);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Resume “Secret Model”' })).toBeVisible();
});
