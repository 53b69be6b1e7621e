/**
 * The wizard on the workspace (issue #9 "Storage", ADR 0091), in Chromium's real IndexedDB: the first answer
 * creates an assessment; typing is saved as it happens (a reload mid-screen loses nothing); a write the
 * browser refuses is shown with a way out; two tabs never overwrite each other silently; an old browser's
 * draft moves into the workspace; provenance per answer is saved and shown on the check page.
 */
import type { Page } from '@playwright/test';
import { WIZARD_PERSONAS } from '../src/engine/questionnaire/personas.fixture';
import { WORKSPACE_HINT_KEY } from '../src/shared/workspace/hint';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { answer, group, LEGENDS } from './personas';
import { assessmentRecord, readWorkspace, seedWorkspace } from './workspace';

const OLD_DRAFT_KEY = 'gpai-navigator.draft';
const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveText('Saved');
const modelName = (page: Page) => page.getByLabel('Model name (optional)', { exact: true });

/** Every IndexedDB put of the page throws a QuotaExceededError while `failPuts(page, true)` is on. */
const breakablePuts = (page: Page) =>
  page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((window as unknown as { failPuts?: boolean }).failPuts)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
const failPuts = (page: Page, on: boolean) =>
  page.evaluate((on) => {
    (window as unknown as { failPuts?: boolean }).failPuts = on;
  }, on);

