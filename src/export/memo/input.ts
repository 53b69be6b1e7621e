/** What the memo is built from: the report, the answers (as data and in words) and how the file was made. */
import type { Answers } from '../../engine/answers';
import { formatDate } from '../../engine/dates';
import type { Report } from '../../engine/report';
import type { ProvenanceMap, Signoff } from '../../shared/workspace/types';
import type { SignOffRow } from './model';

export interface AnswerInWords {
  question: string;
  answer: string;
  /** Screen or topic the answer belongs to; consecutive rows with the same section are grouped. */
  section?: string;
  /** The answer's dotted path ("compute.parameterUpdateFlop"): where its provenance is found. */
  questionId?: string;
}

/**
 * The workspace record the memo was made from (issue #9, ADR 0094): absent for a share link or a file.
 * A signed version fills the sign-off block; provenance adds a source column to the answers appendix.
 */
export interface MemoRecord {
  signoff: Signoff | null;
  provenance: ProvenanceMap;
  /** The version's number in its assessment; null for a draft. */
  versionSeq: number | null;
}

export interface MemoInput {
  report: Report;
  answers: Answers;
  answersInWords: AnswerInWords[];
  shareLink: string;
  /** ISO 8601 date-time with offset, e.g. "2026-11-25T14:03:27+01:00" (the only non-deterministic input). */
  generatedAt: string;
  answersHash: string;
  /** Who prepared and reviewed the memo (the workspace fills it later); absent or blank = lines to sign by hand. */
  signOff?: readonly SignOffRow[];
  record?: MemoRecord;
}

export const MEMO_TITLE = 'EU AI Act assessment of a general-purpose AI model';

export const DISCLAIMER =
  'Not legal advice. This summary applies the EU AI Act (Regulation (EU) 2024/1689 as amended by Regulation (EU) 2026/1744) and the Commission guidelines for general-purpose AI models to the facts entered, as read by GPAI Navigator. The guidelines are not binding; only the Court of Justice of the European Union interprets the AI Act authoritatively. Check the result with a qualified lawyer before relying on it, and re-run the assessment when the facts or the rules change.';

export const GENERATED_AT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** "25 November 2026, 14:03 (UTC+01:00)" */
export function generatedAtWords(generatedAt: string): string {
  const m = GENERATED_AT.exec(generatedAt);
  if (!m) return generatedAt;
  const zone = m[7] === 'Z' ? 'UTC' : `UTC${(m[7] as string).replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`;
  return `${formatDate(`${m[1]}-${m[2]}-${m[3]}`)}, ${m[4]}:${m[5]} (${zone})`;
}

export function memoModelName(input: MemoInput): string {
  return input.answers.modelName?.trim() || '';
}
