/**
 * The obligation tracker's tasks (issue #9, ADR 0095), pure: which tasks a report asks for, how the stored
 * task records lay over them, and the order of the dashboard. No IndexedDB, no React, no clock: "today" is a
 * parameter.
 *
 * A task is an obligation that applies (exempted and not-applicable obligations are not work), or one of its
 * "what to produce" items. Its id is stable across re-evaluation: the obligation id, and for an item a key
 * derived from its text (a readable slug and a hash of it), so that a status survives a new version or a new
 * as-of date. A stored task whose key the report no longer has is kept and shown as "no longer in the result",
 * never dropped.
 */
import type { Answers } from '../../engine/answers';
import type { IsoDate, Obligation, ObligationId, Report } from '../../engine/report';
import { sha256, toHex } from '../../share/sha256';
import { encodeWtf8 } from '../../share/wtf8';
import { completeAnswers, DRAFT_VERSION } from '../draft/storage';
import type { AssessmentRecord, RecordId, TaskRecord, TaskStatus, Timestamp, VersionRecord } from './types';

/** What the report asks for, before anyone has touched it. */
export interface TaskSkeleton {
  id: string;
  assessmentId: RecordId;
  obligationId: ObligationId;
  itemKey: string | null;
  /** "Art. 53(1)(a)". */
  article: string;
  /** The obligation's title, or the item's text. */
  title: string;
  /** The engine's date: dueBy ?? appliesFrom; null when it depends on an unknown answer. */
  engineDue: IsoDate | null;
  /** "done" when the answers say the act was done (the Art. 52(1) notification); else "not-started". */
  defaultStatus: TaskStatus;
}

/** A task as the tracker shows it: the skeleton with what the team recorded laid over it. */
export interface TrackedTask extends TaskSkeleton {
  status: TaskStatus;
  reason: string;
  owner: string;
  /** The date that applies: the user's, else the engine's. */
  due: IsoDate | null;
  /** Who set `due`: null when there is no date at all. */
  dueSource: 'engine' | 'user' | null;
  evidence: string;
  updatedAt: Timestamp | null;
  /** The stored record's revision, null when nothing was stored yet (putTask's expectedRev). */
  rev: number | null;
  /** False for a stored task whose obligation or item the current result no longer has. */
  inResult: boolean;
}

export const TASK_STATUSES: readonly TaskStatus[] = ['not-started', 'in-progress', 'done', 'not-needed'];

export const TASK_STATUS_WORDS: Record<TaskStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  'not-needed': 'Not needed',
};

const SLUG_LENGTH = 48;

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A "what to produce" item's key: its slug cut to 48 characters, then 8 hex digits of SHA-256 over the whole
 * slug. Case, punctuation and accents do not change it (a comma added to the engine's wording keeps the
 * status); any change of words does, and the old task is then shown as no longer in the result.
 */
export function itemKey(text: string): string {
  const s = slug(text);
  const hash = toHex(sha256(encodeWtf8(s))).slice(0, 8);
  return `${s.slice(0, SLUG_LENGTH).replace(/-+$/, '')}-${hash}`;
}

export function taskId(assessmentId: RecordId, obligationId: ObligationId, key: string | null): string {
  return key === null ? `${assessmentId}/${obligationId}` : `${assessmentId}/${obligationId}/${key}`;
}

const isTask = (o: Obligation) => !o.exempted && o.status !== 'exempted';

/** The tasks a report asks for: each obligation that applies, followed by its "what to produce" items. */
export function tasksFor(assessmentId: RecordId, report: Report): TaskSkeleton[] {
  const out: TaskSkeleton[] = [];
  for (const o of report.obligations.filter(isTask)) {
    const base = {
      assessmentId,
      obligationId: o.id,
      article: o.article,
      engineDue: o.dueBy ?? o.appliesFrom,
      defaultStatus: (o.status === 'done' ? 'done' : 'not-started') as TaskStatus,
    };
    out.push({ ...base, id: taskId(assessmentId, o.id, null), itemKey: null, title: o.title });
    const seen = new Set<string>();
    for (const text of o.produce) {
      const key = itemKey(text);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...base, id: taskId(assessmentId, o.id, key), itemKey: key, title: text });
    }
  }
  return out;
}

