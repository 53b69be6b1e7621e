/**
 * The workspace list (issue #9 "Assessments and versions", ADR 0093) against the real IndexedDB: seeded
 * assessments with their verdict badges, an overdue deadline, statuses; search, sort and filter kept in the
 * address across a reload; duplicate, rename, archive, delete → confirm → undo; another tab's change shown
 * live; the empty workspace; axe at 1280 and 390 px and no overflow at 320 px.
 */
import type { Page } from '@playwright/test';
import type { Answers } from '../src/engine/answers';
import { WIZARD_PERSONAS } from '../src/engine/questionnaire/personas.fixture';
import { completeAnswers, DRAFT_VERSION } from '../src/shared/draft/storage';
import type { WorkspaceRecord } from '../src/shared/workspace/types';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import {
  assessmentRecord,
  readWorkspace,
  seedWorkspace,
  taskRecord,
  versionRecord,
  withLatest,
} from './workspace';

const TODAY = '2026-11-30';

function answersOf(key: keyof typeof WIZARD_PERSONAS): Answers {
  const done = completeAnswers({
    version: DRAFT_VERSION,
    answers: WIZARD_PERSONAS[key].answers,
    updatedAt: '',
  });
  if (!done.ok) throw new Error(`${key} is not complete`);
  return done.answers;
}

function evaluated(key: keyof typeof WIZARD_PERSONAS, name: string, owner: string, updatedAt: string) {
  const answers = answersOf(key);
  const a = assessmentRecord(answers, { name, owner, updatedAt });
  const v = versionRecord(a, answers, TODAY);
  return { a, v };
}

/** Five assessments: overdue, signed with a task, never evaluated, "Probably", archived. */
function portfolio() {
  const borealis = evaluated('labInTraining', 'Borealis-2', 'Ana Legal', '2026-11-20T09:00:00.000Z');
  const heritage = evaluated('legacyModel2024', 'Heritage-1', 'Ben', '2026-11-24T09:00:00.000Z');
  heritage.v.signoff = {
    name: 'Rita Reviewer',
    role: 'Counsel',
    date: TODAY,
    note: '',
    signedAt: '2026-11-24T09:00:00.000Z',
  };
  const tuned = evaluated('fineTunerUnknownOriginal', 'Tuned-X', 'Chen', '2026-11-22T09:00:00.000Z');
  const lumen = evaluated('openWeights7B', 'Lumen-7B', 'Dee', '2026-11-10T09:00:00.000Z');
  const wrapper = assessmentRecord(answersOf('apiIntegrator'), {
    name: 'Chat wrapper',
    owner: 'ana',
    updatedAt: '2026-11-23T09:00:00.000Z',
  });
  const records: WorkspaceRecord[] = [
    withLatest(borealis.a, borealis.v),
    borealis.v,
    withLatest(heritage.a, heritage.v),
    heritage.v,
    taskRecord(heritage.a, 'art53_1_a'),
    withLatest(tuned.a, tuned.v),
    tuned.v,
    { ...withLatest(lumen.a, lumen.v), archived: true },
    lumen.v,
    wrapper,
  ];
  return { records, heritage: heritage.a };
}

async function openList(page: Page, records: WorkspaceRecord[], search = '') {
  await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00Z`));
  // Open the list first, then seed: the page hears the seed's change like another tab's (a hash-only goto
  // from the start page can race the app's first load).
  await page.goto(`/#/workspace${search}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Workspace' })).toBeVisible();
  await seedWorkspace(page, records);
}

const table = (page: Page) => page.getByRole('table', { name: /Assessments/ });
const row = (page: Page, name: string) =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
const names = (page: Page) => table(page).getByRole('rowheader').getByRole('link').allInnerTexts();

async function act(page: Page, name: string, action: string) {
  await row(page, name).getByText('Actions').click();
  await row(page, name)
    .getByRole('button', { name: `${action} ${name}` })
    .click();
}

