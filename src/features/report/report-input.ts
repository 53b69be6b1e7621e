/**
 * Where the report's answers come from: a share link (`a`, decoded with the share codec) or, without one, the
 * saved draft. Never throws: every failure becomes a state the page explains in words.
 */
import type { Answers } from '../../engine/answers';
import { type DecodeError, decodeAnswers } from '../../share/codec';
import { completeAnswers, loadDraft } from '../draft/storage';

export type ReportInput =
  | {
      kind: 'ready';
      answers: Answers;
      origin: 'link' | 'draft';
      /** Rules version the link was made with (links only). */
      linkRulesVersion: string | null;
      rulesChanged: boolean;
    }
  | { kind: 'bad-link'; error: DecodeError }
  | {
      kind: 'no-answers';
      /** Screens still to answer, when a draft exists but is incomplete. */
      missingSteps: readonly string[] | null;
      /** Why a saved draft was not used (damaged, other version), in words. */
      discardedReason: string | null;
    };

/** `a` is the share value from the address (undefined when there is none: then the saved draft is used). */
export function resolveReportInput(a: string | undefined): ReportInput {
  if (a !== undefined) {
    const decoded = decodeAnswers(a);
    if (!decoded.ok) return { kind: 'bad-link', error: decoded.error };
    return {
      kind: 'ready',
      answers: decoded.answers,
      origin: 'link',
      linkRulesVersion: decoded.rulesVersion,
      rulesChanged: decoded.rulesChanged,
    };
  }
  try {
    const loaded = loadDraft();
    if (loaded.status === 'none') return { kind: 'no-answers', missingSteps: null, discardedReason: null };
    if (loaded.status === 'discarded')
      return { kind: 'no-answers', missingSteps: null, discardedReason: loaded.reason };
    const complete = completeAnswers(loaded.draft);
    if (!complete.ok)
      return { kind: 'no-answers', missingSteps: complete.missingSteps, discardedReason: null };
    return {
      kind: 'ready',
      answers: complete.answers,
      origin: 'draft',
      linkRulesVersion: null,
      rulesChanged: false,
    };
  } catch {
    return { kind: 'no-answers', missingSteps: null, discardedReason: null };
  }
}
