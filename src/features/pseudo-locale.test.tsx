/**
 * Issue #11, the pseudo-locale run: the app's main screens rendered through the real router with a translator
 * whose every catalog message is accented and wrapped in ⟦…⟧ (src/i18n/pseudo.ts). Any plain ASCII letter left on
 * a screen — in a text node, in an accessible name or hint attribute, or in the document title — was written in
 * code rather than taken from a catalog, unless it is data: what the user typed, dates, FLOP figures, rule ids,
 * citations of the Act and hashes. Each screen is a test, and a failure lists the words that escaped.
 */
import 'fake-indexeddb/auto';
import { createMemoryHistory, createRouter, RouterProvider } from '@tanstack/react-router';
import { render, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCELERATOR_PRESETS } from '../engine/accelerators';
import type { Answers } from '../engine/answers';
import { evaluate } from '../engine/evaluate';
import { WIZARD_PERSONAS } from '../engine/questionnaire/personas.fixture';
import { LANGUAGE_NAMES } from '../i18n/languages';
import { PSEUDO_OPEN, pseudoTranslator } from '../i18n/pseudo';
import { TranslatorProvider } from '../i18n/react';
import { READY } from '../i18n/ready';
import { routeTree } from '../routeTree.gen';
import { encodeAnswers } from '../share/codec';
import { answersHash } from '../share/hash';
import { PERSONAS } from '../share/test-personas';
import { completeAnswers, DRAFT_VERSION } from '../shared/draft/storage';
import { createAssessment, recordVersion, updateAssessment } from '../shared/workspace/store';
import { summarizeReport } from '../shared/workspace/summary';

const pseudo = pseudoTranslator();
const TODAY = '2026-11-25';

/** The user's own words in the seeded assessments. */
const MODEL_NAME = 'Aurora-3';
const OTHER_NAME = 'Lumen-7B';
const OUTDATED_NAME = 'Aurora-2';
const TYPED = [
  MODEL_NAME,
  OTHER_NAME,
  OUTDATED_NAME,
  WIZARD_PERSONAS.openWeights7B.answers.licence.name,
  PERSONAS.openWeights7bApache?.modelName ?? '',
];
/** A rules version before today's, under which the third assessment's version was recorded. */
const OLDER_RULES = '2026.11.1';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What may show in plain letters: data, not words of a catalog. */
const DATA: [string, RegExp][] = [
  ['what the user typed', new RegExp(TYPED.map(escapeRegExp).join('|'), 'g')],
  ['the app’s name', /GPAI Navigator/g],
  ['the sides of a comparison', /^\s*[AB]\s*$/g],
  ['each language named in itself', new RegExp(Object.values(LANGUAGE_NAMES).join('|'), 'g')],
  [
    'dates (Intl)',
    /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/g,
  ],
  ['FLOP figures', /\b[ZEPTG]?FLOP(\/s)?\b/g],
  ['rule ids', /\b[RE]\d+[a-z]?\b/g],
  // Citations stay the engine's in English and are written per language by src/i18n/citations.ts.
  [
    'citations of other sources',
    /\bGL (§[\d.]+|¶[\d–]+|fn \d+|Annex [A-Z](\.\d+)*)|\bReg\. \(EU\)|\bCode of Practice(, [A-Za-z ]+ chapter)?|\bTraining-content summary template\b/g,
  ],
  [
    'citations of the Act',
    /\b(Arts?|Recs?)\.|\bAnnex(es)? [IVX]+( Section \d+)?|\b[IVX]+\b|\(\s?[a-z]{1,4}\s?\)|\b\d+[a-z]\b/g,
  ],
  // Names and precisions of the accelerators the compute estimator offers (src/engine/accelerators.ts).
  [
    'accelerator data',
    new RegExp(
      ACCELERATOR_PRESETS.flatMap((a) => [a.name, a.precision])
        .map(escapeRegExp)
        .join('|'),
      'g',
    ),
  ],
  ['hashes', /\b[0-9a-f]{8,64}\b/g],
];