test('the list shows badges with their nuance, the overdue deadline and status; search, sort and filter survive a reload', async ({
  page,
}) => {
  await openList(page, portfolio().records);

  const borealis = row(page, 'Borealis-2');
  await expect(borealis.locator('[data-verdict]')).toHaveText([
    'Yes',
    'Once placed',
    /^Presumed\s*Ambiguous$/,
    'No',
  ]);
  const overdue = borealis.locator('[data-deadline="overdue"]');
  await expect(overdue).toContainText('Overdue');
  await expect(overdue).toContainText('Art. 52(1), due 15 September 2026');
  await expect(overdue.locator('[data-icon="alert"]')).toHaveCount(1);
  await expect(borealis.locator('[data-status]')).toHaveText('Complete');

  await expect(row(page, 'Tuned-X').locator('[data-verdict="gpai"]')).toHaveText('Probably');
  await expect(row(page, 'Tuned-X').locator('[data-verdict="systemicRisk"]')).toHaveText('Not established');
  await expect(row(page, 'Heritage-1').locator('[data-deadline]')).toContainText('2 August 2027');
  await expect(row(page, 'Heritage-1').locator('[data-status]')).toHaveText('Signed');
  await expect(row(page, 'Chat wrapper').locator('[data-verdict="none"]')).toHaveText('Not evaluated yet');
  await expect(row(page, 'Chat wrapper').locator('[data-status]')).toHaveText('Draft');
  // Archived assessments are hidden by default; newest change first.
  await expect.poll(() => names(page)).toEqual(['Heritage-1', 'Chat wrapper', 'Tuned-X', 'Borealis-2']);

  await page.getByLabel('Search name or owner').fill('ana');
  await expect.poll(() => names(page)).toEqual(['Chat wrapper', 'Borealis-2']);
  await page.getByRole('button', { name: 'Next deadline' }).click();
  await expect(page.getByRole('columnheader', { name: 'Next deadline' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect.poll(() => names(page)).toEqual(['Borealis-2', 'Chat wrapper']);
  expect(page.url()).toMatch(/q=ana/);
  expect(page.url()).toMatch(/sort=deadline/);

  await page.reload();
  await expect(page.getByLabel('Search name or owner')).toHaveValue('ana');
  await expect(page.getByRole('columnheader', { name: 'Next deadline' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect.poll(() => names(page)).toEqual(['Borealis-2', 'Chat wrapper']);

  await page.getByLabel('Search name or owner').fill('');
  await page.getByLabel('Overdue only').check();
  await expect.poll(() => names(page)).toEqual(['Borealis-2']);
  await page.getByLabel('Overdue only').uncheck();
  await page.getByLabel('Status').selectOption('signed');
  await expect.poll(() => names(page)).toEqual(['Heritage-1']);
  await page.getByLabel('Status').selectOption('');
  await page.getByLabel('Archived').selectOption('only');
  await expect.poll(() => names(page)).toEqual(['Lumen-7B']);
  await expect(page.getByRole('status').filter({ hasText: '1 of 5 assessments match.' })).toBeVisible();
});

test('duplicate, rename, archive, and delete with its confirmation and undo', async ({ page }) => {
  const { records, heritage } = portfolio();
  await openList(page, records);

  await act(page, 'Heritage-1', 'Duplicate');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Name of the copy')).toHaveValue('Heritage-1 (copy)');
  await dialog.getByLabel('Name of the copy').fill('Heritage-1 EU variant');
  await dialog.getByRole('button', { name: 'Duplicate' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, 'Heritage-1 EU variant').locator('[data-status]')).toHaveText('Draft');
  await expect(page.getByRole('status').filter({ hasText: 'as “Heritage-1 EU variant”' })).toBeVisible();

  await act(page, 'Borealis-2', 'Rename');
  await dialog.getByLabel('Name', { exact: true }).fill('Borealis-2 prod');
  await dialog.getByLabel('Owner (optional)').fill('Cleo');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(row(page, 'Borealis-2 prod')).toContainText('Cleo');

  await act(page, 'Tuned-X', 'Archive');
  await expect(page.getByRole('status').filter({ hasText: 'Archived “Tuned-X”' })).toBeVisible();
  await expect(row(page, 'Tuned-X')).toHaveCount(0);

  await act(page, 'Heritage-1', 'Delete');
  await expect(dialog.getByRole('heading')).toHaveText('Delete “Heritage-1”?');
  await expect(dialog).toContainText('with 1 version and 1 tracked task (one version is signed)');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(row(page, 'Heritage-1')).toHaveCount(0);
  const undoNotice = page
    .getByRole('status')
    .filter({ hasText: 'Deleted “Heritage-1” with 1 version and 1 tracked task.' });
  await expect(undoNotice)
    .toBeFocused({ timeout: 2000 })
    .catch(() => undefined);
  await undoNotice.getByRole('button', { name: 'Undo' }).click();
  await expect(row(page, 'Heritage-1').locator('[data-status]')).toHaveText('Signed');
  const stored = await readWorkspace(page);
  expect(stored.versions.filter((v) => v.assessmentId === heritage.id)).toHaveLength(1);
  expect(stored.tasks.filter((t) => t.assessmentId === heritage.id)).toHaveLength(1);
});

test('another tab’s change appears live; New assessment opens its first question', async ({
  page,
  context,
}) => {
  const { records } = portfolio();
  await openList(page, records.slice(0, 2));
  await expect.poll(() => names(page)).toEqual(['Borealis-2']);
  const other = await context.newPage();
  await other.goto('/#/');
  await seedWorkspace(other, records);
  await expect.poll(() => names(page)).toEqual(['Heritage-1', 'Chat wrapper', 'Tuned-X', 'Borealis-2']);
  await other.close();

  await page.getByRole('button', { name: 'New assessment' }).click();
  await expect(page).toHaveURL(/#\/assess\/role\?id=[0-9a-f-]{36}$/);
  const stored = await readWorkspace(page);
  expect(stored.assessments).toHaveLength(6);
});

test('empty workspace explains itself; axe finds nothing at 1280 and 390 px; nothing overflows 320 px', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00Z`));
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/#/workspace');
  await expect(page.getByRole('heading', { name: 'No assessments yet' })).toBeVisible();
  await expect(page.getByText('Everything stays in this browser')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start an assessment' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Import/ })).toHaveAttribute('href', '#/workspace/data');
  expect(await axeViolations(page)).toEqual([]);

  await seedWorkspace(page, portfolio().records);
  await expect(table(page)).toBeVisible();
  expect(await axeViolations(page), 'list at 390 px').toEqual([]);
  await act(page, 'Heritage-1', 'Delete');
  await expect(page.getByRole('dialog')).toContainText('1 tracked task');
  expect(await axeViolations(page), 'delete dialog at 390 px').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.setViewportSize({ width: 320, height: 800 });
  const widths = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(widths, 'page width at 320 px').toBeLessThanOrEqual(320);

  await page.setViewportSize({ width: 1280, height: 900 });
  expect(await axeViolations(page), 'list at 1280 px').toEqual([]);
  const table1280 = await table(page).evaluate((t) => t.getBoundingClientRect().right);
  expect(table1280, 'the table fits the page at 1280 px').toBeLessThanOrEqual(1280);
});
