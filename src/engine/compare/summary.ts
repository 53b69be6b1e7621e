/**
 * The part of a report that a comparison looks at, free of prose. Structurally the workspace's
 * `ResultSummary` (src/shared/workspace/types.ts; the engine may not import it, so the shape is repeated here
 * and src/shared/compare/summary-shape.test-d.ts proves the two stay assignable both ways).
 */
import type { IsoDate, ObligationId, ObligationStatus, ProviderRole, Report, VerdictKey } from '../report';

export interface ComparableObligation {
  id: ObligationId;
  status: ObligationStatus;
  appliesFrom: IsoDate | null;
  dueBy: IsoDate | null;
}

/**
 * `L`: how a verdict's badge label is held — a string as a workspace stores it (the default: the stored shape),
 * or the engine's Text when the summary is made from a report the engine has just written.
 */
export interface ComparableSummary<L = string> {
  isGPAI: boolean;
  isProvider: boolean;
  role: ProviderRole;
  systemicRisk: 'presumed' | 'designated' | 'none';
  openSourceExemption: boolean;
  verdicts: Record<VerdictKey, { label: L; ambiguous: boolean }>;
  obligations: ComparableObligation[];
  notificationDeadline: IsoDate | null;
  complianceDeadline: IsoDate | null;
}

/** A report reduced to what is compared: verdict badges, role, obligations with their dates, deadlines. */
export function comparableSummary<S = string>(report: Report<S>): ComparableSummary<S> {
  const verdict = (k: VerdictKey) => ({
    label: report.verdicts[k].label,
    ambiguous: report.verdicts[k].ambiguous.length > 0,
  });
  return {
    isGPAI: report.isGPAI,
    isProvider: report.isProvider,
    role: report.role,
    systemicRisk: report.systemicRisk,
    openSourceExemption: report.openSourceExemption,
    verdicts: {
      gpai: verdict('gpai'),
      provider: verdict('provider'),
      systemicRisk: verdict('systemicRisk'),
      openSource: verdict('openSource'),
    },
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
