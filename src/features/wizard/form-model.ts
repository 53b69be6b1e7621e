/**
 * The bridge between the questionnaire data and react-hook-form. Form values are shaped like the answers
 * (same dotted paths) but hold what inputs hold: a FLOP figure is `{ choice, text }`, a date likewise,
 * checkboxes an array with sentinels ("none", "unknown"). The form schema converts them and then `.pipe`s
 * into the field's schema taken from answersSchema, so every constraint and message of answers.ts applies.
 */
import { z } from 'zod';
import { isoDate } from '../../engine/answers';
import { formatFlopInput } from '../../engine/compute-input';
import { parseFlopFigure } from '../../engine/flop-figure';
import {
  type DraftAnswers,
  fieldSchema,
  getAt,
  type Question,
  type Screen,
  setAt,
} from '../../engine/questionnaire';
import { silent } from '../../i18n/silent';
import type { Translator } from '../../i18n/translator';
import { dateInWords, readDate } from '../../shared/dates/date-input';
import { parseCount, readCount } from './count-input';

export type FlopChoice = 'figure' | 'none' | 'unknown';
export type DateChoice = 'date' | 'unknown' | 'none';
export type CountChoice = 'figure' | 'unknown';
export interface FlopFormValue {
  choice: FlopChoice | null;
  text: string;
}
export interface DateFormValue {
  choice: DateChoice | null;
  text: string;
}
export interface CountFormValue {
  choice: CountChoice | null;
  text: string;
}
export type FieldFormValue = string | null | string[] | FlopFormValue | CountFormValue | DateFormValue;
/** Nested like the answers: { role: 'developer', compute: { parameterUpdateFlop: { choice, text } } }. */
export type StepFormValues = Record<string, unknown>;

/** DOM id of a question's first input (the target of error-summary links). */
export const fieldDomId = (q: Question) => `f-${q.id.replace(/\./g, '-')}`;

// ── answers → form values ─────────────────────────────────────────────────────────────────────────────────

/**
 * `visited`: the screen was submitted before, so a missing optional date was answered with its "absent"
 * choice (e.g. "Not yet").
 */
export function toFormValue(q: Question, value: unknown, visited = false): FieldFormValue {
  switch (q.kind) {
    case 'radio':
      return typeof value === 'string' ? value : null;
    case 'text':
      return typeof value === 'string' ? value : '';
    case 'checkboxes':
      if (value === 'unknown') return ['unknown'];
      if (Array.isArray(value)) {
        return value.length === 0 && q.options?.some((o) => o.value === 'none') ? ['none'] : [...value];
      }
      return [];
    case 'flop':
      if (value === 'unknown') return { choice: 'unknown', text: '' };
      if (value === 0 && q.flop?.none) return { choice: 'none', text: '' };
      if (typeof value === 'number') return { choice: 'figure', text: formatFlopInput(value) };
      return { choice: null, text: '' };
    case 'count':
      if (value === 'unknown') return { choice: 'unknown', text: '' };
      if (typeof value === 'number') return { choice: 'figure', text: countInput(value) };
      return { choice: null, text: '' };
    case 'date':
      if (value === 'unknown') return { choice: 'unknown', text: '' };
      // Written back the one way the app writes dates: 2 August 2025.
      if (typeof value === 'string') return { choice: 'date', text: dateInWords(value) ?? value };
      if (visited && q.absentLabel !== undefined) return { choice: 'none', text: '' };
      return { choice: null, text: '' };
  }
}

/** A count written back for editing: 7000000000 → "7e9" (read back exactly by parseCount). */
function countInput(n: number): string {
  return n >= 1e6 ? formatFlopInput(n) : String(n);
}

export function toFormValues(screen: Screen, answers: DraftAnswers): StepFormValues {
  // A screen was submitted before when any of its questions that always need an answer has one.
  const visited = screen.questions.some(
    (q) => q.kind !== 'text' && q.absentLabel === undefined && getAt(answers, q.id) !== undefined,
  );
  let values: StepFormValues = {};
  for (const q of screen.questions)
    values = setAt(values, q.id, toFormValue(q, getAt(answers, q.id), visited));
  return values;
}

// ── form values → answers, leniently (for live visibility while typing) ───────────────────────────────────

