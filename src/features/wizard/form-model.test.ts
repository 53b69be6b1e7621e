import { describe, expect, it } from 'vitest';
import {
  answersBefore,
  type DraftAnswers,
  getAt as getPath,
  getScreen,
  setAt as mergeAt,
  questionsOnScreen,
  SCREEN_IDS,
  type Screen,
  visibleQuestions,
} from '../../engine/questionnaire';
import { WIZARD_PERSONAS } from '../../engine/questionnaire/personas.fixture';
import { english } from '../../i18n/all';
import { normalizeDateInput } from '../../shared/dates/date-input';
import {
  applyStep,
  buildFormSchema,
  errorMap,
  liveAnswers,
  savableAnswers,
  toFormValues,
} from './form-model';

const screen = (id: string): Screen => {
  const s = getScreen(id);
  if (!s) throw new Error(id);
  return s;
};

/** Validates a screen's form values as StepForm does: visibility judged on the answers before the screen. */
function validate(id: string, values: Record<string, unknown>, answers: DraftAnswers = {}) {
  const s = screen(id);
  const visible = visibleQuestions(s, liveAnswers(s, answersBefore(s.id, answers), values));
  return buildFormSchema(visible, english).safeParse(values, { error: errorMap(visible, english) });
}

function messages(result: ReturnType<typeof validate>) {
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('form values ⇄ answers', () => {
  it('round-trips every persona’s answers through the form of every screen it sees', () => {
    for (const [name, p] of Object.entries(WIZARD_PERSONAS)) {
      for (const id of p.screens) {
        const s = screen(id);
        const result = validate(id, toFormValues(s, p.answers), p.answers);
        expect(result.success, `${name} ${id}`).toBe(true);
        const shown = questionsOnScreen(s, p.answers);
        expect(result.success && Object.keys(result.data).length > 0, `${name} ${id}`).toBe(true);
        if (result.success) {
          let expected: DraftAnswers = {};
          for (const q of shown) expected = mergeAt(expected, q.id, getPath(p.answers, q.id));
          expect(result.data, `${name} ${id}`).toEqual(expected);
        }
      }
    }
  });

  it('applies a screen’s answers to the draft and keeps the answers of hidden questions', () => {
    const s = screen('placing');
    const draft: DraftAnswers = {
      role: 'developer',
      placing: { channels: ['api'], euAvailability: 'viaDownstream', euExcluded: 'yes' },
    };
    const submitted: DraftAnswers = {
      placing: { channels: ['hub'], euAvailability: 'direct', nameOnModel: 'own' },
    };
    const visible = visibleQuestions(s, liveAnswers(s, draft, toFormValues(s, { ...draft, ...submitted })));
    expect(applyStep(draft, visible, submitted)).toEqual({
      role: 'developer',
      placing: { channels: ['hub'], euAvailability: 'direct', euExcluded: 'yes', nameOnModel: 'own' },
    });
  });
});

describe('validation messages say how to fix the answer', () => {
  it('an unanswered screen lists each question’s own message', () => {
    expect(messages(validate('role', { role: null, modelName: '', euEstablished: null }))).toEqual({
      role: 'Select the description that best fits you.',
      euEstablished: "Select whether your organisation is established in the EU, or I don't know.",
    });
  });

  it('compute: missing choice, empty figure, unreadable or impossible figures', () => {
    // A narrow model: the cumulative-compute parts do not apply, so only the figure is validated here.
    const c = (parameterUpdateFlop: unknown) =>
      messages(
        validate(
          'compute',
          { compute: { parameterUpdateFlop } },
          { role: 'developer', generalityFacts: { singleTask: 'transcription' } },
        ),
      );
    expect(c({ choice: null, text: '' })['compute.parameterUpdateFlop.choice']).toBe(
      "Enter the training compute, or select I don't know.",
    );
    expect(c({ choice: 'figure', text: ' ' })['compute.parameterUpdateFlop.text']).toMatch(
      /^Enter the compute in FLOP, for example 3.8e25/,
    );
    expect(c({ choice: 'figure', text: '1,200' })['compute.parameterUpdateFlop.text']).toMatch(/1,200/);
    expect(c({ choice: 'figure', text: '2e31' })).not.toEqual({});
    expect(c({ choice: 'unknown', text: 'anything' })).toEqual({});
  });

  it('compute: reads the notations people write and reports the method question once a figure is given', () => {
    const ok = validate(
      'compute',
      {
        compute: {
          parameterUpdateFlop: { choice: 'figure', text: '3.8 × 10^25' },
          method: 'measured',
        },
      },
      { role: 'developer' },
    );
    expect(ok.success && ok.data).toEqual({ compute: { parameterUpdateFlop: 3.8e25, method: 'measured' } });
    const noMethod = messages(
      validate(
        'compute',
        { compute: { parameterUpdateFlop: { choice: 'figure', text: '3e24' } } },
        { role: 'developer' },
      ),
    );
    expect(noMethod['compute.method']).toBe('Select how you obtained the figure.');
  });

  it('dates: accepts day-first forms, rejects impossible dates with the schema’s message', () => {
    expect(normalizeDateInput('2/8/2025')).toBe('2025-08-02');
    expect(normalizeDateInput('02.08.2025')).toBe('2025-08-02');
    expect(normalizeDateInput('2 August 2025')).toBe('2025-08-02');
    expect(normalizeDateInput('2 Aug 2025')).toBe('2025-08-02');
    expect(normalizeDateInput('2025-8-2')).toBe('2025-08-02');
    expect(normalizeDateInput('August 2025')).toBe('August 2025');
    const placing = (text: string) =>
      validate(
        'placing-details',
        { placing: { lifecycle: 'newModel', placingDate: { choice: 'date', text } } },
        { role: 'developer', placing: { channels: ['api'], euAvailability: 'direct', nameOnModel: 'own' } },
      );
    expect(placing('2/8/2025').success).toBe(true);
    expect(messages(placing('2025-02-30'))['placing.placingDate.text']).toBe(
      'This date does not exist in the calendar. Check the day and month.',
    );
    expect(messages(placing('soon'))['placing.placingDate.text']).toBe(
      'Write the date like 2 August 2025, 2/8/2025 or 2025-08-02 (day before month) — or only the month, like August 2025.',
    );
    // A month alone records its first day (the cautious reading for a date deadlines count from)…
    const march = placing('March 2026');
    expect(march.success && march.data).toMatchObject({ placing: { placingDate: '2026-03-01' } });
    // …but not in a month where a date of the law falls after its first day: the day decides there.
    expect(messages(placing('August 2025'))['placing.placingDate.text']).toBe(
      'Enter the exact day in August 2025: the AI Act date 2 August 2025 falls in that month, so the day decides which rules apply.',
    );
    expect(messages(placing(''))['placing.placingDate.text']).toMatch(/^Enter the date/);
  });

  it('checkboxes: at least one, and an exclusive option cannot be combined', () => {
    const caps = (outputModalities: string[]) =>
      messages(validate('capabilities', { outputModalities, generalityFacts: { singleTask: 'none' } }));
    expect(caps([]).outputModalities).toBe("Select at least one kind of output, or I don't know.");
    expect(caps(['text', 'unknown']).outputModalities).toMatch(
      /^Select either “I don't know” or the other options/,
    );
    const ok = validate('capabilities', {
      outputModalities: ['unknown'],
      generalityFacts: { singleTask: 'none' },
    });
    expect(ok.success && ok.data).toEqual({
      outputModalities: 'unknown',
      generalityFacts: { singleTask: 'none' },
    });
  });

  it('counts: read as people write them (7e9, 7 000 000 000, 7B, 7 billion), or "I don\'t know"', () => {
    const small = { role: 'developer', compute: { parameterUpdateFlop: 5e22 } } as DraftAnswers;
    const count = (text: string, choice: 'figure' | 'unknown' | null = 'figure') =>
      validate(
        'generality',
        {
          generalityFacts: {
            tasks: ['code'],
            parameterCount: { choice, text },
            largeBroadData: 'yes',
            selfSupervised: 'yes',
          },
        },
        small,
      );
    for (const text of ['7e9', '7 000 000 000', '7B', '7 billion', '7 × 10^9']) {
      const r = count(text);
      expect(r.success && r.data.generalityFacts?.parameterCount, text).toBe(7e9);
    }
    expect(messages(count('lots'))['generalityFacts.parameterCount.text']).toMatch(
      /cannot be read as a number/,
    );
    expect(messages(count(''))['generalityFacts.parameterCount.text']).toMatch(/^Enter the number/);
    expect(messages(count('', null))['generalityFacts.parameterCount.choice']).toBe(
      "Enter the number of parameters, or select I don't know.",
    );
    const unknown = count('', 'unknown');
    expect(unknown.success && unknown.data.generalityFacts).toEqual({
      tasks: ['code'],
      parameterCount: 'unknown',
    });
    // A count is written back so that it reads the same.
    const g = screen('generality');
    const back = toFormValues(g, { generalityFacts: { parameterCount: 1.5e9 } }) as {
      generalityFacts: { parameterCount: { text: string } };
    };
    expect(back.generalityFacts.parameterCount.text).toBe('1.5e9');
  });

  it('free text: optional, trimmed, with a length limit in words', () => {
    const role = (modelName: string) =>
      validate('role', { role: 'developer', modelName, euEstablished: 'yes' });
    const blank = role('   ');
    expect(blank.success && blank.data).toEqual({ role: 'developer', euEstablished: 'yes' });
    expect(messages(role('x'.repeat(121))).modelName).toBe('Use 120 characters or fewer.');
  });

  it('hidden questions are neither required nor kept', () => {
    const result = validate(
      'placing',
      {
        placing: {
          channels: ['api'],
          euAvailability: 'direct',
          euExcluded: 'yes',
          intention: 'yes',
          nameOnModel: 'own',
        },
      },
      { role: 'developer' },
    );
    expect(result.success && result.data).toEqual({
      placing: { channels: ['api'], euAvailability: 'direct', nameOnModel: 'own' },
    });
  });
});

describe('savableAnswers (typing saved before the screen is submitted)', () => {
  const compute = screen('compute');
  const role = screen('role');
  const saved: DraftAnswers = {
    role: 'developer',
    compute: { parameterUpdateFlop: 4e23, method: 'hardware' },
  };
  const valuesWith = (s: Screen, answers: DraftAnswers, path: string, value: unknown) =>
    mergeAt(toFormValues(s, answers), path, value);

  it('saves what reads as a valid answer, as it is typed', () => {
    const values = valuesWith(compute, saved, 'compute.parameterUpdateFlop', {
      choice: 'figure',
      text: '3.8e25',
    });
    expect(getPath(savableAnswers(compute, saved, values), 'compute.parameterUpdateFlop')).toBe(3.8e25);
    const named = valuesWith(role, saved, 'modelName', 'Aurora-3');
    expect(savableAnswers(role, saved, named)).toMatchObject({ modelName: 'Aurora-3', role: 'developer' });
  });

  it('keeps the saved answer while the input does not read yet (never drops it for half a figure)', () => {
    const values = valuesWith(compute, saved, 'compute.parameterUpdateFlop', {
      choice: 'figure',
      text: '3.8 × 10^',
    });
    expect(getPath(savableAnswers(compute, saved, values), 'compute.parameterUpdateFlop')).toBe(4e23);
  });

  it('removes an answer the user emptied', () => {
    const named: DraftAnswers = { ...saved, modelName: 'Aurora-3' };
    const values = valuesWith(role, named, 'modelName', '  ');
    expect(savableAnswers(role, named, values)).not.toHaveProperty('modelName');
  });

  it('saves “I don’t know” and leaves the other screens’ answers alone', () => {
    const values = valuesWith(compute, saved, 'compute.parameterUpdateFlop', { choice: 'unknown', text: '' });
    const out = savableAnswers(compute, saved, values);
    expect(getPath(out, 'compute.parameterUpdateFlop')).toBe('unknown');
    expect(out.role).toBe('developer');
  });

  it('does not save a value the answers schema refuses (a negative figure)', () => {
    const values = valuesWith(compute, saved, 'compute.parameterUpdateFlop', {
      choice: 'figure',
      text: '-5',
    });
    expect(getPath(savableAnswers(compute, saved, values), 'compute.parameterUpdateFlop')).toBe(4e23);
  });

  it('unchanged inputs give back the saved answers (no write when nothing was typed)', () => {
    for (const p of Object.values(WIZARD_PERSONAS))
      for (const s of SCREEN_IDS)
        expect(savableAnswers(screen(s), p.answers, toFormValues(screen(s), p.answers))).toEqual(p.answers);
  });
});
