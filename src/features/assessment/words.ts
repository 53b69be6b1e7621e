/** Small wording helpers of the assessment page. Pure. */
import { formatDate } from '../../engine/dates';
import { isWorkspaceError } from '../../shared/workspace/errors';

export function errorMessage(e: unknown): string {
  if (isWorkspaceError(e)) return e.message;
  return e instanceof Error ? e.message : String(e);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A record's timestamp in the reader's time zone: "30 November 2026, 11:20". */
export function timestampWords(timestamp: string): string {
  const d = new Date(timestamp);
  if (Number.isNaN(d.getTime())) return timestamp;
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${formatDate(day)}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export const STATUS_WORDS = {
  draft: 'Draft',
  complete: 'Complete',
  signed: 'Signed',
} as const;

export const STATUS_EXPLAINED = {
  draft: 'The current answers are not yet a recorded version: finish them and open the report to record one.',
  complete: 'The current answers are recorded as the latest version.',
  signed: 'The current answers are the latest version, and it is signed.',
} as const;
