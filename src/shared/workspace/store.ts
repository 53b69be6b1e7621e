/**
 * The workspace store (issue #9 "Storage", ADR 0090): assessments, their immutable versions and the tracker's
 * tasks in the browser's IndexedDB, through `idb`. Loaded lazily by the screens that use it — never by the
 * first load.
 *
 * Every write runs in one transaction and resolves only once the transaction committed (`tx.done`): no caller
 * is ever told "saved" for a write the browser dropped. Failures are WorkspaceError with a user-readable
 * message. Writers of assessments and tasks pass the revision they read; a different stored revision is a
 * conflict, reported with the record as it now is. Each committed change is announced to this tab's
 * listeners and, over a BroadcastChannel, to the other tabs; the localStorage hint (./hint.ts) follows it.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { Migration } from '../../engine/migrate';
import type { MessageId, Text } from '../../engine/text';
import { failureText, WorkspaceError } from './errors';
import { hintFromAssessments, readWorkspaceHint, type WorkspaceHint, writeWorkspaceHint } from './hint';
import { CHANNEL_NAME, DB_NAME, DB_VERSION, LEGACY_DRAFT_META_KEY, STORES } from './schema';
import {
  type AssessmentRecord,
  RECORD_FORMAT,
  type RecordId,
  type Signoff,
  type TaskRecord,
  type VersionRecord,
  type WorkspaceChange,
  type WorkspaceRecord,
} from './types';

export { isWorkspaceError, WorkspaceError } from './errors';

interface LegacyDraftMark {
  /** SHA-256 of the migrated draft's stored text: the same draft is never migrated twice. */
  fingerprint: string;
  assessmentId: RecordId;
  migratedAt: string;
}

interface WorkspaceDb extends DBSchema {
  assessments: { key: string; value: AssessmentRecord };
  versions: { key: string; value: VersionRecord; indexes: { byAssessment: string } };
  tasks: { key: string; value: TaskRecord; indexes: { byAssessment: string } };
  meta: { key: string; value: LegacyDraftMark };
}

type Db = IDBPDatabase<WorkspaceDb>;
type Store = StoreNames<WorkspaceDb>;
type WriteTx<S extends Store[]> = IDBPTransaction<WorkspaceDb, S, 'readwrite'>;

export const UNTITLED_MODEL = 'Untitled model';

/**
 * A random (version 4) UUID. crypto.randomUUID exists only in secure contexts; served over plain http from a
 * LAN address the app still works, so the same id is built from getRandomValues there.
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------------------
// Opening

let dbPromise: Promise<Db> | null = null;

function openWorkspaceDb(): Promise<Db> {
  const factory = (() => {
    try {
      return globalThis.indexedDB;
    } catch {
      // Sandboxed frames and some privacy settings throw on the mere access.
      return undefined;
    }
  })();
  if (!factory)
    return Promise.reject(new WorkspaceError('unavailable', failureText('unavailable', what('app.whatIt'))));
  return openDB<WorkspaceDb>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      for (const spec of STORES) {
        if (db.objectStoreNames.contains(spec.name)) continue;
        const store = db.createObjectStore(spec.name, spec.keyPath === null ? {} : { keyPath: spec.keyPath });
        for (const index of spec.indexes) {
          // The two indexed stores share the index name; idb's types cannot follow the loop.
          (store as unknown as IDBObjectStore).createIndex(index.name, index.keyPath);
        }
      }
    },
    blocking() {
      // A newer build in another tab wants to upgrade: step aside, the next call reopens. The channel stays
      // open, so this tab's listeners keep hearing the others.
      void closeDb();
    },
    terminated() {
      dbPromise = null;
    },
  });
}

function db(what: What): Promise<Db> {
  if (!dbPromise) {
    let opening: Promise<Db>;
    try {
      opening = openWorkspaceDb();
    } catch (e) {
      // indexedDB.open itself throws in some private modes and sandboxed frames.
      opening = Promise.reject(e);
    }
    dbPromise = opening;
    // A failed open is not cached: the next call tries again (storage may have been re-enabled).
    opening.catch(() => {
      if (dbPromise === opening) dbPromise = null;
    });
  }
  return dbPromise.catch((e: unknown) => {
    throw toWorkspaceError(e, what, 'unavailable');
  });
}

async function closeDb(): Promise<void> {
  const pending = dbPromise;
  dbPromise = null;
  if (pending) {
    try {
      (await pending).close();
    } catch {
      // It never opened: nothing to close.
    }
  }
}

/** Closes the connection and the channel (tests; a page that is done with the workspace). The next call reopens. */
export async function closeWorkspace(): Promise<void> {
  channel?.close();
  channel = null;
  await closeDb();
}

