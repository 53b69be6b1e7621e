/** The adaptive flow: prune, completeness, navigation, progress and answers in words. */
import { describe, expect, it } from 'vitest';
import { de } from '../../i18n/catalogs/de';
import { fr } from '../../i18n/catalogs/fr';
import { inEnglish } from '../../i18n/english';
import { createTranslator } from '../../i18n/translator';
import { answersSchema } from '../answers';
import { evaluate } from '../evaluate';
import {
  answersInWords as answersInWordsText,
  type DraftAnswers,
  getScreen,
  incompleteScreens,
  nextScreenId,
  previousScreenId,
  progress,
  relevantAnswers,
  screenOfAnswerPath,
  visibleQuestions,
} from './index';
import { WIZARD_PERSONAS } from './personas.fixture';

/** The answers in words, in English. */
const answersInWords = (a: Parameters<typeof answersInWordsText>[0]) => inEnglish(answersInWordsText(a));

describe('relevantAnswers (prune)', () => {
  it('drops answers on screens that no longer apply and keeps the rest', () => {
    const persona = WIZARD_PERSONAS.openWeights7B.answers;
    const nowIntegrator: DraftAnswers = {
      ...persona,
      role: 'integrator',
      integration: { systemInEu: 'yes', upstreamExcludedEu: 'no' },
    };
    const relevant = relevantAnswers(nowIntegrator);
    expect(relevant.placing).toBeUndefined();
    expect(relevant.licence).toBeUndefined();
    expect(relevant.systemicRisk).toBeUndefined();
    expect(relevant.codeOfPractice).toBeUndefined();
    expect(relevant.compute).toEqual({ parameterUpdateFlop: 1.26e23, method: 'architecture' });
    expect(relevant.stepsTaken).toBeUndefined();
    expect(relevant.integration).toEqual({ systemInEu: 'yes', upstreamExcludedEu: 'no' });
    // The draft itself is untouched: going back restores everything.
    expect(nowIntegrator.licence?.name).toBe('Apache-2.0');
  });

  it('drops answers to questions that no longer apply on a screen that does', () => {
    const a: DraftAnswers = {
      ...WIZARD_PERSONAS.legacyModel2024.answers,
      placing: {
        channels: ['api'],
        euAvailability: 'direct',
        euExcluded: 'yes',
        intention: 'yes',
        commercial: ['price'],
        nameOnModel: 'own',
        placingDate: '2024-05-14',
      },
    };
    expect(relevantAnswers(a).placing).toEqual({
      channels: ['api'],
      euAvailability: 'direct',
      nameOnModel: 'own',
      placingDate: '2024-05-14',
    });
  });

  it('a stale answer on a screen the user left cannot change which later screens apply', () => {
    // A designation answered while the model was placed stays in the draft after switching to "not yet", not
    // meant to be placed: the systemic-risk screen no longer applies, so it cannot hide or show anything later.
    const a: DraftAnswers = {
      ...WIZARD_PERSONAS.openWeights7B.answers,
      placing: { channels: ['notYet'], intention: 'no', euAvailability: 'none', placingDate: 'unknown' },
      systemicRisk: { designated: 'yes', designationInformedDate: '2026-01-01' },
    };
    const relevant = relevantAnswers(a);
    expect(relevant.systemicRisk).toBeUndefined();
    expect(relevant.compute).toBeUndefined();
  });

  it('is idempotent, and every persona’s relevant answers are valid answers that evaluate() accepts', () => {
    for (const [name, p] of Object.entries(WIZARD_PERSONAS)) {
      const relevant = relevantAnswers(p.answers);
      expect(relevantAnswers(relevant), name).toEqual(relevant);
      const parsed = answersSchema.safeParse(relevant);
      expect(parsed.success, name).toBe(true);
      if (parsed.success) expect(() => evaluate(parsed.data, '2026-11-25')).not.toThrow();
    }
  });
});

