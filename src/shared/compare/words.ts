/**
 * A comparison in words, one model for the page, the PDF and the command line's text: what each side is, what
 * differs in the setting (as-of date, rules version), the answers that differ, then each change in the result
 * with its rules and its reasons. In the reader's language (the translator given; English when none is);
 * never raw keys.
 */
import type { Comparison, Explanation, TraceMove, Words } from '../../engine/compare';
import type { ObligationStatus, RuleRef } from '../../engine/report';
import { obligationDefinition } from '../../engine/rules/obligation-catalogue';
import { type Text, tx } from '../../engine/text';
import { roleWords, verdictTitle } from '../../export/words';
import type { Translator } from '../../i18n/translator';
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

export type WordedSectionKey = 'verdicts' | 'role' | 'obligations' | 'dates';

export interface WordedSection {
  key: WordedSectionKey;
  /** "Verdicts", "Role", "Obligations", "Dates". */
  heading: string;
  /** The heading with the count: "Verdicts that differ (2)"; "Role" alone. */
  title: string;
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

export const STATUS_WORDS: Record<ObligationStatus, Text> = {
  'in-force': tx('compare.statusInForce'),
  upcoming: tx('compare.statusUpcoming'),
  overdue: tx('compare.statusOverdue'),
  exempted: tx('compare.statusExempted'),
  'date-unknown': tx('compare.statusDateUnknown'),
  done: tx('compare.statusDone'),
};

export const DEADLINE_WORDS = {
  notificationDeadline: tx('compare.deadlineNotification'),
  complianceDeadline: tx('compare.deadlineCompliance'),
} as const;

/** A text in the reader's language: the engine's Text rendered, words (a stored label, a name) as given. */
const say = (tr: Translator, x: Words) => (typeof x === 'string' ? x : tr.t(x));

// Engine sentences write powers of ten in ASCII ("10^25"); the answers' words use superscripts: one style.
const sideWords = (tr: Translator, s: TraceMove['from']) =>
  s
    ? superscriptPowers(tr.t(tx('compare.stepSide', { answer: s.answer, outcome: s.outcome })))
    : tr.t(tx('compare.notReached'));

function becauseWords(
  tr: Translator,
  b: Explanation,
  c: Comparison,
  answerLabel: (path: string) => Words,
): Reason[] {
  const out: Reason[] = [];
  if (b.answers.length)
    out.push({
      kind: 'text',
      text: tr.t(
        tx('compare.decisiveAnswers', { answers: { list: b.answers.map(answerLabel), join: 'semicolon' } }),
      ),
    });
  for (const m of b.steps)
    out.push({
      kind: 'step',
      rule: m.rule,
      question: superscriptPowers(say(tr, m.question)),
      a: sideWords(tr, m.from),
      b: sideWords(tr, m.to),
    });
  if (b.asOfMoved && b.steps.length === 0 && b.answers.length === 0)
    out.push({
      kind: 'text',
      text: tr.t(tx('compare.asOfMoved', { a: { date: c.a.asOf }, b: { date: c.b.asOf } })),
    });
  return out;
}

/** A reason as lines of plain text: the step's rule and question, then each side. */
export function reasonLines(r: Reason, tr: Translator): string[] {
  return r.kind === 'text'
    ? [r.text]
    : [
        tr.t(tx('compare.reasonStep', { rule: r.rule, question: r.question })),
        tr.t(tx('compare.sideA', { text: r.a })),
        tr.t(tx('compare.sideB', { text: r.b })),
      ];
}

function obligationWords(tr: Translator, o: Comparison['obligations'][number]['from']): string {
  if (!o) return tr.t(tx('compare.doesNotApply'));
  const status = STATUS_WORDS[o.status];
  const appliesFrom = o.appliesFrom ? { date: o.appliesFrom } : null;
  const dueBy = o.dueBy && o.dueBy !== o.appliesFrom ? { date: o.dueBy } : null;
  if (appliesFrom && dueBy) return tr.t(tx('compare.obligationAppliesDue', { status, appliesFrom, dueBy }));
  if (appliesFrom) return tr.t(tx('compare.obligationApplies', { status, appliesFrom }));
  if (dueBy) return tr.t(tx('compare.obligationDue', { status, dueBy }));
  return tr.t(tx('compare.obligationState', { status }));
}

function settingWords(tr: Translator, c: Comparison): string[] {
  const out: string[] = [];
  out.push(
    tr.t(
      c.a.asOf === c.b.asOf
        ? tx('compare.bothAsOf', { date: { date: c.a.asOf } })
        : tx('compare.eachAsOf', { a: { date: c.a.asOf }, b: { date: c.b.asOf } }),
    ),
  );
  out.push(
    tr.t(
      c.a.rulesVersion === c.b.rulesVersion
        ? tx('compare.bothRules', { version: c.a.rulesVersion })
        : tx('compare.eachRules', { a: c.a.rulesVersion, b: c.b.rulesVersion }),
    ),
  );
  for (const [name, side] of [
    ['A', c.a],
    ['B', c.b],
  ] as const)
    if (!side.evaluated)
      out.push(tr.t(tx('compare.recordedSide', { side: name, version: side.rulesVersion })));
  return out;
}

export function wordComparison(
  c: Comparison,
  labels: { a: string; b: string },
  tr: Translator,
): WordedComparison {
  const answerLabel = (path: string) => c.answers.find((x) => x.path === path)?.label ?? path;
  const because = (b: Explanation) => becauseWords(tr, b, c, answerLabel);
  const label = (v: { label: Words; ambiguous: boolean }) =>
    v.ambiguous ? tr.t(tx('compare.verdictAmbiguous', { label: v.label })) : say(tr, v.label);
  const verdicts: WordedChange[] = c.verdicts.map((v) => ({
    what: verdictTitle(v.key, tr).replace(/\s*\?$/u, ''),
    from: label(v.from),
    to: label(v.to),
    rules: v.rules,
    because: because(v.because),
  }));
  const role: WordedChange[] = c.role
    ? [
        {
          what: tr.t(tx('compare.role')),
          from: roleWords(c.role.from, tr),
          to: roleWords(c.role.to, tr),
          rules: c.role.rules,
          because: because(c.role.because),
        },
      ]
    : [];
  const obligations: WordedChange[] = c.obligations.map((o) => {
    const def = obligationDefinition(o.id);
    return {
      what: tr.t(tx('compare.obligationWhat', { article: def.article, title: def.title })),
      from: obligationWords(tr, o.from),
      to: obligationWords(tr, o.to),
      rules: o.rules,
      because: because(o.because),
    };
  });
  const dateOrNone = (d: string | null) => (d ? tr.date(d) : tr.t(tx('common.none')));
  const dates: WordedChange[] = c.deadlines.map((d) => ({
    what: tr.t(DEADLINE_WORDS[d.key]),
    from: dateOrNone(d.from),
    to: dateOrNone(d.to),
    rules: d.rules,
    because: because(d.because),
  }));
  const sections: {
    key: WordedSectionKey;
    heading: Text;
    title: (count: number) => Text;
    rows: WordedChange[];
  }[] = [
    {
      key: 'verdicts',
      heading: tx('compare.headingVerdicts'),
      title: (count) => tx('compare.verdictsDiffer', { count }),
      rows: verdicts,
    },
    { key: 'role', heading: tx('compare.role'), title: () => tx('compare.role'), rows: role },
    {
      key: 'obligations',
      heading: tx('compare.headingObligations'),
      title: (count) => tx('compare.obligationsDiffer', { count }),
      rows: obligations,
    },
    {
      key: 'dates',
      heading: tx('compare.headingDates'),
      title: (count) => tx('compare.datesDiffer', { count }),
      rows: dates,
    },
  ];
  const notAsked = tr.t(tx('compare.notAsked'));
  return {
    labels,
    setting: settingWords(tr, c),
    answers: c.answers.map((x) => ({
      label: say(tr, x.label),
      section: say(tr, x.section),
      from: x.from === null ? notAsked : say(tr, x.from),
      to: x.to === null ? notAsked : say(tr, x.to),
    })),
    results: sections
      .filter((s) => s.rows.length > 0)
      .map((s) => ({
        key: s.key,
        heading: tr.t(s.heading),
        title: tr.t(s.title(s.rows.length)),
        rows: [...s.rows],
      })),
    noDifference: c.sameAnswers && c.sameResult ? tr.t(tx('compare.noDifference')) : null,
  };
}
