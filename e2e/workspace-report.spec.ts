/**
 * The report on the workspace (issue #9, ADR 0092), in Chromium against real IndexedDB: an assessment's report
 * keeps its evaluation as version 1 once (a reload keeps it at 1; a changed answer makes version 2), a signed
 * version's report shows its sign-off (axe at desktop and phone widths, nothing wider than 320 px), and a share
 * link's recipient saves the answers to their workspace and edits them.
 */
import type { Answers } from '../src/engine/answers';
import { WIZARD_PERSONAS } from '../src/engine/questionnaire/personas.fixture';
import { completeDraft } from '../src/features/report/workspace-report';
import { answersHash } from '../src/share/hash';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { fixToday, reportUrl, TODAY } from './report-support';
import { assessmentRecord, readWorkspace, seedWorkspace, versionRecord, withLatest } from './workspace';

const draft = WIZARD_PERSONAS.frontierLab.answers;
const complete = completeDraft(draft);
if (!complete.ok) throw new Error('the persona is complete');
const answers: Answers = complete.answers;

test.beforeEach(async ({ page }) => {
  await fixToday(page);
});

test('an assessment’s report is kept as version 1 once; a reload keeps 1; a changed answer makes version 2', async ({
  page,
}) => {
  test.setTimeout(90_000); // two loads, a change from another tab and an axe audit on 2 shared cores
  const a = assessmentRecord(draft, {
    provenance: {
      'compute.parameterUpdateFlop': { source: 'ML lead', note: 'logged FLOP', exactness: 'estimate' },
    },
  });
  await seedWorkspace(page, [a]);
  await page.goto(`/#/report?id=${a.id}`);
  const line = page.getByTestId('version-line');
  // The report, the engine and the store load lazily: the first check waits for a loaded, shared machine.
  await expect(line).toContainText('Version 1, recorded 25 November 2026.', { timeout: 15_000 });
  await expect(line.getByRole('link', { name: 'Open the assessment “Aurora-3”' })).toHaveAttribute(
    'href',
    `#/workspace/${a.id}`,
  );
  await expect(page.locator('.answer-sources [data-question="compute.parameterUpdateFlop"]')).toContainText(
    'Source: ML lead · Estimate · logged FLOP',
  );
  const actions = page.getByRole('navigation', { name: 'Report actions' });
  await expect(actions.getByRole('link', { name: 'Check answers' })).toHaveAttribute(
    'href',
    `/#/check?id=${a.id}`,
  );

  await page.reload();
  await expect(line).toContainText('Version 1, recorded', { timeout: 15_000 });
  let stored = await readWorkspace(page);
  expect(stored.versions.map((v) => [v.seq, v.asOf, v.answersHash])).toEqual([
    [1, TODAY, answersHash(answers)],
  ]);
  expect(stored.assessments[0]?.latest?.seq).toBe(1);

  // Another tab changes an answer: this report hears it, and keeps the new evaluation as version 2.
  const current = stored.assessments[0];
  if (!current) throw new Error('seeded');
  await seedWorkspace(page, [
    { ...current, rev: current.rev + 1, draft: { ...draft, euEstablished: 'yes' } },
  ]);
  await expect(line).toContainText('Version 2, recorded', { timeout: 15_000 });
  stored = await readWorkspace(page);
  expect(stored.versions.map((v) => v.seq).sort()).toEqual([1, 2]);
  expect(new Set(stored.versions.map((v) => v.answersHash)).size).toBe(2);
  expect(await axeViolations(page)).toEqual([]);
});

test('a signed version’s report shows who signed, the hash it locks, and that it is no cryptographic signature', async ({
  page,
}) => {
  test.setTimeout(90_000); // axe over a whole report twice on 2 cores
  const a = assessmentRecord(draft);
  const v = versionRecord(a, draft, '2026-03-01', {
    signoff: {
      name: 'Ada Jurist',
      role: 'Head of Legal',
      date: '2026-03-02',
      note: 'Reviewed with the ML lead',
      signedAt: '2026-03-02T09:00:00.000Z',
    },
  });
  await seedWorkspace(page, [withLatest(a, v), v]);
  await page.goto(`/#/report?id=${a.id}&v=${v.id}`);
  const signoff = page.getByRole('region', { name: 'Signed off' });
  // The report, the engine and the store load lazily: the first check waits for a loaded, shared machine.
  await expect(signoff).toContainText(
    'Signed by Ada Jurist, Head of Legal, on 2 March 2026: Reviewed with the ML lead',
    { timeout: 15_000 },
  );
  await expect(signoff).toContainText(`It locks the answers with hash ${v.answersHash}`);
  await expect(signoff).toContainText('not a cryptographic signature');
  await expect(page.getByTestId('evaluated-as-of')).toHaveText('1 March 2026');
  await expect(page.getByTestId('version-line')).toContainText('Version 1 of “Aurora-3”');
  const actions = page.getByRole('navigation', { name: 'Report actions' });
  await expect(actions.getByRole('link', { name: 'Change your answers' })).toHaveAttribute(
    'href',
    `/#/check?id=${a.id}`,
  );
  expect(await axeViolations(page)).toEqual([]);
  expect((await readWorkspace(page)).versions).toHaveLength(1); // showing a version records nothing

  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await expect(signoff).toBeVisible();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      `${width} px`,
    ).toBeLessThanOrEqual(width);
  }
  expect(await axeViolations(page)).toEqual([]);
});

test('a share link’s recipient saves the answers to their workspace, then edits them', async ({ page }) => {
  await page.goto(reportUrl(answers));
  const actions = page.getByRole('navigation', { name: 'Report actions' });
  await expect(actions.getByRole('link', { name: 'Change your answers' })).toHaveCount(0);
  await actions.getByRole('button', { name: 'Save to my workspace' }).click();
  await expect(page).toHaveURL(/#\/report\?id=[0-9a-f-]{36}$/);
  await expect(page.getByTestId('version-line')).toContainText('Version 1, recorded');
  const [saved] = (await readWorkspace(page)).assessments;
  expect(saved?.name).toBe('Aurora-3');

  await actions.getByRole('link', { name: 'Change your answers' }).click();
  await expect(page).toHaveURL(new RegExp(`#/assess/role\\?id=${saved?.id}$`));
  await expect(
    page
      .getByRole('group', { name: 'Which of these best describes you?', exact: true })
      .getByLabel('We trained the model ourselves', { exact: true }),
  ).toBeChecked();
});

test('an incomplete assessment and an unknown one: each says what is missing, axe 0 at 1280 and 390 px', async ({
  page,
}) => {
  const half = assessmentRecord({ role: 'developer' }, { name: 'Half done' });
  await seedWorkspace(page, [half]);
  await page.goto(`/#/report?id=${half.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'No report yet for “Half done”' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByRole('link', { name: 'Continue with the questions' })).toHaveAttribute(
    'href',
    new RegExp(`^/#/assess/[a-z-]+\\?id=${half.id}$`),
  );
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 800 });
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('/#/report?id=not-in-this-browser');
  await expect(
    page.getByRole('heading', { level: 1, name: 'This assessment is not in this browser’s workspace' }),
  ).toBeVisible({ timeout: 15_000 });
  expect(await axeViolations(page)).toEqual([]);
  expect((await readWorkspace(page)).versions).toHaveLength(0);
});
