/**
 * Issue #11: the wizard persona journeys of e2e/personas.ts in German and French, at 320 px. Each journey goes
 * start page → every question that applies → check page → report, and checks on the way that
 * - every screen, the check page and the report are no wider than the 320 px viewport (German's long words);
 * - the check page lists the persona's answers in the language, as the engine's answer summary words the answers
 *   the wizard saved (and those answers, worded in English, are the persona data's);
 * - the report shows the heading, verdicts and obligations the engine gives for those answers on the fixed
 *   today, rendered with the language's catalog, and axe finds nothing on it (every <details> opened; three
 *   personas, see AXE).
 *
 * Nothing is re-typed in German or French: the persona data's English words (headings, legends, choices, short
 * labels) are looked up in the questionnaire (src/engine/questionnaire/screens.ts) by their English rendering,
 * and the same message is rendered with the language's catalog. The controls' own words come from the catalogs
 * by id. A catalog change therefore moves the test with it, and an English word the lookup cannot place fails.
 *
 * Every persona runs in German (the longest strings); three in French that between them use every kind of
 * control (the compute estimator, typed dates in three forms, checkboxes, the modifier's screens).
 */
import type { Page } from '@playwright/test';
import { evaluate } from '../src/engine/evaluate';
import {
  answersInWords,
  type DraftAnswers,
  type Option,
  type Question,
  SCREENS,
} from '../src/engine/questionnaire';
import type { Text } from '../src/engine/text';
import { withSuperscripts } from '../src/features/report/format';
import { completeDraft } from '../src/features/report/workspace-report';
import { english, translatorFor } from '../src/i18n/all';
import type { MessageId } from '../src/i18n/message-id';
import { localizeReport } from '../src/i18n/report';
import type { Translator } from '../src/i18n/translator';
import { DB_NAME } from '../src/shared/workspace/schema';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { type Answer, group, PERSONAS, type Persona, type PersonaKey } from './personas';
import { fixToday, TODAY } from './report-support';

const WIDTH = 320;

// ── The persona data's English, placed in the questionnaire and rendered in the language ─────────────────

/** Every wording of every question (its variants included), for looking questions up by their words. */
const WORDINGS: { question: Question; label: Text; shortLabel: Text; options: Option[] }[] = SCREENS.flatMap(
  (screen) =>
    screen.questions.flatMap((q) => [
      { question: q, label: q.label, shortLabel: q.shortLabel, options: q.options ?? [] },
      ...(q.variants ?? []).map((v) => ({
        question: q,
        label: v.label ?? q.label,
        shortLabel: v.shortLabel ?? q.shortLabel,
        options: v.options ?? q.options ?? [],
      })),
    ]),
);

/** The one rendering in `tr` of the texts whose English is `words`; fails when there is none or they differ. */
function only(what: string, words: string, texts: Text[], tr: Translator): string {
  const found = new Set(texts.filter((t) => english.t(t) === words).map((t) => tr.t(t)));
  if (found.size !== 1)
    throw new Error(`${what} "${words}": ${found.size === 0 ? 'not in the questionnaire' : [...found]}`);
  return [...found][0] as string;
}

class Words {
  constructor(readonly tr: Translator) {}

  /** A control's own words, by id. */
  m(id: MessageId): string {
    return this.tr.m(id);
  }

  title(words: string): string {
    return only('screen title', words, [...SCREENS.map((s) => s.title)], this.tr);
  }

  question(words: string): string {
    return only(
      'question',
      words,
      WORDINGS.map((w) => w.label),
      this.tr,
    );
  }

  shortLabel(words: string): string {
    return only(
      'short label',
      words,
      WORDINGS.map((w) => w.shortLabel),
      this.tr,
    );
  }

