/**
 * The workspace's records (issue #9, ADR 0090): what the browser's IndexedDB keeps for a legal team — the
 * assessments of their models, each completed evaluation as an immutable version, sign-offs, and the
 * obligation tracker's tasks. Every record says what it is (`kind`) and in which format (`format`), so that a
 * file or a later replication (PRODUCT.md §10) can read it without knowing which build wrote it.
 *
 * Types only: no zod, no IndexedDB. The schema that validates records from a file is ./file.ts; the store is
 * ./store.ts.
 */
import type { Answers } from '../../engine/answers';
import type { DraftAnswers } from '../../engine/questionnaire';
import type { IsoDate, ObligationId, ObligationStatus, ProviderRole, VerdictKey } from '../../engine/report';

/** Bump when a record's shape changes; readers migrate older formats or refuse them with a reason. */
export const RECORD_FORMAT = 1;

/** A random id (crypto.randomUUID()). */
export type RecordId = string;

/** An ISO 8601 timestamp with time and zone ("2026-11-30T11:20:00.000Z"): when a record was written. */
export type Timestamp = string;

/** Where an answer came from (issue #9 "Provenance per answer"). Every field optional. */
export interface Provenance {
  /** Who or what said it: "ML lead", "training log run-42". */
  source?: string;
  /** Free text: "12 Nov: logged FLOP, excludes the failed first run". */
  note?: string;
  /** Whether a figure is exact or an estimate. Only meaningful for figures and dates. */
  exactness?: 'exact' | 'estimate';
}

/** Keyed by the answer's dotted path in the answers object ("compute.parameterUpdateFlop"). */
export type ProvenanceMap = Record<string, Provenance>;

/**
 * The result of one evaluation, reduced to what the list, the rules-change marker and the comparison need,
 * and free of prose (the words belong to the UI and will be translated, issue #11): re-evaluating the
 * version's answers under the current rules and comparing the two summaries says what a rules change moved.
 */
export interface ResultSummary {
  isGPAI: boolean;
  isProvider: boolean;
  role: ProviderRole;
  systemicRisk: 'presumed' | 'designated' | 'none';
  openSourceExemption: boolean;
  /** Each verdict's badge value as the engine wrote it ("Yes", "Probably", "Presumed"…) and its ambiguity. */
  verdicts: Record<VerdictKey, { label: string; ambiguous: boolean }>;
  obligations: {
    id: ObligationId;
    status: ObligationStatus;
    appliesFrom: IsoDate | null;
    dueBy: IsoDate | null;
  }[];
  notificationDeadline: IsoDate | null;
  complianceDeadline: IsoDate | null;
}

export interface Signoff {
  /** The reviewer's name, as they typed it. */
  name: string;
  role: string;
  /** The date of the review, as the reviewer gave it. */
  date: IsoDate;
  note: string;
  /** When the sign-off was recorded. */
  signedAt: Timestamp;
}

/**
 * One completed evaluation, kept unchanged for ever (issue #9 "Assessments and versions"). Only `signoff`
 * may be set, once; after that the version is locked and the store refuses any change to it.
 */
export interface VersionRecord {
  kind: 'version';
  format: typeof RECORD_FORMAT;
  id: RecordId;
  assessmentId: RecordId;
  /** 1, 2, 3… within its assessment. */
  seq: number;
  createdAt: Timestamp;
  answers: Answers;
  provenance: ProvenanceMap;
  rulesVersion: string;
  asOf: IsoDate;
  /** src/share/hash.ts answersHash(answers). */
  answersHash: string;
  result: ResultSummary;
  signoff: Signoff | null;
}

export interface AssessmentRecord {
  kind: 'assessment';
  format: typeof RECORD_FORMAT;
  id: RecordId;
  /** The name shown in the list: the model name, or what the user renamed it to. */
  name: string;
  /** Who is responsible for the assessment in the team (free text). */
  owner: string;
  archived: boolean;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /**
   * Increases by one on every write. A writer passes the revision it read; the store refuses the write with a
   * conflict when another tab wrote in between, so that no one silently overwrites another.
   */
  rev: number;
  /** The working answers, as the wizard keeps them (every answer given, including screens that no longer apply). */
  draft: DraftAnswers;
  provenance: ProvenanceMap;
  /** The version this draft was reopened from or follows, if any. */
  basedOnVersionId: RecordId | null;
  /** The newest version, with its summary, so the list needs no second read. Null before the first completion. */
  latest: {
    versionId: RecordId;
    seq: number;
    answersHash: string;
    rulesVersion: string;
    asOf: IsoDate;
    result: ResultSummary;
    signed: boolean;
  } | null;
}

export type TaskStatus = 'not-started' | 'in-progress' | 'done' | 'not-needed';

/** A tracked piece of work: an obligation, or one "what to produce" item of it (issue #9 "Obligation tracker"). */
export interface TaskRecord {
  kind: 'task';
  format: typeof RECORD_FORMAT;
  /** `${assessmentId}/${obligationId}` or `${assessmentId}/${obligationId}/${itemKey}`. */
  id: string;
  assessmentId: RecordId;
  obligationId: ObligationId;
  /** Null for the obligation itself; otherwise a stable key of the "what to produce" item. */
  itemKey: string | null;
  status: TaskStatus;
  /** Required when status is "not-needed": why. */
  reason: string;
  owner: string;
  /** Null: the engine's date applies. */
  due: IsoDate | null;
  /** Evidence: a note or a link. */
  evidence: string;
  updatedAt: Timestamp;
  rev: number;
}

export type WorkspaceRecord = AssessmentRecord | VersionRecord | TaskRecord;

/** What changed, as announced to this tab's listeners and to the other tabs (BroadcastChannel). */
export type WorkspaceChange =
  | { kind: 'assessment'; id: RecordId; rev: number | null /* null: deleted */ }
  | { kind: 'version'; id: RecordId; assessmentId: RecordId }
  | { kind: 'task'; id: string; assessmentId: RecordId }
  | { kind: 'all' /* an import or a clear */ };

export type WorkspaceErrorKind =
  /** IndexedDB is missing or refused (private mode, disabled storage, a blocked upgrade). */
  | 'unavailable'
  /** The browser refused the write for lack of space. */
  | 'quota'
  /** Another tab wrote this record since it was read. */
  | 'conflict'
  | 'not-found'
  /** A signed version cannot change. */
  | 'locked'
  /** Any other failed write. */
  | 'write-failed';
