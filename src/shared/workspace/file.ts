/**
 * The workspace file (issue #9 "Moving data in and out", ADR 0097): the whole workspace as one versioned JSON
 * file, its zod schema, and the import plan. Reading a file never trusts it: the envelope, every record and
 * every answers object are checked (answers through the engine's parseAnswers, so version 1 answers are
 * migrated as everywhere else), a version's answers hash must match its answers (a hand-edited signed version
 * is refused, not shown as signed), ids are unique and every version and task belongs to an assessment of
 * the file. The plan says what an import would add, replace or leave unchanged; nothing is written until
 * the user has chosen for every conflict. Pure: no IndexedDB, no clock (the caller passes the time).
 */
import { z } from 'zod';
import type { Answers } from '../../engine/answers';
import { draftAnswersSchema } from '../../engine/questionnaire';
import { type ObligationId, PROVIDER_ROLES, type VerdictKey } from '../../engine/report';
import { RULES_VERSION } from '../../engine/rules-version';
import type { Text } from '../../engine/text';
import { parseAnswers } from '../../engine/validate';
import { findDuplicateKey, locateJsonError } from '../../export/json-check';
import { englishOrId } from '../../i18n/english';
import { isLang, type Lang } from '../../i18n/languages';
import { canonicalJson } from '../../share/canonical';
import { answersHash } from '../../share/hash';
import { migrateDraftAnswersV1 } from '../draft/migrate-draft';
import {
  type AssessmentRecord,
  RECORD_FORMAT,
  type TaskRecord,
  type Timestamp,
  type VersionRecord,
  type WorkspaceRecord,
} from './types';

export const WORKSPACE_FILE_FORMAT = 'gpai-navigator/workspace';
export const WORKSPACE_FILE_VERSION = 1;
/** 500 assessments with a few versions each are about 5 MB; a file ten times larger is not a workspace. */
export const MAX_WORKSPACE_FILE_BYTES = 50 * 1024 * 1024;

const TOO_LARGE_TEXT: Text = {
  msg: 'app.fileTooLarge',
  params: { mb: MAX_WORKSPACE_FILE_BYTES / 1024 / 1024 },
};
export const WORKSPACE_FILE_TOO_LARGE_TEXT = TOO_LARGE_TEXT;
export const WORKSPACE_FILE_TOO_LARGE = englishOrId(TOO_LARGE_TEXT);

export interface WorkspaceFile {
  format: typeof WORKSPACE_FILE_FORMAT;
  version: typeof WORKSPACE_FILE_VERSION;
  exportedAt: Timestamp;
  /** The rules version of the app that wrote the file (each version also keeps its own). */
  rulesVersion: string;
  /**
   * The language the workspace was exported in (issue #11, ADR 0101): a language tag, "de". Optional: files
   * written before it have none, and a tag this app has no catalog for is kept but not used.
   */
  lang?: string;
  records: WorkspaceRecord[];
}

/**
 * The file's text: records in a stable order (assessments, then versions, then tasks; by id), with the language
 * it was exported in when given.
 */
