/**
 * Would a version's result change under today's rules (issue #9 "When the rules version changes, assessments
 * whose result would change are marked, with what changed"; ADR 0094)? A version keeps the rules version it
 * was evaluated under and a prose-free summary of its result. When that rules version is not the current
 * one, its answers are evaluated again with the current engine on the SAME as-of date (so only the rules
 * moved, not the calendar) and the two summaries are compared by the comparison's diffSummaries
 * (src/engine/compare), which also names the rules that govern each change.
 *
 * The list page marks an assessment from its latest version; the assessment page marks every version.
 */

import { diffSummaries, type SummaryDiff } from '../../engine/compare';
import { formatDate } from '../../engine/dates';
import { evaluate } from '../../engine/evaluate';
import type { ObligationId, ObligationStatus, RuleRef } from '../../engine/report';
import { obligationDefinition } from '../../engine/rules/obligation-catalogue';
import { RULES_VERSION } from '../../engine/rules-version';
import { parseAnswers } from '../../engine/validate';
import { ROLE_WORDS, VERDICT_TITLES } from '../../export/words';
import { english } from '../../i18n/english';
import { summarizeReport } from './summary';
import type { VersionRecord } from './types';

export type RulesChange =
  /** Evaluated under another rules version; `diff.same` when the result stays the same. */
  | { kind: 'evaluated'; from: string; to: string; diff: SummaryDiff }
  /** The stored answers can no longer be read by the current engine (a later schema): why. */
  | { kind: 'unreadable'; from: string; to: string; message: string };

/**
 * Null when the version was evaluated under the current rules; otherwise what re-evaluating its answers with
 * today's engine, on the version's own as-of date, changes in its result.
 */
export function rulesChangeOf(
  version: Pick<VersionRecord, 'answers' | 'rulesVersion' | 'asOf' | 'result'>,
  currentRules: string = RULES_VERSION,
): RulesChange | null {
  if (version.rulesVersion === currentRules) return null;
  const base = { from: version.rulesVersion, to: currentRules };
  // Stored answers are read as a file would be: an older schema migrates, anything else is named, not thrown.
  const parsed = parseAnswers(version.answers);
  if (!parsed.ok)
    return {
      ...base,
      kind: 'unreadable',
      message: `The answers of this version cannot be evaluated under rules ${currentRules}: ${parsed.issues
        .map((i) => (i.path ? `${i.path}: ${english.t(i.message)}` : english.t(i.message)))
        .join('; ')}`,
    };
  const report = evaluate(parsed.answers, version.asOf);
  // The stored result has no report (older rules); today's report names the rules that apply now.
  return {
    ...base,
    kind: 'evaluated',
    diff: diffSummaries(version.result, summarizeReport(report), { b: report }),
  };
}

/** True when the change is worth a mark: the result would differ, or the answers cannot be re-evaluated. */
export function resultWouldChange(change: RulesChange | null): boolean {
  return change !== null && (change.kind === 'unreadable' || !change.diff.same);
}

// ---- in words ----

const STATUS_WORDS: Record<ObligationStatus, string> = {
  'in-force': 'in force',
  upcoming: 'upcoming',
  overdue: 'overdue',
  exempted: 'exempted',
  'date-unknown': 'date unknown',
  done: 'done',
};

const DEADLINE_WORDS = {
  notificationDeadline: 'Art. 52(1) notification deadline',
  complianceDeadline: 'Compliance deadline',
} as const;

const dateOrNone = (d: string | null) => (d ? formatDate(d) : 'no date');
const verdictWords = (v: { label: string; ambiguous: boolean }) =>
  v.ambiguous ? `${v.label} (ambiguous)` : v.label;
const rulesWords = (rules: readonly RuleRef[]) => (rules.length ? ` (${rules.join(', ')})` : '');

function obligationWords(id: ObligationId): string {
  const def = obligationDefinition(id);
  return `${english.t(def.article)} ${english.t(def.title)}`;
}

/** What changed, one sentence each, with the rules that govern it: verdicts, role, obligations, deadlines. */
export function describeDiff(diff: SummaryDiff): string[] {
  const out: string[] = [];
  for (const v of diff.verdicts)
    out.push(
      `${VERDICT_TITLES[v.key]} ${verdictWords(v.from)} → ${verdictWords(v.to)}${rulesWords(v.rules)}`,
    );
  if (diff.role)
    out.push(
      `Role: ${ROLE_WORDS[diff.role.from]} → ${ROLE_WORDS[diff.role.to]}${rulesWords(diff.role.rules)}`,
    );
  for (const o of diff.obligations) {
    const name = obligationWords(o.id);
    const rules = rulesWords(o.rules);
    if (o.change === 'removed' || !o.to) {
      out.push(`${name}: no longer applies${rules}`);
      continue;
    }
    const to = o.to;
    if (o.change === 'added' || !o.from) {
      const when = to.dueBy
        ? `, due by ${formatDate(to.dueBy)}`
        : to.appliesFrom
          ? `, from ${formatDate(to.appliesFrom)}`
          : '';
      out.push(`${name}: now applies (${STATUS_WORDS[to.status]}${when})${rules}`);
      continue;
    }
    const from = o.from;
    const parts = o.fields.map((f) =>
      f === 'status'
        ? `status ${STATUS_WORDS[from.status]} → ${STATUS_WORDS[to.status]}`
        : `${f === 'dueBy' ? 'due by' : 'applies from'} ${dateOrNone(from[f])} → ${dateOrNone(to[f])}`,
    );
    out.push(`${name}: ${parts.join('; ')}${rules}`);
  }
  for (const d of diff.deadlines)
    out.push(`${DEADLINE_WORDS[d.key]}: ${dateOrNone(d.from)} → ${dateOrNone(d.to)}${rulesWords(d.rules)}`);
  return out;
}

/** The mark in one line: "The result would change under rules 2026.11.2" / "Same result under the current rules". */
export function rulesChangeHeadline(change: RulesChange): string {
  if (change.kind === 'unreadable') return `Cannot be re-evaluated under rules ${change.to}`;
  return change.diff.same
    ? `Same result under the current rules (${change.to})`
    : `The result would change under rules ${change.to}`;
}