// ---------------------------------------------------------------------------------------------------------
// Failures

function errorName(e: unknown): string {
  return e && typeof e === 'object' && 'name' in e && typeof e.name === 'string' ? e.name : '';
}

function toWorkspaceError(
  e: unknown,
  what: What,
  fallback: 'unavailable' | 'write-failed' = 'write-failed',
): WorkspaceError {
  if (e instanceof WorkspaceError) {
    // Re-word an 'unavailable' raised before anyone knew what was being saved.
    return e.kind === 'unavailable'
      ? new WorkspaceError('unavailable', failureText('unavailable', what), { cause: e.cause ?? e })
      : e;
  }
  if (errorName(e) === 'VersionError') {
    return new WorkspaceError(
      'unavailable',
      { msg: 'app.workspaceNewerVersion', params: { what } },
      { cause: e },
    );
  }
  if (errorName(e) === 'QuotaExceededError') {
    return new WorkspaceError('quota', failureText('quota', what), { cause: e });
  }
  // Opening fails with 'unavailable' (private windows, disabled storage, a database of a newer build); a
  // write that fails once the database is open is 'write-failed', which a retry may cure.
  return new WorkspaceError(fallback, failureText(fallback, what), { cause: e });
}

function conflict(what: What, current: AssessmentRecord | TaskRecord): WorkspaceError {
  return new WorkspaceError('conflict', failureText('conflict', what), { current });
}

function notFound(what: What): WorkspaceError {
  return new WorkspaceError('not-found', failureText('not-found', what));
}

/** What a failed write names: "the task", "your changes to “Model A”" (a Text, worded in the reader's language). */
type What = Text;

function what(msg: MessageId, params?: Record<string, string>): What {
  return params === undefined ? { msg } : { msg, params };
}

function named(name: string): What {
  return what('app.whatChangesTo', { name });
}

// ---------------------------------------------------------------------------------------------------------
// Transactions

async function read<T>(what: What, fn: (db: Db) => Promise<T>): Promise<T> {
  const conn = await db(what);
  try {
    return await fn(conn);
  } catch (e) {
    throw toWorkspaceError(e, what, 'unavailable');
  }
}

/**
 * Runs `fn` in one readwrite transaction and resolves only when it committed. Any error — a request that
 * failed, a put that threw, a conflict found by `fn` — aborts the whole transaction: nothing half-written.
 */
async function write<S extends Store[], T>(
  stores: S,
  what: What | (() => What),
  fn: (tx: WriteTx<S>) => Promise<T>,
): Promise<T> {
  const label = () => (typeof what === 'function' ? what() : what);
  const conn = await db(label());
  let tx: WriteTx<S> | null = null;
  try {
    tx = conn.transaction(stores, 'readwrite');
    // Awaited below; without this an abort would also surface as an unhandled rejection.
    tx.done.catch(() => {});
    const result = await fn(tx);
    await tx.done;
    return result;
  } catch (e) {
    try {
      tx?.abort();
    } catch {
      // Already finished or aborted.
    }
    throw toWorkspaceError(e, label());
  }
}

function isoNow(now: Date | undefined): string {
  return (now ?? new Date()).toISOString();
}

// ---------------------------------------------------------------------------------------------------------
// Change notices

type Listener = (change: WorkspaceChange) => void;
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null = null;

function ensureChannel(): BroadcastChannel | null {
  if (channel) return channel;
  if (typeof BroadcastChannel !== 'function') return null;
  try {
    channel = new BroadcastChannel(CHANNEL_NAME);
  } catch {
    return null;
  }
  // Node's channel keeps the process alive; browsers have no unref.
  (channel as unknown as { unref?: () => void }).unref?.();
  channel.onmessage = (event: MessageEvent) => {
    if (isChange(event.data)) notifyLocal(event.data);
  };
  return channel;
}

function isChange(data: unknown): data is WorkspaceChange {
  if (!data || typeof data !== 'object') return false;
  const kind = (data as { kind?: unknown }).kind;
  return kind === 'assessment' || kind === 'version' || kind === 'task' || kind === 'all';
}

