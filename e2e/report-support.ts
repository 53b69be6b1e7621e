/**
 * Shared helpers for the report journeys (e2e/report-*.spec.ts): share links for the eight personas built with
 * the real codec, a fixed "today", and readers for what the report shows.
 */
import type { Locator, Page } from '@playwright/test';
import type { Answers } from '../src/engine/answers';
import { encodeAnswers } from '../src/share/codec';
import { PERSONAS } from '../src/share/test-personas';
import { expect } from './fixtures';

export const TODAY = '2026-11-25';

export async function fixToday(page: Page): Promise<void> {
  await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00Z`));
}

export type PersonaKey = keyof typeof PERSONAS & string;

export function reportUrl(answers: Answers, extra = '', rulesVersion?: string): string {
  const a = encodeAnswers(answers, { includeModelName: true }, rulesVersion);
  return `/#/report?a=${a}${extra}`;
}

export function personaUrl(key: PersonaKey, extra = ''): string {
  const answers = PERSONAS[key];
  if (!answers) throw new Error(`unknown persona ${key}`);
  return reportUrl(answers, extra);
}

export const VERDICT_HEADINGS = {
  gpai: 'General-purpose AI model?',
  provider: 'Are you its provider?',
  systemicRisk: 'Systemic risk',
  openSource: 'Open-source exemption',
} as const;

export function verdictCard(page: Page, key: keyof typeof VERDICT_HEADINGS): Locator {
  return page.getByRole('article', { name: VERDICT_HEADINGS[key], exact: true });
}

/** The four badge texts, in card order. */
export async function verdictBadges(page: Page): Promise<string[]> {
  await expect(page.locator('.verdict-card .verdict-badge')).toHaveCount(4);
  return page.locator('.verdict-card .verdict-badge').allInnerTexts();
}

/** Articles of the obligations that apply, in the order shown. */
export async function applicableArticles(page: Page): Promise<string[]> {
  await expect(page.getByRole('heading', { level: 2, name: 'Your obligations' })).toBeVisible();
  return page.locator('li.obligation .obligation-article').allInnerTexts();
}

export function obligation(page: Page, article: string): Locator {
  return page.locator('li.obligation').filter({
    has: page.locator('.obligation-article', {
      hasText: new RegExp(`^${article.replace(/[()]/g, '\\$&')}$`),
    }),
  });
}

/**
 * The report shows its title, verdicts and warnings first and the rest in a second render (ReportView); until
 * then the article is `aria-busy`. A check that reads the whole report at once waits for it.
 */
export async function waitForWholeReport(page: Page): Promise<void> {
  await expect(page.locator('article.report')).toHaveAttribute('aria-busy', 'false');
}
