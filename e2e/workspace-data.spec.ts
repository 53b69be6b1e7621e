/**
 * Moving data in and out (issue #9, ADR 0097) against the real IndexedDB: the workspace exported, cleared
 * (after a confirmation) and imported back with its ids, versions, sign-off and task intact; a file that
 * differs from the workspace shows its plan and writes nothing until each conflict is chosen; a model register
 * with a bad row reports its line and column and imports the good rows. axe at 1280 and 390 px, and nothing
 * overflows 320 px.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Answers } from '../src/engine/answers';
import { WIZARD_PERSONAS } from '../src/engine/questionnaire/personas.fixture';
import { answersToRow, registerCsv } from '../src/export/register-csv';
import { completeAnswers, DRAFT_VERSION } from '../src/shared/draft/storage';
import { workspaceFileJson } from '../src/shared/workspace/file';
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

/** Two evaluated models, one version signed, one tracked task. */
function portfolio() {
  const a = assessmentRecord(answersOf('frontierLab'), { name: 'Atlas-1', owner: 'Ana' });
  const v = versionRecord(a, answersOf('frontierLab'), TODAY, {
    signoff: {
      name: 'Rita Reviewer',
      role: 'Counsel',
      date: TODAY,
      note: 'ok',
      signedAt: '2026-11-26T09:00:00.000Z',
    },
  });
  const b = assessmentRecord(answersOf('openWeights7B'), { name: 'Lumen-7B', owner: 'Ben' });
  const w = versionRecord(b, answersOf('openWeights7B'), TODAY);
  const records: WorkspaceRecord[] = [
    withLatest(a, v),
    v,
    withLatest(b, w),
    w,
    taskRecord(a, 'art53_1_a', { status: 'in-progress', owner: 'Docs' }),
  ];
  return { records, a: withLatest(a, v) };
}

const byId = (records: readonly { id: string }[]) => [...records].sort((x, y) => (x.id < y.id ? -1 : 1));

