/**
 * The eight personas of issue #3 answered through the wizard (e2e/personas.ts), then "See result": the report
 * shows the right verdicts, exactly the obligations that apply, and the right dates for a fixed today
 * (25 November 2026). Expectations are worked out from RULES.md by hand, not copied from the engine.
 */
import { expect, test } from './fixtures';
import { completePersona, PERSONAS, type PersonaKey } from './personas';
import { applicableArticles, fixToday, obligation, verdictBadges, verdictCard } from './report-support';

const BASE = ['Art. 53(1)(a)', 'Art. 53(1)(b)', 'Art. 53(1)(c)', 'Art. 53(1)(d)', 'Art. 53(3)'];
const ART55 = ['Art. 55(1)(a)', 'Art. 55(1)(b)', 'Art. 55(1)(c)', 'Art. 55(1)(d)'];

interface Expected {
  heading: string;
  badges: (string | RegExp)[];
  obligations: string[];
  /** Article → status text on the evaluation date. */
  status?: Record<string, string>;
  /** Text that must appear somewhere in the report. */
  says?: (string | RegExp)[];
}

const EXPECTED: Record<PersonaKey, Expected> = {
  // R7, R14, R32, R35 (10 Nov 2025 + 14 days; notified 20 Nov 2025, so done), R61 (outside the EU), R63,
  // R67 (placed 1 Mar 2026); R34, E28: Art. 55 from placing, prepare from the threshold date; R93 (own app:
  // AI-system duties not assessed); R94 (enforcement, once).
  frontierLab: {
    heading: 'Report for Aurora-3',
    badges: ['Yes', 'Yes', 'Presumed', 'No'],
    obligations: [...BASE, 'Art. 54', 'Art. 52(1)', ...ART55],
    status: {
      'Art. 53(1)(a)': 'In force since 1 March 2026',
      'Art. 54': 'In force since 1 March 2026',
      'Art. 52(1)': 'Done',
      'Art. 55(1)(b)': 'In force since 1 March 2026',
    },
    says: [
      'Notified; the deadline was 24 November 2025',
      'Prepare from 10 November 2025:',
      'AI-system duties not assessed by this tool',
      'Enforcement and fines',
    ],
  },
  // R7 (6 × 7B × 3T = 1.26 × 10²³ > 10²³), R48–R49 (Apache-2.0, public weights, not monetised), EU established.
  openWeights7B: {
    heading: 'Report for Lumen-7B',
    badges: ['Yes', 'Yes', 'No', /^Yes/],
    obligations: ['Art. 53(1)(c)', 'Art. 53(1)(d)', 'Art. 53(3)'],
    status: {
      'Art. 53(1)(c)': 'In force since 1 October 2025',
      'Art. 53(3)': 'In force since 1 October 2025',
    },
    says: [/Art\. 53\(1\)\(a\), \(b\) — Exempted/],
  },
  // R24: 3 × 1.5 × 10²² = 4.5 × 10²² is not more than 2 × 10²⁴ → not the provider (R30).
  fineTunerBelowOneThird: {
    heading: 'Report for Acme Legal FT',
    badges: ['Yes', 'No', 'Not applicable', 'Not applicable'],
    obligations: [],
    // R93: a modifier below the threshold builds on the model: AI-system duties, not assessed.
    says: [
      'You are not the provider of a general-purpose AI model',
      'AI-system duties not assessed by this tool',
    ],
  },
  // R25: original unknown and not SR → fallback 10²³/3; 3 × 5 × 10²² > 10²³ → provider of the modification,
  // obligations limited to it (R28), plus Art. 54 as it is established outside the EU; placed 15 Jan 2026.
  fineTunerUnknownOriginal: {
    heading: 'Your report',
    // The original's compute is unknown: the model is "Probably" a GPAI model (R25).
    badges: ['Probably', /^Yes/, /^(No|Not established)$/, 'No'],
    obligations: [...BASE, 'Art. 54'],
    status: {
      'Art. 53(1)(a)': 'In force since 15 January 2026',
      'Art. 54': 'In force since 15 January 2026',
    },
    says: ['Provider of the modified model', 'Limited to the modification', 'Open questions and assumptions'],
  },
  // R21: only uses a third-party model → downstream provider, no model obligations.
  apiIntegrator: {
    heading: 'Your report',
    // The upstream model's compute is not asked of an integrator: "Probably" a GPAI model.
    badges: ['Probably', 'No', 'Not applicable', 'Not applicable'],
    obligations: [],
    says: [
      "Downstream provider — you build an AI system on someone else's model",
      'AI-system duties not assessed by this tool',
    ],
  },
  // R9–R10: speech transcription is a narrow task → not GPAI despite 2 × 10²³ FLOP; flagged (E1).
  speechTranscription: {
    heading: 'Report for Scribe-L',
    badges: ['No', 'No', 'Not applicable', 'Not applicable'],
    obligations: [],
    says: ['Where the law is unclear'],
  },
  // R14 (had it trained), R68: placed 14 May 2024 → comply by 2 Aug 2027, 250 days after today.
  legacyModel2024: {
    heading: 'Report for Heritage-1',
    badges: ['Yes', 'Yes', 'No', 'No'],
    obligations: BASE,
    status: Object.fromEntries(BASE.map((a) => [a, 'Due in 250 days'])),
    says: ['Due by 2 August 2027', 'Compliance deadline for models placed before 2 August 2025'],
  },
  researchPrototype: {
    heading: 'Your report',
    // R2, R88: not meant to be placed on the Union market → not (yet) a GPAI model under the Act, no provider.
    badges: ['Not yet', 'No', 'Not applicable', 'Not applicable'],
    obligations: [],
    says: ['not meant to be placed on the EU market'],
  },
};

for (const persona of Object.values(PERSONAS)) {
  const expected = EXPECTED[persona.key as PersonaKey];
  test(`${persona.name}: from the wizard to the report with the right verdicts, obligations and dates`, async ({
    page,
  }) => {
    await fixToday(page);
    await completePersona(page, persona);
    await page.getByRole('link', { name: 'See result' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected.heading);
    const badges = await verdictBadges(page);
    expected.badges.forEach((b, i) => {
      if (typeof b === 'string') expect(badges[i]).toBe(b);
      else expect(badges[i]).toMatch(b);
    });
    expect(await applicableArticles(page)).toEqual(expected.obligations);
    for (const [article, text] of Object.entries(expected.status ?? {})) {
      await expect(obligation(page, article).locator('.obligation-status')).toHaveText(text);
    }
    for (const text of expected.says ?? []) await expect(page.locator('article.report')).toContainText(text);
    // The report comes from the assessment's draft in the workspace, evaluated as of today, with a hash.
    const footer = page.getByRole('region', { name: 'About this report' });
    await expect(footer).toContainText('in this browser’s workspace');
    await expect(footer.getByTestId('evaluated-as-of')).toHaveText('25 November 2026');
    await expect(verdictCard(page, 'gpai')).toBeVisible();
  });
}
