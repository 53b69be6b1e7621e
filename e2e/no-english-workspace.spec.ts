/**
 * Issue #11: the workspace's screens with records in them show no English in German or French — the list's
 * badges, an assessment's versions and tracker, the tasks dashboard and a comparison. The records hold English
 * labels (a workspace's stored, language-neutral form, ADR 0100); the screens must word them in the reader's
 * language. (e2e/no-english.spec.ts checks the same screens empty.)
 */
import type { Answers } from '../src/engine/answers';
import { PERSONAS } from '../src/share/test-personas';
import { englishOnScreen, openAllDetails } from './english-words';
import { expect, test } from './fixtures';
import { assessmentRecord, seedWorkspace, taskRecord, versionRecord, withLatest } from './workspace';

const TODAY = '2026-11-30';

function models() {
  const legacyAnswers = PERSONAS.legacyModel2024 as Answers;
  const frontierAnswers = PERSONAS.frontierLabOutsideEu as Answers;
  const legacy = assessmentRecord(legacyAnswers, { name: 'Legacy 2024' });
  const legacyV = versionRecord(legacy, legacyAnswers, '2026-11-25');
  const frontier = assessmentRecord(frontierAnswers, { name: 'Aurora-3' });
  const frontierV = versionRecord(frontier, frontierAnswers, '2026-11-25');
  const done = taskRecord(legacy, 'art53_1_a', { status: 'done' });
  return {
    legacy: withLatest(legacy, legacyV),
    legacyV,
    frontier: withLatest(frontier, frontierV),
    frontierV,
    done,
  };
}

for (const lang of ['de', 'fr'] as const) {
  test.describe(`in ${lang}, with two models`, () => {
    test.beforeEach(async ({ page }) => {
      test.setTimeout(60_000); // four screens of dozens of tasks on a loaded 2-core machine: a harness limit
      await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00Z`));
    });

    test('the workspace list, an assessment, the tasks and a comparison show no English', async ({
      page,
    }) => {
      const { legacy, legacyV, frontier, frontierV, done } = models();
      await seedWorkspace(page, [legacy, legacyV, frontier, frontierV, done]);
      const screens = [
        ['workspace', '/#/workspace', 'main table'],
        ['assessment', `/#/workspace/${legacy.id}`, '[data-testid="tracker-panel"]'],
        ['tasks', '/#/tasks', '[data-testid="dashboard-task"]'],
        ['compare', `/#/compare?a=v:${legacyV.id}&b=v:${frontierV.id}`, '[data-testid="comparison"]'],
      ] as const;
      for (const [name, path, content] of screens) {
        await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('main h1').first()).toBeVisible();
        // Each screen shows its records (a comparison, not why it cannot compare) before its words are read.
        await expect(page.locator(content).first()).toBeVisible();
        await expect(
          page
            .locator('main')
            .getByText(/Legacy 2024/)
            .filter({ visible: true })
            .first(),
        ).toBeVisible();
        await openAllDetails(page);
        expect({ name, english: await englishOnScreen(page) }).toEqual({ name, english: [] });
      }
    });
  });
}
