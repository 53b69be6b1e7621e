/**
 * Report behaviour: the as-of control recomputes and stays in the URL, every "Why" opens to a named rule,
 * every obligation links to its source, bad or missing input gets a friendly page, the print view is clean,
 * and axe finds nothing on any of these states.
 */
import { art } from '../src/engine/sources';
import { PERSONAS } from '../src/share/test-personas';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { fixToday, obligation, personaUrl, reportUrl, verdictBadges } from './report-support';

test.beforeEach(async ({ page }) => {
  await fixToday(page);
});

test('changing "Evaluate as of" recomputes countdowns and statuses and keeps the date in the URL', async ({
  page,
}) => {
  await page.goto(personaUrl('legacyModel2024'));
  const doc = obligation(page, 'Art. 53(1)(a)').locator('.obligation-status');
  await expect(doc).toHaveText('Due in 250 days');
  const asOf = page.getByLabel('Evaluate as of');
  // One date format across the app (issue #10): the field writes the date as the report does.
  await expect(asOf).toHaveValue('25 November 2026');
  await expect(page.getByTestId('evaluated-as-of')).toHaveText('25 November 2026');

  await asOf.fill('2027-08-01');
  await expect(doc).toHaveText('Due in 1 day');
  await expect(page).toHaveURL(/[?&]asOf=2027-08-01/);
  await expect(page.getByTestId('evaluated-as-of')).toHaveText('1 August 2027');
  const legacy = page.locator('.timeline-item', { hasText: 'Compliance deadline for models placed before' });
  await expect(legacy.locator('.countdown')).toHaveText('in 1 day');

  await asOf.fill('2027-08-02');
  await expect(legacy.locator('.countdown')).toHaveText('today');

  // Reloading the address reproduces the same evaluation date.
  await page.reload();
  await expect(page.getByLabel('Evaluate as of')).toHaveValue('2 August 2027');
  await expect(legacy.locator('.countdown')).toHaveText('today');

  await page.getByRole('button', { name: /Back to today/ }).click();
  await expect(doc).toHaveText('Due in 250 days');
  await expect(page).not.toHaveURL(/asOf=/);
});

test('an as-of date in the link that does not exist falls back to today and says so', async ({ page }) => {
  await page.goto(personaUrl('legacyModel2024', '&asOf=2027-02-30'));
  await expect(page.getByRole('note')).toContainText('not a real date');
  await expect(page.getByTestId('evaluated-as-of')).toHaveText('25 November 2026');
});

test('every "Why" disclosure opens and names a rule', async ({ page }) => {
  await page.goto(personaUrl('frontierLabOutsideEu'));
  const whys = page.locator('details.why');
  await expect(whys).toHaveCount(5); // four verdicts + obligations and dates
  for (const why of await whys.all()) {
    const body = why.locator(':scope > :not(summary)');
    await expect(body.first()).toBeHidden();
    await why.locator('summary').click();
    await expect(why).toHaveAttribute('open', '');
    await expect(body.getByText(/^Rules? R\d+/).first()).toBeVisible();
    await expect(body.getByRole('link').first()).toBeVisible();
  }
});

