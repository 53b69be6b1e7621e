/** The questionnaire data: every question cited, every option worded, every field of the answers schema asked. */
import { describe, expect, it } from 'vitest';
import {
  answersSchema,
  CHANNELS,
  CODE_OF_PRACTICE,
  CONTEST_STATUS,
  EU_AVAILABILITY,
  GENERALITY,
  LICENCE_RESTRICTIONS,
  MONETISATION,
  OUTPUT_MODALITIES,
  ROLES,
} from '../answers';
import { fieldIsOptional, fieldSchema, SCREEN_IDS, SCREENS, sectionSchema } from './index';

const questions = SCREENS.flatMap((s) => s.questions.map((q) => ({ screen: s, q })));

describe('questionnaire data', () => {
  it('lists the screens in the order of SCREEN_IDS, one topic each, with unique question ids', () => {
    expect(SCREENS.map((s) => s.id)).toEqual([...SCREEN_IDS]);
    const ids = questions.map(({ q }) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SCREENS) {
      expect(s.title.length, s.id).toBeGreaterThan(3);
      expect(s.intro.length, s.id).toBeGreaterThan(20);
      expect(s.shownWhen.length, s.id).toBeGreaterThan(3);
      // One topic: all questions of a screen live at the top level or in one section of the answers.
      const sections = new Set(s.questions.map((q) => (q.id.includes('.') ? q.id.split('.')[0] : '')));
      expect(sections.size, s.id).toBe(1);
    }
  });

  it.each(questions.map(({ q }) => [q.id, q] as const))(
    '%s has help text with rule numbers and linked citations',
    (_id, q) => {
      expect(q.help.text.length).toBeGreaterThan(30);
      expect(q.help.rules.length).toBeGreaterThan(0);
      for (const r of q.help.rules) expect(r).toMatch(/^[RE]\d+$/);
      expect(q.help.citations.length).toBeGreaterThan(0);
      for (const c of q.help.citations) {
        expect(c.ref).toMatch(/^(Art\.|Rec\.|GL|Annex|Code of Practice)/);
        expect(c.url).toMatch(/^https?:\/\//);
      }
      expect(q.requiredMessage).toMatch(/^(Select|Enter)/);
      expect(q.shortLabel.length).toBeGreaterThan(2);
    },
  );

  it('maps every question to a field of the answers schema', () => {
    for (const { q } of questions) expect(() => fieldSchema(q.id), q.id).not.toThrow();
    for (const { q } of questions) expect(fieldSchema(q.id), q.id).toBeDefined();
  });

  it('asks every field of the answers schema somewhere (schemaVersion aside)', () => {
    const asked = new Set(questions.map(({ q }) => q.id));
    for (const key of Object.keys(answersSchema.shape)) {
      if (key === 'schemaVersion') continue;
      const field = answersSchema.shape[key as keyof typeof answersSchema.shape];
      const inner = 'unwrap' in field ? (field as { unwrap: () => unknown }).unwrap() : null;
      if (inner && typeof inner === 'object' && 'shape' in (inner as object)) {
        for (const sub of Object.keys(sectionSchema(key as 'compute').shape))
          expect(asked, `${key}.${sub}`).toContain(`${key}.${sub}`);
      } else {
        expect(asked, key).toContain(key);
      }
    }
  });

  it('only hides questions that the answers schema lets be left out (a required field is always asked on its screen)', () => {
    for (const { q } of questions) {
      if (q.visible) expect(fieldIsOptional(q.id), q.id).toBe(true);
      if (q.visible) expect(q.visibleWhen, q.id).toBeTruthy();
    }
  });

  it('words every value of every enum — never a raw key', () => {
    const labels = (id: string) =>
      questions
        .find(({ q }) => q.id === id)
        ?.q.options?.map((o) => o.value)
        .sort();
    expect(labels('role')).toEqual([...ROLES].sort());
    expect(labels('outputModalities')).toEqual([...OUTPUT_MODALITIES, 'unknown'].sort());
    expect(labels('generality')).toEqual([...GENERALITY].sort());
    expect(labels('placing.channels')).toEqual([...CHANNELS].sort());
    expect(labels('placing.euAvailability')).toEqual([...EU_AVAILABILITY].sort());
    expect(labels('licence.restrictions')).toEqual([...LICENCE_RESTRICTIONS, 'none'].sort());
    expect(labels('licence.monetisation')).toEqual([...MONETISATION, 'none'].sort());
    expect(labels('systemicRisk.contest')).toEqual([...CONTEST_STATUS].sort());
    expect(labels('codeOfPractice')).toEqual([...CODE_OF_PRACTICE].sort());
    expect(labels('compute.method')).toEqual(['architecture', 'hardware', 'measured', 'unknown']);
    for (const { q } of questions) {
      for (const o of q.options ?? []) expect(o.label, `${q.id}.${o.value}`).not.toBe(o.value);
    }
  });

  it('accepts "I don\'t know" for every factual question that is not free text', () => {
    for (const { q } of questions) {
      if (q.kind === 'text' || q.id === 'role' || q.id === 'systemicRisk.contest') continue;
      const values = q.options?.map((o) => o.value) ?? [];
      if (q.kind === 'radio' || q.kind === 'checkboxes') {
        const knows =
          values.includes('unknown') ||
          q.id === 'licence.restrictions' ||
          q.id === 'licence.monetisation' ||
          q.id === 'placing.channels';
        expect(knows, q.id).toBe(true);
      } else {
        expect(fieldSchema(q.id).safeParse('unknown').success, q.id).toBe(true);
      }
    }
  });

  it('shows the Commission’s narrow-model examples (R10) with the generality question', () => {
    const generality = questions.find(({ q }) => q.id === 'generality')?.q;
    expect(generality?.examples?.items).toEqual(
      expect.arrayContaining([
        'speech transcription',
        'text-to-speech',
        'image upscaling',
        'playing chess or video games',
      ]),
    );
    expect(generality?.help.rules).toContain('R10');
  });
});