function notifyLocal(change: WorkspaceChange): void {
  for (const listener of [...listeners]) {
    try {
      listener(change);
    } catch (e) {
      // One broken listener must not keep the others from hearing.
      queueMicrotask(() => {
        throw e;
      });
    }
  }
}

function announce(...changes: WorkspaceChange[]): void {
  const ch = ensureChannel();
  for (const change of changes) {
    notifyLocal(change);
    try {
      ch?.postMessage(change);
    } catch {
      // A closed channel: this tab still heard it.
    }
  }
}

/** Hears every committed change, from this tab and from the others. Returns the unsubscribe function. */
export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  ensureChannel();
  return () => {
    listeners.delete(listener);
  };
}

// ---------------------------------------------------------------------------------------------------------
// The start page's hint

/** The hint after this transaction's changes; `last` is the assessment just written, or null after a removal. */
async function computeHint(
  tx: WriteTx<Store[]>,
  last: AssessmentRecord | null,
  now: string,
): Promise<WorkspaceHint> {
  const assessments = tx.objectStore('assessments');
  const count = await assessments.count();
  if (last) return { count, lastId: last.id, lastName: last.name, updatedAt: now };
  const previous = readWorkspaceHint();
  const still = previous?.lastId ? await assessments.get(previous.lastId) : undefined;
  if (still) return { count, lastId: still.id, lastName: still.name, updatedAt: now };
  // The last one is gone (deleted, cleared): point at the most recently changed one left.
  return hintFromAssessments(count > 0 ? await assessments.getAll() : [], now);
}

/**
 * write() for changes to assessments: `fn` also says which assessment it wrote (null: it removed some), and
 * the start page's hint is computed in the same transaction and stored only once that committed.
 */
async function writeHinted<S extends Store[], T>(
  stores: S,
  what: What | (() => What),
  at: string,
  fn: (tx: WriteTx<S>) => Promise<{ value: T; last?: AssessmentRecord | null }>,
): Promise<T> {
  let hint: WorkspaceHint | null = null;
  const value = await write(stores, what, async (tx) => {
    const { value, last } = await fn(tx);
    if (last !== undefined) hint = await computeHint(tx as unknown as WriteTx<Store[]>, last, at);
    return value;
  });
  if (hint) writeWorkspaceHint(hint);
  return value;
}

// ---------------------------------------------------------------------------------------------------------
// Assessments

export function listAssessments(): Promise<AssessmentRecord[]> {
  return read(what('app.whatWorkspace'), (d) => d.getAll('assessments'));
}

export async function getAssessment(id: RecordId): Promise<AssessmentRecord | null> {
  return (await read(what('app.whatAssessment'), (d) => d.get('assessments', id))) ?? null;
}

export interface NewAssessment {
  name?: string;
  owner?: string;
  draft?: AssessmentRecord['draft'];
  provenance?: AssessmentRecord['provenance'];
  basedOnVersionId?: RecordId | null;
}

function nameOf(init: NewAssessment): string {
  const given = init.name?.trim();
  if (given) return given;
  const model = typeof init.draft?.modelName === 'string' ? init.draft.modelName.trim() : '';
  return model || UNTITLED_MODEL;
}

function newAssessment(init: NewAssessment, now: string): AssessmentRecord {
  return {
    kind: 'assessment',
    format: RECORD_FORMAT,
    id: newId(),
    name: nameOf(init),
    owner: init.owner ?? '',
    archived: false,
    createdAt: now,
    updatedAt: now,
    rev: 1,
    // Copies: the caller's objects may change after the write (the status cache keys on the stored draft).
    draft: structuredClone(init.draft ?? {}),
    provenance: structuredClone(init.provenance ?? {}),
    basedOnVersionId: init.basedOnVersionId ?? null,
    latest: null,
  };
}

export async function createAssessment(init: NewAssessment = {}, now?: Date): Promise<AssessmentRecord> {
  const at = isoNow(now);
  const record = newAssessment(init, at);
  await writeHinted(['assessments'], what('app.whatNewAssessment'), at, async (tx) => {
    await tx.objectStore('assessments').add(record);
    return { value: undefined, last: record };
  });
  announce({ kind: 'assessment', id: record.id, rev: record.rev });
  return record;
}

export type AssessmentPatch = Partial<
  Pick<AssessmentRecord, 'name' | 'owner' | 'archived' | 'draft' | 'provenance' | 'basedOnVersionId'>
