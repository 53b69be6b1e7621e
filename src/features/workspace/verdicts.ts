/**
 * The four verdict badges of a list row, from a version's result summary: the engine's own label (so
 * "Probably", "Not established", "Not yet" stay as the report writes them), its ambiguity, and a tone and
 * icon chosen like the report's "At a glance" box — certainty first, so a "Probably" never wears the tick of
 * a settled yes (ADR 0080). The report works on the full Report; the list has only the summary, hence this
 * small copy of the report's rule (features are fenced, ADR 0060).
 */
import type { VerdictKey } from '../../engine/report';
import { english } from '../../i18n/english';
import type { MessageId } from '../../i18n/message-id';
import type { Translator } from '../../i18n/translator';
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

/** The engine's verdict labels (the `label:` of each verdict in src/engine/rules), by message id. */
const VERDICT_LABEL_IDS: readonly MessageId[] = [
  'common.yes',
  'common.no',
  'gpai.labelProbably',
  'gpai.labelNotYet',
  'provider.labelYesOfModification',
  'provider.labelYesAsModelProvider',
  'provider.labelOncePlaced',
  'provider.labelProbably',
  'provider.labelProbablyNot',
  'provider.labelProbablyOfModification',
  'provider.labelOncePlacedOfModification',
  'systemicRisk.labelNotApplicable',
  'systemicRisk.labelDesignated',
  'systemicRisk.labelPresumed',
  'systemicRisk.labelNo',
  'systemicRisk.labelNotYet',
  'systemicRisk.labelNotEstablished',
  'openSource.labelNotApplicable',
  'openSource.labelNo',
  'openSource.labelYesPartial',
];

let labelIds: Map<string, MessageId> | null = null;

/**
 * A stored verdict label (English, language-neutral: src/shared/workspace/summary.ts) in the reader's language:
 * the English text is mapped back to its message; a label the engine no longer writes is shown as stored.
 */
export function verdictLabel(tr: Translator, stored: string): string {
  if (labelIds === null) {
    labelIds = new Map();
    for (const id of VERDICT_LABEL_IDS) {
      const text = english.m(id);
      if (!labelIds.has(text)) labelIds.set(text, id);
    }
  }
  const id = labelIds.get(stored);
  return id === undefined ? stored : tr.m(id);
}

export interface VerdictBadge {
  label: string;
  ambiguous: boolean;
  tone: Tone;
  icon: IconName;
}

function tone(summary: ResultSummary, key: VerdictKey): { tone: Tone; icon: IconName } {
  const label = summary.verdicts[key].label;
  if (/^Probably\b/.test(label)) return { tone: 'caution', icon: 'help' };
  if (/^Not established\b/.test(label)) return { tone: 'unknown', icon: 'help' };
  if (/^(Not yet|Once placed)\b/.test(label)) return { tone: 'neutral', icon: 'clock' };
  if (/^Not applicable\b/.test(label)) return { tone: 'neutral', icon: 'na' };
  switch (key) {
    case 'gpai':
      return summary.isGPAI ? { tone: 'positive', icon: 'check' } : { tone: 'neutral', icon: 'cross' };
    case 'provider':
      return summary.isProvider ? { tone: 'positive', icon: 'check' } : { tone: 'neutral', icon: 'cross' };
    case 'systemicRisk':
      return summary.systemicRisk === 'none'
        ? { tone: 'neutral', icon: 'cross' }
        : { tone: 'caution', icon: 'alert' };
    case 'openSource':
      return summary.openSourceExemption
        ? { tone: 'positive', icon: 'check' }
        : { tone: 'neutral', icon: 'cross' };
  }
}

export function verdictBadges(summary: ResultSummary): Record<VerdictKey, VerdictBadge> {
  const out = {} as Record<VerdictKey, VerdictBadge>;
  for (const key of VERDICT_ORDER) {
    const { label, ambiguous } = summary.verdicts[key];
    out[key] = { label, ambiguous, ...tone(summary, key) };
  }
  return out;
}
