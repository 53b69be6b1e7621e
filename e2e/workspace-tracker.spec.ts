/**
 * Obligation tracker (issue #9, ADR 0095) against the real IndexedDB: statuses, owner, due date and evidence
 * on an assessment's tracker (not needed asks why, in an error summary), kept across a reload; the #/tasks
 * dashboard puts overdue tasks first across two models; its CSV and .ics downloads are read back.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Answers } from '../src/engine/answers';
import { PERSONAS } from '../src/share/test-personas';
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
const legacyAnswers = PERSONAS.legacyModel2024 as Answers; // obligations due 2 August 2027
// Open source: only Art. 53(1)(c), 53(1)(d) and 53(3) apply, in force since 15 September 2025 (12 tasks, light to audit).
const openAnswers = PERSONAS.openWeights7bApache as Answers;

function models() {
  const legacy = assessmentRecord(legacyAnswers, { name: 'Legacy 2024' });
  const legacyV = versionRecord(legacy, legacyAnswers, '2026-11-25');
  const open = assessmentRecord(openAnswers, { name: 'Åsa-7B' });
  const openV = versionRecord(open, openAnswers, '2026-11-25');
  return { legacy: withLatest(legacy, legacyV), legacyV, open: withLatest(open, openV), openV };
}

test.beforeEach(async ({ page }) => {
  test.setTimeout(90_000); // axe twice over pages of dozens of tasks on a loaded 2-core machine: a harness limit
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00Z`));
});

async function noOverflow(page: Page) {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll).toBeLessThanOrEqual(client);
}

const taskOf = (page: Page, title: RegExp) =>
  page
    .getByTestId('tracker-panel')
    .getByTestId('task')
    .filter({ has: page.getByRole('heading', { name: title }) });

test('tracker: statuses, a reason for not needed, owner, due date and evidence are saved and survive a reload', async ({
  page,
}) => {
  const { open, openV } = models();
  // A task recorded for an item whose wording the result no longer has.
  const gone = taskRecord(open, 'art53_1_c', { itemKey: 'old-policy-wording-0badf00d', status: 'done' });
  await seedWorkspace(page, [open, openV, gone]);
  await page.goto(`/#/workspace/${open.id}`);
  const panel = page.getByTestId('tracker-panel');
  await expect(panel.getByRole('heading', { name: 'Obligation tracker' })).toBeVisible();
  await expect(panel.getByText('The tasks follow version 1, evaluated as of today.')).toBeVisible();
  const goneSection = panel.getByRole('region', { name: 'No longer in the result' });
  await expect(goneSection.getByText('Old policy wording', { exact: true })).toBeVisible();
  // A folded "what to produce" list says in its line how many of its items are overdue.
  const produce = panel.getByTestId('produce-items').first();
  await expect(produce.locator('summary')).toHaveText('What to produce: 4 items, 4 still to do, 4 overdue');
  await expect(produce.locator('summary [data-overdue]')).toHaveText('4 overdue');
  await expect(produce.getByTestId('task').first()).toBeHidden();

  // Not needed without a reason: the error summary, focused, links to the reason field.
  const documentation = taskOf(page, /^Art\. 53\(1\)\(c\) — /);
  await documentation.getByRole('button', { name: /^Update task:/ }).click();
  await documentation.getByLabel('Not needed').check();
  await documentation.getByRole('button', { name: 'Save task' }).click();
  await expect(page.getByRole('region', { name: 'There is a problem' })).toBeFocused();
  await page.getByRole('link', { name: 'Say why this task is not needed.' }).click();
  const reason = documentation.getByLabel('Why is it not needed?');
  await expect(reason).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await reason.fill('Covered by the group documentation policy');
  await documentation.getByRole('button', { name: 'Save task' }).click();
  await expect(
    documentation.getByText('Not needed — Covered by the group documentation policy'),
  ).toBeVisible();

  // In progress, with an owner, a date of the user's and evidence with one safe and one unsafe address.
  const downstream = taskOf(page, /^Art\. 53\(1\)\(d\) — /);
  await downstream.getByRole('button', { name: /^Update task:/ }).click();
  await downstream.getByLabel('In progress').check();
  await downstream.getByLabel('Owner').fill('Ana Kowalska');
  await downstream.getByLabel('Due date').fill('15/3/2027');
  await expect(downstream.getByText('Read as 15 March 2027.')).toBeVisible();
  await downstream
    .getByLabel('Evidence')
    .fill('Draft at https://wiki.example/summary; old copy javascript:alert(1)');
  await downstream.getByRole('button', { name: 'Save task' }).click();

  const check = async () => {
    await expect(
      documentation.getByText('Not needed — Covered by the group documentation policy'),
    ).toBeVisible();
    await expect(downstream.getByText('In progress')).toBeVisible();
    await expect(downstream.getByText('Ana Kowalska')).toBeVisible();
    await expect(
      downstream.getByText("15 March 2027 (set by you; the engine's date is 15 September 2025)"),
    ).toBeVisible();
    await expect(downstream.getByRole('link', { name: /https:\/\/wiki\.example\/summary/ })).toHaveAttribute(
      'href',
      'https://wiki.example/summary',
    );
    await expect(downstream.locator('a[href^="javascript"]')).toHaveCount(0);
    await expect(downstream.getByText(/javascript:alert\(1\)/)).toBeVisible();
  };
  await check();
  await page.reload();
  await check();

  const { tasks } = await readWorkspace(page);
  const saved = tasks.filter((t) => t.id !== gone.id);
  expect(saved.map((t) => [t.id, t.status, t.reason, t.owner, t.due, t.rev]).sort()).toEqual([
    [`${open.id}/art53_1_c`, 'not-needed', 'Covered by the group documentation policy', '', null, 1],
    [`${open.id}/art53_1_d`, 'in-progress', '', 'Ana Kowalska', '2027-03-15', 1],
  ]);

  // A reload in the middle of an edit loses nothing; then, at phone width, no overflow and no violation.
  await downstream.getByRole('button', { name: /^Update task:/ }).click();
  await expect(downstream.getByLabel('Due date')).toHaveValue('15 March 2027');
  await downstream.getByLabel('Owner').fill('Ana K. and Bo');
  await page.reload();
  await expect(downstream.getByText('Not saved yet')).toBeVisible();
  await expect(downstream.getByLabel('Owner')).toHaveValue('Ana K. and Bo');
  await page.setViewportSize({ width: 390, height: 844 });
  await noOverflow(page);
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 640 });
  await noOverflow(page);
});

test('each obligation\'s "what to produce" list is folded behind a line that counts it, and opens', async ({
  page,
}) => {
  const { legacy, legacyV } = models();
  await seedWorkspace(page, [legacy, legacyV, taskRecord(legacy, 'art53_1_a', { status: 'done' })]);
  await page.goto(`/#/workspace/${legacy.id}`);
  const lists = page.getByTestId('tracker-panel').getByTestId('produce-items');
  await expect(lists.first()).toBeVisible();
  // Due 2 August 2027: nothing is overdue.
  for (const list of await lists.all()) {
    await expect(list).not.toHaveAttribute('open');
    await expect(list.locator('summary')).toHaveText(/^What to produce: \d+ items?, \d+ still to do$/);
  }
  const first = lists.first();
  await expect(first.getByTestId('task').first()).toBeHidden();
  await first.locator('summary').click();
  await expect(first.getByTestId('task').first()).toBeVisible();
  // Saving an item's task keeps its list open.
  await first
    .getByRole('button', { name: /^Update task:/ })
    .first()
    .click();
  await first.getByLabel('In progress').check();
  await first.getByRole('button', { name: 'Save task' }).click();
  await expect(first.getByRole('button', { name: /^Update task:/ }).first()).toBeFocused();
  await expect(first).toHaveAttribute('open', '');
  await expect(first.locator('summary')).toHaveText(/^What to produce: \d+ items?, \d+ still to do$/);
  await expect(first.getByText('In progress', { exact: true })).toBeVisible();
});

test('dashboard: overdue first across two models, filters, CSV and .ics downloads', async ({ page }) => {
  const { legacy, legacyV, open, openV } = models();
  await seedWorkspace(page, [
    legacy,
    legacyV,
    open,
    openV,
    taskRecord(legacy, 'art53_1_b', { status: 'in-progress', owner: 'Ana', due: '2027-03-15', rev: 2 }),
    taskRecord(legacy, 'art53_1_a', { status: 'not-needed', reason: 'Group policy', rev: 1 }),
    taskRecord(open, 'art53_1_c', {
      status: 'done',
      owner: '=HYPERLINK("x")',
      evidence: 'Policy, v2 "final"',
    }),
  ]);
  await page.goto('/#/tasks');
  await expect(page.getByRole('heading', { level: 1, name: 'Tasks across all models' })).toBeVisible();
  const rows = page.getByTestId('dashboard-task');
  await expect(rows.first()).toBeVisible();

  // Open tasks: the overdue open-source ones first, then by date: the user's
  // 15 March 2027 before the engine's 2 August 2027.
  const first = rows.first();
  await expect(first).toContainText('Åsa-7B');
  await expect(first).toContainText('Art. 53(1)(c)');
  await expect(first).toContainText('Overdue since 15 September 2025');
  const texts = await rows.allInnerTexts();
  const overdue = texts.map((t) => t.includes('Overdue since'));
  const firstNotOverdue = overdue.indexOf(false);
  expect(firstNotOverdue).toBeGreaterThan(0);
  expect(overdue.slice(firstNotOverdue).every((o) => !o)).toBe(true);
  expect(texts.slice(0, firstNotOverdue).every((t) => t.includes('Åsa-7B'))).toBe(true);
  expect(texts[firstNotOverdue]).toContain('Legacy 2024');
  expect(texts[firstNotOverdue]).toContain('Due 15 March 2027');
  expect(texts.at(-1)).toContain('Due 2 August 2027');
  // Done and not-needed tasks are not "still to do".
  expect(texts.filter((t) => /\bDone\b|Not needed/.test(t))).toEqual([]);
  await expect(first.getByRole('link', { name: 'Åsa-7B' })).toHaveAttribute('href', `#/workspace/${open.id}`);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByLabel('Owner', { exact: true }).selectOption('Ana');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Art. 53(1)(b)');
  await page.getByLabel('Owner', { exact: true }).selectOption({ label: 'Anyone' });
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Not needed' });
  await page.getByLabel('Model', { exact: true }).selectOption({ label: 'Legacy 2024' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Legacy 2024');

  // CSV: every task of both models, one row each.
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download tasks (CSV)' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe(`gpai-all-tasks-${TODAY}.csv`);
  const bytes = readFileSync(await csvDownload.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8').slice(1);
  expect(csv.endsWith('\r\n')).toBe(true);
  const records = parseCsv(csv);
  const header = records[0] ?? [];
  expect(header.slice(0, 11)).toEqual([
    'Model',
    'Assessment id',
    'Obligation',
    'Task',
    'Status',
    'Reason',
    'Owner',
    'Due date',
    'Date source',
    'Evidence',
    'Updated',
  ]);
  const counts = (await page.getByTestId('dashboard-counts').textContent()) ?? '';
  expect(records.length - 1).toBe(Number(/^(\d+) tasks/.exec(counts)?.[1]));
  const col = (r: string[], name: string) => r[header.indexOf(name)];
  const ana = records.find((r) => col(r, 'Owner') === 'Ana') ?? [];
  expect([
    col(ana, 'Model'),
    col(ana, 'Obligation'),
    col(ana, 'Status'),
    col(ana, 'Due date'),
    col(ana, 'Date source'),
  ]).toEqual(['Legacy 2024', 'Art. 53(1)(b)', 'In progress', '2027-03-15', 'user']);
  const done = records.find((r) => col(r, 'Status') === 'Done') ?? [];
  expect(col(done, 'Owner')).toBe(`'=HYPERLINK("x")`);
  expect(col(done, 'Evidence')).toBe('Policy, v2 "final"');
  expect(col(done, 'Model')).toBe('Åsa-7B');

  // .ics: reminders 30, 7 and 1 days before an open task ahead; none for the overdue or the done ones.
  const [icsDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download calendar with reminders (.ics)' }).click(),
  ]);
  const events = parseEvents(readFileSync(await icsDownload.path(), 'utf8'));
  const anaEvent = events.find((e) => e.summary.startsWith('Legacy 2024: Due: Art. 53(1)(b) — '));
  expect(anaEvent?.start).toBe('20270315');
  expect(anaEvent?.triggers).toEqual(['-P29DT15H', '-P6DT15H', '-PT15H']);
  const notification = events.find((e) => e.summary.startsWith('Åsa-7B: Overdue: Art. 53(1)(d) — '));
  expect(notification?.triggers).toEqual([]);
  expect(events.find((e) => e.summary.startsWith('Åsa-7B: Done: Art. 53(1)(c) — '))?.triggers).toEqual([]);
  expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);

  await page.setViewportSize({ width: 390, height: 844 });
  await noOverflow(page);
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 640 });
  await noOverflow(page);
});

/** RFC 4180 records (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

function parseEvents(ics: string) {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: { uid: string; start: string; summary: string; triggers: string[] }[] = [];
  let current: (typeof events)[number] | null = null;
  let inAlarm = false;
  const unescapeText = (v: string) =>
    v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = { uid: '', start: '', summary: '', triggers: [] };
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (line === 'BEGIN:VALARM' || line === 'END:VALARM') inAlarm = line === 'BEGIN:VALARM';
    else if (current && inAlarm && line.startsWith('TRIGGER:')) current.triggers.push(line.slice(8));
    else if (current && !inAlarm) {
      if (line.startsWith('UID:')) current.uid = line.slice(4);
      if (line.startsWith('DTSTART;VALUE=DATE:')) current.start = line.slice(19);
      if (line.startsWith('SUMMARY:')) current.summary = unescapeText(line.slice(8));
    }
  }
  return events;
}