>;

/** Applies `patch` when the stored revision is still `expectedRev`; else throws 'conflict' with the current record. */
export async function updateAssessment(
  id: RecordId,
  expectedRev: number,
  patch: AssessmentPatch,
  now?: Date,
): Promise<AssessmentRecord> {
  const at = isoNow(now);
  let changes = what('app.whatYourChanges');
  const updated = await writeHinted(
    ['assessments'],
    () => changes,
    at,
    async (tx) => {
      const store = tx.objectStore('assessments');
      const current = await store.get(id);
      if (!current) throw notFound(changes);
      changes = named(current.name);
      if (current.rev !== expectedRev) throw conflict(changes, current);
      const next: AssessmentRecord = {
        ...current,
        ...patchOf(patch),
        id: current.id,
        kind: 'assessment',
        format: RECORD_FORMAT,
        updatedAt: at,
        rev: current.rev + 1,
      };
      await store.put(next);
      return { value: next, last: next };
    },
  );
  announce({ kind: 'assessment', id: updated.id, rev: updated.rev });
  return updated;
}

const PATCHABLE = ['name', 'owner', 'archived', 'draft', 'provenance', 'basedOnVersionId'] as const;

/** Only the fields a caller may change, and only those given: id, kind, latest and rev stay the store's. */
function patchOf(patch: AssessmentPatch): AssessmentPatch {
  const out: Record<string, unknown> = {};
  for (const key of PATCHABLE) if (patch[key] !== undefined) out[key] = structuredClone(patch[key]);
  return out as AssessmentPatch;
}

/** A new assessment with the same draft and provenance (a variant to build); no versions, no tasks. */
export async function duplicateAssessment(
  id: RecordId,
  name?: string,
  now?: Date,
): Promise<AssessmentRecord> {
  const at = isoNow(now);
  const copy = await writeHinted(['assessments'], what('app.whatCopy'), at, async (tx) => {
    const store = tx.objectStore('assessments');
    const source = await store.get(id);
    if (!source) throw notFound(what('app.whatCopy'));
    const record = newAssessment(
      {
        name: name?.trim() || `${source.name} (copy)`,
        owner: source.owner,
        draft: source.draft,
        provenance: source.provenance,
      },
      at,
    );
    await store.add(record);
    return { value: record, last: record };
  });
  announce({ kind: 'assessment', id: copy.id, rev: copy.rev });
  return copy;
}

/** What deleteAssessment removed, to hand back to restoreAssessment (undo). */
export interface DeletedAssessment {
  assessment: AssessmentRecord;
  versions: VersionRecord[];
  tasks: TaskRecord[];
}

/** Removes the assessment with its versions and tasks, in one transaction, and returns them for undo. */
export async function deleteAssessment(id: RecordId, now?: Date): Promise<DeletedAssessment> {
  const at = isoNow(now);
  const deleted = await writeHinted(
    ['assessments', 'versions', 'tasks'],
    what('app.whatDeletion'),
    at,
    async (tx) => {
      const assessment = await tx.objectStore('assessments').get(id);
      if (!assessment) throw notFound(what('app.whatDeletion'));
      const versions = await tx.objectStore('versions').index('byAssessment').getAll(id);
      const tasks = await tx.objectStore('tasks').index('byAssessment').getAll(id);
      await Promise.all([
        tx.objectStore('assessments').delete(id),
        ...versions.map((v) => tx.objectStore('versions').delete(v.id)),
        ...tasks.map((t) => tx.objectStore('tasks').delete(t.id)),
      ]);
      return { value: { assessment, versions, tasks }, last: null };
    },
  );
  announce({ kind: 'assessment', id, rev: null });
  return deleted;
}

/** Puts back what deleteAssessment removed, exactly as it was (undo). */
export async function restoreAssessment(deleted: DeletedAssessment, now?: Date): Promise<void> {
  const at = isoNow(now);
  const { assessment, versions, tasks } = deleted;
  await writeHinted(
    ['assessments', 'versions', 'tasks'],
    what('app.whatNamed', { name: assessment.name }),
    at,
    async (tx) => {
      await Promise.all([
        tx.objectStore('assessments').put(assessment),
        ...versions.map((v) => tx.objectStore('versions').put(v)),
        ...tasks.map((t) => tx.objectStore('tasks').put(t)),
      ]);
      return { value: undefined, last: assessment };
    },
  );
  announce({ kind: 'assessment', id: assessment.id, rev: assessment.rev });
}