describe('completeness and navigation', () => {
  it('every persona is complete; removing an answer makes its screen incomplete', () => {
    for (const [name, p] of Object.entries(WIZARD_PERSONAS))
      expect(incompleteScreens(p.answers), name).toEqual([]);
    const { codeOfPractice: _, ...noCop } = WIZARD_PERSONAS.frontierLab.answers;
    expect(incompleteScreens(noCop)).toEqual(['code-of-practice']);
  });

  it('a default in the schema never counts as an answer the user gave', () => {
    // systemicRisk.designated defaults to "no" in the schema, but the question must still be answered.
    const { systemicRisk: _, ...noSr } = WIZARD_PERSONAS.legacyModel2024.answers;
    expect(incompleteScreens(noSr)).toEqual(['systemic-risk']);
  });

  it('an invalid stored value makes its screen incomplete', () => {
    const a = {
      ...WIZARD_PERSONAS.frontierLab.answers,
      placing: { channels: [], euAvailability: 'direct' },
    } as DraftAnswers;
    expect(incompleteScreens(a)).toContain('placing');
  });

  it('Continue and Back go to the next and previous screens that apply', () => {
    const a = WIZARD_PERSONAS.apiIntegrator.answers;
    expect(nextScreenId('role', a)).toBe('capabilities');
    expect(nextScreenId('capabilities', a)).toBe('integration');
    expect(nextScreenId('integration', a)).toBe('compute');
    expect(nextScreenId('compute', a)).toBeNull();
    expect(previousScreenId('compute', a)).toBe('integration');
    expect(previousScreenId('role', a)).toBeNull();
  });

  it('progress counts the screens that apply to these answers', () => {
    expect(progress('integration', WIZARD_PERSONAS.apiIntegrator.answers)).toEqual({
      position: 3,
      total: 4,
      remaining: 1,
    });
    expect(progress('compute', WIZARD_PERSONAS.frontierLab.answers)).toEqual({
      position: 5,
      total: 9,
      remaining: 4,
    });
  });

  it('no persona sees more than four questions on one screen (issue #10: GOV.UK, one thing per page)', () => {
    for (const [name, p] of Object.entries(WIZARD_PERSONAS))
      for (const id of p.screens) {
        const screen = getScreen(id);
        const shown = screen ? visibleQuestions(screen, relevantAnswers(p.answers)) : [];
        expect(shown.length, `${name} on ${id}`).toBeLessThanOrEqual(4);
      }
  });

  it('maps an answer path to the screen that asks it', () => {
    expect(screenOfAnswerPath('placing.channels')).toBe('placing');
    expect(screenOfAnswerPath('placing')).toBe('placing');
    expect(screenOfAnswerPath('compute.parameterUpdateFlop')).toBe('compute');
    expect(screenOfAnswerPath('role')).toBe('role');
  });
});

