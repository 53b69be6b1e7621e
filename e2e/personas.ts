/**
 * The eight personas of issue #3, as data the wizard journeys replay, plus helpers to answer the screens.
 * Exported for reuse: `completeFrontierLab(page)` etc. take a fresh page from the start page to "Check your
 * answers"; the report journeys continue from there with "See result".
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export type Answer =
  | { radio: string; choose: string }
  | { checks: string; choose: string[] }
  | { text: string; value: string }
  /** A FLOP question: a figure as typed, "none" or "unknown". */
  | { flop: string; value: string }
  /** A date question: YYYY-MM-DD (or any accepted form), "unknown", or "none" (e.g. "Not yet"). */
  | { date: string; value: string }
  /** Use the architecture estimator of a FLOP question (6 × P × D) and copy its result. */
  | { estimate: string; parameters: string; tokens: string };

export interface ScreenStep {
  /** The page heading (h1) of the screen. */
  title: string;
  answers: Answer[];
}

export interface Persona {
  key: string;
  name: string;
  steps: ScreenStep[];
  /** Rows expected on the check page: [short label, value in words]. */
  rows: [string, string][];
  /** Short labels that must not appear on the check page (questions that do not apply). */
  absent: string[];
}

const yes = (legend: string): Answer => ({ radio: legend, choose: 'Yes' });
const no = (legend: string): Answer => ({ radio: legend, choose: 'No' });

const ROLE = 'Which of these best describes you?';
const EU_EST = 'Is your organisation established in the EU?';
const OUTPUTS = 'What can the model generate?';
const GENERALITY = 'How general is the model?';
const CHANNELS = 'How is the model made available — or how will it be?';
const EU_AVAIL = 'Is it (or will it be) available in the EU?';
const PLACING_DATE = 'When was the model first made available in the EU — or when will it be?';
const COMPUTE = 'How much compute was used to train the model?';
const METHOD = 'Where does this figure come from?';
const SYNTHETIC = 'How much compute went into generating non-public synthetic training data?';
const INHERITED = 'How much compute trained any weights you started from or merged in?';
const THRESHOLD_DATE =
  'When did cumulative training compute exceed 10²⁵ FLOP — or when did you know it would?';
const NOTIFIED = 'Have you notified the Commission under Art. 52(1)?';
const DESIGNATED = 'Has the Commission designated the model as a model with systemic risk?';
const CONTEST =
  'Have you argued to the Commission that, exceptionally, the model does not present systemic risk?';
const COP = 'Has your organisation signed the General-Purpose AI Code of Practice?';

export const SCREEN_TITLES = {
  role: 'You and the model',
  capabilities: 'What the model can do',
  integration: 'Your AI system',
  modification: 'Your modification',
  placing: 'Making the model available',
  compute: 'Training compute',
  systemicRisk: 'Systemic risk',
  licence: 'Licence and openness',
  codeOfPractice: 'Code of Practice',
} as const;