// ---------------------------------------------------------------------------------------------------------
// Versions

/** The assessment's versions, oldest first. */
export async function listVersions(assessmentId: RecordId): Promise<VersionRecord[]> {
  const versions = await read(what('app.whatVersions'), (d) =>
    d.getAllFromIndex('versions', 'byAssessment', assessmentId),
  );
  return versions.sort((a, b) => a.seq - b.seq);
}

export async function getVersion(id: RecordId): Promise<VersionRecord | null> {
  return (await read(what('app.whatVersion'), (d) => d.get('versions', id))) ?? null;
}

export interface NewVersion {
  answers: VersionRecord['answers'];
  provenance: VersionRecord['provenance'];
  rulesVersion: string;
  asOf: string;
  answersHash: string;
  result: VersionRecord['result'];
}

/**
 * Keeps a completed evaluation as a new version (seq + 1) and makes it the assessment's `latest`. When the
 * latest version has the same answers hash, rules version and as-of date, returns it unchanged: recording the
 * same evaluation twice (a reload of the report) makes no second version.
 */
export async function recordVersion(
  assessmentId: RecordId,
  v: NewVersion,
  now?: Date,
): Promise<VersionRecord> {
  const at = isoNow(now);
  let created: { version: VersionRecord; rev: number } | null = null;
  const version = await writeHinted(
    ['assessments', 'versions'],
    what('app.whatNewVersion'),
    at,
    async (tx) => {
      const assessments = tx.objectStore('assessments');
      const assessment = await assessments.get(assessmentId);
      if (!assessment) throw notFound(what('app.whatNewVersion'));
      const latest = assessment.latest;
      if (
        latest &&
        latest.answersHash === v.answersHash &&
        latest.rulesVersion === v.rulesVersion &&
        latest.asOf === v.asOf
      ) {
        const same = await tx.objectStore('versions').get(latest.versionId);
        if (same) return { value: same };
      }
      const existing = await tx.objectStore('versions').index('byAssessment').getAll(assessmentId);
      const seq = Math.max(0, ...existing.map((e) => e.seq)) + 1;
      const record: VersionRecord = {
        kind: 'version',
        format: RECORD_FORMAT,
        id: newId(),
        assessmentId,
        seq,
        createdAt: at,
        answers: structuredClone(v.answers),
        provenance: structuredClone(v.provenance),
        rulesVersion: v.rulesVersion,
        asOf: v.asOf,
        answersHash: v.answersHash,
        result: structuredClone(v.result),
        signoff: null,
      };
      const next: AssessmentRecord = {
        ...assessment,
        updatedAt: at,
        rev: assessment.rev + 1,
        latest: {
          versionId: record.id,
          seq,
          answersHash: record.answersHash,
          rulesVersion: record.rulesVersion,
          asOf: record.asOf,
          result: record.result,
          signed: false,
        },
      };
      await tx.objectStore('versions').add(record);
      await assessments.put(next);
      created = { version: record, rev: next.rev };
      return { value: record, last: next };
    },
  );
  const made = created as { version: VersionRecord; rev: number } | null;
  if (made) {
    announce(
      { kind: 'version', id: made.version.id, assessmentId },
      { kind: 'assessment', id: assessmentId, rev: made.rev },
    );
  }
  return version;
}

/** Records a reviewer's sign-off on a version, once: a signed version is locked ('locked' on a second try). */
export async function signVersion(
  versionId: RecordId,
  s: Omit<Signoff, 'signedAt'>,
  now?: Date,
): Promise<VersionRecord> {
  const at = isoNow(now);
  const whatSignoff = what('app.whatSignoff');
  let assessmentRev: number | null = null;
  const signed = await writeHinted(['assessments', 'versions'], whatSignoff, at, async (tx) => {
    const version = await tx.objectStore('versions').get(versionId);
    if (!version) throw notFound(whatSignoff);
    if (version.signoff) throw new WorkspaceError('locked', failureText('locked', whatSignoff));
    const next: VersionRecord = {
      ...version,
      signoff: { name: s.name, role: s.role, date: s.date, note: s.note, signedAt: at },
    };
    await tx.objectStore('versions').put(next);
    let last: AssessmentRecord | undefined;
    const assessment = await tx.objectStore('assessments').get(version.assessmentId);
    if (assessment?.latest?.versionId === versionId) {
      const updated: AssessmentRecord = {
        ...assessment,
        updatedAt: at,
        rev: assessment.rev + 1,
        latest: { ...assessment.latest, signed: true },
      };
      await tx.objectStore('assessments').put(updated);
      assessmentRev = updated.rev;
      last = updated;
    }
    return { value: next, last };
  });
  const changes: WorkspaceChange[] = [{ kind: 'version', id: signed.id, assessmentId: signed.assessmentId }];
  if (assessmentRev !== null)
    changes.push({ kind: 'assessment', id: signed.assessmentId, rev: assessmentRev });
  announce(...changes);
  return signed;
}