function looseValue(q: Question, v: unknown): unknown {
  switch (q.kind) {
    case 'radio':
      return typeof v === 'string' ? v : undefined;
    case 'text':
      return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
    case 'checkboxes': {
      if (!Array.isArray(v) || v.length === 0) return undefined;
      if (v.includes('unknown')) return 'unknown';
      return v.filter((x) => x !== 'none');
    }
    case 'flop': {
      const f = v as FlopFormValue | undefined;
      if (f?.choice === 'unknown') return 'unknown';
      if (f?.choice === 'none') return 0;
      if (f?.choice === 'figure') {
        const r = parseFlopFigure(f.text, q.flop?.rangeReading);
        return r.ok ? r.value : undefined;
      }
      return undefined;
    }
    case 'count': {
      const c = v as CountFormValue | undefined;
      if (c?.choice === 'unknown') return 'unknown';
      if (c?.choice === 'figure') return parseCount(c.text, { whole: true }) ?? undefined;
      return undefined;
    }
    case 'date': {
      const d = v as DateFormValue | undefined;
      if (d?.choice === 'unknown') return 'unknown';
      if (d?.choice === 'none') return undefined;
      if (d?.choice === 'date' && d.text.trim() !== '') {
        const r = readDate(d.text, q.monthReading, silent);
        return r.ok ? r.iso : undefined;
      }
      return undefined;
    }
  }
}

/** The answers as they would be if the current form values were saved (unreadable inputs left out). */
export function liveAnswers(screen: Screen, answers: DraftAnswers, values: StepFormValues): DraftAnswers {
  let out = answers;
  for (const q of screen.questions) out = setAt(out, q.id, looseValue(q, getAt(values, q.id)));
  return out;
}

// ── the form schema: form values → answers, validated by answersSchema's own field schemas ─────────────────

/** A notation example of the FLOP input (what one types), given to the messages as it is. */
export const FLOP_NOTATION_EXAMPLE = '3.8 × 10^25';

/**
 * The date the date error shows as an example of what to type, written the way the date reader reads it in
 * every language (an example, not a date of the law).
 */
const DATE_EXAMPLE = '2025-08-02';

/** The label of an exclusive option ("I don't know", "None of these") in the reader's language. */
function exclusiveLabel(q: Question, value: string | undefined, t: Translator['t']): string | undefined {
  const label = q.options?.find((o) => o.value === value)?.label;
  return label ? t(label) : undefined;
}

function fieldFormSchema(q: Question, translator: Translator): z.ZodType {
  const { t, m } = translator;
  // biome-ignore lint/suspicious/noExplicitAny: the target's input type depends on the question, chosen at run time
  const target = fieldSchema(q.id) as z.ZodType<any, any>;
  const required = t(q.requiredMessage);
  switch (q.kind) {
    case 'radio':
      return z.string({ error: required }).pipe(target);
    case 'text':
      return z
        .string()
        .transform((s) => (s.trim() === '' ? undefined : s.trim()))
        .pipe(target);
    case 'checkboxes': {
      const exclusive = new Set((q.options ?? []).filter((o) => o.exclusive).map((o) => o.value));
      return z
        .array(z.string(), { error: required })
        .min(1, { error: required })
        .transform((values, ctx) => {
          const chosenExclusive = values.filter((v) => exclusive.has(v));
          if (chosenExclusive.length > 0 && values.length > 1) {
            ctx.addIssue({
              code: 'custom',
              message: m('wizard.exclusiveAndOthers', {
                option: exclusiveLabel(q, chosenExclusive[0], t) ?? '',
              }),
            });
            return z.NEVER;
          }
          if (values.includes('unknown')) return 'unknown';
          return values.filter((v) => v !== 'none');
        })
        .pipe(target);
    }
    case 'flop': {
      const choices = ['figure', 'unknown', ...(q.flop?.none ? ['none'] : [])] as [string, ...string[]];
      return z
        .object({ choice: z.enum(choices, { error: required }), text: z.string().default('') })
        .transform((v, ctx) => {
          if (v.choice === 'unknown') return 'unknown';
          if (v.choice === 'none') return 0;
          if (v.text.trim() === '') {
            ctx.addIssue({
              code: 'custom',
              path: ['text'],
              message: m('wizard.enterFlop', { notation: FLOP_NOTATION_EXAMPLE }),
            });
            return z.NEVER;
          }
          const r = parseFlopFigure(v.text, q.flop?.rangeReading);
          if (!r.ok) {
            ctx.addIssue({ code: 'custom', path: ['text'], message: t(r.message) });
            return z.NEVER;
          }
          return r.value;
        })
        .pipe(target);
    }
    case 'count':
      return z
        .object({ choice: z.enum(['figure', 'unknown'], { error: required }), text: z.string().default('') })
        .transform((v, ctx) => {
          if (v.choice === 'unknown') return 'unknown';
          const r = v.text.trim() === '' ? null : readCount(v.text, { whole: true }, translator);
          if (!r?.ok) {
            ctx.addIssue({
              code: 'custom',
              path: ['text'],
              message:
                r === null
                  ? m('wizard.enterCount')
                  : /ambiguous|group/iu.test(r.message)
                    ? r.message
                    : m('wizard.countUnreadable', { text: v.text.trim() }),
            });
            return z.NEVER;
          }
          return r.value;
        })
        .pipe(target);
    case 'date': {
      const choices = ['date', 'unknown', ...(q.absentLabel !== undefined ? ['none'] : [])] as [
        string,
        ...string[],
      ];
      return z
        .object({ choice: z.enum(choices, { error: required }), text: z.string().default('') })
        .transform((v, ctx) => {
          if (v.choice === 'unknown') return 'unknown';
          if (v.choice === 'none') return undefined;
          if (v.text.trim() === '') {
            ctx.addIssue({
              code: 'custom',
              path: ['text'],
              message: m('wizard.enterDate', { example: translator.date(DATE_EXAMPLE) }),
            });
            return z.NEVER;
          }
          const r = readDate(v.text, q.monthReading, translator);
          if (!r.ok) {
            ctx.addIssue({ code: 'custom', path: ['text'], message: r.message });
            return z.NEVER;
          }
          // The answers schema's own checks (a plausible year), reported on the input the user typed in.
          const iso = r.iso;
          const check = isoDate.safeParse(iso);
          if (!check.success) {
            ctx.addIssue({
              code: 'custom',
              path: ['text'],
              message: check.error.issues[0]?.message ?? required,
            });
            return z.NEVER;
          }
          return iso;
        })
        .pipe(target);
    }
  }
}