test('every obligation names its article and links to its text on EUR-Lex or the Commission’s site', async ({
  page,
}) => {
  await page.goto(personaUrl('frontierLabOutsideEu'));
  const items = page.locator('li.obligation');
  await expect(items).toHaveCount(11);
  for (const item of await items.all()) {
    const links = item.locator('a.citation');
    expect(await links.count()).toBeGreaterThan(0);
    const first = await links.first().getAttribute('href');
    expect(first).toMatch(/^https:\/\/(eur-lex\.europa\.eu|digital-strategy\.ec\.europa\.eu)\//);
  }
  // Only EUR-Lex and the Commission's own pages; no link is called "official" (the Act is consolidated).
  for (const href of await page
    .locator('article.report a.citation')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
    expect(href).toMatch(/^https:\/\/(eur-lex\.europa\.eu|digital-strategy\.ec\.europa\.eu)\//);
  await expect(page.locator('article.report a', { hasText: /official/i })).toHaveCount(0);
  const art52 = obligation(page, 'Art. 52(1)').getByRole('link', { name: /^Art\. 52\(1\)/ });
  await expect(art52).toHaveAttribute('href', art('52(1)').url);
});

test('the footer carries the rules version, as-of date, answers hash and not-legal-advice line', async ({
  page,
}) => {
  await page.goto(personaUrl('openWeights7bApache'));
  const footer = page.getByRole('region', { name: 'About this report' });
  await expect(footer.getByTestId('rules-version')).toHaveText(/^\d{4}\.\d+\.\d+$/);
  await expect(footer.getByTestId('evaluated-as-of')).toHaveText('25 November 2026');
  await expect(footer.getByTestId('answers-hash')).toHaveText(/^[0-9a-f]{12}$/);
  await expect(footer).toContainText('Not legal advice');
  await expect(footer).toContainText('A share link');
});

test('a tampered link shows what is wrong and a way to start over', async ({ page }) => {
  const good = personaUrl('apiIntegrator');
  const tampered = good.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
  await page.goto(tampered);
  await expect(page.getByRole('heading', { level: 1, name: 'This link cannot be opened' })).toBeVisible();
  await expect(page.getByTestId('link-error')).toHaveAttribute('data-kind', /tampered|truncated|invalid/);
  await page.getByRole('link', { name: 'Start a new assessment' }).click();
  await expect(page).toHaveURL(/#\/$/);
  expect(await axeViolations(page)).toEqual([]);
});

test('a link value that is too long or not text is a bad link, never the saved draft', async ({ page }) => {
  await page.goto(`/#/report?a=v1.${'A'.repeat(4100)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'This link cannot be opened' })).toBeVisible();
  await page.goto('/#/report?a=12345');
  await expect(page.getByRole('heading', { level: 1, name: 'This link cannot be opened' })).toBeVisible();
});

test('without a link or any assessment the page says so and points to the questions', async ({ page }) => {
  await page.goto('/#/report');
  await expect(page.getByRole('heading', { level: 1, name: 'No answers to report on yet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start a new assessment' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('with half-answered questions the page sends you back to the first unanswered screen', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You and the model' })).toBeVisible();
  await page
    .getByRole('group', { name: 'Which of these best describes you?', exact: true })
    .getByLabel('We trained the model ourselves', { exact: true })
    .check();
  await page
    .getByRole('group', { name: 'Is your organisation established in the EU?', exact: true })
    .getByLabel('Yes', { exact: true })
    .check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What the model can do' })).toBeVisible();
  // A bare #/report opens the assessment changed last, which names the screens still to answer.
  await page.goto('/#/report');
  await expect(page.getByRole('heading', { level: 1, name: /^No report yet for/ })).toBeVisible();
  await page.getByTestId('missing-steps').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'What the model can do' })).toBeVisible();
});

test('a link made with other rules says so above the report', async ({ page }) => {
  const answers = PERSONAS.legacyModel2024;
  if (!answers) throw new Error('persona missing');
  await page.goto(reportUrl(answers, '', '2025.1.0'));
  await expect(page.getByRole('note')).toContainText('The rules have changed since this link was made.');
  await expect(page.getByRole('note')).toContainText('2025.1.0');
  expect(await verdictBadges(page)).toEqual(['Yes', 'Yes', 'No', 'No']);
});

for (const persona of ['frontierLabOutsideEu', 'openWeights7bApache', 'speechTranscriptionNarrow'] as const) {
  test(`axe finds no violations on the report (${persona}), with every disclosure open`, async ({ page }) => {
    test.setTimeout(90_000); // axe over a whole report (hundreds of rule and article links) on 2 cores
    await page.goto(personaUrl(persona));
    await expect(page.locator('.verdict-card')).toHaveCount(4);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('print view: no navigation or controls, links followed by their address, disclosures printed open', async ({
  page,
}) => {
  await page.goto(personaUrl('frontierLabOutsideEu'));
  await expect(page.locator('.verdict-card')).toHaveCount(4);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByLabel('Evaluate as of')).toBeHidden();
  await expect(page.getByRole('button'))
    .toHaveCount(0, { timeout: 1 })
    .catch(async () => {
      for (const b of await page.getByRole('button').all()) await expect(b).toBeHidden();
    });
  // The trace inside a closed "Why" is printed.
  const why = page.locator('.verdict-card[data-verdict="systemicRisk"] details.why');
  await expect(why).not.toHaveAttribute('open', '');
  await expect(why.getByText(/^Rule R32/)).toBeVisible();
  // External links print their address.
  const after = await page
    .locator('a.citation[href^="https://eur-lex"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://eur-lex.europa.eu/');
  // Nothing wider than an A4 page's printable width (210 mm − 30 mm margins ≈ 680 CSS px).
  await page.setViewportSize({ width: 680, height: 1000 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('the report and methodology code is not part of the first load', async ({ page, network }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const scripts = network.requests.filter((u) => u.endsWith('.js'));
  expect(scripts.some((u) => /\/assets\/(report|methodology)-/.test(u))).toBe(false);
  await page.goto(personaUrl('apiIntegrator'));
  await expect(page.locator('.verdict-card')).toHaveCount(4);
  expect(network.requests.some((u) => /\/assets\/report-[^/]*\.js$/.test(u))).toBe(true);
});
