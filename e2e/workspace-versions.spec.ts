/**
 * One assessment's version history (issue #9 "Assessments and versions", "When the rules version changes…";
 * ADR 0094) against the real IndexedDB: a version recorded under older rules whose result today's rules change
 * is marked with what changed, one whose result stays is said to stay, the current one is not marked; a
 * version reopened as the draft asks first when the draft has unsaved changes, and replaces it only when told.
 * axe at 1280 and 390 px.
 */
import type { Answers } from '../src/engine/answers';
import type { DraftAnswers } from '../src/engine/questionnaire';
import { WIZARD_PERSONAS } from '../src/engine/questionnaire/personas.fixture';
import { RULES_VERSION } from '../src/engine/rules-version';
import { completeAnswers, DRAFT_VERSION } from '../src/shared/draft/storage';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { assessmentRecord, readWorkspace, seedWorkspace, versionRecord, withLatest } from './workspace';

/** The answers as the app records them: the relevant answers of a complete draft. */
function recorded(answers: DraftAnswers): Answers {
  const done = completeAnswers({ version: DRAFT_VERSION, answers, updatedAt: '' });
  if (!done.ok) throw new Error('incomplete answers');
  return done.answers;
}

const frontier = recorded(WIZARD_PERSONAS.frontierLab.answers);
const AS_OF = '2026-11-25';
const OLD_RULES = '2026.11.1';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-30T10:00:00Z'));
});

