/** The questionnaire data: every question cited, every option worded, every field of the answers schema asked. */
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../i18n/english';
import {
  answersSchema,
  CHANNELS,
  CODE_OF_PRACTICE,
  COMMERCIAL_FACTS,
  CONTEST_STATUS,
  EU_AVAILABILITY,
  EU_BUSINESS_USERS,
  INTERNAL_USE_LOCATION,
  LICENCE_RESTRICTIONS,
  LIFECYCLE,
  MONETISATION,
  NAME_ON_MODEL,
  OUTPUT_MODALITIES,
  PLACING_INTENTION,
  ROLES,
  SINGLE_TASKS,
  TASKS,
} from '../answers';
import { fieldIsOptional, fieldSchema, SCREEN_IDS, SCREENS as SCREENS_TEXT, sectionSchema } from './index';

/** The questionnaire with its texts in English. */
const SCREENS = inEnglish(SCREENS_TEXT);

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
      // One topic: the questions of a screen live in at most one section of the answers (top-level answers
      // such as the outputs may sit beside it), and a screen asks about four questions at most.
      const sections = new Set(s.questions.filter((q) => q.id.includes('.')).map((q) => q.id.split('.')[0]));
      expect(sections.size, s.id).toBeLessThanOrEqual(1);
      expect(s.questions.length, s.id).toBeLessThanOrEqual(6);
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
        expect(c.ref).toMatch(/^(Art\.|Rec\.|GL|Annex|Code of Practice|Training-content summary template)/);
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
    expect(labels('consortiumRole')).toEqual(['coordinator', 'member', 'unknown']);
    expect(labels('outputModalities')).toEqual([...OUTPUT_MODALITIES, 'unknown'].sort());
    expect(labels('generalityFacts.singleTask')).toEqual([...SINGLE_TASKS].sort());
    expect(labels('generalityFacts.tasks')).toEqual([...TASKS, 'none', 'unknown'].sort());
    expect(labels('placing.channels')).toEqual([...CHANNELS].sort());
    expect(labels('placing.internalUseLocation')).toEqual([...INTERNAL_USE_LOCATION].sort());
    expect(labels('placing.intention')).toEqual([...PLACING_INTENTION].sort());
    expect(labels('placing.euAvailability')).toEqual([...EU_AVAILABILITY].sort());
    expect(labels('placing.nameOnModel')).toEqual([...NAME_ON_MODEL].sort());
    expect(labels('placing.lifecycle')).toEqual([...LIFECYCLE].sort());
    expect(labels('placing.commercial')).toEqual([...COMMERCIAL_FACTS, 'none'].sort());
    expect(labels('systemicRisk.euBusinessUsers')).toEqual([...EU_BUSINESS_USERS].sort());
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
      if (q.kind === 'text' || q.id === 'role') continue;
      const values = q.options?.map((o) => o.value) ?? [];
      if (q.kind === 'radio' || q.kind === 'checkboxes') {
        // Lists of what the user does or writes (channels, licence terms, commercial facts) and an intention
        // ("not decided yet") are known to the user by definition.
        const knows =
          values.includes('unknown') ||
          values.includes('undecided') ||
          q.id === 'licence.restrictions' ||
          q.id === 'licence.monetisation' ||
          q.id === 'placing.channels' ||
          q.id === 'placing.commercial';
        expect(knows, q.id).toBe(true);
      } else {
        expect(fieldSchema(q.id).safeParse('unknown').success, q.id).toBe(true);
      }
    }
  });

  it('offers the Commission’s narrow-model examples (R10) as answers to the single-task question (E27)', () => {
    const single = questions.find(({ q }) => q.id === 'generalityFacts.singleTask')?.q;
    expect(single?.options?.map((o) => o.label)).toEqual(
      expect.arrayContaining([
        'Yes: speech transcription',
        'Yes: text-to-speech',
        'Yes: image upscaling',
        'Yes: image inpainting',
        'Yes: playing chess or video games',
        'Yes: modelling weather or other physical systems',
        'Yes: generating music from prompts, including lyrics',
        'Yes: generating sound effects',
      ]),
    );
    expect(single?.help.rules).toEqual(expect.arrayContaining(['R10', 'E27']));
  });

  it('asks facts, never a legal judgement (rev. 2: E27, E30)', () => {
    const words = questions.flatMap(({ q }) => [
      q.label,
      q.hint ?? '',
      ...(q.options ?? []).flatMap((o) => [o.label, o.hint ?? '']),
    ]);
    for (const w of words) {
      expect(w).not.toMatch(
        /non-professional|proportionate|essential to|affects? (people's|the) rights|how general/i,
      );
    }
    expect(questions.find(({ q }) => q.id === 'generality')).toBeUndefined();
  });

  it('cites the rules revision 2 corrected: Rec. 104 with open source and systemic risk, GL §3.1 with Art. 54', () => {
    const byId = (id: string) => questions.find(({ q }) => q.id === id)?.q;
    expect(byId('licence.name')?.help.citations.map((c) => c.ref)).toContain('Rec. 104');
    for (const { q } of questions) {
      const refs = q.help.citations.map((c) => c.ref);
      if (q.id.startsWith('licence.')) expect(refs, q.id).not.toContain('Rec. 112');
      if (refs.includes('Art. 54')) expect(refs, q.id).toContain('GL §3.1');
    }
    expect(byId('licence.microenterpriseDeal')?.hint).toMatch(/turnover or an annual balance-sheet total/);
  });
});