export const PERSONAS = {
  frontierLab: {
    key: 'frontierLab',
    name: 'Frontier lab outside the EU, above 10^25 FLOP',
    steps: [
      {
        title: SCREEN_TITLES.role,
        answers: [
          { radio: ROLE, choose: 'We trained the model ourselves' },
          { text: 'Model name (optional)', value: 'Aurora-3' },
          no(EU_EST),
        ],
      },
      {
        title: SCREEN_TITLES.capabilities,
        answers: [
          {
            checks: OUTPUTS,
            choose: ['Text, including code', 'Images generated from text prompts (text-to-image)'],
          },
          { radio: GENERALITY, choose: 'It can competently do a wide range of distinct tasks' },
        ],
      },
      {
        title: SCREEN_TITLES.placing,
        answers: [
          {
            checks: CHANNELS,
            choose: ['Through an API', 'Built into our own chatbot, app or AI system that others use'],
          },
          { radio: EU_AVAIL, choose: 'Yes — people or organisations in the EU can get or use it from us' },
          { date: PLACING_DATE, value: '2026-03-01' },
        ],
      },
      {
        title: SCREEN_TITLES.compute,
        answers: [
          { flop: COMPUTE, value: '3.8 × 10^25' },
          {
            radio: METHOD,
            choose: 'Estimated from the hardware used (units × time × peak speed × utilisation)',
          },
        ],
      },
      {
        title: SCREEN_TITLES.systemicRisk,
        answers: [
          { date: THRESHOLD_DATE, value: '2025-11-10' },
          { date: NOTIFIED, value: '20 Nov 2025' },
          no(DESIGNATED),
          { radio: CONTEST, choose: 'No, we have not contested it' },
        ],
      },
      {
        title: SCREEN_TITLES.codeOfPractice,
        answers: [{ radio: COP, choose: 'Yes, all chapters that apply to us' }],
      },
    ],
    rows: [
      ['Your role', 'We trained the model ourselves'],
      ['Model name', 'Aurora-3'],
      ['Established in the EU', 'No'],
      ['Outputs', 'Text, including code; Images generated from text prompts (text-to-image)'],
      [
        'How it is made available',
        'Through an API; Built into our own chatbot, app or AI system that others use',
      ],
      ['First made available', '1 March 2026'],
      ['Training compute', '3.8 × 10²⁵ FLOP'],
      ['Date 10²⁵ FLOP was met or became known', '10 November 2025'],
      ['Commission notified', '20 November 2025'],
      ['Designated by the Commission', 'No'],
      ['Contest of the presumption', 'No, we have not contested it'],
      ['Code of Practice signatory', 'Yes, all chapters that apply to us'],
    ],
    absent: [
      'Non-public synthetic data compute',
      'Compute of inherited or merged weights',
      'Free access for anyone',
    ],
  },
  openWeights7B: {
    key: 'openWeights7B',
    name: 'Open-weights 7B-class model under Apache-2.0',
    steps: [
      {
        title: SCREEN_TITLES.role,
        answers: [
          { radio: ROLE, choose: 'We trained the model ourselves' },
          { text: 'Model name (optional)', value: 'Lumen-7B' },
          yes(EU_EST),
        ],
      },
      {
        title: SCREEN_TITLES.capabilities,
        answers: [
          { checks: OUTPUTS, choose: ['Text, including code'] },
          { radio: GENERALITY, choose: 'It can competently do a wide range of distinct tasks' },
        ],
      },
      {
        title: SCREEN_TITLES.placing,
        answers: [
          { checks: CHANNELS, choose: ['As a public download of the weights'] },
          { radio: EU_AVAIL, choose: 'Yes — people or organisations in the EU can get or use it from us' },
          { date: PLACING_DATE, value: '2025-10-01' },
        ],
      },
      {
        title: SCREEN_TITLES.compute,
        answers: [
          { estimate: COMPUTE, parameters: '7B', tokens: '3T' },
          { flop: SYNTHETIC, value: 'none' },
          { flop: INHERITED, value: 'none' },
        ],
      },
      { title: SCREEN_TITLES.systemicRisk, answers: [no(DESIGNATED)] },
      {
        title: SCREEN_TITLES.licence,
        answers: [
          { text: 'Licence name (optional)', value: 'Apache-2.0' },
          yes('Can anyone obtain the model without paying?'),
          yes('Can anyone use it for any purpose without paying?'),
          yes('Can anyone modify it?'),
          yes('Can anyone redistribute it, modified or not?'),
          {
            checks: 'Does the licence contain any of these terms?',
            choose: ['Attribution or share-alike conditions'],
          },
          yes('Are the parameters, including the weights, publicly available?'),
          yes('Is information on the model architecture publicly available?'),
          yes('Is information on how to use the model publicly available?'),
          { checks: 'Is the model monetised in any of these ways?', choose: ['None of these'] },
        ],
      },
      { title: SCREEN_TITLES.codeOfPractice, answers: [{ radio: COP, choose: 'No' }] },
    ],
    rows: [
      ['Model name', 'Lumen-7B'],
      ['How it is made available', 'As a public download of the weights'],
      ['First made available', '1 October 2025'],
      ['Training compute', '1.26 × 10²³ FLOP'],
      ['How the figure was obtained', 'Estimated from the architecture (6 × parameters × training tokens)'],
      ['Non-public synthetic data compute', 'None'],
      ['Compute of inherited or merged weights', 'None'],
      ['Designated by the Commission', 'No'],
      ['Licence', 'Apache-2.0'],
      ['Free access for anyone', 'Yes'],
      ['Licence terms', 'Attribution or share-alike conditions'],
      ['Monetisation', 'None of these'],
      ['Code of Practice signatory', 'No'],
    ],
    absent: [
      'Date 10²⁵ FLOP was met or became known',
      'Contest of the presumption',
      'Monetised only between microenterprises',
    ],
  },
  fineTunerBelowOneThird: {
    key: 'fineTunerBelowOneThird',
    name: 'Fine-tuner below one third of the original compute',
    steps: [
      {
        title: SCREEN_TITLES.role,
        answers: [
          { radio: ROLE, choose: "We modify someone else's model" },
          { text: 'Model name (optional)', value: 'Acme Legal FT' },
          yes(EU_EST),
        ],
      },
      {
        title: SCREEN_TITLES.capabilities,
        answers: [
          { checks: OUTPUTS, choose: ['Text, including code'] },
          { radio: GENERALITY, choose: 'It can competently do a wide range of distinct tasks' },
        ],
      },
      {
        title: SCREEN_TITLES.modification,
        answers: [
          { flop: 'How much compute was used to train the original model?', value: '2e24' },
          no('Is the original model a general-purpose AI model with systemic risk?'),
          { flop: 'How much compute did your modification use?', value: '1.5e22' },
        ],
      },
    ],
    rows: [
      ['Your role', "We modify someone else's model"],
      ['Original model’s training compute', '2 × 10²⁴ FLOP'],
      ['Original model has systemic risk', 'No'],
      ['Modification compute', '1.5 × 10²² FLOP'],
    ],
    absent: [
      "Fine-tuned on the original provider's platform",
      'Modified model first made available',
      'How it is made available',
    ],
  },
  fineTunerUnknownOriginal: {
    key: 'fineTunerUnknownOriginal',
    name: 'Fine-tuner of a model with unknown compute, above the fallback',
    steps: [
      {
        title: SCREEN_TITLES.role,
        answers: [{ radio: ROLE, choose: "We modify someone else's model" }, no(EU_EST)],
      },
      {
        title: SCREEN_TITLES.capabilities,
        answers: [
          { checks: OUTPUTS, choose: ['Text, including code'] },
          { radio: GENERALITY, choose: 'It can competently do a wide range of distinct tasks' },
        ],
      },
      {
        title: SCREEN_TITLES.modification,
        answers: [
          { flop: 'How much compute was used to train the original model?', value: 'unknown' },
          no('Is the original model a general-purpose AI model with systemic risk?'),
          { flop: 'How much compute did your modification use?', value: '5e22' },
          {
            flop: 'How much compute went into generating non-public synthetic data for your modification?',
            value: 'none',
          },
          no(
            "Did you fine-tune through the original provider's platform, with the result staying there under its name?",
          ),
          {
            date: 'When was the modified model first made available — or when will it be?',
            value: '15/01/2026',
          },
        ],
      },
      {
        title: SCREEN_TITLES.placing,
        answers: [
          { checks: CHANNELS, choose: ['Through an API'] },
          { radio: EU_AVAIL, choose: 'Yes — people or organisations in the EU can get or use it from us' },
        ],
      },
      { title: SCREEN_TITLES.systemicRisk, answers: [no(DESIGNATED)] },
      { title: SCREEN_TITLES.codeOfPractice, answers: [{ radio: COP, choose: 'No' }] },
    ],
    rows: [
      ['Original model’s training compute', "I don't know"],
      ['Modification compute', '5 × 10²² FLOP'],
      ['Synthetic data for the modification', 'None'],
      ["Fine-tuned on the original provider's platform", 'No'],
      ['Modified model first made available', '15 January 2026'],
      ['How it is made available', 'Through an API'],
      ['Code of Practice signatory', 'No'],
    ],
    absent: ['First made available', 'Training compute', 'Free access for anyone'],
  },
  apiIntegrator: {
    key: 'apiIntegrator',
    name: 'API integrator (no model obligations)',
    steps: [
      {
        title: SCREEN_TITLES.role,
        answers: [
          {
            radio: ROLE,
            choose: "We only use someone else's model, unchanged, in our own product or AI system",
          },
          yes(EU_EST),
        ],
      },
      {
        title: SCREEN_TITLES.capabilities,
        answers: [
          { checks: OUTPUTS, choose: ['Text, including code'] },
          { radio: GENERALITY, choose: 'It can competently do a wide range of distinct tasks' },
        ],
      },
      {
        title: SCREEN_TITLES.integration,
        answers: [
          yes('Is the AI system built on the model offered or used in the EU?'),
          no("Did the model's provider clearly exclude distribution and use in the EU?"),
        ],
      },
      // The model's compute still decides the (informational) verdict on whether it is a GPAI model.
      { title: SCREEN_TITLES.compute, answers: [{ flop: COMPUTE, value: 'unknown' }] },
    ],
    rows: [
      ['Your role', "We only use someone else's model, unchanged, in our own product or AI system"],
      ['System offered or used in the EU', 'Yes'],
      ['Upstream provider excluded the EU', 'No'],
      ['Training compute', "I don't know"],
    ],
    absent: [
      'System first offered in the EU',
      'Non-public synthetic data compute',
      'Designated by the Commission',
      'Code of Practice signatory',
    ],
  },
  speechTranscription: {
    key: 'speechTranscription',
    name: 'Speech-transcription model above 10^23 FLOP (narrow)',
    steps: [
      {
        title: SCREEN_TITLES.role,
        answers: [
          { radio: ROLE, choose: 'We trained the model ourselves' },
          { text: 'Model name (optional)', value: 'Scribe-L' },
          yes(EU_EST),
        ],
      },
      {
        title: SCREEN_TITLES.capabilities,
        answers: [
          { checks: OUTPUTS, choose: ['Text, including code'] },
          { radio: GENERALITY, choose: 'It does one narrow task, or a narrow family of tasks' },
        ],
      },
      {
        title: SCREEN_TITLES.placing,
        answers: [
          { checks: CHANNELS, choose: ['Through an API'] },
          { radio: EU_AVAIL, choose: 'Yes — people or organisations in the EU can get or use it from us' },
          { date: PLACING_DATE, value: '2025-09-01' },
        ],
      },
      {
        title: SCREEN_TITLES.compute,
        answers: [
          { flop: COMPUTE, value: '2e23' },
          { radio: METHOD, choose: 'Measured or logged during training' },
        ],
      },
    ],
    rows: [
      ['Generality', 'It does one narrow task, or a narrow family of tasks'],
      ['Training compute', '2 × 10²³ FLOP'],
      ['How the figure was obtained', 'Measured or logged during training'],
    ],
    absent: [
      'Non-public synthetic data compute',
      'Designated by the Commission',
      'Code of Practice signatory',
    ],
  },
  legacyModel2024: {
    key: 'legacyModel2024',
    name: 'Legacy model placed in 2024',
    steps: [
      {
        title: SCREEN_TITLES.role,
        answers: [
          { radio: ROLE, choose: 'We had the model trained for us by someone else' },
          { text: 'Model name (optional)', value: 'Heritage-1' },
          yes(EU_EST),
        ],
      },
      {
        title: SCREEN_TITLES.capabilities,
        answers: [
          { checks: OUTPUTS, choose: ['Text, including code'] },
          { radio: GENERALITY, choose: 'It can competently do a wide range of distinct tasks' },
        ],
      },
      {
        title: SCREEN_TITLES.placing,
        answers: [
          {
            checks: CHANNELS,
            choose: ['Through an API', 'Through a cloud computing service or marketplace'],
          },
          { radio: EU_AVAIL, choose: 'Yes — people or organisations in the EU can get or use it from us' },
          { date: PLACING_DATE, value: '2024-05-14' },
        ],
      },
      {
        title: SCREEN_TITLES.compute,
        answers: [
          { flop: COMPUTE, value: '3e24' },
          { radio: METHOD, choose: 'Measured or logged during training' },
          { flop: SYNTHETIC, value: 'none' },
          { flop: INHERITED, value: 'none' },
        ],
      },
      { title: SCREEN_TITLES.systemicRisk, answers: [no(DESIGNATED)] },
      { title: SCREEN_TITLES.codeOfPractice, answers: [{ radio: COP, choose: 'Only some chapters' }] },
    ],
    rows: [
      ['Your role', 'We had the model trained for us by someone else'],
      ['First made available', '14 May 2024'],
      ['Training compute', '3 × 10²⁴ FLOP'],
      ['Code of Practice signatory', 'Only some chapters'],
    ],
    absent: ['Free access for anyone', 'Contest of the presumption'],
  },
  researchPrototype: {
    key: 'researchPrototype',
    name: 'Research prototype never placed',
    steps: [
      {
        title: SCREEN_TITLES.role,
        answers: [
          { radio: ROLE, choose: 'We are a research lab, university or research institute that trained it' },
          yes(EU_EST),
        ],
      },
      {
        title: SCREEN_TITLES.capabilities,
        answers: [
          { checks: OUTPUTS, choose: ['Text, including code'] },
          { radio: GENERALITY, choose: 'It can competently do a wide range of distinct tasks' },
        ],
      },
      {
        title: SCREEN_TITLES.placing,
        answers: [
          { checks: CHANNELS, choose: ['Not made available yet — still in research or development'] },
          { radio: EU_AVAIL, choose: 'No — it is not available in the EU at all' },
          { date: PLACING_DATE, value: 'unknown' },
        ],
      },
    ],
    rows: [
      ['Your role', 'We are a research lab, university or research institute that trained it'],
      ['How it is made available', 'Not made available yet — still in research or development'],
      ['Available in the EU', 'No — it is not available in the EU at all'],
      ['First made available', "I don't know or it is not decided"],
    ],
    absent: ['Training compute', 'Designated by the Commission', 'Code of Practice signatory'],
  },
} satisfies Record<string, Persona>;

