/**
 * Answers in words, grouped by screen, for the check page, the report and the PDF ("all answers in words").
 * Only relevant answers are listed; values are option labels, FLOP in scientific notation and dates in words —
 * never raw keys.
 */
import { dateParam, flopParam, listParam, type Text, tx } from '../text';
import { countWords, valueText } from '../words';
import { relevantAnswers, visibleQuestions, visibleScreens } from './flow';
import { getAt } from './paths';
import { SCREENS } from './screens';
import type { DraftAnswers, Question, ScreenId } from './types';

export interface AnswerRow {
  /** Dotted path of the answer (the question id). */
  questionId: string;
  /** The question in short. */
  label: Text;
  /** The answer in words. */
  value: Text;
}

export interface AnswerSection {
  screenId: ScreenId;
  title: Text;
  rows: AnswerRow[];
}

const UNKNOWN_WORDS = tx('common.unknown');
const NOT_GIVEN = tx('common.notGiven');

/** The option's label — from the question as worded, or any of its wordings (a variant may offer fewer options). */
function optionLabel(question: Question, value: string): Text {
  const all = [question, ...SCREENS.flatMap((s) => s.questions.filter((q) => q.id === question.id))];
  for (const q of all) {
    const label = q.options?.find((o) => o.value === value)?.label;
    if (label) return label;
  }
  return valueText(value);
}

/** One answer in words, or null when there is nothing to show. */
export function answerInWords(question: Question, value: unknown): Text | null {
  if (value === undefined || value === null) {
    if (question.kind === 'text') return NOT_GIVEN;
    return question.absentLabel ?? null;
  }
  switch (question.kind) {
    case 'text':
      // The user's own words, shown as given.
      return typeof value === 'string' && value.trim() !== '' ? valueText(value.trim()) : NOT_GIVEN;
    case 'radio':
      return optionLabel(question, String(value));
    case 'checkboxes': {
      if (value === 'unknown') return UNKNOWN_WORDS;
      if (!Array.isArray(value)) return valueText(String(value));
      if (value.length === 0) return optionLabel(question, 'none');
      return valueText(
        listParam(
          value.map((v) => optionLabel(question, String(v))),
          'semicolon',
        ),
      );
    }
    case 'flop':
      if (value === 'unknown') return UNKNOWN_WORDS;
      if (value === 0 && question.flop?.none) return question.flop.none.summary ?? question.flop.none.label;
      return typeof value === 'number' ? valueText(flopParam(value)) : valueText(String(value));
    case 'count':
      if (value === 'unknown') return question.unknownLabel ?? UNKNOWN_WORDS;
      return typeof value === 'number' ? countWords(value) : valueText(String(value));
    case 'date':
      if (value === 'unknown') return question.unknownLabel ?? UNKNOWN_WORDS;
      return typeof value === 'string' ? valueText(dateParam(value)) : valueText(String(value));
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