/**
 * The answers the tracker follows: the latest version's (a completed, recorded evaluation), or, before the
 * first version, the draft once it is complete. Null when there is neither: nothing to track yet.
 */
export function trackedAnswers(
  assessment: Pick<AssessmentRecord, 'draft' | 'latest'>,
  latestVersion: Pick<VersionRecord, 'id' | 'answers'> | null,
): { answers: Answers; source: 'version' | 'draft' } | null {
  if (assessment.latest && latestVersion && latestVersion.id === assessment.latest.versionId)
    return { answers: latestVersion.answers, source: 'version' };
  const complete = completeAnswers({ version: DRAFT_VERSION, answers: assessment.draft, updatedAt: '' });
  return complete.ok ? { answers: complete.answers, source: 'draft' } : null;
}

/** The words of an item key's slug, for a task whose item the result no longer has. */
export function itemKeyWords(key: string): string {
  const words = key.replace(/-[0-9a-f]{8}$/, '').replace(/-/g, ' ');
  return words ? `${words.charAt(0).toUpperCase()}${words.slice(1)}` : key;
}

function fromRecord(skeleton: TaskSkeleton, r: TaskRecord | undefined, inResult: boolean): TrackedTask {
  const due = r?.due ?? skeleton.engineDue;
  return {
    ...skeleton,
    status: r?.status ?? skeleton.defaultStatus,
    reason: r?.reason ?? '',
    owner: r?.owner ?? '',
    due,
    dueSource: r?.due ? 'user' : due ? 'engine' : null,
    evidence: r?.evidence ?? '',
    updatedAt: r?.updatedAt ?? null,
    rev: r?.rev ?? null,
    inResult,
  };
}

/**
 * The skeletons with the stored records laid over them, in the report's order; records of this assessment
 * that match no skeleton follow, marked as no longer in the result. `report` names those of obligations it
 * still lists (exempted or not applicable); an item's words come from its key.
 */
export function mergeTasks(
  skeletons: readonly TaskSkeleton[],
  records: readonly TaskRecord[],
  report?: Report | null,
): TrackedTask[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const merged = skeletons.map((s) => fromRecord(s, byId.get(s.id), true));
  const known = new Set(skeletons.map((s) => s.id));
  const assessmentIds = new Set(skeletons.map((s) => s.assessmentId));
  const names = new Map<string, { article: string; title: string }>();
  for (const o of [...(report?.obligations ?? []), ...(report?.notApplicable ?? [])])
    names.set(o.id, { article: o.article, title: o.title });
  const orphans = records
    .filter((r) => !known.has(r.id) && (assessmentIds.size === 0 || assessmentIds.has(r.assessmentId)))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => {
      const name = names.get(r.obligationId);
      const skeleton: TaskSkeleton = {
        id: r.id,
        assessmentId: r.assessmentId,
        obligationId: r.obligationId,
        itemKey: r.itemKey,
        article: name?.article ?? r.obligationId,
        title: r.itemKey ? itemKeyWords(r.itemKey) : (name?.title ?? r.obligationId),
        engineDue: null,
        defaultStatus: 'not-started',
      };
      return fromRecord(skeleton, r, false);
    });
  return [...merged, ...orphans];
}

/** Open work: neither done nor not needed. */
export const isOpen = (t: Pick<TrackedTask, 'status'>) =>
  t.status === 'not-started' || t.status === 'in-progress';

/** Overdue: open, with a date before today (a task due today is not overdue yet). */
export function isOverdue(t: Pick<TrackedTask, 'status' | 'due'>, today: IsoDate): boolean {
  return isOpen(t) && t.due !== null && t.due < today;
}

/** The dashboard's order: overdue first, then by due date, unknown dates last; ties by model, then id. */
export function compareForDashboard<T extends TrackedTask & { modelName: string }>(today: IsoDate) {
  const rank = (t: T) => (isOverdue(t, today) ? 0 : t.due !== null ? 1 : 2);
  return (a: T, b: T): number =>
    rank(a) - rank(b) ||
    (a.due ?? '').localeCompare(b.due ?? '') ||
    a.modelName.localeCompare(b.modelName) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