export type PersonaKey = keyof typeof PERSONAS;

// ── Answering with the mouse (and the page's own controls) ────────────────────────────────────────────────

export function group(page: Page, legend: string): Locator {
  return page.getByRole('group', { name: legend, exact: true });
}

export async function answer(page: Page, a: Answer): Promise<void> {
  if ('radio' in a) {
    await group(page, a.radio).getByLabel(a.choose, { exact: true }).check();
  } else if ('checks' in a) {
    for (const label of a.choose) await group(page, a.checks).getByLabel(label, { exact: true }).check();
  } else if ('text' in a) {
    await page.getByLabel(a.text, { exact: true }).fill(a.value);
  } else if ('flop' in a) {
    const g = group(page, a.flop);
    if (a.value === 'unknown') await g.getByRole('radio').last().check();
    else if (a.value === 'none') await g.getByRole('radio').first().check();
    else {
      await g.getByRole('radio', { name: /^(I have a figure or an estimate|Yes, this much)$/ }).check();
      await g.getByLabel('Compute in FLOP', { exact: true }).fill(a.value);
    }
  } else if ('date' in a) {
    const g = group(page, a.date);
    if (a.value === 'unknown' || a.value === 'none')
      await g.locator(`input[type="radio"][value="${a.value}"]`).check();
    else {
      await g.getByRole('radio', { name: /^(Yes, on this date|On this date)$/ }).check();
      await g.getByLabel('Date', { exact: true }).fill(a.value);
    }
  } else {
    const g = group(page, a.estimate);
    await g.getByLabel('I have a figure or an estimate', { exact: true }).check();
    await g.getByText('Estimate it from the hardware or the architecture').click();
    await g.getByLabel('Parameters', { exact: true }).fill(a.parameters);
    await g.getByLabel('Training tokens', { exact: true }).fill(a.tokens);
    await g.getByRole('button', { name: 'Calculate from architecture' }).click();
    await g.getByRole('button', { name: 'Use this estimate' }).click();
  }
}

