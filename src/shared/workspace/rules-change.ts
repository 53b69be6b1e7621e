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

import { diffSummaries, type SummaryDiff } from '../../engine/compare/diff-summaries';
import { evaluate } from '../../engine/evaluate';
import type { ObligationStatus, RuleRef } from '../../engine/report';
import { obligationDefinition } from '../../engine/rules/obligation-catalogue';
import { RULES_VERSION } from '../../engine/rules-version';
import { type MessageId, tx } from '../../engine/text';
import { parseAnswers } from '../../engine/validate';
import { roleWords, verdictTitle } from '../../export/words';
import type { Translator } from '../../i18n/translator';
import { verdictLabel } from '../../i18n/verdict-labels';
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
  tr: Translator,
): RulesChange | null {
  if (version.rulesVersion === currentRules) return null;
  const base = { from: version.rulesVersion, to: currentRules };
  // Stored answers are read as a file would be: an older schema migrates, anything else is named, not thrown.
  const parsed = parseAnswers(version.answers);
  if (!parsed.ok)
    return {
      ...base,
      kind: 'unreadable',
      message: tr.m('workspace.rulesChangeUnreadable', {
        version: currentRules,
        issues: tr.list(
          parsed.issues.map((i) => (i.path ? `${i.path}: ${tr.t(i.message)}` : tr.t(i.message))),
          'semicolon',
        ),
      }),
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

// ---- in words (in the reader's language; English where a caller has not chosen one) ----

const STATUS_WORDS: Record<ObligationStatus, MessageId> = {
  'in-force': 'workspace.rulesChangeStatusInForce',
  upcoming: 'workspace.rulesChangeStatusUpcoming',
  overdue: 'workspace.rulesChangeStatusOverdue',
  exempted: 'workspace.rulesChangeStatusExempted',
  'date-unknown': 'workspace.rulesChangeStatusDateUnknown',
  done: 'workspace.rulesChangeStatusDone',
};

const DEADLINE_WORDS = {
  notificationDeadline: 'compare.deadlineNotification',
  complianceDeadline: 'compare.deadlineCompliance',
} as const satisfies Record<string, MessageId>;

/** What changed, one sentence each, with the rules that govern it: verdicts, role, obligations, deadlines. */
export function describeDiff(diff: SummaryDiff, tr: Translator): string[] {
  const dateOrNone = (d: string | null) => (d ? tr.date(d) : tr.m('workspace.rulesChangeNoDate'));
  // A stored label is English (the summary's language-neutral form): shown in the reader's language.
  const verdictWords = (v: { label: string; ambiguous: boolean }) =>
    v.ambiguous
      ? tr.m('compare.verdictAmbiguous', { label: verdictLabel(tr, v.label) })
      : verdictLabel(tr, v.label);
  const withRules = (change: string, rules: readonly RuleRef[]) =>
    rules.length ? tr.m('workspace.rulesChangeWithRules', { change, rules: rules.join(', ') }) : change;
  const status = (s: ObligationStatus) => tr.m(STATUS_WORDS[s]);

  const out: string[] = [];
  for (const v of diff.verdicts)
    out.push(
      withRules(
        tr.m('workspace.rulesChangeVerdict', {
          title: verdictTitle(v.key, tr),
          from: verdictWords(v.from),
          to: verdictWords(v.to),
        }),
        v.rules,
      ),
    );
  if (diff.role)
    out.push(
      withRules(
        tr.m('workspace.rulesChangeRole', {
          from: roleWords(diff.role.from, tr),
          to: roleWords(diff.role.to, tr),
        }),
        diff.role.rules,
      ),
    );
  for (const o of diff.obligations) {
    const def = obligationDefinition(o.id);
    const obligation = tr.t(tx('compare.obligationWhat', { article: def.article, title: def.title }));
    const to = o.to;
    if (o.change === 'removed' || !to) {
      out.push(withRules(tr.m('workspace.rulesChangeRemoved', { obligation }), o.rules));
      continue;
    }
    const from = o.from;
    if (o.change === 'added' || !from) {
      const added = to.dueBy
        ? tr.m('workspace.rulesChangeAddedDue', {
            obligation,
            status: status(to.status),
            date: { date: to.dueBy },
          })
        : to.appliesFrom
          ? tr.m('workspace.rulesChangeAddedFrom', {
              obligation,
              status: status(to.status),
              date: { date: to.appliesFrom },
            })
          : tr.m('workspace.rulesChangeAdded', { obligation, status: status(to.status) });
      out.push(withRules(added, o.rules));
      continue;
    }
    const changes = o.fields.map((f) =>
      f === 'status'
        ? tr.m('workspace.rulesChangeStatusField', { from: status(from.status), to: status(to.status) })
        : tr.m(f === 'dueBy' ? 'workspace.rulesChangeDueByField' : 'workspace.rulesChangeAppliesFromField', {
            from: dateOrNone(from[f]),
            to: dateOrNone(to[f]),
          }),
    );
    out.push(
      withRules(
        tr.m('workspace.rulesChangeFields', { obligation, changes: tr.list(changes, 'semicolon') }),
        o.rules,
      ),
    );
  }
  for (const d of diff.deadlines)
    out.push(
      withRules(
        tr.m('workspace.rulesChangeDeadline', {
          deadline: tr.m(DEADLINE_WORDS[d.key]),
          from: dateOrNone(d.from),
          to: dateOrNone(d.to),
        }),
        d.rules,
      ),
    );
  return out;
}

/** The mark in one line: "The result would change under rules 2026.11.2" / "Same result under the current rules". */
export function rulesChangeHeadline(change: RulesChange, tr: Translator): string {
  if (change.kind === 'unreadable') return tr.m('workspace.rulesChangeCannot', { version: change.to });
  return change.diff.same
    ? tr.m('workspace.rulesChangeSame', { version: change.to })
    : tr.m('workspace.rulesChangeWould', { version: change.to });
}
