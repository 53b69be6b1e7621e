/**
 * Compare (issue #9, ADR 0096) against the real IndexedDB, seeded: a duplicate-like pair (the same answers
 * but the training compute moved below 10^25 FLOP) chosen with the pickers shows the answer that differs and
 * the systemic-risk verdict with its rule, and downloads a PDF and the JSON document carrying the change; the
 * same answers on two as-of dates show no answer difference and obligations moving from upcoming to in force;
 * a version recorded under older rules shows its stored result against its answers under the current rules.
 * axe finds nothing at 1280 and 390 px; nothing overflows 320 px.
 */
import { readFileSync } from 'node:fs';
import type { Answers } from '../src/engine/answers';
import { WIZARD_PERSONAS } from '../src/engine/questionnaire/personas.fixture';
import { extractPdfText } from '../src/pdf/test-helpers';
import { versionUnderCurrentRules } from '../src/shared/compare/links';
import { completeAnswers, DRAFT_VERSION } from '../src/shared/draft/storage';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { assessmentRecord, seedWorkspace, versionRecord, withLatest } from './workspace';

const TODAY = '2026-11-30';
/** Aurora-3: 3.8 × 10^25 FLOP, placed 1 March 2026; complete as the wizard leaves it (a draft compares). */
function frontier(): Answers {
  const done = completeAnswers({
    version: DRAFT_VERSION,
    answers: WIZARD_PERSONAS.frontierLab.answers,
    updatedAt: '',
  });
  if (!done.ok) throw new Error('frontierLab is not complete');
  return done.answers;
}
const FRONTIER = frontier();

test('a duplicate with less compute: the FLOP answer, systemic risk with R32, and the PDF and JSON carry it', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00Z`));
  const original = assessmentRecord(FRONTIER, { name: 'Aurora-3' });
  const v1 = versionRecord(original, FRONTIER, '2026-11-25');
  const smaller = structuredClone(FRONTIER);
  // Below 10^25 the wizard asks what else counts and how many EU business users there are: answered "none".
  Object.assign(smaller.compute as object, {
    parameterUpdateFlop: 8e24,
    syntheticDataFlop: 0,
    inheritedWeightsFlop: 0,
    plannedCumulativeFlop: 0,
  });
  Object.assign(smaller.systemicRisk as object, { euBusinessUsers: 'fewer' });
  const variant = assessmentRecord(smaller, { name: 'Aurora-3 (variant)' });
  await seedWorkspace(page, [withLatest(original, v1), v1, variant]);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/#/compare');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare two assessments' })).toBeVisible();
  const pickA = page.getByRole('group', { name: 'A' }).getByLabel('Assessment, version or draft');
  const pickB = page.getByRole('group', { name: 'B' }).getByLabel('Assessment, version or draft');
  await pickA.selectOption({ label: 'Aurora-3 — version 1 (25 November 2026)' });
  await pickB.selectOption({ label: 'Aurora-3 (variant) — current draft' });
  await page
    .getByRole('group', { name: 'B' })
    .getByLabel('Evaluate as of (optional)')
    .fill('25 November 2026');
  await page.getByRole('button', { name: 'Compare' }).click();

  await expect(page).toHaveURL(new RegExp(`a=v%3A${v1.id}.*b=d%3A${variant.id}.*asOfB=2026-11-25`));
  // The result the user asked for takes the focus, so it is announced.
  await expect(page.getByRole('heading', { level: 2, name: 'Comparison' })).toBeFocused();
  const comparison = page.getByTestId('comparison');
  await expect(comparison).toContainText('Both evaluated as of 25 November 2026.');
  const flop = page
    .getByTestId('answer-changes')
    .getByRole('listitem')
    .filter({ hasText: 'Training compute' });
  await expect(flop).toContainText('3.8 × 10²⁵ FLOP');
  await expect(flop).toContainText('8 × 10²⁴ FLOP');
  const risk = page
    .getByTestId('changes-verdicts')
    .getByRole('listitem')
    .filter({ hasText: 'Systemic risk' })
    .first();
  await expect(risk).toContainText('Presumed');
  await expect(risk.getByRole('link', { name: 'R32' }).first()).toHaveAttribute('href', '#/rules#R32');
  await expect(page.getByTestId('changes-obligations')).toContainText('Art. 55(1)(a)');
  expect(await axeViolations(page)).toEqual([]);

  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe(`gpai-navigator-comparison-${TODAY}.pdf`);
  const text = (await extractPdfText(new Uint8Array(readFileSync(await pdf.path())))).join('\n');
  expect(text).toContain('A: Aurora-3 — version 1 (25 November 2026)');
  expect(text).toContain('B: 8 × 10²⁴ FLOP');
  expect(text).toMatch(/Rules: R31, R32, R33/u);

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const doc = JSON.parse(readFileSync(await json.path(), 'utf8'));
  expect(doc).toMatchObject({ format: 'gpai-navigator/comparison', formatVersion: 1, same: false });
  expect(doc.verdicts[0]).toMatchObject({
    key: 'systemicRisk',
    from: { label: 'Presumed' },
    to: { label: 'No' },
  });
});

test('the same answers on two as-of dates: no answer differs, obligations move from upcoming to in force', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00Z`));
  const model = assessmentRecord(FRONTIER, { name: 'Aurora-3' });
  await seedWorkspace(page, [model]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/#/compare?a=d:${model.id}&b=d:${model.id}&asOfA=2026-01-15&asOfB=2026-09-01`);

  const comparison = page.getByTestId('comparison');
  await expect(comparison).toContainText('Evaluated as of 15 January 2026 (A) and 1 September 2026 (B).');
  await expect(page.getByTestId('same-answers')).toHaveText('No answer differs.');
  const doc = page
    .getByTestId('changes-obligations')
    .getByRole('listitem')
    .filter({ hasText: 'Art. 53(1)(a)' });
  await expect(doc).toContainText('Upcoming, applies from 1 March 2026');
  await expect(doc).toContainText('In force, applies from 1 March 2026');
  await expect(doc).toContainText('The as-of date differs');
  // The pickers show what the address chose.
  await expect(page.getByRole('group', { name: 'A' }).getByLabel('Evaluate as of (optional)')).toHaveValue(
    '2026-01-15',
  );
  expect(await axeViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 320, height: 700 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a version recorded under older rules against its answers under the current rules', async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00Z`));
  const model = assessmentRecord(FRONTIER, { name: 'Aurora-3' });
  const current = versionRecord(model, FRONTIER, '2026-11-25');
  // As an older rules version might have recorded it: no systemic risk.
  const old = {
    ...current,
    rulesVersion: '2026.11.1',
    result: {
      ...current.result,
      systemicRisk: 'none' as const,
      verdicts: { ...current.result.verdicts, systemicRisk: { label: 'No', ambiguous: false } },
    },
  };
  await seedWorkspace(page, [withLatest(model, old), old]);
  await page.goto(`/${versionUnderCurrentRules(old.id)}`);

  const comparison = page.getByTestId('comparison');
  await expect(comparison).toContainText('Rules version 2026.11.1 (A) and');
  await expect(comparison).toContainText('A is the result as recorded under rules 2026.11.1');
  await expect(page.getByTestId('same-answers')).toHaveText('No answer differs.');
  const risk = page
    .getByTestId('changes-verdicts')
    .getByRole('listitem')
    .filter({ hasText: 'Systemic risk' })
    .first();
  await expect(risk).toContainText('No');
  await expect(risk).toContainText('Presumed');
});
