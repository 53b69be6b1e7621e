/**
 * A verdict badge's tone and icon, for the report's cards and "At a glance" box and for the workspace list's
 * rows (ADR 0080): the verdict's certainty first, so a "Probably" never wears the tick of a settled yes nor a
 * "Not established" the cross of a no, and "Not applicable" is not a "No"; then the result's typed facts. The
 * report passes its Report, the list a stored summary: both carry these facts.
 */
import type { Report, VerdictKey } from '../engine/report';
import type { LabelCertainty } from '../i18n/verdict-labels';

export type BadgeTone = 'positive' | 'neutral' | 'caution' | 'unknown';
export type BadgeIcon = 'check' | 'cross' | 'alert' | 'help' | 'clock' | 'na';

export type VerdictFacts = Pick<Report, 'isGPAI' | 'isProvider' | 'systemicRisk' | 'openSourceExemption'>;

export function verdictBadgeTone(
  facts: VerdictFacts,
  key: VerdictKey,
  certainty: LabelCertainty,
): { tone: BadgeTone; icon: BadgeIcon } {
  switch (certainty) {
    case 'probable':
      return { tone: 'caution', icon: 'help' };
    case 'not-established':
      return { tone: 'unknown', icon: 'help' };
    case 'conditional':
      return { tone: 'neutral', icon: 'clock' };
    case 'not-applicable':
      return { tone: 'neutral', icon: 'na' };
    case 'settled':
      break;
  }
  const yes = { tone: 'positive', icon: 'check' } as const;
  const no = { tone: 'neutral', icon: 'cross' } as const;
  switch (key) {
    case 'gpai':
      return facts.isGPAI ? yes : no;
    case 'provider':
      return facts.isProvider ? yes : no;
    case 'systemicRisk':
      return facts.systemicRisk === 'none' ? no : { tone: 'caution', icon: 'alert' };
    case 'openSource':
      return facts.openSourceExemption ? yes : no;
  }
}
