/**
 * Bad share links (issue #5): each class shows its own clear message and a "Start a new assessment" action —
 * never a crash, a blank page, or silently wrong answers. A query string before the "#" does not break a link.
 */
import type { Answers } from '../src/engine/answers';
import { DECODE_MESSAGES, encodeAnswers } from '../src/share/codec';
import { PERSONAS } from '../src/share/test-personas';
import { expect, test } from './fixtures';

const frontier = PERSONAS.frontierLabOutsideEu as Answers;
const good = encodeAnswers(frontier, { includeModelName: true });
const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);

const cases: { name: string; value: string; kind: string; message: RegExp }[] = [
  {
    name: 'truncated',
    value: good.slice(0, -5),
    kind: 'truncated',
    message: /incomplete: part of it was cut off/,
  },
  {
    name: 'tampered',
    value: flip(good, good.length - 3),
    kind: 'tampered',
    message: /changed after it was created/,
  },
  {
    name: 'unknown version',
    value: `v7.${good.slice(3)}`,
    kind: 'unknown-version',
    message: /link format v7, made by a newer version/,
  },
  {
    name: 'not a link at all',
    value: 'hello-world',
    kind: 'invalid',
    message: /not a GPAI Navigator share link/,
  },
  { name: 'empty', value: '', kind: 'empty', message: /no answers in it/ },
];

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T12:00:00Z'));
});

for (const c of cases) {
  test(`${c.name} link: says what is wrong and offers a new assessment`, async ({ page }) => {
    await page.goto(`/#/report?a=${c.value}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link cannot be opened');
    const message = page.getByTestId('link-error');
    await expect(message).toHaveAttribute('data-kind', c.kind);
    await expect(message).toHaveText(c.message);
    await expect(page.locator('.verdict-card')).toHaveCount(0);
    await page.getByRole('link', { name: 'Start a new assessment' }).click();
    await expect(page).toHaveURL(/#\/$/);
  });
}

test('the messages shown are the codec messages, word for word', async ({ page }) => {
  await page.goto(`/#/report?a=${flip(good, 10)}`);
  await expect(page.getByTestId('link-error')).toHaveText(DECODE_MESSAGES.tampered);
});

test('a query string before the "#" (e.g. from a newsletter tracker) still opens the right report', async ({
  page,
}) => {
  await page.goto(`/?utm_source=newsletter&utm_medium=email#/report?a=${good}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report for Łódź AI');
  await expect(page.locator('.verdict-card .verdict-badge')).toHaveText(['Yes', 'Yes', 'Presumed', 'No']);
  // The router bug glues such a query onto the last hash value; the decoder cuts it off at the first "?".
  await page.goto(`/#/report?a=${good}?utm_source=newsletter`);
  await expect(page.locator('.verdict-card .verdict-badge')).toHaveText(['Yes', 'Yes', 'Presumed', 'No']);
});
