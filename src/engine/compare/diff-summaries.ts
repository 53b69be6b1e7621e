/**
 * What differs between two results (issue #9 "Compare"): verdict badges, the provider role, obligations
 * added, removed or changed (status, applies from, due by) and the two deadlines — each with the rules that
 * govern it. The rules are read from the engine's reports when the caller has them (the verdict's or
 * obligation's own `rules` on either side); a stored summary recorded under older rules has no report, and then
 * the rules that govern that part of the result in general stand in (`GENERAL_RULES`, the obligation catalogue).
 */
import type { ObligationId, ProviderRole, Report, RuleRef, VerdictKey } from '../report';
import { OBLIGATIONS } from '../rules/obligation-catalogue';
import { sameWords, type Words } from './same-words';
import type { ComparableObligation, ComparableSummary } from './summary';

export const VERDICT_KEYS: readonly VerdictKey[] = ['gpai', 'provider', 'systemicRisk', 'openSource'];

export type DeadlineKey = 'notificationDeadline' | 'complianceDeadline';
export type ObligationField = 'status' | 'appliesFrom' | 'dueBy';

/** `L`: the badge label as the summaries hold it (a stored string, or the engine's Text). */
export interface VerdictChange<L extends Words = Words> {
  key: VerdictKey;
  from: { label: L; ambiguous: boolean };
  to: { label: L; ambiguous: boolean };
  rules: RuleRef[];
}

export interface RoleChange {
  from: ProviderRole;
  to: ProviderRole;
  rules: RuleRef[];
}

export interface ObligationChange {
  id: ObligationId;
  /** added: applies on side B only; removed: on side A only; changed: on both, with other dates or status. */
  change: 'added' | 'removed' | 'changed';
  from: ComparableObligation | null;
  to: ComparableObligation | null;
  /** The fields that differ (all three for an added or removed obligation). */
  fields: ObligationField[];
  rules: RuleRef[];
}

export interface DeadlineChange {
  key: DeadlineKey;
  from: string | null;
  to: string | null;
  rules: RuleRef[];
}

export interface SummaryDiff<L extends Words = string> {
  verdicts: VerdictChange<L>[];
  role: RoleChange | null;
  obligations: ObligationChange[];
  deadlines: DeadlineChange[];
  /** True when nothing above differs. */
  same: boolean;
}

/** Rules that govern a verdict, the role or a deadline when no report says which applied. */
export const GENERAL_RULES: Record<VerdictKey | 'role' | DeadlineKey, RuleRef[]> = {
  gpai: ['R1', 'R7', 'R8'],
  provider: ['R4', 'R5', 'R14'],
  systemicRisk: ['R31', 'R32', 'R33'],
  openSource: ['R48'],
  role: ['R5', 'R14', 'R23'],
  notificationDeadline: ['R35', 'R87', 'R89'],
  complianceDeadline: ['R67', 'R68'],
};

const FACT: Record<VerdictKey, (s: ComparableSummary<Words>) => unknown> = {
  gpai: (s) => s.isGPAI,
  provider: (s) => s.isProvider,
  systemicRisk: (s) => s.systemicRisk,
  openSource: (s) => s.openSourceExemption,
};

const FIELDS: readonly ObligationField[] = ['status', 'appliesFrom', 'dueBy'];

/** Reports are read for their rules only: as the engine writes them or in words. */
export interface DiffReports {
  a?: Report<Words> | null;
  b?: Report<Words> | null;
}

/** Rules in first-seen order, each once. */
export function unionRules(...lists: readonly (readonly RuleRef[] | undefined)[]): RuleRef[] {
  const out: RuleRef[] = [];
  for (const list of lists) for (const r of list ?? []) if (!out.includes(r)) out.push(r);
  return out;
}

function withFallback(found: RuleRef[], fallback: readonly RuleRef[]): RuleRef[] {
  return found.length > 0 ? found : [...fallback];
}

function obligationRules(id: ObligationId, reports: DiffReports): RuleRef[] {
  const of = (r: Report<Words> | null | undefined) =>
    r
      ? [
          ...(r.obligations.find((o) => o.id === id)?.rules ?? []),
          ...(r.notApplicable.find((o) => o.id === id)?.rules ?? []),
        ]
      : [];
  const catalogue = OBLIGATIONS.find((o) => o.id === id)?.rules ?? [];
  return withFallback(unionRules(of(reports.a), of(reports.b)), catalogue);
}

function deadlineRules(key: DeadlineKey, reports: DiffReports): RuleRef[] {
  if (key === 'complianceDeadline') return [...GENERAL_RULES.complianceDeadline];
  const of = (r: Report<Words> | null | undefined) => r?.obligations.find((o) => o.id === 'art52_1')?.rules;
  return withFallback(unionRules(of(reports.a), of(reports.b)), GENERAL_RULES.notificationDeadline);
}

const catalogueOrder = (id: ObligationId) => OBLIGATIONS.findIndex((o) => o.id === id);

/**
 * Every difference from result A to result B. `reports` (optional) are the full reports the summaries were
 * made from; when given, each change names the rules the engine applied on either side.
 */
export function diffSummaries<L extends Words = string>(
  a: ComparableSummary<L>,
  b: ComparableSummary<L>,
  reports: DiffReports = {},
): SummaryDiff<L> {
  const verdicts: VerdictChange<L>[] = [];
  for (const key of VERDICT_KEYS) {
    const from = a.verdicts[key];
    const to = b.verdicts[key];
    if (sameWords(from.label, to.label) && from.ambiguous === to.ambiguous && FACT[key](a) === FACT[key](b))
      continue;
    const rules = unionRules(reports.a?.verdicts[key].rules, reports.b?.verdicts[key].rules);
    verdicts.push({
      key,
      from: { label: from.label, ambiguous: from.ambiguous },
      to: { label: to.label, ambiguous: to.ambiguous },
      rules: withFallback(rules, GENERAL_RULES[key]),
    });
  }

  const role: RoleChange | null =
    a.role === b.role
      ? null
      : {
          from: a.role,
          to: b.role,
          rules: withFallback(
            unionRules(reports.a?.verdicts.provider.rules, reports.b?.verdicts.provider.rules),
            GENERAL_RULES.role,
          ),
        };

  const obligations: ObligationChange[] = [];
  const ids = unionIds(a.obligations, b.obligations);
  for (const id of ids) {
    const from = a.obligations.find((o) => o.id === id) ?? null;
    const to = b.obligations.find((o) => o.id === id) ?? null;
    const fields = from && to ? FIELDS.filter((f) => from[f] !== to[f]) : [...FIELDS];
    if (fields.length === 0) continue;
    obligations.push({
      id,
      change: from && to ? 'changed' : to ? 'added' : 'removed',
      from: from && { ...from },
      to: to && { ...to },
      fields,
      rules: obligationRules(id, reports),
    });
  }

  const deadlines: DeadlineChange[] = [];
  for (const key of ['notificationDeadline', 'complianceDeadline'] as const)
    if (a[key] !== b[key])
      deadlines.push({ key, from: a[key], to: b[key], rules: deadlineRules(key, reports) });

  return {
    verdicts,
    role,
    obligations,
    deadlines,
    same: verdicts.length === 0 && role === null && obligations.length === 0 && deadlines.length === 0,
  };
}

function unionIds(a: readonly ComparableObligation[], b: readonly ComparableObligation[]): ObligationId[] {
  const ids = [...new Set([...a.map((o) => o.id), ...b.map((o) => o.id)])];
  return ids.sort((x, y) => catalogueOrder(x) - catalogueOrder(y));
}