// ---------------------------------------------------------------------------------------------------------
// Tasks

export async function listTasks(assessmentId?: RecordId): Promise<TaskRecord[]> {
  return read(what('app.whatTasks'), (d) =>
    assessmentId === undefined ? d.getAll('tasks') : d.getAllFromIndex('tasks', 'byAssessment', assessmentId),
  );
}

export type TaskInput = Omit<TaskRecord, 'kind' | 'format' | 'updatedAt' | 'rev'>;

/**
 * Creates (expectedRev null: it must not exist yet) or replaces a task whose stored revision is expectedRev;
 * otherwise 'conflict' with the task as it now is. The assessment must exist.
 */
export async function putTask(task: TaskInput, expectedRev: number | null, now?: Date): Promise<TaskRecord> {
  const at = isoNow(now);
  const whatTask = what('app.whatTask');
  const saved = await write(['assessments', 'tasks'], whatTask, async (tx) => {
    if ((await tx.objectStore('assessments').getKey(task.assessmentId)) === undefined)
      throw notFound(whatTask);
    const store = tx.objectStore('tasks');
    const current = await store.get(task.id);
    if (current ? current.rev !== expectedRev : expectedRev !== null) {
      if (current) throw conflict(whatTask, current);
      throw notFound(whatTask);
    }
    const record: TaskRecord = {
      kind: 'task',
      format: RECORD_FORMAT,
      id: task.id,
      assessmentId: task.assessmentId,
      obligationId: task.obligationId,
      itemKey: task.itemKey,
      status: task.status,
      reason: task.reason,
      owner: task.owner,
      due: task.due,
      evidence: task.evidence,
      updatedAt: at,
      rev: (current?.rev ?? 0) + 1,
    };
    await store.put(record);
    return record;
  });
  announce({ kind: 'task', id: saved.id, assessmentId: saved.assessmentId });
  return saved;
}

// ---------------------------------------------------------------------------------------------------------
// The whole workspace

/** Every record: assessments, then versions, then tasks. */
export async function exportRecords(): Promise<WorkspaceRecord[]> {
  return read(what('app.whatWorkspace'), async (d) => {
    const tx = d.transaction(['assessments', 'versions', 'tasks'], 'readonly');
    const [a, v, t] = await Promise.all([
      tx.objectStore('assessments').getAll(),
      tx.objectStore('versions').getAll(),
      tx.objectStore('tasks').getAll(),
    ]);
    return [...a, ...v, ...t];
  });
}

/** Deep equality of plain JSON-like values, whatever the order of keys. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** A version may be put again unchanged, or gain the sign-off it lacked; anything else would rewrite it. */
function rewritesVersion(stored: VersionRecord, incoming: VersionRecord): boolean {
  if (stored.signoff) return !sameValue(stored, incoming);
  return !sameValue({ ...stored, signoff: null }, { ...incoming, signoff: null });
}

/**
 * Puts the records as given (replacing assessments and tasks with the same id), all in one transaction.
 * Validate them first (./file.ts). Versions are immutable: a record that would change a stored version
 * (other than by adding the sign-off it lacks) fails the whole import with 'locked', nothing written.
 */
