/**
 * The "At a glance" box tells the truth (issue #10): the nuance of the verdict cards travels into it (an
 * ambiguous, a probable and an overdue case, from real share links), and an assessment's report offers "Change
 * your answers", "Check answers" and "New assessment" — which deletes nothing (issue #9). After "Change" on the
 * check page, the focus lands on the answer being changed.
 */
import type { Page } from '@playwright/test';
import { answersSchema } from '../src/engine/answers';
import { WIZARD_PERSONAS } from '../src/engine/questionnaire/personas.fixture';
import { FIXTURE_ANSWERS } from '../src/features/report/test-reports';
import { DRAFT_STORAGE_KEY, DRAFT_VERSION } from '../src/shared/draft/keys';
import { expect, test } from './fixtures';
import { fixToday, personaUrl, reportUrl } from './report-support';

const glance = (page: Page, key: string) => page.locator(`.at-a-glance [data-glance="${key}"]`);

test.beforeEach(async ({ page }) => {
  await fixToday(page);
});

test('an ambiguous verdict keeps its "Ambiguous" marker in the box (E28)', async ({ page }) => {
  await page.goto(reportUrl(answersSchema.parse(FIXTURE_ANSWERS.prepareFrom)));
  await expect(glance(page, 'systemicRisk')).toHaveText(/^Presumed\s*Ambiguous$/);
  await expect(glance(page, 'gpai')).toHaveText('Yes');
});

test('a probable verdict says "Probably", and an unknown one "Not established", with a question mark', async ({
  page,
}) => {
  await page.goto(personaUrl('fineTunerUnknownOriginalAboveFallback'));
  await expect(glance(page, 'gpai')).toHaveText('Probably');
  await expect(glance(page, 'gpai').locator('svg[data-icon="help"]')).toHaveCount(1);
  await expect(glance(page, 'systemicRisk')).toHaveText('Not established');
  await expect(glance(page, 'systemicRisk').locator('svg[data-icon="cross"]')).toHaveCount(0);
});

test('an overdue notification stands out in words and icon, and "next" says it is due now (R89)', async ({
  page,
}) => {
  await page.goto(reportUrl(answersSchema.parse(FIXTURE_ANSWERS.atLatest)));
  const overdue = glance(page, 'overdue');
  await expect(overdue).toContainText(
    /Overdue\s*Art\. 52\(1\) — was due at the latest 26 January 2026 \(303 days ago\)/,
  );
  await expect(overdue.locator('[data-tone="negative"] svg[data-icon="alert"]')).toHaveCount(1);
  await expect(glance(page, 'next')).toHaveText('Due now: the overdue obligations above');
});

test('an old saved draft opens as an assessment’s report; "New assessment" deletes nothing; "Change" on the check page focuses that answer', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    DRAFT_STORAGE_KEY,
    JSON.stringify({
      version: DRAFT_VERSION,
      answers: WIZARD_PERSONAS.frontierLab.answers,
      updatedAt: '2026-11-25T12:00:00Z',
    }),
  ] as const);
  // A bare #/report (the address before the workspace) moves the old draft into the workspace and opens it.
  await page.goto('/#/report');
  await expect(page).toHaveURL(/#\/report\?id=[0-9a-f-]{36}$/, { timeout: 15_000 });
  const id = new URL(page.url().replace('#/report', '/report')).searchParams.get('id');
  const actions = page.getByRole('navigation', { name: 'Report actions' });
  await expect(actions.getByRole('link', { name: 'New assessment' })).toHaveAttribute(
    'href',
    '/#/assess/role',
  );
  await expect(page.getByRole('button', { name: 'New assessment' })).toHaveCount(0);

  await actions.getByRole('link', { name: 'Check answers' }).click();
  await expect(page).toHaveURL(new RegExp(`#/check\\?id=${id}$`));
  await expect(page.getByRole('heading', { level: 1, name: /Check your answers/ })).toBeVisible();
  const row = page.locator('[data-question="compute.parameterUpdateFlop"]');
  await row.getByRole('link', { name: /^Change/ }).click();
  await expect(page).toHaveURL(/focus=compute\.parameterUpdateFlop/);
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('id', /^f-compute-parameterUpdateFlop/);
});
