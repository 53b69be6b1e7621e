/**
 * Answers in words, grouped by screen, for the check page, the report and the PDF ("all answers in words").
 * Only relevant answers are listed; values are option labels, FLOP in scientific notation and dates in words —
 * never raw keys.
 */
import { formatFlop } from '../compute';
import { formatDate } from '../dates';
import { formatCount } from '../words';
import { relevantAnswers, visibleQuestions, visibleScreens } from './flow';
import { getAt } from './paths';
import { SCREENS } from './screens';
import type { DraftAnswers, Question, ScreenId } from './types';

export interface AnswerRow {
  /** Dotted path of the answer (the question id). */
  questionId: string;
  /** The question in short. */
  label: string;
  /** The answer in words. */
  value: string;
}

export interface AnswerSection {
  screenId: ScreenId;
  title: string;
  rows: AnswerRow[];
}

const UNKNOWN_WORDS = "I don't know";

/** The option's label — from the question as worded, or any of its wordings (a variant may offer fewer options). */
function optionLabel(question: Question, value: string): string {
  const all = [question, ...SCREENS.flatMap((s) => s.questions.filter((q) => q.id === question.id))];
  for (const q of all) {
    const label = q.options?.find((o) => o.value === value)?.label;
    if (label) return label;
  }
  return value;
}

/** One answer in words, or null when there is nothing to show. */
export function answerInWords(question: Question, value: unknown): string | null {
  if (value === undefined || value === null) {
    if (question.kind === 'text') return 'Not given';
    return question.absentLabel ?? null;
  }
  switch (question.kind) {
    case 'text':
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : 'Not given';
    case 'radio':
      return optionLabel(question, String(value));
    case 'checkboxes': {
      if (value === 'unknown') return UNKNOWN_WORDS;
      if (!Array.isArray(value)) return String(value);
      if (value.length === 0) return optionLabel(question, 'none');
      return value.map((v) => optionLabel(question, String(v))).join('; ');
    }
    case 'flop':
      if (value === 'unknown') return UNKNOWN_WORDS;
      if (value === 0 && question.flop?.none) return question.flop.none.label.split(' — ')[0] ?? 'None';
      return typeof value === 'number' ? formatFlop(value) : String(value);
    case 'count':
      if (value === 'unknown') return question.unknownLabel ?? UNKNOWN_WORDS;
      return typeof value === 'number' ? formatCount(value) : String(value);
    case 'date':
      if (value === 'unknown') return question.unknownLabel ?? UNKNOWN_WORDS;
      return typeof value === 'string' ? formatDate(value) : String(value);
  }
}

/** Every relevant answer in words, screen by screen, in the order asked. */
export function answersInWords(answers: DraftAnswers): AnswerSection[] {
  const relevant = relevantAnswers(answers);
  return visibleScreens(relevant).map((screen) => ({
    screenId: screen.id,
    title: screen.title,
    rows: visibleQuestions(screen, relevant).flatMap((q) => {
      const value = answerInWords(q, getAt(relevant, q.id));
      return value === null ? [] : [{ questionId: q.id, label: q.shortLabel, value }];
    }),
  }));
}
