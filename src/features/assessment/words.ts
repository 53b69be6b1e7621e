/** Small wording helpers of the assessment page. Pure. */
import { english } from '../../i18n/english';
import type { MessageId } from '../../i18n/message-id';
import type { Translator } from '../../i18n/translator';
import { isWorkspaceError } from '../../shared/workspace/errors';

export function errorMessage(e: unknown): string {
  if (isWorkspaceError(e)) return e.message;
  return e instanceof Error ? e.message : String(e);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A record's timestamp in the reader's time zone: "30 November 2026, 11:20". */
export function timestampWords(timestamp: string, tr: Translator): string {
  const d = new Date(timestamp);
  if (Number.isNaN(d.getTime())) return timestamp;
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return tr.m('workspace.timestamp', {
    date: tr.date(day),
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  });
}

export const STATUS_WORDS = {
  draft: 'workspace.statusDraft',
  complete: 'workspace.statusComplete',
  signed: 'workspace.statusSigned',
} as const satisfies Record<string, MessageId>;

export const STATUS_EXPLAINED = {
  draft: 'workspace.statusExplainedDraft',
  complete: 'workspace.statusExplainedComplete',
  signed: 'workspace.statusExplainedSigned',
} as const satisfies Record<string, MessageId>;

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
 * A stored verdict label (English, language-neutral: src/shared/workspace/summary.ts) in the reader's language;
 * a label the engine no longer writes is shown as stored. (The workspace list has the same map: features do
 * not import each other, ADR 0060.)
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