/**
 * The schema of one screen for the questions currently visible. Values of hidden questions are stripped
 * (they stay in the draft, untouched).
 */
export function buildFormSchema(
  questions: readonly Question[],
  translator: Translator,
): z.ZodType<DraftAnswers, StepFormValues> {
  const top: Record<string, z.ZodType> = {};
  const nested: Record<string, Record<string, z.ZodType>> = {};
  for (const q of questions) {
    const [head, field] = q.id.split('.') as [string, string | undefined];
    if (field === undefined) top[head] = fieldFormSchema(q, translator);
    else nested[head] = { ...(nested[head] ?? {}), [field]: fieldFormSchema(q, translator) };
  }
  for (const [section, shape] of Object.entries(nested)) top[section] = z.object(shape);
  return z.object(top) as unknown as z.ZodType<DraftAnswers, StepFormValues>;
}

/** Messages for issues the schemas leave to the default wording. */
export function errorMap(questions: readonly Question[], { t, m }: Translator) {
  return (issue: z.core.$ZodRawIssue): string | undefined => {
    const path = (issue.path ?? []).map(String).join('.');
    const q = questions.find((x) => path === x.id || path.startsWith(`${x.id}.`));
    if (!q) return undefined;
    if (issue.code === 'too_big' && issue.origin === 'string') {
      return m('wizard.tooLong', { max: String(issue.maximum) });
    }
    if (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union') {
      return t(q.requiredMessage);
    }
    return undefined;
  };
}

/** Replaces the answers of the visible questions with the submitted ones; hidden answers are kept. */
export function applyStep(
  answers: DraftAnswers,
  questions: readonly Question[],
  submitted: DraftAnswers,
): DraftAnswers {
  let out = answers;
  for (const q of questions) out = setAt(out, q.id, getAt(submitted, q.id));
  return out;
}

// ── form values → answers as they are typed (saved before the screen is submitted) ─────────────────────────

/** True when the input holds something the user typed or chose that cannot (yet) be read as an answer. */
function holdsText(q: Question, v: unknown): boolean {
  if (q.kind === 'text') return typeof v === 'string' && v.trim() !== '';
  if (q.kind === 'flop' || q.kind === 'count' || q.kind === 'date') {
    const f = v as { choice?: unknown; text?: unknown } | undefined;
    return (
      typeof f?.text === 'string' && f.text.trim() !== '' && f.choice !== 'unknown' && f.choice !== 'none'
    );
  }
  return false;
}

/**
 * The draft with this screen's inputs as they stand, to save while typing: every input that reads as a valid
 * answer replaces the saved one, an input emptied removes it, and an input that does not read (yet) — "3.8e",
 * a date half typed — leaves the saved answer as it was rather than dropping it.
 */
export function savableAnswers(screen: Screen, answers: DraftAnswers, values: StepFormValues): DraftAnswers {
  let out = answers;
  for (const q of screen.questions) {
    const raw = getAt(values, q.id);
    const value = looseValue(q, raw);
    if (value === undefined) {
      if (!holdsText(q, raw)) out = setAt(out, q.id, undefined);
      continue;
    }
    if (fieldSchema(q.id).safeParse(value).success) out = setAt(out, q.id, value);
  }
  return out;
}
