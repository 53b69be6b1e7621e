/** Small wording helpers of the assessment page. Pure. */
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

export { verdictLabel } from '../../i18n/verdict-labels';
