/**
 * A report reduced to its prose-free result (types.ts ResultSummary): what a version keeps, what the list
 * shows, and what a rules change is measured against (evaluate the version's answers again, summarise, and
 * compare the two summaries). Pure. Verdict labels are kept in English whatever the reader's language: they are
 * the stored, language-neutral form a list or comparison reads (screens translate them when they show them).
 */
import type { EngineReport, VerdictKey } from '../../engine/report';
import { english } from '../../i18n/english-verdicts';
import type { ResultSummary } from './types';

const VERDICT_KEYS: readonly VerdictKey[] = ['gpai', 'provider', 'systemicRisk', 'openSource'];

export function summarizeReport(report: EngineReport): ResultSummary {
  const verdicts = {} as ResultSummary['verdicts'];
  for (const key of VERDICT_KEYS) {
    const v = report.verdicts[key];
    verdicts[key] = { label: english.t(v.label), ambiguous: v.ambiguous.length > 0 };
  }
  return {
    isGPAI: report.isGPAI,
    isProvider: report.isProvider,
    role: report.role,
    systemicRisk: report.systemicRisk,
    openSourceExemption: report.openSourceExemption,
    verdicts,
    obligations: report.obligations.map((o) => ({
      id: o.id,
      status: o.status,
      appliesFrom: o.appliesFrom,
      dueBy: o.dueBy,
    })),
    notificationDeadline: report.notificationDeadline,
    complianceDeadline: report.complianceDeadline,
  };
}