  /** A choice of the question asked in `legend` (choices are looked up among that question's own). */
  choice(legend: string, words: string): string {
    const wordings = WORDINGS.filter((w) => english.t(w.label) === legend);
    const texts = wordings.flatMap((w) => [
      ...w.options.map((o) => o.label),
      ...(w.question.unknownLabel ? [w.question.unknownLabel] : []),
      ...(w.question.absentLabel ? [w.question.absentLabel] : []),
    ]);
    return only(`choice of "${legend}"`, words, texts, this.tr);
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Exactly one of these words. */
const exact = (...words: string[]) => new RegExp(`^(${words.map(escapeRegExp).join('|')})$`);

/** e2e/personas.ts's answer(), with every label in the language. Typed values (the user's data) stay as typed. */
async function answer(page: Page, w: Words, a: Answer): Promise<void> {
  if ('radio' in a) {
    await group(page, w.question(a.radio)).getByLabel(w.choice(a.radio, a.choose), { exact: true }).check();
  } else if ('checks' in a) {
    const g = group(page, w.question(a.checks));
    for (const label of a.choose) await g.getByLabel(w.choice(a.checks, label), { exact: true }).check();
  } else if ('text' in a) {
    await page.getByLabel(w.question(a.text), { exact: true }).fill(a.value);
  } else if ('flop' in a) {
    const g = group(page, w.question(a.flop));
    if (a.value === 'unknown') await g.getByRole('radio').last().check();
    else if (a.value === 'none') await g.getByRole('radio').first().check();
    else {
      const figure = exact(w.m('wizard.flopHaveFigure'), w.m('wizard.flopYesThisMuch'));
      await g.getByRole('radio', { name: figure }).check();
      await g.getByLabel(w.m('wizard.flopLabel'), { exact: true }).fill(a.value);
    }
  } else if ('count' in a) {
    const g = group(page, w.question(a.count));
    if (a.value === 'unknown') await g.getByRole('radio').last().check();
    else {
      await g.getByRole('radio', { name: w.m('wizard.countHaveNumber'), exact: true }).check();
      await g.getByLabel(w.m('wizard.countNumber'), { exact: true }).fill(a.value);
    }
  } else if ('date' in a) {
    const g = group(page, w.question(a.date));
    if (a.value === 'unknown' || a.value === 'none')
      await g.locator(`input[type="radio"][value="${a.value}"]`).check();
    else {
      const onDate = exact(w.m('wizard.dateYesOnThisDate'), w.m('wizard.dateOnThisDate'));
      await g.getByRole('radio', { name: onDate }).check();
      await g.getByLabel(w.m('wizard.dateLabel'), { exact: true }).fill(a.value);
    }
  } else {
    const g = group(page, w.question(a.estimate));
    await g.getByLabel(w.m('wizard.flopHaveFigure'), { exact: true }).check();
    await g.getByText(w.m('wizard.estimatorSummary')).click();
    await g.getByLabel(w.m('wizard.estimatorParameters'), { exact: true }).fill(a.parameters);
    await g.getByLabel(w.m('wizard.estimatorTokens'), { exact: true }).fill(a.tokens);
    await g.getByRole('button', { name: w.m('wizard.estimatorCalculateArchitecture') }).click();
    await g.getByRole('button', { name: w.m('wizard.estimatorUse') }).click();
  }
}

async function expectNoOverflow(page: Page, where: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect.soft(width, `${where} is no wider than ${WIDTH} px`).toBeLessThanOrEqual(WIDTH);
}

async function openAllDetails(page: Page): Promise<void> {
  await page.locator('details').evaluateAll((all) => {
    for (const d of all) (d as HTMLDetailsElement).open = true;
  });
}

// ── What the engine says for the persona, in the language ─────────────────────────────────────────────────

/** The draft the wizard saved in the workspace: the one assessment of this fresh browser context. */
async function savedDraft(page: Page): Promise<DraftAnswers> {
  const drafts = await page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('assessments').objectStore('assessments').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            resolve((all.result as { draft: unknown }[]).map((a) => a.draft));
          };
        };
      }),
    DB_NAME,
  );
  expect(drafts, 'one assessment in the workspace').toHaveLength(1);
  return drafts[0] as DraftAnswers;
}

/** What the engine makes of the answers given, in the language: the check page's rows and the report. */
function engineFor(draft: DraftAnswers, tr: Translator) {
  const complete = completeDraft(draft);
  if (!complete.ok) throw new Error(`the saved draft is incomplete: ${complete.missingSteps}`);
  const report = withSuperscripts(localizeReport(evaluate(complete.answers, TODAY), tr));
  const rows = answersInWords(draft).flatMap((s) => s.rows);
  return { report, rows, modelName: draft.modelName };
}

// ── The journeys ────────────────────────────────────────────────────────────────────────────────────────────

