/**
 * How sure a verdict is, from its badge label in any language (issue #11). The engine words certainty in the
 * label ("Probably", "Not established", "Not yet", "Once placed", "Not applicable"); screens read it back to
 * choose the badge's tone and icon. They see the label in the reader's language, or, for a stored workspace
 * summary, in English; so the labels are matched as the given translator writes them, never as English text.
 */
import type { MessageId } from '../engine/text';
import { english } from './english-verdicts';
import type { Translator } from './translator';

export type LabelCertainty = 'probable' | 'not-established' | 'conditional' | 'not-applicable' | 'settled';

const LABELS: Record<Exclude<LabelCertainty, 'settled'>, readonly MessageId[]> = {
  probable: [
    'gpai.labelProbably',
    'provider.labelProbably',
    'provider.labelProbablyNot',
    'provider.labelProbablyOfModification',
  ],
  'not-established': ['systemicRisk.labelNotEstablished'],
  conditional: [
    'gpai.labelNotYet',
    'provider.labelOncePlaced',
    'provider.labelOncePlacedOfModification',
    'systemicRisk.labelNotYet',
  ],
  'not-applicable': ['openSource.labelNotApplicable', 'systemicRisk.labelNotApplicable'],
};

const byTranslator = new WeakMap<Translator, Map<string, LabelCertainty>>();

export function labelCertainty(label: string, translator: Translator): LabelCertainty {
  let known = byTranslator.get(translator);
  if (!known) {
    known = new Map();
    for (const [certainty, ids] of Object.entries(LABELS) as [LabelCertainty, readonly MessageId[]][])
      for (const id of ids) known.set(translator.m(id), certainty);
    byTranslator.set(translator, known);
  }
  return known.get(label) ?? 'settled';
}

/** Every label the engine gives a verdict (the `label:` of each verdict in src/engine/rules), by message id. */
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

let storedIds: Map<string, MessageId> | null = null;

/**
 * A stored verdict label (English, the language-neutral form a workspace summary keeps:
 * src/shared/workspace/summary.ts) in the reader's language; a label the engine no longer writes is shown as
 * stored.
 */
export function verdictLabel(tr: Translator, stored: string): string {
  if (storedIds === null) {
    storedIds = new Map();
    for (const id of VERDICT_LABEL_IDS) {
      const text = english.m(id);
      if (!storedIds.has(text)) storedIds.set(text, id);
    }
  }
  const id = storedIds.get(stored);
  return id === undefined ? stored : tr.m(id);
}