test('a version under older rules is marked with what today’s rules change; axe finds nothing at 1280 and 390 px', async ({
  page,
}) => {
  test.setTimeout(120_000); // two axe audits of a page with the tracker's tasks on a loaded 2-core machine
  const a = assessmentRecord(frontier, { owner: 'Ana Legal' });
  // Version 1: recorded under older rules that found no systemic risk — today's rules presume it.
  const v1 = versionRecord(a, frontier, AS_OF, { rulesVersion: OLD_RULES });
  v1.result = {
    ...v1.result,
    systemicRisk: 'none',
    verdicts: { ...v1.result.verdicts, systemicRisk: { label: 'No', ambiguous: false } },
    obligations: v1.result.obligations.filter((o) => !o.id.startsWith('art55')),
  };
  // Version 2: older rules, same result as today. Version 3: today's rules.
  const v2 = versionRecord(a, frontier, AS_OF, { seq: 2, rulesVersion: OLD_RULES });
  const v3 = versionRecord(a, frontier, AS_OF, { seq: 3 });
  await seedWorkspace(page, [withLatest(a, v3), v1, v2, v3]);
  await page.goto(`/#/workspace/${a.id}`);

  await expect(page.getByRole('heading', { level: 1, name: 'Aurora-3' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('assessment-status')).toHaveText('Status: Complete · Owner: Ana Legal');
  const versions = page.getByTestId('version');
  await expect(versions).toHaveCount(3);
  // Newest first.
  await expect(versions.nth(0)).toHaveAttribute('data-seq', '3');

  const first = page.locator('[data-testid="version"][data-seq="1"]');
  const mark = first.getByTestId('rules-change');
  await expect(mark).toContainText(`The result would change under rules ${RULES_VERSION}`);
  await expect(mark).toContainText(`Recorded under rules ${OLD_RULES}`);
  await expect(
    mark.getByRole('listitem').filter({ hasText: /^Systemic risk No → Presumed \(ambiguous\)/ }),
  ).toHaveCount(1);
  await expect(
    mark.getByRole('listitem').filter({ hasText: /^Art\. 55\(1\)\(a\) .*: now applies/ }),
  ).toHaveCount(1);
  await expect(first.getByTestId('version-hash')).toHaveText(v1.answersHash);

  const second = page.locator('[data-testid="version"][data-seq="2"]');
  await expect(second.getByTestId('rules-change')).toHaveText(
    new RegExp(`^Same result under the current rules \\(${RULES_VERSION.replaceAll('.', '\\.')}\\)`),
  );
  await expect(page.locator('[data-testid="version"][data-seq="3"]').getByTestId('rules-change')).toHaveCount(
    0,
  );

  // Each version opens its own report; any two can be compared.
  await expect(first.getByRole('link', { name: 'Open the report of version 1' })).toHaveAttribute(
    'href',
    `#/report?id=${a.id}&v=${v1.id}`,
  );
  await page.getByLabel('First', { exact: true }).selectOption(`v:${v1.id}`);
  await expect(page.getByRole('link', { name: 'Compare version 1 with version 3' })).toHaveAttribute(
    'href',
    `#/compare?a=v:${v1.id}&b=v:${v3.id}`,
  );
  await page.getByLabel('Second', { exact: true }).selectOption('The current draft');
  await expect(page.getByRole('link', { name: 'Compare version 1 with the current draft' })).toHaveAttribute(
    'href',
    `#/compare?a=v:${v1.id}&b=d:${a.id}`,
  );

  expect(await axeViolations(page), 'assessment page at 1280 px').toEqual([]);
  await page.setViewportSize({ width: 390, height: 800 });
  expect(await axeViolations(page), 'assessment page at 390 px').toEqual([]);
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow, 'nothing wider than a 320 px screen').toBe(false);
});

test('reopening a version as the draft asks first when the draft has unsaved changes, and replaces it only when told', async ({
  page,
}) => {
  const older = recorded({
    ...frontier,
    compute: { ...frontier.compute, parameterUpdateFlop: 2e25 },
  } as Answers);
  // The draft was edited after version 2 (another FLOP figure): those edits are in no version.
  const edited = recorded({
    ...frontier,
    compute: { ...frontier.compute, parameterUpdateFlop: 5e25 },
  } as Answers);
  const a = assessmentRecord(edited);
  const v1 = versionRecord(a, older, AS_OF, {
    provenance: { 'compute.parameterUpdateFlop': { source: 'ML lead', exactness: 'estimate' } },
  });
  const v2 = versionRecord(a, frontier, AS_OF, { seq: 2 });
  await seedWorkspace(page, [withLatest(a, v2), v1, v2]);
  await page.goto(`/#/workspace/${a.id}`);
  await expect(page.getByTestId('assessment-status')).toHaveText('Status: Draft');

  const reopen = page.getByRole('button', { name: 'Reopen version 1 as the draft' });
  await reopen.click();
  const confirm = page.getByTestId('reopen-confirm');
  await expect(confirm).toContainText('The current draft has changes that are not in any version');
  await page.getByRole('button', { name: 'Keep my draft' }).click();
  await expect(confirm).toHaveCount(0);
  let stored = (await readWorkspace(page)).assessments[0];
  expect(stored?.draft).toEqual(edited);
  expect(stored?.basedOnVersionId).toBeNull();

  await reopen.click();
  await page.getByRole('button', { name: 'Replace my draft with version 1' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Version 1 is now the draft.' })).toBeVisible();
  await expect(page.getByTestId('draft-state')).toContainText('It was reopened from version 1.');
  await expect(page.getByRole('link', { name: 'Continue answering' }).first()).toHaveAttribute(
    'href',
    `#/assess/continue?id=${a.id}`,
  );
  stored = (await readWorkspace(page)).assessments[0];
  expect(stored?.draft).toEqual(older);
  expect(stored?.provenance).toEqual(v1.provenance);
  expect(stored?.basedOnVersionId).toBe(v1.id);
  // Versions never change: both are still there, as they were.
  const kept = (await readWorkspace(page)).versions.sort((x, y) => x.seq - y.seq);
  expect(kept).toEqual([v1, v2]);

  // The draft (version 1's answers, recorded as version 1) differs from the latest (version 2): asked again.
  await page.getByRole('button', { name: 'Reopen version 2 as the draft' }).click();
  await expect(page.getByTestId('reopen-confirm')).toBeVisible();
  await page.getByRole('button', { name: 'Replace my draft with version 2' }).click();
  await expect(page.getByTestId('assessment-status')).toHaveText('Status: Complete');
  // Now the draft is the latest version: reopening loses nothing, so nothing is asked.
  await page.getByRole('button', { name: 'Reopen version 2 as the draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Version 2 is now the draft.' })).toBeVisible();
  await expect(page.getByTestId('reopen-confirm')).toHaveCount(0);
});
