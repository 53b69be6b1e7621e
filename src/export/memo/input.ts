/** What the memo is built from: the report, the answers (as data and in words) and how the file was made. */
import type { Answers } from '../../engine/answers';
import type { Report } from '../../engine/report';
import type { Translator } from '../../i18n/translator';
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
  /** The language every word of the memo is written in (the report is already localized to it). */
  translator: Translator;
}

export const GENERATED_AT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** "25 November 2026, 14:03 (UTC+01:00)" */
export function generatedAtWords(generatedAt: string, tr: Translator): string {
  const m = GENERATED_AT.exec(generatedAt);
  if (!m) return generatedAt;
  const zone = m[7] === 'Z' ? 'UTC' : `UTC${(m[7] as string).replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`;
  return tr.m('documents.generatedAt', {
    date: { date: `${m[1]}-${m[2]}-${m[3]}` },
    time: `${m[4]}:${m[5]}`,
    zone,
  });
}

export function memoModelName(input: MemoInput): string {
  return input.answers.modelName?.trim() || '';
}