export async function answerScreen(page: Page, step: ScreenStep): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: step.title })).toBeVisible();
  for (const a of step.answers) await answer(page, a);
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** From a fresh page: start page → every screen of the persona → "Check your answers". Returns the number of screens shown. */
export async function completePersona(page: Page, persona: Persona): Promise<number> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start now' }).click();
  for (const step of persona.steps) await answerScreen(page, step);
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  return persona.steps.length;
}

/** Asserts the check page lists the persona's answers in words and none of the questions that do not apply. */
export async function expectCheckPage(page: Page, persona: Persona): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  for (const [label, value] of persona.rows) {
    const row = page
      .locator('dl > div')
      .filter({ has: page.locator('dt', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) });
    await expect(row, `row "${label}"`).toHaveCount(1);
    await expect(row.locator('dd').first()).toHaveText(value);
  }
  for (const label of persona.absent) {
    await expect(
      page.locator('dt', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }),
      `no row "${label}"`,
    ).toHaveCount(0);
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const completeFrontierLab = (page: Page) => completePersona(page, PERSONAS.frontierLab);
export const completeOpenWeights7B = (page: Page) => completePersona(page, PERSONAS.openWeights7B);
export const completeFineTunerBelowOneThird = (page: Page) =>
  completePersona(page, PERSONAS.fineTunerBelowOneThird);
export const completeFineTunerUnknownOriginal = (page: Page) =>
  completePersona(page, PERSONAS.fineTunerUnknownOriginal);
export const completeApiIntegrator = (page: Page) => completePersona(page, PERSONAS.apiIntegrator);
export const completeSpeechTranscription = (page: Page) =>
  completePersona(page, PERSONAS.speechTranscription);
export const completeLegacyModel2024 = (page: Page) => completePersona(page, PERSONAS.legacyModel2024);
export const completeResearchPrototype = (page: Page) => completePersona(page, PERSONAS.researchPrototype);