const THREE: PersonaKey[] = ['frontierLab', 'openWeights7B', 'fineTunerUnknownOriginal'];
const RUNS: { lang: 'de' | 'fr'; personas: PersonaKey[] }[] = [
  { lang: 'de', personas: Object.keys(PERSONAS) as PersonaKey[] },
  { lang: 'fr', personas: THREE },
];
// axe is 40 % of a journey's time; these three reports hold every kind of block a report has (systemic risk and
// its notification, an open-source exemption, a modifier's duties), so the other five German ones add nothing
// axe could find — their words, overflow and verdicts are still checked.
const AXE = new Set(THREE);

for (const { lang, personas } of RUNS) {
  test.describe(`in ${lang}`, () => {
    test.use({ viewport: { width: WIDTH, height: 800 } });

    for (const key of personas) {
      const persona: Persona = PERSONAS[key];
      test(`${persona.name}: wizard, check page and report in ${lang}${AXE.has(key) ? ', axe-clean' : ''} and within ${WIDTH} px`, async ({
        page,
      }) => {
        test.setTimeout(60_000); // up to 13 screens, each checked for overflow, then axe on a long report
        const tr = translatorFor(lang);
        const w = new Words(tr);
        await fixToday(page);

        // Start page.
        await test.step('start page and every question that applies', async () => {
          await page.goto(`/#/?lang=${lang}`);
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          await expect(page.locator('main h1').first()).toBeVisible();
          await expectNoOverflow(page, 'the start page');
          await page.getByRole('link', { name: w.m('app.startNow') }).click();

          // Every question screen that applies.
          for (const step of persona.steps) {
            const title = w.title(step.title);
            await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
            for (const a of step.answers) await answer(page, w, a);
            await expectNoOverflow(page, `the screen "${title}"`);
            await page.getByRole('button', { name: w.m('wizard.continue'), exact: true }).click();
          }
        });

        // Check page: the persona's rows, worded as the engine's summary words them in the language.
        await expect(
          page.getByRole('heading', { level: 1, name: w.m('wizard.checkTitle'), exact: true }),
        ).toBeVisible();
        const engine = engineFor(await savedDraft(page), tr);
        await test.step('check page', async () => {
          for (const [label, value] of persona.rows) {
            const row = engine.rows.find((r) => english.t(r.label) === label);
            expect(row, `the engine's summary has a row "${label}"`).toBeDefined();
            if (!row) continue;
            // The answers given are the persona's: the engine words them in English as the persona data expects.
            expect(english.t(row.value), `"${label}" in English`).toBe(value);
            const dt = page.locator('dl > div').filter({
              has: page.locator('dt', { hasText: exact(w.shortLabel(label)) }),
            });
            await expect(dt, `row "${tr.t(row.label)}"`).toHaveCount(1);
            await expect(dt.locator('dd').first()).toHaveText(tr.t(row.value));
          }
          for (const label of persona.absent) {
            // An absent row names a question in short, or a whole screen (then its section is absent).
            const title = SCREENS.some((s) => english.t(s.title) === label);
            const absent = title
              ? page.getByRole('heading', { level: 2, name: w.title(label), exact: true })
              : page.locator('dt', { hasText: exact(w.shortLabel(label)) });
            await expect(absent, `nothing for "${label}"`).toHaveCount(0);
          }
          await expectNoOverflow(page, 'the check page');
        });

        // Report: the engine's verdicts, heading and obligations in the language.
        await test.step('report', async () => {
          await page.getByRole('link', { name: w.m('wizard.seeResult'), exact: true }).click();
          const { report } = engine;
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(
            engine.modelName
              ? tr.m('reportPage.titleFor', { name: engine.modelName })
              : tr.m('reportPage.titleYours'),
          );
          await expect(page.locator('.verdict-card .verdict-badge')).toHaveText([
            report.verdicts.gpai.label,
            report.verdicts.provider.label,
            report.verdicts.systemicRisk.label,
            report.verdicts.openSource.label,
          ]);
          await expect(page.locator('li.obligation .obligation-article')).toHaveText(
            report.obligations.filter((o) => !o.exempted).map((o) => o.article),
          );
          // The AI Act's citations open its official version in the same language.
          const actLinks = page.locator('a.citation[href*="eur-lex.europa.eu/eli/reg/2024/1689/"]');
          await expect(actLinks.first()).toHaveAttribute('href', lang === 'de' ? /\/deu(#|$)/ : /\/fra(#|$)/);
          await openAllDetails(page);
          await expectNoOverflow(page, 'the report');
        });
        if (AXE.has(key))
          await test.step('axe', async () => {
            expect(await axeViolations(page), 'axe on the report').toEqual([]);
          });
      });
    }
  });
}
