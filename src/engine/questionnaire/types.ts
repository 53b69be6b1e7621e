/**
 * The questionnaire as data: screens, questions, options, hints, help with citations and visibility rules.
 * Pure TypeScript (no React): the wizard renders it, the check page and the PDF summarise answers with it.
 */
import type { AnswersInput } from '../answers';
import type { Citation, RuleRef } from '../report';
import type { Text } from '../text';

/** Deep partial of the answers as accepted from outside: what a draft holds while the user is answering. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

export type DraftAnswers = DeepPartial<AnswersInput>;

export const SCREEN_IDS = [
  'role',
  'capabilities',
  'integration',
  'modification',
  'modified-model',
  'placing',
  'placing-details',
  'compute',
  'cumulative-compute',
  'generality',
  'systemic-risk',
  'contest',
  'licence',
  'licence-terms',
  'monetisation',
  'openness',
  'steps-taken',
  'steps-taken-copyright',
  'code-of-practice',
] as const;
export type ScreenId = (typeof SCREEN_IDS)[number];

export interface Option {
  /** The value stored in the answers (an enum member of the answers schema, or "unknown"). */
  value: string;
  label: Text;
  hint?: Text;
  /** Checkbox that cannot be combined with the others ("I don't know", "None of these"). */
  exclusive?: boolean;
}

export interface Help {
  /** Why we ask, in plain words. */
  text: Text;
  rules: RuleRef[];
  citations: Citation[];
}

/** `count`: a plain number such as a parameter count, typed as 7e9, 7 000 000 000, 7B or 7 billion. */
export type QuestionKind = 'radio' | 'checkboxes' | 'flop' | 'count' | 'date' | 'text';

export interface FlopConfig {
  /** Offer "None" (stored as 0); `summary`: its short form for the check page (default: the label). */
  none?: { label: Text; summary?: Text };
  /** Offer the estimator (hardware / architecture). */
  estimator?: boolean;
  /** Where to position the figure: against 10^23 / 10^25, or against one third of the original model. */
  compare: 'thresholds' | 'one-third-of-original' | 'none';
  /** Which end of a typed range the answer records (flop-figure.ts): the cautious one; upper by default. */
  rangeReading?: 'upper' | 'lower';
}

export interface Question {
  /** Dotted path in the answers object; also the form field name ("compute.parameterUpdateFlop"). */
  id: string;
  kind: QuestionKind;
  /** The question as asked: legend of the fieldset or label of the input. */
  label: Text;
  /** Short form for the check page and summaries. */
  shortLabel: Text;
  hint?: Text;
  /** Examples listed under the hint (e.g. the Commission's narrow-model examples, R10). */
  examples?: { title: Text; items: Text[] };
  options?: Option[];
  /** Label of the "I don't know" choice for flop and date questions (stored as "unknown"). */
  unknownLabel?: Text;
  /**
   * For an optional date: a choice stored as no answer at all, e.g. "Not yet" for a notification that has not
   * been made. Such a question never makes its screen incomplete.
   */
  absentLabel?: Text;
  /**
   * A date question answered with a month only: which day of it the answer records — the cautious one for
   * this question. 'first' (default): deadlines counted from the date come no later than they could;
   * 'last': nothing is taken as done or ended earlier than it was (a notification, an accepted contest).
   */
  monthReading?: 'first' | 'last';
  flop?: FlopConfig;
  /** Message shown when the question is left unanswered; says how to fix it. */
  requiredMessage: Text;
  help: Help;
  /** For a count question: what is counted, for the echo ("7 billion parameters"). */
  countUnit?: Text;
  /** Shown only when this returns true for the answers so far (absent = always on its screen). */
  visible?: (answers: DraftAnswers) => boolean;
  /** Plain-words description of the visibility rule (for the methodology page and tests). */
  visibleWhen?: string;
  /**
   * Wordings for particular situations (the first that applies wins), e.g. the placing date of a later version
   * is the first version's (R13). The answer and its meaning stay the same; only the words change.
   */
  variants?: QuestionVariant[];
}

export interface QuestionVariant {
  when: (answers: DraftAnswers) => boolean;
  label?: Text;
  shortLabel?: Text;
  hint?: Text;
  /** A subset of the question's options (every option is still a valid answer). */
  options?: Option[];
}

export interface Screen {
  id: ScreenId;
  /** Page heading and title. */
  title: Text;
  /** One or two sentences under the heading. */
  intro: Text;
  questions: Question[];
  /** Shown only when this returns true. Uses answers of earlier screens only. */
  visible: (answers: DraftAnswers) => boolean;
  /** Plain-words description of when the screen is shown. */
  shownWhen: string;
}
