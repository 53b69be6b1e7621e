/**
 * Nothing is wider than a phone (issue #10): on every route — start, every question screen with everything
 * opened (each "I have a figure" / "On this date" reveal, the compute estimator, every help text), the check
 * page, the report of the largest persona, the methodology page and the rules page — the document is no
 * wider than the viewport at 320 and 390 px. One browser context per width; pages are visited within it.
 */
import type { Page } from '@playwright/test';
import { WIZARD_PERSONAS } from '../src/engine/questionnaire/personas.fixture';
import { SCREENS } from '../src/engine/questionnaire/screens';
import type { DraftAnswers, ScreenId } from '../src/engine/questionnaire/types';
import { english } from '../src/i18n/all';
import { expect, test } from './fixtures';
import { fixToday, personaUrl } from './report-support';
import { assessmentRecord, seedWorkspace } from './workspace';

/** Drafts whose screens together cover every screen of the questionnaire. */
const frontierLabContesting: DraftAnswers = {
  ...WIZARD_PERSONAS.frontierLab.answers,
  systemicRisk: { ...WIZARD_PERSONAS.frontierLab.answers.systemicRisk, contest: 'pending' },
};
const DRAFTS: { name: string; answers: DraftAnswers }[] = [
  { name: 'frontier lab contesting', answers: frontierLabContesting },
  ...Object.entries(WIZARD_PERSONAS).map(([name, p]) => ({ name, answers: p.answers })),
];

/** For each screen, the first draft that shows it. */
function screenPlan(): { screen: ScreenId; draft: DraftAnswers }[] {
  const plan: { screen: ScreenId; draft: DraftAnswers }[] = [];
  for (const s of SCREENS) {
    const d = DRAFTS.find((x) => s.visible(x.answers));
    if (d) plan.push({ screen: s.id, draft: d.answers });
  }
  return plan;
}

async function expectNoOverflow(page: Page, where: string, width: number) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect.soft(scrollWidth, `${where} at ${width} px`).toBeLessThanOrEqual(width);
}

/** Selects every "figure"/"date" reveal, then opens every <details> (help, estimator, steps list). */
async function openEverything(page: Page) {
  for (const radio of await page
    .locator('input[type=radio][value=figure], input[type=radio][value=date]')
    .all())
    await radio.check();
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
}

for (const width of [320, 390]) {
  test(`nothing is wider than a ${width} px screen on any route`, async ({ browser, baseURL }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ viewport: { width, height: 800 }, baseURL });
    expect(
      screenPlan().map((p) => p.screen),
      'the drafts show every screen',
    ).toEqual(SCREENS.map((s) => s.id));
    const page = await context.newPage();
    await fixToday(page);

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoOverflow(page, 'start page', width);

    let current: DraftAnswers | null = null;
    let id = '';
    for (const { screen, draft } of screenPlan()) {
      if (draft !== current) {
        // Each draft is an assessment of the workspace; its screens are opened by its id.
        const assessment = assessmentRecord(draft);
        await seedWorkspace(page, [assessment]);
        id = assessment.id;
        current = draft;
      }
      await page.goto(`/#/assess/${screen}?id=${id}`);
      const found = SCREENS.find((s) => s.id === screen);
      const title = found ? english.t(found.title) : '';
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
      await openEverything(page);
      await expectNoOverflow(page, `screen ${screen}`, width);
    }

    await page.goto(`/#/check?id=${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoOverflow(page, 'check page', width);

    await page.goto(personaUrl('frontierLabOutsideEu'));
    await expect(page.getByRole('heading', { level: 2, name: 'Your obligations' })).toBeVisible();
    await openEverything(page);
    await expectNoOverflow(page, 'report (frontier lab)', width);

    await page.goto('/#/methodology');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The worked examples, the page's widest part, follow its text in a second render.
    await expect(
      page.getByRole('table', { name: 'Worked examples and the engine’s verdicts' }),
    ).toBeVisible();
    await openEverything(page);
    await expectNoOverflow(page, 'methodology', width);

    await page.goto('/#/rules');
    await expect(page.getByRole('heading', { level: 1, name: 'The rules' })).toBeVisible();
    await openEverything(page);
    await expectNoOverflow(page, 'rules page', width);
    await context.close();
  });
}