describe('answers in words (check page, report, PDF)', () => {
  it('lists every relevant answer in words, grouped by screen', () => {
    const sections = answersInWords(WIZARD_PERSONAS.frontierLab.answers);
    expect(sections.map((s) => s.screenId)).toEqual(WIZARD_PERSONAS.frontierLab.screens);
    const rows = Object.fromEntries(sections.flatMap((s) => s.rows.map((r) => [r.label, r.value])));
    expect(rows).toMatchObject({
      'Your role': 'We trained the model ourselves',
      'Model name': 'Aurora-3',
      Outputs: 'Text, including code; Images generated from text prompts (text-to-image)',
      'Built for one specific task': 'No, it was not designed for one specific task',
      'Name on the model': 'Our own name or trademark',
      'New model or later version': 'A new model, from its own large pre-training run',
      'Training compute': '3.8 × 10²⁵ FLOP',
      'First made available': '1 March 2026',
      'Date 10²⁵ FLOP was met or became known': '10 November 2025',
      'Contest of the presumption': 'No, we have not contested it',
      'Commission notified': '20 November 2025',
      'Copyright policy in place': 'Yes',
      'Authorised representative appointed': "I don't know",
    });
  });

  it('never shows a raw key', () => {
    const raw =
      /^(developer|commissioned|consortium|modifier|integrator|host|hobbyist|research|api|hub|notYet|direct|own|client|newModel|laterVersion|apiOrAppBusiness|transcription|conversation|fewer|undecided|unknown|yes|no|none|full|partial|measured|hardware|architecture)$/;
    for (const p of Object.values(WIZARD_PERSONAS)) {
      for (const s of answersInWords(p.answers))
        for (const r of s.rows) expect(r.value, r.label).not.toMatch(raw);
    }
  });

  it('words an optional date answered "Not yet"', () => {
    const { notifiedDate: _, ...notYet } = WIZARD_PERSONAS.frontierLab.answers.systemicRisk;
    const rows = answersInWords({ ...WIZARD_PERSONAS.frontierLab.answers, systemicRisk: notYet }).flatMap(
      (s) => s.rows,
    );
    expect(rows.find((r) => r.label === 'Commission notified')?.value).toBe('Not yet');
    expect(incompleteScreens({ ...WIZARD_PERSONAS.frontierLab.answers, systemicRisk: notYet })).toEqual([]);
  });

  it('words "none", "I don\'t know" and empty lists', () => {
    const rows = Object.fromEntries(
      answersInWords({
        ...WIZARD_PERSONAS.openWeights7B.answers,
        compute: { parameterUpdateFlop: 'unknown', syntheticDataFlop: 0, inheritedWeightsFlop: 'unknown' },
      }).flatMap((s) => s.rows.map((r) => [r.label, r.value])),
    );
    expect(rows['Training compute']).toBe("I don't know");
    expect(rows['Non-public synthetic data compute']).toBe('None');
    expect(rows['Compute of inherited or merged weights']).toBe("I don't know");
    expect(rows.Monetisation).toBe('None of these');
  });

  it('words a parameter count, the tasks and a planned placement', () => {
    const small = Object.fromEntries(
      answersInWords(WIZARD_PERSONAS.smallBroadModel.answers).flatMap((s) =>
        s.rows.map((r) => [r.label, r.value]),
      ),
    );
    expect(small.Parameters).toBe('1.5 billion');
    expect(small['Distinct tasks it performs']).toBe(
      'Holding a conversation and following instructions (chat); Writing and editing text',
    );
    const lab = Object.fromEntries(
      answersInWords(WIZARD_PERSONAS.labInTraining.answers).flatMap((s) =>
        s.rows.map((r) => [r.label, r.value]),
      ),
    );
    expect(lab['Meant to be placed on the EU market']).toBe('Yes, we mean to make it available in the EU');
    expect(lab['Planned first availability']).toBe("I don't know or it is not decided");
    expect(lab['Training compute so far']).toBe('4 × 10²⁴ FLOP');
    expect(lab['Planned cumulative compute']).toBe('3 × 10²⁵ FLOP');
    expect(lab['Date it became known 10²⁵ FLOP would be exceeded']).toBe('1 September 2026');
  });

  it('words the answers in German and French, with the law’s values and dates in the language', () => {
    const rows = (lang: 'de' | 'fr') => {
      const tr = lang === 'de' ? createTranslator('de', de) : createTranslator('fr', fr);
      return Object.fromEntries(
        answersInWordsText(WIZARD_PERSONAS.frontierLab.answers).flatMap((s) =>
          s.rows.map((r) => [tr.t(r.label), tr.t(r.value)]),
        ),
      );
    };
    expect(rows('de')).toMatchObject({
      'Ihre Rolle': 'Wir haben das Modell selbst trainiert',
      'Name des Modells': 'Aurora-3',
      Ausgaben: 'Text, einschließlich Code; Bilder, aus Textanweisungen erzeugt (Text-zu-Bild)',
      Trainingsrechenaufwand: '3,8 × 10²⁵ FLOP',
      'Erstmals bereitgestellt': '1. März 2026',
      'Datum, an dem 10²⁵ FLOP erreicht oder bekannt wurde': '10. November 2025',
      'Bevollmächtigter benannt': 'Weiß ich nicht',
    });
    expect(rows('fr')).toMatchObject({
      'Votre rôle': 'Nous avons entraîné le modèle nous-mêmes',
      'Calcul d’entraînement': '3,8 × 10²⁵ FLOP',
      'Première mise à disposition': '1er mars 2026',
      'Date à laquelle 10²⁵ FLOP a été atteint ou connu': '10 novembre 2025',
      'Mandataire désigné': 'Je ne sais pas',
    });
  });
});
