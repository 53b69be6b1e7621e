/**
 * Any two evaluations side by side (issue #9 "Compare"): two models, two versions of one, a version against
 * the current draft, the same answers on two as-of dates, or a version's result as recorded under older
 * rules against its answers evaluated under the current rules. First the answers that differ, then the
 * verdicts, role, obligations and deadlines that differ — each explained by the rules that govern it, the
 * steps of the engine's trace that moved (same rule, another answer or outcome, or a step met on one side
 * only) and the decisive answers among the answers that differ. No prose is written here: the comparison holds
 * the reports' texts as the engine wrote them (Text) and its own as Text; each surface renders them.
 */
import type { Answers } from '../answers';
import { evaluate as evaluateAnswers } from '../evaluate';
import type { IsoDate, Report, RuleRef, TraceStep, VerdictKey } from '../report';
import { RULES_VERSION } from '../rules-version';
import { type AnswerChange, diffAnswers } from './answers-diff';
import {
  type DeadlineChange,
  diffSummaries,
  type ObligationChange,
  type RoleChange,
  type VerdictChange,
} from './diff-summaries';
// Two results are compared in English words (./same-words.ts): all of them, with this code only.
import '../../i18n/english-results';
import { sameWords, type Words, wordsKey } from './same-words';
import { type ComparableSummary, comparableSummary } from './summary';

export interface CompareInput {
  answers: Answers;
  asOf: IsoDate;
  /**
   * A result recorded under another rules version (a workspace version's stored summary): shown as recorded
   * instead of evaluating the answers again. Ignored when its rules version is the current one — the engine
   * then gives the same result, with its reasons.
   */
  recorded?: { summary: ComparableSummary<Words>; rulesVersion: string } | null;
}

/**
 * One step of the engine's reasoning that differs between the sides, its texts as the reports hold them
 * (`S`: the engine's Text, or words when the reports were already in words).
 */
export interface TraceMove<S extends Words = Words> {
  verdict: TraceStep['verdict'];
  rule: RuleRef;
  question: S;
  /** The step on side A (answer considered and outcome); null when the engine did not take it there. */
  from: { answer: S; outcome: S } | null;
  to: { answer: S; outcome: S } | null;
}

export interface Explanation {
  /** Paths of the differing answers the engine names as decisive for this part of the result. */
  answers: string[];
  steps: TraceMove[];
  /** The sides are evaluated on different dates: a status or date may follow from the calendar alone. */
  asOfMoved: boolean;
}

export interface ComparisonSide {
  asOf: IsoDate;
  rulesVersion: string;
  /** False: the result as recorded under an older rules version (no reasons kept with it). */
  evaluated: boolean;
}

export interface Comparison {
  a: ComparisonSide;
  b: ComparisonSide;
  answers: AnswerChange[];
  verdicts: (VerdictChange<Words> & { because: Explanation })[];
  role: (RoleChange & { because: Explanation }) | null;
  obligations: (ObligationChange & { because: Explanation })[];
  deadlines: (DeadlineChange & { because: Explanation })[];
  sameAnswers: boolean;
  sameResult: boolean;
}

interface Side {
  info: ComparisonSide;
  summary: ComparableSummary<Words>;
  report: Report<Words> | null;
}

/** evaluate() (its report in Text), or any evaluation whose report is already in words. */
type Evaluate = (answers: Answers, asOf: IsoDate) => Report<Words>;

function side(input: CompareInput, evaluate: Evaluate): Side {
  const recorded = input.recorded;
  if (recorded && recorded.rulesVersion !== RULES_VERSION)
    return {
      info: { asOf: input.asOf, rulesVersion: recorded.rulesVersion, evaluated: false },
      summary: recorded.summary,
      report: null,
    };
  const report = evaluate(input.answers, input.asOf);
  return {
    info: { asOf: input.asOf, rulesVersion: report.rulesVersion, evaluated: true },
    summary: comparableSummary(report),
    report,
  };
}

const stepKey = (s: TraceStep<Words>) => `${s.verdict}|${s.rule}|${wordsKey(s.question)}`;

/** Steps paired by verdict, rule and question (in order, when one repeats); the pairs that differ. */
export function traceMoves<S extends Words>(
  a: readonly TraceStep<S>[],
  b: readonly TraceStep<S>[],
): TraceMove<S>[] {
  const pending = new Map<string, TraceStep<S>[]>();
  for (const s of b) pending.set(stepKey(s), [...(pending.get(stepKey(s)) ?? []), s]);
  const moves: TraceMove<S>[] = [];
  const words = (s: TraceStep<S>) => ({ answer: s.answer, outcome: s.outcome });
  for (const s of a) {
    const other = pending.get(stepKey(s))?.shift();
    if (other && sameWords(other.answer, s.answer) && sameWords(other.outcome, s.outcome)) continue;
    moves.push({
      verdict: s.verdict,
      rule: s.rule,
      question: s.question,
      from: words(s),
      to: other ? words(other) : null,
    });
  }
  for (const rest of pending.values())
    for (const s of rest)
      moves.push({ verdict: s.verdict, rule: s.rule, question: s.question, from: null, to: words(s) });
  return moves;
}

const related = (field: string, path: string) =>
  field === path || path.startsWith(`${field}.`) || field.startsWith(`${path}.`);

export function compare(a: CompareInput, b: CompareInput, evaluate: Evaluate = evaluateAnswers): Comparison {
  const sideA = side(a, evaluate);
  const sideB = side(b, evaluate);
  const answers = diffAnswers(a.answers, b.answers);
  const diff = diffSummaries<Words>(sideA.summary, sideB.summary, { a: sideA.report, b: sideB.report });
  const moves: TraceMove[] =
    sideA.report && sideB.report ? traceMoves<Words>(sideA.report.trace, sideB.report.trace) : [];
  const asOfMoved = a.asOf !== b.asOf;

  const decisive = (key: VerdictKey) => {
    const fields = [sideA.report, sideB.report].flatMap(
      (r) => r?.verdicts[key].decisiveAnswers.map((d) => d.field) ?? [],
    );
    return answers.filter((c) => fields.some((f) => related(f, c.path))).map((c) => c.path);
  };
  const verdictBecause = (key: VerdictKey): Explanation => ({
    answers: decisive(key),
    steps: moves.filter((m) => m.verdict === key),
    asOfMoved,
  });
  const byRules = (rules: readonly RuleRef[], fallback: readonly TraceMove['verdict'][]): Explanation => {
    const named = moves.filter((m) => rules.includes(m.rule));
    return {
      answers: [],
      steps: named.length ? named : moves.filter((m) => fallback.includes(m.verdict)),
      asOfMoved,
    };
  };

  const comparison: Comparison = {
    a: sideA.info,
    b: sideB.info,
    answers,
    verdicts: diff.verdicts.map((v) => ({ ...v, because: verdictBecause(v.key) })),
    role: diff.role && { ...diff.role, because: verdictBecause('provider') },
    obligations: diff.obligations.map((o) => ({ ...o, because: byRules(o.rules, ['obligations']) })),
    deadlines: diff.deadlines.map((d) => ({ ...d, because: byRules(d.rules, ['dates']) })),
    sameAnswers: answers.length === 0,
    sameResult: diff.same,
  };
  return comparison;
}

/** Two answer sets under the current rules, on one as-of date or two. */
export function compareAnswers(a: Answers, b: Answers, asOfA: IsoDate, asOfB: IsoDate = asOfA): Comparison {
  return compare({ answers: a, asOf: asOfA }, { answers: b, asOf: asOfB });
}