test('the first answer creates an assessment; typing is saved as it happens and survives a reload', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start now' }).click();
  await expect(page).toHaveURL(/#\/assess\/role$/);
  await answer(page, { radio: LEGENDS.role, choose: 'We trained the model ourselves' });
  await expect(page).toHaveURL(/#\/assess\/role\?id=[0-9a-f-]{36}$/);
  await modelName(page).fill('Aurora-3');
  await saved(page);
  await page.reload();
  await expect(modelName(page)).toHaveValue('Aurora-3');
  await expect(group(page, LEGENDS.role).getByLabel('We trained the model ourselves')).toBeChecked();
  // The id was put in the address without a history entry: Back leaves for the start page.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'GPAI Navigator' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Resume “Aurora-3”' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open your workspace (1 assessment)' })).toHaveAttribute(
    'href',
    '#/workspace',
  );
  const [stored] = (await readWorkspace(page)).assessments;
  expect(stored).toMatchObject({ name: 'Aurora-3', draft: { role: 'developer', modelName: 'Aurora-3' } });

  // "Start a new assessment" adds one; the first stays.
  await page.getByRole('link', { name: 'Start a new assessment' }).click();
  await expect(group(page, LEGENDS.role).getByRole('radio', { checked: true })).toHaveCount(0);
  await answer(page, { radio: LEGENDS.role, choose: 'We trained the model ourselves' });
  await answer(page, { radio: LEGENDS.euEstablished, choose: 'Yes' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What the model can do' })).toBeVisible();
  await expect(page).toHaveURL(/#\/assess\/capabilities\?id=/);
  expect((await readWorkspace(page)).assessments.map((a) => a.name).sort()).toEqual([
    'Aurora-3',
    'Untitled model',
  ]);
});

test('a source and note per answer are saved with it and shown on the check page', async ({ page }) => {
  const a = assessmentRecord(WIZARD_PERSONAS.frontierLab.answers);
  await seedWorkspace(page, [a]);
  await page.goto(`/#/assess/compute?id=${a.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Training compute' })).toBeVisible();
  await page.getByText('Add a source or note (Training compute)').click();
  await page.getByLabel('Source (Training compute)').fill('ML lead');
  await page.getByLabel('Note (Training compute)').fill('logged FLOP, excludes the failed first run');
  await page.getByRole('radio', { name: 'Estimate', exact: true }).check();
  await saved(page);
  await page.reload();
  await expect(page.getByLabel('Source (Training compute)')).toHaveValue('ML lead');
  expect(await axeViolations(page)).toEqual([]);

  await page.goto(`/#/check?id=${a.id}`);
  const row = page.locator('[data-question="compute.parameterUpdateFlop"]');
  await expect(row).toContainText('Source: ML lead · Estimate · logged FLOP, excludes the failed first run');
  await expect(page.getByRole('link', { name: 'See result' })).toHaveAttribute(
    'href',
    `/#/report?id=${a.id}`,
  );
  await expect(row.getByRole('link', { name: /^Change/ })).toHaveAttribute('href', new RegExp(`id=${a.id}`));
  expect((await readWorkspace(page)).assessments[0]?.provenance).toEqual({
    'compute.parameterUpdateFlop': {
      source: 'ML lead',
      note: 'logged FLOP, excludes the failed first run',
      exactness: 'estimate',
    },
  });
});

test('a write the browser refuses is shown: the answers on screen are not saved, kept, downloadable, retried', async ({
  page,
}) => {
  await breakablePuts(page);
  const a = assessmentRecord(WIZARD_PERSONAS.frontierLab.answers);
  await seedWorkspace(page, [a]);
  await page.goto(`/#/assess/role?id=${a.id}`);
  await expect(modelName(page)).toHaveValue('Aurora-3');
  await failPuts(page, true);
  await page.setViewportSize({ width: 390, height: 844 });
  await modelName(page).fill('Aurora 3 v2');
  const notice = page.getByTestId('save-failed');
  await expect(notice).toContainText('Your answers on this screen are NOT saved');
  await expect(notice).toContainText('no space left');
  await expect(page.getByTestId('save-status')).toHaveText('Not saved');
  await expect(modelName(page)).toHaveValue('Aurora 3 v2');
  expect(await axeViolations(page)).toEqual([]);
  // Continue does not leave the screen while its answers are not saved.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You and the model' })).toBeVisible();
  await expect(modelName(page)).toHaveValue('Aurora 3 v2');

  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download my answers (JSON)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Aurora-3-v2-answers.json');
  const json = JSON.parse(
    await (await file.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()),
  );
  expect(json).toMatchObject({ schemaVersion: 2, modelName: 'Aurora 3 v2', role: 'developer' });

  await failPuts(page, false);
  await notice.getByRole('button', { name: 'Try again' }).click();
  await saved(page);
  await expect(notice).toBeHidden();
  expect((await readWorkspace(page)).assessments[0]?.draft.modelName).toBe('Aurora 3 v2');
});

test('two tabs on one assessment: a quiet update, then a conflict where the later writer chooses', async ({
  context,
}) => {
  const a = assessmentRecord(WIZARD_PERSONAS.frontierLab.answers);
  test.setTimeout(60_000); // two pages on a loaded machine
  const mine = await context.newPage();
  const theirs = await context.newPage();
  await breakablePuts(mine);
  await seedWorkspace(mine, [a]);
  await mine.goto(`/#/assess/role?id=${a.id}`);
  await theirs.goto(`/#/assess/role?id=${a.id}`);
  await expect(modelName(mine)).toHaveValue('Aurora-3');

  // Nothing unsaved here: the other tab's change is taken in, and said.
  await modelName(theirs).fill('Their name');
  await saved(theirs);
  await expect(modelName(mine)).toHaveValue('Their name');
  await expect(mine.getByTestId('save-status')).toHaveText('Updated from another tab');

  // Both type, and the other tab writes first (this tab's write is held back by a refusal meanwhile); this
  // tab's next write is refused as a conflict, and it asks.
  await failPuts(mine, true);
  await modelName(mine).fill('My name');
  await expect(mine.getByTestId('save-failed')).toBeVisible();
  await modelName(theirs).fill('Their second name');
  await saved(theirs);
  await expect(modelName(mine)).toHaveValue('My name');
  await failPuts(mine, false);
  await mine.getByRole('button', { name: 'Try again' }).click();
  const conflict = mine.getByTestId('save-conflict');
  await expect(conflict).toContainText('This assessment was changed in another tab');
  await expect(mine.getByTestId('save-status')).toHaveText('Not saved');
  expect((await readWorkspace(theirs)).assessments[0]?.draft.modelName).toBe('Their second name');
  expect(await axeViolations(mine)).toEqual([]);
  await conflict.getByRole('button', { name: 'Keep my answers' }).click();
  await saved(mine);
  expect((await readWorkspace(theirs)).assessments[0]?.draft.modelName).toBe('My name');
  await expect(modelName(theirs)).toHaveValue('My name');
});

test('an old browser’s saved answers move into the workspace and resume intact; the old key goes', async ({
  page,
}) => {
  const v1 = {
    version: 1,
    answers: {
      schemaVersion: 1,
      modelName: 'Old lab model',
      role: 'research',
      euEstablished: 'yes',
      outputModalities: ['text', 'audio'],
    },
    updatedAt: '2026-11-20T09:30:00.000Z',
  };
  const v2 = {
    version: 1,
    answers: { schemaVersion: 2, modelName: 'Newer draft', role: 'developer', euEstablished: 'no' },
    updatedAt: '2026-11-21T09:30:00.000Z',
  };
  await page.goto('/');
  for (const [draft, name] of [
    [v1, 'Old lab model'],
    [v2, 'Newer draft'],
  ] as const) {
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      OLD_DRAFT_KEY,
      JSON.stringify(draft),
    ] as const);
    await page.reload();
    await page.getByRole('link', { name: `Resume “${name}”` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'What the model can do' })).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), OLD_DRAFT_KEY)).toBeNull();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(modelName(page)).toHaveValue(name);
    await page.goto('/');
  }
  // Version 1 answers were migrated on the way (audio became speech); nothing was lost.
  const { assessments } = await readWorkspace(page);
  expect(assessments.find((x) => x.name === 'Old lab model')?.draft).toMatchObject({
    schemaVersion: 2,
    role: 'research',
    euEstablished: 'yes',
    outputModalities: ['text', 'speech'],
  });
  await expect(page.getByRole('link', { name: 'Open your workspace (2 assessments)' })).toBeVisible();
});

test('with a workspace, the prerendered "Start now" never shows before the app offers "Resume"', async ({
  page,
}) => {
  await page.addInitScript(
    (key) =>
      localStorage.setItem(key, JSON.stringify({ count: 1, lastId: 'x', lastName: 'X', updatedAt: '' })),
    WORKSPACE_HINT_KEY,
  );
  // Hold the app back: what shows now is what shows before it runs.
  await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-hide-prerendered', '');
  const startNow = page.locator('a', { hasText: 'Start now' });
  await expect(startNow).toHaveCount(1);
  await expect(startNow).toBeHidden();
});