export function workspaceFileJson(
  records: readonly WorkspaceRecord[],
  exportedAt: Timestamp,
  lang?: Lang,
): string {
  const order = { assessment: 0, version: 1, task: 2 } as const;
  const sorted = [...records].sort(
    (a, b) => order[a.kind] - order[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const file: WorkspaceFile = {
    format: WORKSPACE_FILE_FORMAT,
    version: WORKSPACE_FILE_VERSION,
    exportedAt,
    rulesVersion: RULES_VERSION,
    ...(lang === undefined ? {} : { lang }),
    records: sorted,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

// ── Schema ───────────────────────────────────────────────────────────────────────────────────────────────

const OBLIGATION_IDS = [
  'art53_1_a',
  'art53_1_b',
  'art53_1_c',
  'art53_1_d',
  'art53_3',
  'art54',
  'art52_1',
  'art55_1_a',
  'art55_1_b',
  'art55_1_c',
  'art55_1_d',
] as const satisfies readonly ObligationId[];
const VERDICT_KEYS = [
  'gpai',
  'provider',
  'systemicRisk',
  'openSource',
] as const satisfies readonly VerdictKey[];
const OBLIGATION_STATUSES = ['in-force', 'upcoming', 'overdue', 'exempted', 'date-unknown', 'done'] as const;

const id = z.string().min(1, 'an id cannot be empty').max(200);
const text = (max: number) => z.string().max(max);
const timestamp = z.iso.datetime({
  offset: true,
  message: 'expected a timestamp such as 2026-11-30T11:20:00.000Z',
});
const isoDay = z.iso.date({ message: 'expected a date written YYYY-MM-DD' });
const format = z.literal(RECORD_FORMAT, { message: `expected record format ${RECORD_FORMAT}` });
const rev = z.number().int().min(0);

const provenanceMap = z.record(
  z.string().max(200),
  z
    .object({
      source: text(500).optional(),
      note: text(2000).optional(),
      exactness: z.enum(['exact', 'estimate']).optional(),
    })
    .strict(),
);

const verdictBadge = z.object({ label: text(80), ambiguous: z.boolean() }).strict();
type VerdictShape = Record<VerdictKey, typeof verdictBadge>;

const resultSummary = z
  .object({
    isGPAI: z.boolean(),
    isProvider: z.boolean(),
    role: z.enum(PROVIDER_ROLES),
    systemicRisk: z.enum(['presumed', 'designated', 'none']),
    openSourceExemption: z.boolean(),
    verdicts: z.strictObject(Object.fromEntries(VERDICT_KEYS.map((k) => [k, verdictBadge])) as VerdictShape),
    obligations: z.array(
      z
        .object({
          id: z.enum(OBLIGATION_IDS),
          status: z.enum(OBLIGATION_STATUSES),
          appliesFrom: isoDay.nullable(),
          dueBy: isoDay.nullable(),
        })
        .strict(),
    ),
    notificationDeadline: isoDay.nullable(),
    complianceDeadline: isoDay.nullable(),
  })
  .strict();

/** Answers of a version: the complete answers object, checked and (version 1) migrated by parseAnswers. */
const versionAnswers = z.unknown().transform((value, ctx): Answers => {
  const parsed = parseAnswers(value);
  if (parsed.ok) return parsed.answers;
  for (const issue of parsed.issues)
    ctx.addIssue({
      code: 'custom',
      message: englishOrId(issue.message),
      // The message as a Text, so that the import can show it in the reader's language.
      params: { text: issue.message },
      path: pathSegments(issue.path),
    });
  return z.NEVER;
});

/** A draft is partial answers: checked by the wizard's draft schema, kept as given (no defaults added). */
const draftAnswers = z.unknown().transform((value, ctx) => {
  let draft = value;
  if (isObject(value) && value.schemaVersion === 1) {
    const migrated = migrateDraftAnswersV1(value);
    if (!migrated) {
      ctx.addIssue({ code: 'custom', message: 'not valid version 1 draft answers' });
      return z.NEVER;
    }
    draft = migrated.answers;
  }
  const checked = draftAnswersSchema.safeParse(draft);
  if (!checked.success) {
    for (const issue of checked.error.issues) ctx.addIssue({ ...issue, path: issue.path } as never);
    return z.NEVER;
  }
  return draft as AssessmentRecord['draft'];
});

const assessmentSchema = z
  .object({
    kind: z.literal('assessment'),
    format,
    id,
    name: text(200),
    owner: text(200),
    archived: z.boolean(),
    createdAt: timestamp,
    updatedAt: timestamp,
    rev,
    draft: draftAnswers,
    provenance: provenanceMap,
    basedOnVersionId: id.nullable(),
    latest: z
      .object({
        versionId: id,
        seq: z.number().int().min(1),
        answersHash: z.string().regex(/^[0-9a-f]{12}$/u, 'expected 12 hexadecimal digits'),
        rulesVersion: text(40),
        asOf: isoDay,
        result: resultSummary,
        signed: z.boolean(),
      })
      .strict()
      .nullable(),
  })
  .strict();

const signoffSchema = z
  .object({
    name: text(200).min(1, 'a sign-off needs the reviewer’s name'),
    role: text(200),
    date: isoDay,
    note: text(4000),
    signedAt: timestamp,
  })
  .strict();

const versionSchema = z
  .object({
    kind: z.literal('version'),
    format,
    id,
    assessmentId: id,
    seq: z.number().int().min(1),
    createdAt: timestamp,
    answers: versionAnswers,
    provenance: provenanceMap,
    rulesVersion: text(40),
    asOf: isoDay,
    answersHash: z.string().regex(/^[0-9a-f]{12}$/u, 'expected 12 hexadecimal digits'),
    result: resultSummary,
    signoff: signoffSchema.nullable(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (answersHash(v.answers) !== v.answersHash)
      ctx.addIssue({
        code: 'custom',
        path: ['answersHash'],
        message: `the answers hash ${v.answersHash} does not match the answers (their hash is ${answersHash(v.answers)}): the version was changed after it was recorded`,
      });
  });

const taskSchema = z
  .object({
    kind: z.literal('task'),
    format,
    id: id,
    assessmentId: id,
    obligationId: z.enum(OBLIGATION_IDS),
    itemKey: text(200).min(1).nullable(),
    status: z.enum(['not-started', 'in-progress', 'done', 'not-needed']),
    reason: text(4000),
    owner: text(200),
    due: isoDay.nullable(),
    evidence: text(4000),
    updatedAt: timestamp,
    rev,
  })
  .strict()
  .superRefine((t, ctx) => {
    const expected = `${t.assessmentId}/${t.obligationId}${t.itemKey === null ? '' : `/${t.itemKey}`}`;
    if (t.id !== expected)
      ctx.addIssue({ code: 'custom', path: ['id'], message: `a task's id must be "${expected}"` });
  });

const recordSchema = z.unknown().transform((value, ctx): WorkspaceRecord => {
  const kind = isObject(value) ? value.kind : undefined;
  const schema =
    kind === 'assessment'
      ? assessmentSchema
      : kind === 'version'
        ? versionSchema
        : kind === 'task'
          ? taskSchema
          : null;
  if (!schema) {
    ctx.addIssue({
      code: 'custom',
      path: ['kind'],
      message: 'expected "kind" to be "assessment", "version" or "task"',
    });
    return z.NEVER;
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data as WorkspaceRecord;
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue } as never);
  return z.NEVER;
});

export const workspaceFileSchema = z
  .object({
    format: z.literal(WORKSPACE_FILE_FORMAT),
    version: z.literal(WORKSPACE_FILE_VERSION),
    exportedAt: timestamp,
    rulesVersion: text(40),
    // Any well-formed tag: a language a later app adds must not make this one refuse the records.
    lang: z
      .string()
      .max(35)
      .regex(/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/iu, 'expected a language tag such as "de"')
      .optional(),
    records: z.array(recordSchema),
  })
  .strict();

// ── The file's language ──────────────────────────────────────────────────────────────────────────────────

/** The file's language if this app has it ("de", "de-AT" → de), else null (no field, or a language it lacks). */
export function fileLanguage(file: Pick<WorkspaceFile, 'lang'>): Lang | null {
  const base = file.lang?.toLowerCase().split('-')[0];
  return isLang(base) ? base : null;
}

/**
 * Issue #11 keeps the language "in the workspace" (ADR 0101): importing a file makes its language this
 * browser's preference, unless the browser keeps one already (`stored`, what src/i18n/lang-context.ts keeps
 * under LANG_KEY: the reader's switch, or an earlier import), which an import never overrides. Null: no change.
 */
export function languageToRestore(file: Pick<WorkspaceFile, 'lang'>, stored: string | null): Lang | null {
  return isLang(stored) ? null : fileLanguage(file);
}

// ── Reading a file ───────────────────────────────────────────────────────────────────────────────────────

export interface FileProblem {
  /** Where: "line 3, column 5", "records[4] (version 2 of “Atlas”) answers.role", "format". */
  where: string;
  /** In English where the English words are loaded; `text`, where there is one, for the reader's language. */
  message: string;
  text?: Text;
}

export type ReadWorkspaceFileResult =
  | { ok: true; file: WorkspaceFile }
  /** `summary` in English; `summaryText` the same summary for the reader's language. */
  | { ok: false; summary: string; summaryText?: Text; problems: FileProblem[] };

/** The problems listed at most; the summary gives the count. */
export const MAX_FILE_PROBLEMS = 50;

export function readWorkspaceFile(text: string): ReadWorkspaceFileResult {
  if (text.length > MAX_WORKSPACE_FILE_BYTES) return refuse(TOO_LARGE_TEXT);
  const body = text.replace(/^\uFEFF/u, '');
  if (body.trim() === '') return refuse({ msg: 'app.fileEmpty' });
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const at = locateJsonError(body);
    return refuse({ msg: 'app.fileNotJson' }, [
      at
        ? { where: `line ${at.line}, column ${at.column}`, message: at.reason }
        : { where: 'the file', message: (error as Error).message },
    ]);
  }
  let duplicate: ReturnType<typeof findDuplicateKey> = null;
  try {
    duplicate = findDuplicateKey(body);
  } catch {
    return refuse({ msg: 'app.fileTooDeep' });
  }
  if (duplicate)
    return refuse({ msg: 'app.fileDuplicateKey' }, [
      {
        where: `line ${duplicate.line}, column ${duplicate.column}`,
        message: `the key "${duplicate.key}" appears twice${duplicate.path ? ` in ${duplicate.path}` : ''}; keep one of them.`,
      },
    ]);

  const envelope = checkEnvelope(data);
  if (envelope) return envelope;

  const parsed = workspaceFileSchema.safeParse(data);
  if (!parsed.success) {
    const records = (data as { records?: unknown }).records;
    const problems = parsed.error.issues.map((issue): FileProblem => {
      const text = issue.code === 'custom' ? (issue.params as { text?: Text } | undefined)?.text : undefined;
      return {
        where: describePath(issue.path as (string | number)[], records),
        message: issue.message,
        ...(text ? { text } : {}),
      };
    });
    return refuse(
      { msg: 'app.fileInvalidValues', params: { n: problems.length } },
      problems.slice(0, MAX_FILE_PROBLEMS),
    );
  }
  const file = parsed.data as WorkspaceFile;
  const consistency = checkConsistency(file.records);
  if (consistency.length)
    return refuse({ msg: 'app.fileInconsistent' }, consistency.slice(0, MAX_FILE_PROBLEMS));
  return { ok: true, file };
}

function refuse(summaryText: Text, problems: FileProblem[] = []): ReadWorkspaceFileResult {
  return { ok: false, summary: englishOrId(summaryText), summaryText, problems };
}

/** What the file is comes first: a wrong format or version makes every other message meaningless. */
function checkEnvelope(data: unknown): ReadWorkspaceFileResult | null {
  if (!isObject(data) || data.format !== WORKSPACE_FILE_FORMAT) {
    const answersLike = isObject(data) && 'schemaVersion' in data && 'role' in data;
    return refuse(
      answersLike
        ? { msg: 'app.fileIsAnswersFile' }
        : { msg: 'app.fileNotWorkspace', params: { format: WORKSPACE_FILE_FORMAT } },
    );
  }
  if (data.version !== WORKSPACE_FILE_VERSION)
    return refuse(
      typeof data.version === 'number' && data.version > WORKSPACE_FILE_VERSION
        ? {
            msg: 'app.fileNewerVersion',
            params: { version: String(data.version), reads: String(WORKSPACE_FILE_VERSION) },
          }
        : {
            msg: 'app.fileWrongVersion',
            params: { reads: String(WORKSPACE_FILE_VERSION), given: String(JSON.stringify(data.version)) },
          },
    );
  if (!Array.isArray(data.records)) return refuse({ msg: 'app.fileNoRecords' });
  return null;
}

function checkConsistency(records: readonly WorkspaceRecord[]): FileProblem[] {
  const problems: FileProblem[] = [];
  const seen = new Map<string, number>();
  const assessments = new Set(records.filter((r) => r.kind === 'assessment').map((r) => r.id));
  const seqs = new Map<string, number>();
  records.forEach((r, i) => {
    const where = describeRecord(i, r, records);
    const key = `${r.kind}:${r.id}`;
    const first = seen.get(key);
    if (first !== undefined)
      problems.push({
        where,
        message: `the same ${r.kind} id as records[${first}]; each record appears once`,
      });
    else seen.set(key, i);
    if (r.kind !== 'assessment' && !assessments.has(r.assessmentId))
      problems.push({
        where,
        message: `belongs to assessment ${r.assessmentId}, which is not in the file`,
      });
    if (r.kind === 'version') {
      const seqKey = `${r.assessmentId}#${r.seq}`;
      const other = seqs.get(seqKey);
      if (other !== undefined)
        problems.push({ where, message: `records[${other}] is version ${r.seq} of the same assessment too` });
      else seqs.set(seqKey, i);
    }
  });
  return problems;
}

// ── The import plan ──────────────────────────────────────────────────────────────────────────────────────

export type RecordKey = `${WorkspaceRecord['kind']}:${string}`;
export const recordKey = (r: Pick<WorkspaceRecord, 'kind' | 'id'>): RecordKey => `${r.kind}:${r.id}`;

export interface Conflict {
  key: RecordKey;
  mine: WorkspaceRecord;
  theirs: WorkspaceRecord;
  /** Which side was written later (updatedAt; a version's sign-off), or 'same' when it cannot be told. */
  newer: 'mine' | 'theirs' | 'same';
  /**
   * Set when the choice is not the user's, and the workspace's record is kept as it is: a signed version
   * is never replaced by a different one with the same id (issue #9 "Sign-off"), and a version's content
   * never changes once recorded — only a sign-off made elsewhere can be taken for an unsigned version.
   */
  locked: boolean;
  lockReason: 'signed' | 'immutable' | null;
}

export interface Renumbered {
  version: VersionRecord;
  from: number;
  to: number;
}

export interface ImportPlan {
  add: WorkspaceRecord[];
  conflicts: Conflict[];
  unchanged: WorkspaceRecord[];
  /** Records in this workspace that are not in the file: an import leaves them as they are. */
  untouched: number;
  /**
   * Versions added to an assessment that already has a version with the same number (both sides recorded
   * one since they parted): the file's version is numbered after the workspace's, its content unchanged.
   */
  renumbered: Renumbered[];
}

export type Choice = 'mine' | 'theirs';

/** Same content, whatever the key order. */
function sameContent(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function newerOf(mine: WorkspaceRecord, theirs: WorkspaceRecord): Conflict['newer'] {
  const when = (r: WorkspaceRecord) =>
    r.kind === 'version' ? (r.signoff?.signedAt ?? r.createdAt) : r.updatedAt;
  const a = Date.parse(when(mine));
  const b = Date.parse(when(theirs));
  return a > b ? 'mine' : b > a ? 'theirs' : 'same';
}

function versionLock(mine: WorkspaceRecord, theirs: WorkspaceRecord): Conflict['lockReason'] {
  if (mine.kind !== 'version' || theirs.kind !== 'version') return null;
  if (mine.signoff !== null) return 'signed';
  return sameContent({ ...mine, signoff: null }, { ...theirs, signoff: null }) ? null : 'immutable';
}

export function planImport(
  existing: readonly WorkspaceRecord[],
  incoming: readonly WorkspaceRecord[],
): ImportPlan {
  const mineByKey = new Map(existing.map((r) => [recordKey(r), r]));
  const plan: ImportPlan = { add: [], conflicts: [], unchanged: [], untouched: 0, renumbered: [] };
  const inFile = new Set<RecordKey>();
  for (const theirs of incoming) {
    const key = recordKey(theirs);
    inFile.add(key);
    const mine = mineByKey.get(key);
    if (!mine) plan.add.push(theirs);
    else if (sameContent(mine, theirs)) plan.unchanged.push(theirs);
    else {
      const lockReason = versionLock(mine, theirs);
      plan.conflicts.push({
        key,
        mine,
        theirs,
        newer: newerOf(mine, theirs),
        locked: lockReason !== null,
        lockReason,
      });
    }
  }
  plan.untouched = existing.filter((r) => !inFile.has(recordKey(r))).length;
  plan.add = renumberAdded(existing, incoming, plan.add, plan.renumbered);
  return plan;
}

/** Added versions whose number is taken in this workspace get the next free numbers, in the file's order. */
function renumberAdded(
  existing: readonly WorkspaceRecord[],
  incoming: readonly WorkspaceRecord[],
  add: WorkspaceRecord[],
  renumbered: Renumbered[],
): WorkspaceRecord[] {
  const taken = new Map<string, Set<number>>();
  const mark = (assessmentId: string, seq: number) => {
    const s = taken.get(assessmentId) ?? new Set<number>();
    s.add(seq);
    taken.set(assessmentId, s);
  };
  for (const r of existing) if (r.kind === 'version') mark(r.assessmentId, r.seq);
  const addedIds = new Set(add.map((r) => r.id));
  // The file's versions that are not added keep their numbers; those numbers stay taken.
  for (const r of incoming) if (r.kind === 'version' && !addedIds.has(r.id)) mark(r.assessmentId, r.seq);
  const moves = new Map<string, number>();
  const versions = add.filter((r): r is VersionRecord => r.kind === 'version').sort((a, b) => a.seq - b.seq);
  for (const v of versions) {
    const used = taken.get(v.assessmentId) ?? new Set<number>();
    if (!used.has(v.seq)) {
      mark(v.assessmentId, v.seq);
      continue;
    }
    const next =
      Math.max(...used, ...versions.filter((o) => o.assessmentId === v.assessmentId).map((o) => o.seq)) + 1;
    mark(v.assessmentId, next);
    moves.set(v.id, next);
    renumbered.push({ version: v, from: v.seq, to: next });
  }
  if (moves.size === 0) return add;
  return add.map((r) => {
    if (r.kind === 'version' && moves.has(r.id)) return { ...r, seq: moves.get(r.id) as number };
    if (r.kind === 'assessment' && r.latest && moves.has(r.latest.versionId))
      return { ...r, latest: { ...r.latest, seq: moves.get(r.latest.versionId) as number } };
    return r;
  });
}

/** A conflict the user must decide (a locked one is decided: the workspace's signed version stays). */
export const needsChoice = (c: Conflict): boolean => !c.locked;

export type ResolveResult = { ok: true; records: WorkspaceRecord[] } | { ok: false; undecided: Conflict[] };

/**
 * The records to write once the user has chosen: everything added, and the file's side of each conflict
 * they chose it for. An assessment or task taken from the file gets a revision above both sides', so a tab
 * still holding the old revision is told of a conflict instead of writing over the import.
 */
export function resolveImport(plan: ImportPlan, choices: ReadonlyMap<RecordKey, Choice>): ResolveResult {
  const undecided = plan.conflicts.filter((c) => needsChoice(c) && !choices.has(c.key));
  if (undecided.length) return { ok: false, undecided };
  const taken = plan.conflicts
    .filter((c) => !c.locked && choices.get(c.key) === 'theirs')
    .map(({ mine, theirs }): WorkspaceRecord => {
      if (theirs.kind === 'version') return theirs;
      const above = Math.max((mine as AssessmentRecord | TaskRecord).rev, theirs.rev) + 1;
      return { ...theirs, rev: above } as WorkspaceRecord;
    });
  return { ok: true, records: [...plan.add, ...taken] };
}

// ── Words for places in the file ─────────────────────────────────────────────────────────────────────────

function describeRecord(index: number, record: unknown, records: unknown): string {
  const r = isObject(record) ? record : {};
  const nameOf = (assessmentId: unknown) => {
    if (!Array.isArray(records)) return null;
    const a = records.find((x) => isObject(x) && x.kind === 'assessment' && x.id === assessmentId);
    return isObject(a) && typeof a.name === 'string' && a.name ? a.name : null;
  };
  let what = '';
  if (r.kind === 'assessment' && typeof r.name === 'string') what = ` (assessment “${r.name}”)`;
  else if (r.kind === 'version') {
    const name = nameOf(r.assessmentId);
    what = ` (version ${typeof r.seq === 'number' ? r.seq : '?'}${name ? ` of “${name}”` : ''})`;
  } else if (r.kind === 'task') {
    const name = nameOf(r.assessmentId);
    what = ` (task${typeof r.obligationId === 'string' ? ` ${r.obligationId}` : ''}${name ? ` of “${name}”` : ''})`;
  }
  return `records[${index}]${what}`;
}

function describePath(path: readonly (string | number)[], records: unknown): string {
  if (path[0] !== 'records' || typeof path[1] !== 'number') return formatSegments(path) || 'the file';
  const record = Array.isArray(records) ? records[path[1]] : undefined;
  const rest = formatSegments(path.slice(2));
  return `${describeRecord(path[1], record, records)}${rest ? ` ${rest}` : ''}`;
}

function formatSegments(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : `${out ? '.' : ''}${seg}`;
  return out;
}

/** "placing.channels[1]" → ['placing', 'channels', 1] (parseAnswers names fields by dotted path). */
function pathSegments(dotted: string): (string | number)[] {
  if (dotted === '') return [];
  const out: (string | number)[] = [];
  for (const m of dotted.matchAll(/([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/gu)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(JSON.parse(`"${m[3]}"`) as string);
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
