import { expect, test } from './fixtures';
import { answer, completePersona, expectCheckPage, LEGENDS, PERSONAS, type PersonaKey } from './personas';

/** Goals from issue #3: at most 6 screens for the API integrator and 9 for the frontier lab. */
const EXPECTED_SCREENS: Record<PersonaKey, number> = {
  frontierLab: 9,
  openWeights7B: 13,
  fineTunerBelowOneThird: 3,
  fineTunerUnknownOriginal: 9,
  apiIntegrator: 4,
  speechTranscription: 5,
  legacyModel2024: 10,
  researchPrototype: 3,
};

// The journeys through the questions revision 2 added (REV2_PERSONAS) run in wizard-journeys.spec.ts.
for (const persona of Object.values(PERSONAS)) {
  test(`${persona.name}: answers every screen that applies and sees them in words on the check page`, async ({
    page,
  }) => {
    const shown = await completePersona(page, persona);
    expect(shown).toBe(EXPECTED_SCREENS[persona.key as PersonaKey]);
    await expectCheckPage(page, persona);
    await expect(page.getByRole('link', { name: 'See result' })).toBeVisible();
    // Never raw keys: no camelCase enum value appears as an answer.
    const answers = await page.locator('dl dd:first-of-type').allTextContents();
    for (const text of answers)
      expect(text).not.toMatch(
        /^(developer|modifier|integrator|api|hub|notYet|own|newModel|transcription|fewer|unknown|yes|no)$/,
      );
  });
}

test('the progress indicator counts the screens that apply to these answers', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start now' }).click();
  // Nothing known yet: every screen a developer could see.
  await expect(page.getByText('Step 1 of 15', { exact: true })).toBeVisible();
  await answer(page, {
    radio: 'Which of these best describes you?',
    choose: "We only use someone else's model, unchanged, in our own product or AI system",
  });
  await answer(page, { radio: 'Is your organisation established in the EU?', choose: 'Yes' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Step 2 of 14', { exact: true })).toBeVisible();
  // The counter never changes without a word: the integrator's answers swapped the steps.
  await expect(
    page.getByRole('status').filter({ hasText: 'Your last answers changed the steps' }),
  ).toHaveText(
    'Your last answers changed the steps: 2 steps no longer needed (Making the model available, Release details); 1 step added (Your AI system).',
  );
  await answer(page, { checks: 'What can the model generate?', choose: ['Text, including code'] });
  await answer(page, {
    radio: LEGENDS.singleTask,
    choose: 'No, it was not designed for one specific task',
  });
  await page.getByRole('button', { name: 'Continue' }).click();
  // Until we know whether the upstream provider excluded the EU, the integrator may become the model's
  // provider (R19, E13): compute, systemic risk, licence, steps and Code of Practice may still follow.
  await expect(page.getByRole('heading', { level: 1, name: 'Your AI system' })).toBeVisible();
  await expect(page.getByText('Step 3 of 14', { exact: true })).toBeVisible();
  await answer(page, {
    radio: 'Is the AI system built on the model offered or used in the EU?',
    choose: 'Yes',
  });
  await answer(page, {
    radio: "Did the model's provider clearly exclude distribution and use in the EU?",
    choose: 'Yes',
  });
  await answer(page, {
    date: 'When was the system first offered or used in the EU — or when will it be?',
    value: '2026-02-01',
  });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Training compute' })).toBeVisible();
  await expect(page.getByText('Step 4 of 14', { exact: true })).toBeVisible();
  // Going back and answering "No": the integrator is not the model provider (R21): only the compute screen
  // remains (it still decides whether the model built on is a GPAI model), with the breadth facts while the
  // compute is not known.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByText('Step 3 of 14', { exact: true })).toBeVisible();
  await answer(page, {
    radio: "Did the model's provider clearly exclude distribution and use in the EU?",
    choose: 'No',
  });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Training compute' })).toBeVisible();
  await expect(page.getByText('Step 4 of 5', { exact: true })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Your last answers changed the steps' }),
  ).toContainText('9 steps no longer needed (Compute that counts for systemic risk, ');
  await expect(page.getByRole('group', { name: /non-public synthetic training data/ })).toHaveCount(0);
  await answer(page, { flop: 'How much compute was used to train the model?', value: 'unknown' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await expect(page.locator('dt', { hasText: 'System first offered in the EU' })).toHaveCount(0);
});
