/**
 * The adaptive flow over the questionnaire data: which screens and questions apply to these answers, the
 * answers that are still relevant (prune), which screens are incomplete, and where Continue and Back go.
 * Screens are evaluated in order on the answers pruned so far, so a stale answer on a screen the user left can
 * never make a later screen appear (PRODUCT.md: "Back-navigation that keeps stale answers").
 */
import { ANSWERS_SCHEMA_VERSION } from '../answers';
import { getAt, setAt } from './paths';
import { SCREENS } from './screens';
import { answerStepSchema } from './step-schema';
import type { DraftAnswers, Question, Screen, ScreenId } from './types';

export function questionVisible(question: Question, answers: DraftAnswers): boolean {
  return question.visible ? question.visible(answers) : true;
}

/** The question as worded for these answers: the first variant that applies replaces the default words. */
export function resolveQuestion(question: Question, answers: DraftAnswers): Question {
  const variant = question.variants?.find((v) => v.when(answers));
  if (!variant) return question;
  const { when: _when, ...words } = variant;
  return { ...question, ...words };
}

/**
 * Questions of a screen that apply, in order and worded for these answers. Each question is judged on the
 * answers before it: those of earlier screens (as given) and of the questions before it on this screen that
 * apply — never on its own answer or a later one, so answering a question can never hide it.
 */
export function visibleQuestions(screen: Screen, answers: DraftAnswers): Question[] {
  let before = answers;
  for (const q of screen.questions) before = setAt(before, q.id, undefined);
  const out: Question[] = [];
  for (const q of screen.questions) {
    if (!questionVisible(q, before)) continue;
    out.push(resolveQuestion(q, before));
    const value = getAt(answers, q.id);
    if (value !== undefined) before = setAt(before, q.id, value);
  }
  return out;
}

/** This screen's answers (as given) on top of other answers. */
function withScreen(screen: Screen, base: DraftAnswers, answers: DraftAnswers): DraftAnswers {
  let out = base;
  for (const q of screen.questions) out = setAt(out, q.id, getAt(answers, q.id));
  return out;
}

interface Walk {
  screens: Screen[];
  relevant: DraftAnswers;
  /** For each screen that applies: the relevant answers of the screens before it. */
  before: Map<ScreenId, DraftAnswers>;
}

const EMPTY: DraftAnswers = { schemaVersion: ANSWERS_SCHEMA_VERSION };

function walk(answers: DraftAnswers): Walk {
  let relevant: DraftAnswers = EMPTY;
  const screens: Screen[] = [];
  const before = new Map<ScreenId, DraftAnswers>();
  for (const screen of SCREENS) {
    if (!screen.visible(relevant)) continue;
    screens.push(screen);
    before.set(screen.id, relevant);
    for (const question of visibleQuestions(screen, withScreen(screen, relevant, answers))) {
      const value = getAt(answers, question.id);
      if (value !== undefined) relevant = setAt(relevant, question.id, value);
    }
  }
  return { screens, relevant, before };
}

/**
 * The relevant answers of the screens before this one — what its questions' visibility may read. For a screen
 * that does not apply, the relevant answers of every screen.
 */
export function answersBefore(screenId: ScreenId, answers: DraftAnswers): DraftAnswers {
  const w = walk(answers);
  return w.before.get(screenId) ?? w.relevant;
}

/** The screens that apply to these answers, in order. Unanswered facts count as "may apply". */
export function visibleScreens(answers: DraftAnswers): Screen[] {
  return walk(answers).screens;
}

export function visibleScreenIds(answers: DraftAnswers): ScreenId[] {
  return visibleScreens(answers).map((s) => s.id);
}

/**
 * The answers that still matter: only those on screens and questions that apply, everything else dropped.
 * Pure; the draft itself keeps every answer so that going back restores them.
 */
export function relevantAnswers(answers: DraftAnswers): DraftAnswers {
  return walk(answers).relevant;
}

/** The questions a screen shows for these answers, judged as the flow judges them (answers before it + its own). */
export function questionsOnScreen(screen: Screen, answers: DraftAnswers): Question[] {
  return visibleQuestions(screen, withScreen(screen, answersBefore(screen.id, answers), answers));
}

/** The part of the answers that belongs to one screen (its visible questions only). */
export function screenAnswers(screen: Screen, answers: DraftAnswers): DraftAnswers {
  let out: DraftAnswers = {};
  for (const q of visibleQuestions(screen, answers)) {
    const value = getAt(answers, q.id);
    if (value !== undefined) out = setAt(out, q.id, value);
  }
  return out;
}

/**
 * A screen is complete when every visible question has an answer (optional free text, and dates whose
 * absence is itself an answer such as "Not yet", excepted) and the
 * answers pass the screen's schema, derived from the answers schema.
 */
export function isScreenComplete(screen: Screen, answers: DraftAnswers): boolean {
  return completeOn(screen, withScreen(screen, answersBefore(screen.id, answers), answers));
}

/** Completeness on the answers before the screen plus its own. */
function completeOn(screen: Screen, answers: DraftAnswers): boolean {
  const questions = visibleQuestions(screen, answers);
  const needsAnswer = (q: Question) => q.kind !== 'text' && q.absentLabel === undefined;
  if (questions.some((q) => needsAnswer(q) && getAt(answers, q.id) === undefined)) return false;
  return answerStepSchema(screen, questions).safeParse(screenAnswers(screen, answers)).success;
}

/** Screens that apply but are not complete, in order (evaluated on the relevant answers). */
export function incompleteScreens(answers: DraftAnswers): ScreenId[] {
  const { screens, relevant, before } = walk(answers);
  return screens
    .filter((s) => !completeOn(s, withScreen(s, before.get(s.id) ?? EMPTY, relevant)))
    .map((s) => s.id);
}

/** Where "Continue" goes after a screen: the next screen that applies, or null for the check page. */
export function nextScreenId(current: ScreenId, answers: DraftAnswers): ScreenId | null {
  const ids = visibleScreenIds(answers);
  const order = SCREENS.map((s) => s.id);
  const here = order.indexOf(current);
  return ids.find((id) => order.indexOf(id) > here) ?? null;
}

/** Where "Back" goes: the previous screen that applies, or null for the start page. */
export function previousScreenId(current: ScreenId, answers: DraftAnswers): ScreenId | null {
  const ids = visibleScreenIds(answers);
  const order = SCREENS.map((s) => s.id);
  const here = order.indexOf(current);
  return ids.filter((id) => order.indexOf(id) < here).at(-1) ?? null;
}

/** Progress for the indicator: this screen's position among the screens that apply, and how many remain. */
export function progress(
  current: ScreenId,
  answers: DraftAnswers,
): { position: number; total: number; remaining: number } {
  const ids = visibleScreenIds(answers);
  const order = SCREENS.map((s) => s.id);
  const here = order.indexOf(current);
  const before = ids.filter((id) => order.indexOf(id) < here).length;
  const total = ids.includes(current) ? ids.length : ids.length + 1;
  const position = before + 1;
  return { position, total, remaining: total - position };
}

/** The screen that asks the answer at a dotted path (or its nearest ancestor); the first screen otherwise. */
export function screenOfAnswerPath(path: string): ScreenId {
  for (const screen of SCREENS) {
    if (
      screen.questions.some(
        (q) => path === q.id || path.startsWith(`${q.id}.`) || q.id.startsWith(`${path}.`),
      )
    ) {
      return screen.id;
    }
  }
  return SCREENS[0]?.id ?? 'role';
}