/** The plain-lettered rest of a text once data is taken out, or null when nothing is left. */
function escaped(text: string): string | null {
  let rest = text;
  for (const [, pattern] of DATA) rest = rest.replace(pattern, ' ');
  return /[A-Za-z]/.test(rest) ? text.trim().slice(0, 140) : null;
}

/** Attributes whose words a reader hears or sees. */
const WORDED_ATTRIBUTES = ['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'aria-valuetext'];

function escapedWords(): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Code to type (a command line) is not words.
    if (node.parentElement?.closest('script, style, template, code, kbd, samp')) continue;
    const e = escaped(node.textContent ?? '');
    if (e) found.push(e);
  }
  for (const el of document.body.querySelectorAll('*'))
    for (const name of WORDED_ATTRIBUTES) {
      const value = el.getAttribute(name);
      const e = value ? escaped(value) : null;
      if (e) found.push(`[${name}] ${e}`);
    }
  const title = escaped(document.title);
  if (title) found.push(`<title> ${title}`);
  return [...new Set(found)];
}

let id = '';
let other = '';
let outdated = '';

/**
 * An assessment whose latest version was recorded under older rules that gave no systemic risk: today's rules
 * presume it (R31–R33), so the list marks it and its page lists what changed (src/shared/workspace/rules-change.ts).
 */
async function seedOutdated(): Promise<string> {
  const c = await createAssessment({ name: OUTDATED_NAME });
  const draft = { ...WIZARD_PERSONAS.frontierLab.answers, modelName: OUTDATED_NAME };
  await updateAssessment(c.id, c.rev, { draft });
  const done = completeAnswers({ version: DRAFT_VERSION, answers: draft, updatedAt: '' });
  if (!done.ok) throw new Error('the frontier lab persona is incomplete');
  const older = summarizeReport(evaluate(done.answers, TODAY));
  older.verdicts.systemicRisk = { label: 'No', ambiguous: false };
  older.systemicRisk = 'none';
  older.obligations = older.obligations.filter((o) => !o.id.startsWith('art55') && o.id !== 'art52_1');
  older.notificationDeadline = null;
  await recordVersion(c.id, {
    answers: done.answers,
    provenance: {},
    rulesVersion: OLDER_RULES,
    asOf: TODAY,
    answersHash: answersHash(done.answers),
    result: older,
  });
  return c.id;
}
const saved = READY.get('en');

beforeAll(async () => {
  // The root layout's words come from the loaded translator of the reader's language (English in jsdom).
  READY.set('en', pseudo);
  const a = await createAssessment({ name: MODEL_NAME });
  await updateAssessment(a.id, a.rev, { draft: WIZARD_PERSONAS.frontierLab.answers });
  id = a.id;
  const b = await createAssessment({ name: OTHER_NAME });
  await updateAssessment(b.id, b.rev, { draft: WIZARD_PERSONAS.openWeights7B.answers });
  other = b.id;
  outdated = await seedOutdated();
});

afterAll(() => {
  if (saved) READY.set('en', saved);
  else READY.delete('en');
});

async function renderAt(path: string) {
  const router = createRouter({ routeTree, history: createMemoryHistory({ initialEntries: [path] }) });
  await router.load();
  render(
    <TranslatorProvider value={pseudo}>
      <RouterProvider router={router} />
    </TranslatorProvider>,
  );
}

/**
 * The screens, each with what shows that it has finished loading. They run in this order on one workspace: the
 * report records the first assessment's version, which the list, the tasks and the assessment page then show.
 */