export async function importRecords(records: WorkspaceRecord[], now?: Date): Promise<void> {
  const at = isoNow(now);
  await writeHinted(['assessments', 'versions', 'tasks'], what('app.whatImport'), at, async (tx) => {
    const puts: Promise<unknown>[] = [];
    let last: AssessmentRecord | null = null;
    for (const r of records) {
      if (r.kind === 'assessment') {
        puts.push(tx.objectStore('assessments').put(r));
        if (!last || r.updatedAt > last.updatedAt) last = r;
      } else if (r.kind === 'version') {
        const stored = await tx.objectStore('versions').get(r.id);
        if (stored && rewritesVersion(stored, r)) {
          throw new WorkspaceError('locked', {
            msg: 'app.workspaceImportRewritesVersion',
            params: { seq: stored.seq },
          });
        }
        puts.push(tx.objectStore('versions').put(r));
      } else if (r.kind === 'task') puts.push(tx.objectStore('tasks').put(r));
      else throw new Error(`Unknown record kind ${String((r as { kind?: unknown }).kind)}`);
    }
    await Promise.all(puts);
    return { value: undefined, last };
  });
  announce({ kind: 'all' });
}

/** Deletes every assessment, version and task. */
export async function clearWorkspace(now?: Date): Promise<void> {
  const at = isoNow(now);
  await writeHinted(['assessments', 'versions', 'tasks'], what('app.whatClearing'), at, async (tx) => {
    await Promise.all([
      tx.objectStore('assessments').clear(),
      tx.objectStore('versions').clear(),
      tx.objectStore('tasks').clear(),
    ]);
    return { value: undefined, last: null };
  });
  announce({ kind: 'all' });
}

/** Asks the browser not to evict the workspace under storage pressure. */
export async function requestPersistence(): Promise<'granted' | 'denied' | 'unsupported'> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

// ---------------------------------------------------------------------------------------------------------
// The draft of the single-assessment era

export type LegacyDraftMigration =
  | { status: 'none' }
  /**
   * The old draft is now this assessment; the old key is gone. `migration` is set when the draft held answers
   * of schema version 1, migrated on the way (its notes say what changed, for the same notice as before).
   */
  | { status: 'migrated'; assessment: AssessmentRecord; migration: Migration | null }
  /** Another tab (or an earlier load) migrated this very draft; `assessment` is null if since deleted. */
  | { status: 'already-migrated'; assessment: AssessmentRecord | null }
  /** The old draft could not be read; it is left in place and `reason` says why (show it). */
  | { status: 'discarded'; text: Text };

/**
 * Moves the old localStorage draft (`gpai-navigator.draft`; version 1 answers migrated by loadDraft) into the
 * workspace as one assessment, and removes the old key only once that write committed. The draft's
 * fingerprint is marked in the same transaction, so two tabs doing it at once, or a reload, never make two.
 */
export async function migrateLegacyDraftDetailed(now?: Date): Promise<LegacyDraftMigration> {
  // Loaded only when needed: reading the old draft validates it with zod and the answers schema.
  const legacy = await import('./legacy-draft');
  const found = legacy.readLegacyDraft();
  if (found.status !== 'ok') return found;
  const at = isoNow(now);
  const outcome = await writeHinted<['assessments', 'meta'], LegacyDraftMigration>(
    ['assessments', 'meta'],
    what('app.whatLegacyDraft'),
    at,
    async (tx) => {
      const previous = await tx.objectStore('meta').get(LEGACY_DRAFT_META_KEY);
      if (previous?.fingerprint === found.fingerprint) {
        const existing = (await tx.objectStore('assessments').get(previous.assessmentId)) ?? null;
        return { value: { status: 'already-migrated', assessment: existing } };
      }
      // Marked in `meta`, not on the record: the record stays in the shape every reader (and file) knows.
      const record = newAssessment({ draft: found.answers }, at);
      await tx.objectStore('assessments').add(record);
      await tx
        .objectStore('meta')
        .put(
          { fingerprint: found.fingerprint, assessmentId: record.id, migratedAt: at },
          LEGACY_DRAFT_META_KEY,
        );
      return { value: { status: 'migrated', assessment: record, migration: found.migration }, last: record };
    },
  );
  // Only the draft that was migrated goes; one saved meanwhile by an older build's tab stays for next time.
  legacy.removeLegacyDraft(found.raw);
  if (outcome.status === 'migrated') {
    announce({ kind: 'assessment', id: outcome.assessment.id, rev: outcome.assessment.rev });
  }
  return outcome;
}

/** migrateLegacyDraftDetailed, for callers that need only the assessment (null: nothing migrated). */
export async function migrateLegacyDraft(now?: Date): Promise<AssessmentRecord | null> {
  const result = await migrateLegacyDraftDetailed(now);
  return result.status === 'migrated' || result.status === 'already-migrated' ? result.assessment : null;
}
