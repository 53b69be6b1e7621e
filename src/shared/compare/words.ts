/**
 * A comparison in words, one model for the page, the PDF and the command line's text: what each side is, what
 * differs in the setting (as-of date, rules version), the answers that differ, then each change in the result
 * with its rules and its reasons. Plain English; never raw keys.
 */
import type { Comparison, Explanation, TraceMove } from '../../engine/compare';
import { formatDate } from '../../engine/dates';
import type { ObligationStatus, RuleRef } from '../../engine/report';
import { obligationDefinition } from '../../engine/rules/obligation-catalogue';
import { ROLE_WORDS, VERDICT_TITLES } from '../../export/words';
import { superscriptPowers } from '../legal-text/superscript';

export interface WordedChange {
  /** What changed: "Systemic risk", "Art. 55(1)(a) Model evaluation …", "Art. 52(1) notification deadline". */
  what: string;
  from: string;
  to: string;
  rules: RuleRef[];
  /** Why: the decisive answers that differ, the steps of the engine's reasoning that moved, the as-of date. */
  because: Reason[];
}

export type Reason =
  | { kind: 'text'; text: string }
  /** A step of the engine's reasoning, as taken on each side ("not reached" where it was not taken). */
  | { kind: 'step'; rule: RuleRef; question: string; a: string; b: string };

export interface WordedSection {
  heading: 'Verdicts' | 'Role' | 'Obligations' | 'Dates';
  rows: WordedChange[];
}

export interface WordedComparison {
  labels: { a: string; b: string };
  /** "Evaluated as of 1 June 2025 (A) and 1 September 2027 (B)"; "A: the result recorded under rules …". */
  setting: string[];
  answers: { label: string; section: string; from: string; to: string }[];
  results: WordedSection[];
  /** "No difference: …" when nothing differs; else null. */
  noDifference: string | null;
}

export const STATUS_WORDS: Record<ObligationStatus, string> = {
  'in-force': 'In force',
  upcoming: 'Upcoming',
  overdue: 'Overdue',
  exempted: 'Exempted',
  'date-unknown': 'Date unknown',
  done: 'Done',
};

export const DEADLINE_WORDS = {
  notificationDeadline: 'Art. 52(1) notification deadline',
  complianceDeadline: 'Compliance deadline',
} as const;

const NOT_ASKED = 'Not asked or not answered';
const dateOr = (d: string | null, none: string) => (d ? formatDate(d) : none);

// Engine sentences write powers of ten in ASCII ("10^25"); the answers' words use superscripts: one style.
const sideWords = (s: TraceMove['from']) =>
  s ? superscriptPowers(`${s.answer} — ${s.outcome}`) : 'Not reached';

function becauseWords(b: Explanation, c: Comparison, answerLabel: (path: string) => string): Reason[] {
  const out: Reason[] = [];
  if (b.answers.length)
    out.push({
      kind: 'text',
      text: `Decisive answers that differ: ${b.answers.map(answerLabel).join('; ')}.`,
    });
  for (const m of b.steps)
    out.push({
      kind: 'step',
      rule: m.rule,
      question: superscriptPowers(m.question),
      a: sideWords(m.from),
      b: sideWords(m.to),
    });
  if (b.asOfMoved && b.steps.length === 0 && b.answers.length === 0)
    out.push({
      kind: 'text',
      text: `The as-of date differs (${formatDate(c.a.asOf)} against ${formatDate(c.b.asOf)}): the calendar alone moves it.`,
    });
  return out;
}

/** A reason as lines of plain text: the step's rule and question, then each side. */
export function reasonLines(r: Reason): string[] {
  return r.kind === 'text' ? [r.text] : [`${r.rule}: ${r.question}`, `A: ${r.a}`, `B: ${r.b}`];
}

function obligationWords(o: Comparison['obligations'][number]['from']): string {
  if (!o) return 'Does not apply';
  const parts = [STATUS_WORDS[o.status]];
  if (o.appliesFrom) parts.push(`applies from ${formatDate(o.appliesFrom)}`);
  if (o.dueBy && o.dueBy !== o.appliesFrom) parts.push(`due by ${formatDate(o.dueBy)}`);
  return parts.join(', ');
}

function settingWords(c: Comparison): string[] {
  const out: string[] = [];
  out.push(
    c.a.asOf === c.b.asOf
      ? `Both evaluated as of ${formatDate(c.a.asOf)}.`
      : `Evaluated as of ${formatDate(c.a.asOf)} (A) and ${formatDate(c.b.asOf)} (B).`,
  );
  out.push(
    c.a.rulesVersion === c.b.rulesVersion
      ? `Both under rules version ${c.a.rulesVersion}.`
      : `Rules version ${c.a.rulesVersion} (A) and ${c.b.rulesVersion} (B).`,
  );
  for (const [name, side] of [
    ['A', c.a],
    ['B', c.b],
  ] as const)
    if (!side.evaluated)
      out.push(
        `${name} is the result as recorded under rules ${side.rulesVersion}; the reasons behind it were not kept, so its changes name the rules that govern them in general.`,
      );
  return out;
}

export function wordComparison(c: Comparison, labels: { a: string; b: string }): WordedComparison {
  const answerLabel = (path: string) => c.answers.find((x) => x.path === path)?.label ?? path;
  const because = (b: Explanation) => becauseWords(b, c, answerLabel);
  const verdicts: WordedChange[] = c.verdicts.map((v) => ({
    what: VERDICT_TITLES[v.key].replace(/\?$/u, ''),
    from: `${v.from.label}${v.from.ambiguous ? ' (ambiguous)' : ''}`,
    to: `${v.to.label}${v.to.ambiguous ? ' (ambiguous)' : ''}`,
    rules: v.rules,
    because: because(v.because),
  }));
  const role: WordedChange[] = c.role
    ? [
        {
          what: 'Role',
          from: ROLE_WORDS[c.role.from],
          to: ROLE_WORDS[c.role.to],
          rules: c.role.rules,
          because: because(c.role.because),
        },
      ]
    : [];
  const obligations: WordedChange[] = c.obligations.map((o) => {
    const def = obligationDefinition(o.id);
    return {
      what: `${def.article} ${def.title}`,
      from: obligationWords(o.from),
      to: obligationWords(o.to),
      rules: o.rules,
      because: because(o.because),
    };
  });
  const dates: WordedChange[] = c.deadlines.map((d) => ({
    what: DEADLINE_WORDS[d.key],
    from: dateOr(d.from, 'None'),
    to: dateOr(d.to, 'None'),
    rules: d.rules,
    because: because(d.because),
  }));
  const results: WordedSection[] = (
    [
      { heading: 'Verdicts', rows: verdicts },
      { heading: 'Role', rows: role },
      { heading: 'Obligations', rows: obligations },
      { heading: 'Dates', rows: dates },
    ] as const
  ).filter((s) => s.rows.length > 0);
  return {
    labels,
    setting: settingWords(c),
    answers: c.answers.map((x) => ({
      label: x.label,
      section: x.section,
      from: x.from ?? NOT_ASKED,
      to: x.to ?? NOT_ASKED,
    })),
    results: results.map((s) => ({ heading: s.heading, rows: [...s.rows] })),
    noDifference: noDifferenceWords(c),
  };
}

function noDifferenceWords(c: Comparison): string | null {
  if (c.sameAnswers && c.sameResult) return 'No difference: the answers and the result are the same.';
  return null;
}