async function openData(page: Page, records: WorkspaceRecord[]) {
  await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00Z`));
  await seedWorkspace(page, records);
  await page.goto('/#/workspace/data');
  await expect(page.getByRole('heading', { level: 1, name: 'Workspace data' })).toBeVisible();
}

test('export → clear (confirmed) → import brings every record back: ids, versions, sign-off, task', async ({
  page,
}) => {
  test.setTimeout(90_000); // a harness limit for a journey with IndexedDB and axe on a loaded 2-core machine
  const { records } = portfolio();
  await openData(page, records);
  await expect(page.getByText('(2 in this browser)')).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the workspace (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`gpai-navigator-workspace-${TODAY}.json`);
  const file = readFileSync((await download.path()) as string);

  await page.getByRole('button', { name: 'Clear the workspace…' }).click();
  await expect(page.getByRole('heading', { name: /Delete all 2 assessments/u })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, clear the workspace' }).click();
  await expect(page.getByText('The workspace is empty now.')).toBeVisible();
  const empty = await readWorkspace(page);
  expect([empty.assessments, empty.versions, empty.tasks]).toEqual([[], [], []]);

  await page
    .getByLabel('Workspace file (JSON)')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: file });
  const plan = page.getByTestId('import-plan');
  await expect(plan).toContainText('Add 5 new records (2 assessments, 2 versions, 1 task)');
  await expect(plan).toContainText('Nothing has been written yet.');
  expect((await readWorkspace(page)).assessments).toEqual([]);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/Imported backup\.json: 5 records added, 0 replaced/u)).toBeVisible();

  const back = await readWorkspace(page);
  const seeded = (kind: WorkspaceRecord['kind']) => byId(records.filter((r) => r.kind === kind));
  expect(byId(back.assessments)).toEqual(seeded('assessment'));
  expect(byId(back.versions)).toEqual(seeded('version'));
  expect(byId(back.tasks)).toEqual(seeded('task'));
  expect(back.versions.find((v) => v.signoff)?.signoff?.name).toBe('Rita Reviewer');
});

test('a file that differs asks per record and writes nothing until each is chosen; axe at 1280 and 390 px', async ({
  page,
}) => {
  test.setTimeout(90_000); // a harness limit for a journey with IndexedDB and axe on a loaded 2-core machine
  const { records, a } = portfolio();
  await openData(page, records);
  const renamed = { ...a, name: 'Atlas-1 (legal copy)', updatedAt: '2026-11-29T10:00:00.000Z', rev: 3 };
  const extra = assessmentRecord(answersOf('apiIntegrator'), { name: 'Chat wrapper' });
  const text = workspaceFileJson([renamed, ...records.slice(1), extra], '2026-11-29T11:00:00.000Z');
  await page
    .getByLabel('Workspace file (JSON)')
    .setInputFiles({ name: 'colleague.json', mimeType: 'application/json', buffer: Buffer.from(text) });

  const plan = page.getByTestId('import-plan');
  await expect(plan).toContainText('Add 1 new record (1 assessment, 0 versions, 0 tasks): “Chat wrapper”');
  await expect(plan).toContainText('Leave 4 records unchanged');
  const conflict = page.getByRole('group', { name: 'Assessment “Atlas-1 (legal copy)”' });
  await expect(conflict).toContainText('Differs in: name.');
  await expect(conflict).toContainText('the file’s is newer');

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await axeViolations(page), `axe at ${width}px`).toEqual([]);
  }
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('1 choice is still missing');
  const untouched = await readWorkspace(page);
  expect(untouched.assessments.map((r) => r.name).sort()).toEqual(['Atlas-1', 'Lumen-7B']);

  await conflict.getByLabel('Take the file’s').check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(
    page.getByText(/Imported colleague\.json: 1 record added, 1 replaced, 4 already here/u),
  ).toBeVisible();
  const after = await readWorkspace(page);
  expect(after.assessments.map((r) => r.name).sort()).toEqual([
    'Atlas-1 (legal copy)',
    'Chat wrapper',
    'Lumen-7B',
  ]);
  // Taken with a revision above both sides, so a tab still holding revision 1 is told of a conflict.
  expect(after.assessments.find((r) => r.id === a.id)?.rev).toBe(4);
});

test('a register with a bad row names its line and column and imports the good rows', async ({ page }) => {
  test.setTimeout(90_000); // a harness limit for a journey with IndexedDB and axe on a loaded 2-core machine
  await openData(page, []);
  const good = answersToRow(WIZARD_PERSONAS.openWeights7B.answers, 'Dee');
  const bad = answersToRow({ ...WIZARD_PERSONAS.frontierLab.answers, role: 'develper' as 'developer' });
  const draft = answersToRow({ schemaVersion: 2, modelName: 'Half done', role: 'developer' });
  const csv = registerCsv([good, bad, draft]);
  await page
    .getByLabel('Register file (CSV)')
    .setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

  const preview = page.getByTestId('register-preview');
  await expect(preview).toContainText(
    '2 rows are ready to import; 1 row has problems and will not be imported',
  );
  await expect(preview.getByRole('alert')).toContainText(
    'Line 3, column “role”: “develper” is not one of the allowed values',
  );
  await expect(preview.getByRole('row', { name: /Lumen-7B Dee an evaluated assessment/u })).toBeVisible();
  await expect(preview.getByRole('row', { name: /Half done — a draft to finish/u })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Import 2 models' }).click();
  await expect(
    page.getByText(/Imported 2 models from register\.csv: 1 evaluated, 1 kept as drafts/u),
  ).toBeVisible();
  const stored = await readWorkspace(page);
  expect(stored.assessments.map((r) => r.name).sort()).toEqual(['Half done', 'Lumen-7B']);
  expect(stored.versions).toHaveLength(1);

  await page.goto('/#/workspace');
  await expect(page.getByRole('link', { name: 'Lumen-7B' })).toBeVisible();
});
