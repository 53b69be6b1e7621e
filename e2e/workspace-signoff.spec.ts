/**
 * Sign-off (issue #9 "Sign-off", ADR 0094) against the real IndexedDB: the form refuses what is missing with an
 * error summary, signing locks the version (no sign button, its hash shown, the store keeps the sign-off),
 * the version's report shows the signature, and the PDF downloaded from it names the signer and says it is not
 * a cryptographic signature. axe at 1280 and 390 px.
 */
import { readFileSync } from 'node:fs';
import type { Answers } from '../src/engine/answers';
import type { DraftAnswers } from '../src/engine/questionnaire';
import { WIZARD_PERSONAS } from '../src/engine/questionnaire/personas.fixture';
import { extractPdfText } from '../src/pdf/test-helpers';
import { completeAnswers, DRAFT_VERSION } from '../src/shared/draft/storage';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { assessmentRecord, readWorkspace, seedWorkspace, versionRecord, withLatest } from './workspace';

function recorded(answers: DraftAnswers): Answers {
  const done = completeAnswers({ version: DRAFT_VERSION, answers, updatedAt: '' });
  if (!done.ok) throw new Error('incomplete answers');
  return done.answers;
}

const answers = recorded(WIZARD_PERSONAS.frontierLab.answers);

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-30T10:00:00Z'));
});

test('signing a version: checked, then locked with its hash; the report and the PDF carry the signature', async ({
  page,
}) => {
  test.setTimeout(120_000); // two axe audits and a PDF on a loaded 2-core machine: a harness limit
  const a = assessmentRecord(answers);
  const v = versionRecord(a, answers, '2026-11-25', {
    provenance: { 'compute.parameterUpdateFlop': { source: 'Training log run-42', exactness: 'exact' } },
  });
  await seedWorkspace(page, [withLatest(a, v), v]);
  await page.goto(`/#/workspace/${a.id}`);

  await page.getByRole('button', { name: 'Sign version 1' }).click();
  const form = page.getByRole('form', { name: 'Sign version 1' });
  await expect(form).toContainText(v.answersHash);
  await expect(form).toContainText('not a cryptographic signature');
  // Nothing entered: every required field is named, and the summary takes the focus.
  await form.getByRole('button', { name: 'Sign and lock version 1' }).click();
  const summary = page.getByRole('region', { name: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Enter your name: the sign-off records who reviewed this version',
    'Enter your role, such as General Counsel or Compliance lead',
    'Enter the date of the review, like 27 November 2026',
  ]);
  expect(await axeViolations(page), 'sign-off form with errors at 1280 px').toEqual([]);

  await form.getByLabel('Your name').fill('Zofia Wąsik');
  await form.getByLabel('Your role').fill('General Counsel');
  await form.getByLabel('Date of the review').fill('1/12/2026');
  await form.getByRole('button', { name: 'Sign and lock version 1' }).click();
  await expect(summary.getByRole('link')).toHaveText([
    'The date of the review cannot be later than today (30 November 2026)',
  ]);
  await form.getByLabel('Date of the review').fill('27/11/2026');
  await form.getByLabel('Note (optional)').fill('FLOP checked against the training log.');
  await form.getByRole('button', { name: 'Sign and lock version 1' }).click();

  // Locked: the sign-off shown, no way to sign again, the hash still there.
  const version = page.getByTestId('version');
  await expect(version.getByTestId('version-signoff')).toHaveText(
    /^Signed by Zofia Wąsik \(General Counsel\) on 27 November 2026; recorded 30 November 2026, \d\d:\d\d$/,
  );
  await expect(version.getByRole('heading', { level: 3 })).toContainText('Signed and locked');
  // Focus is not lost with the form: it goes to the version, which says it is signed.
  await expect(version.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(version.getByRole('status')).toHaveText('Version 1 is signed and locked.');
  await expect(page.getByRole('button', { name: /^Sign version/ })).toHaveCount(0);
  await expect(version.getByTestId('version-hash')).toHaveText(v.answersHash);
  await expect(page.getByTestId('assessment-status')).toHaveText('Status: Signed');
  const stored = (await readWorkspace(page)).versions[0];
  expect(stored?.signoff).toMatchObject({
    name: 'Zofia Wąsik',
    role: 'General Counsel',
    date: '2026-11-27',
    note: 'FLOP checked against the training log.',
  });
  expect(stored?.answers).toEqual(v.answers);
  await page.setViewportSize({ width: 390, height: 800 });
  expect(await axeViolations(page), 'signed version at 390 px').toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });

  // The version's report shows the signature; its PDF names the signer.
  await version.getByRole('link', { name: 'Open the report of version 1' }).click();
  await expect(page.getByTestId('signoff')).toContainText('Signed by Zofia Wąsik');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PDF summary' }).click(),
  ]);
  const text = (await extractPdfText(new Uint8Array(readFileSync(await download.path())))).join('\n');
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('Zofia Wąsik');
  expect(flat).toContain('Signed off in GPAI Navigator');
  expect(flat).toContain(
    'Version 1 of this assessment was signed off by Zofia Wąsik (General Counsel) on 27 November 2026',
  );
  expect(flat).toContain('not a cryptographic signature');
  expect(flat).toContain('Training log run-42 · exact');
});