const SCREENS: { name: string; where: string; path: () => string; ready: () => Promise<unknown> }[] = [
  {
    name: 'start page',
    where: '/',
    path: () => '/',
    ready: () => screen.findByRole('link', { name: pseudo.m('app.startNow') }),
  },
  {
    name: 'question screen "role"',
    where: '/assess/role?id=…',
    path: () => `/assess/role?id=${id}`,
    ready: () => screen.findByRole('heading', { level: 1, name: pseudo.m('questions.screen_role_title') }),
  },
  {
    name: 'question screen "compute"',
    where: '/assess/compute?id=…',
    path: () => `/assess/compute?id=${id}`,
    ready: () => screen.findByRole('heading', { level: 1, name: pseudo.m('questions.screen_compute_title') }),
  },
  {
    name: 'question screen "systemic risk"',
    where: '/assess/systemic-risk?id=…',
    path: () => `/assess/systemic-risk?id=${id}`,
    ready: () =>
      screen.findByRole('heading', { level: 1, name: pseudo.m('questions.screen_systemicRisk_title') }),
  },
  {
    name: 'check page',
    where: '/check?id=…',
    path: () => `/check?id=${id}`,
    ready: () => screen.findByRole('heading', { level: 1, name: pseudo.m('wizard.checkTitle') }),
  },
  {
    name: 'report',
    where: '/report?id=…',
    path: () => `/report?id=${id}`,
    ready: () =>
      waitFor(() => expect(document.querySelectorAll('.verdict-card .verdict-badge')).toHaveLength(4)),
  },
  {
    name: 'report from a share link',
    where: '/report?a=…',
    path: () =>
      `/report?a=${encodeAnswers(PERSONAS.openWeights7bApache as Answers, { includeModelName: true })}`,
    ready: () =>
      waitFor(() => expect(document.querySelectorAll('.verdict-card .verdict-badge')).toHaveLength(4)),
  },
  {
    name: 'workspace list, one assessment marked for a rules change',
    where: '/workspace',
    path: () => '/workspace',
    ready: () =>
      waitFor(() => {
        expect(screen.getByRole('link', { name: MODEL_NAME })).toBeInTheDocument();
        // The mark has replaced its "recorded under rules …" placeholder.
        expect(
          screen.queryByText(pseudo.m('workspace.recordedUnderRules', { version: OLDER_RULES })),
        ).toBeNull();
      }),
  },
  {
    name: 'tasks',
    where: '/tasks',
    path: () => '/tasks',
    ready: () => waitFor(() => expect(screen.getAllByTestId('dashboard-task').length).toBeGreaterThan(0)),
  },
  {
    name: 'compare, two assessments',
    where: '/compare?a=d:…&b=d:…',
    path: () => `/compare?a=d:${id}&b=d:${other}`,
    ready: () => screen.findByTestId('comparison'),
  },
  {
    name: 'assessment page',
    where: '/workspace/…',
    path: () => `/workspace/${id}`,
    ready: () => screen.findByTestId('assessment-status'),
  },
  {
    name: 'assessment page, a version recorded under older rules',
    where: '/workspace/…',
    path: () => `/workspace/${outdated}`,
    ready: () => screen.findByTestId('rules-change'),
  },
  {
    name: 'workspace data',
    where: '/workspace/data',
    path: () => '/workspace/data',
    ready: () => screen.findByRole('heading', { level: 1, name: pseudo.m('workspace.dataTitle') }),
  },
  {
    name: 'rules page',
    where: '/rules',
    path: () => '/rules',
    ready: () => screen.findByRole('heading', { level: 1, name: pseudo.m('app.rulesHeading') }),
  },
];

describe('the pseudo-locale: no words outside the catalogs', () => {
  it('knows its data patterns: an English sentence is caught, the data around it is not', () => {
    expect(escaped(`${MODEL_NAME} · 3.8 × 10²⁵ FLOP · R32 · Art. 53(1)(a) · 25 November 2026`)).toBeNull();
    expect(escaped('⟦Çóñţíñúé⟧ Continue')).not.toBeNull();
  });

  for (const s of SCREENS)
    it(`${s.name} (${s.where}) shows only pseudo words and data`, async () => {
      await renderAt(s.path());
      await s.ready();
      // The screen is drawn in the pseudo-language (not in English, nor empty) …
      expect(document.body.textContent).toContain(PSEUDO_OPEN);
      // … and nothing on it is plain English.
      expect(escapedWords()).toEqual([]);
    });
});
