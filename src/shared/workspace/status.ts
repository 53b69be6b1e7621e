/**
 * An assessment's status for the list and the badges: "draft" until its current answers are a recorded
 * version, "signed" when that version is signed, else "complete". The draft counts as unchanged when its
 * relevant complete answers hash the same as the latest version's (src/share/hash.ts).
 */
import { answersHash } from '../../share/hash';
import { completeAnswers, DRAFT_VERSION } from '../draft/storage';
import type { AssessmentRecord } from './types';

export type AssessmentStatus = 'draft' | 'complete' | 'signed';

// Hashing validates the whole draft; the list asks for hundreds of records on every render, and a record's
// draft object never changes in place (each write stores a new one), so the hash is kept per draft object.
const cache = new WeakMap<object, string | null>();

/** The answers hash of the draft's relevant answers when every screen that applies is answered; else null. */
export function draftHash(record: Pick<AssessmentRecord, 'draft'>): string | null {
  const cached = cache.get(record.draft);
  if (cached !== undefined) return cached;
  const complete = completeAnswers({ version: DRAFT_VERSION, answers: record.draft, updatedAt: '' });
  const hash = complete.ok ? answersHash(complete.answers) : null;
  cache.set(record.draft, hash);
  return hash;
}

export function assessmentStatus(record: Pick<AssessmentRecord, 'draft' | 'latest'>): AssessmentStatus {
  const latest = record.latest;
  if (!latest) return 'draft';
  if (draftHash(record) !== latest.answersHash) return 'draft';
  return latest.signed ? 'signed' : 'complete';
}
