/**
 * The four verdict badges of a list row, from a version's result summary: the engine's own label (so
 * "Probably", "Not established", "Not yet" stay as the report writes them), its ambiguity, and a tone and
 * icon chosen like the report's "At a glance" box — certainty first, so a "Probably" never wears the tick of
 * a settled yes (ADR 0080). The rule is the report's own (src/shared/verdict-tone.ts), read from the summary.
 */
import type { VerdictKey } from '../../engine/report';
import { english } from '../../i18n/english-verdicts';
import type { MessageId } from '../../i18n/message-id';
import { labelCertainty } from '../../i18n/verdict-labels';
import { verdictBadgeTone } from '../../shared/verdict-tone';
import type { ResultSummary } from '../../shared/workspace/types';

export type Tone = 'positive' | 'negative' | 'caution' | 'neutral' | 'unknown';
export type IconName = 'check' | 'clock' | 'alert' | 'help' | 'cross' | 'na';

export const VERDICT_ORDER: readonly VerdictKey[] = ['gpai', 'provider', 'systemicRisk', 'openSource'];

/** Column headings: the report's verdict questions, short enough for a table head. */
export const VERDICT_HEADINGS: Record<VerdictKey, MessageId> = {
  gpai: 'workspace.colGpai',
  provider: 'workspace.colProvider',
  systemicRisk: 'workspace.colSystemicRisk',
  openSource: 'workspace.colOpenSource',
};

export { verdictLabel } from '../../i18n/verdict-labels';

export interface VerdictBadge {
  label: string;
  ambiguous: boolean;
  tone: Tone;
  icon: IconName;
}

function tone(summary: ResultSummary, key: VerdictKey): { tone: Tone; icon: IconName } {
  // Stored labels are English (src/shared/workspace/summary.ts): read them as English writes them.
  return verdictBadgeTone(summary, key, labelCertainty(summary.verdicts[key].label, english));
}

export function verdictBadges(summary: ResultSummary): Record<VerdictKey, VerdictBadge> {
  const out = {} as Record<VerdictKey, VerdictBadge>;
  for (const key of VERDICT_ORDER) {
    const { label, ambiguous } = summary.verdicts[key];
    out[key] = { label, ambiguous, ...tone(summary, key) };
  }
  return out;
}
