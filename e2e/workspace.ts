/**
 * Seeding and reading the workspace in e2e journeys (issue #9): put records straight into the page's real
 * IndexedDB instead of walking the wizard, unless the wizard is what the test is about. Records are built in
 * node with the real engine, so a seeded version carries exactly the summary and hash the app would record.
 *
 *   const { answers } = WIZARD_PERSONAS.frontierLab;          // src/engine/questionnaire/personas.fixture.ts
 *   const a = assessmentRecord(answers);
 *   const v = versionRecord(a, answers, '2026-11-25');
 *   await seedWorkspace(page, [withLatest(a, v), v]);         // opens '/' first if the page is blank
 *   await page.goto('/#/workspace');
 *
 * Status (assessmentStatus) compares the draft's relevant complete answers with the latest version: for a
 * "complete" or "signed" assessment seed a draft as the wizard leaves it (WIZARD_PERSONAS, complete on every
 * screen). src/share/test-personas.ts PERSONAS are engine answers that skip some wizard screens: as a draft
 * they stay "draft"; as a version's answers they are fine.
 *
 * The database is created from the same description the store uses (src/shared/workspace/schema.ts), the
 * start page's hint is written as the store would, and other open pages hear a { kind: 'all' } change.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import type { Answers } from '../src/engine/answers';
import { evaluate } from '../src/engine/evaluate';
import type { DraftAnswers } from '../src/engine/questionnaire';
import type { ObligationId } from '../src/engine/report';
import { answersHash } from '../src/share/hash';
import { completeAnswers, DRAFT_VERSION } from '../src/shared/draft/storage';
import { hintFromAssessments, WORKSPACE_HINT_KEY } from '../src/shared/workspace/hint';
import { CHANNEL_NAME, DB_NAME, DB_VERSION, STORES, type StoreSpec } from '../src/shared/workspace/schema';
import { summarizeReport } from '../src/shared/workspace/summary';
import {
  type AssessmentRecord,
  RECORD_FORMAT,
  type TaskRecord,
  type VersionRecord,
  type WorkspaceRecord,
} from '../src/shared/workspace/types';

/** The time stamped on built records unless overridden. */
export const SEED_TIME = '2026-11-25T12:00:00.000Z';

/** An assessment whose draft is `answers` (no version yet: status "draft"). */
export function assessmentRecord(
  answers: DraftAnswers,
  overrides: Partial<AssessmentRecord> = {},
): AssessmentRecord {
  return {
    kind: 'assessment',
    format: RECORD_FORMAT,
    id: randomUUID(),
    name: answers.modelName?.trim() || 'Untitled model',
    owner: '',
    archived: false,
    createdAt: SEED_TIME,
    updatedAt: SEED_TIME,
    rev: 1,
    draft: structuredClone(answers),
    provenance: {},
    basedOnVersionId: null,
    latest: null,
    ...overrides,
  };
}

/**
 * A version of `assessment`: the answers evaluated by the real engine as of `asOf` (seq 1 unless overridden).
 * A complete wizard draft is first reduced to its relevant answers, as the report does before recording.
 */
export function versionRecord(
  assessment: Pick<AssessmentRecord, 'id'>,
  draftOrAnswers: DraftAnswers | Answers,
  asOf: string,
  overrides: Partial<VersionRecord> = {},
): VersionRecord {
  const complete = completeAnswers({ version: DRAFT_VERSION, answers: draftOrAnswers, updatedAt: '' });
  const answers = complete.ok ? complete.answers : (draftOrAnswers as Answers);
  const report = evaluate(answers, asOf);
  return {
    kind: 'version',
    format: RECORD_FORMAT,
    id: randomUUID(),
    assessmentId: assessment.id,
    seq: 1,
    createdAt: SEED_TIME,
    answers: structuredClone(answers),
    provenance: {},
    rulesVersion: report.rulesVersion,
    asOf,
    answersHash: answersHash(answers),
    result: summarizeReport(report),
    signoff: null,
    ...overrides,
  };
}

/** The assessment with `version` as its latest, as recordVersion (and signVersion) would leave it. */
export function withLatest(assessment: AssessmentRecord, version: VersionRecord): AssessmentRecord {
  return {
    ...assessment,
    latest: {
      versionId: version.id,
      seq: version.seq,
      answersHash: version.answersHash,
      rulesVersion: version.rulesVersion,
      asOf: version.asOf,
      result: version.result,
      signed: version.signoff !== null,
    },
  };
}

/** A tracker task of the obligation (or of one of its items), not started unless overridden. */
export function taskRecord(
  assessment: Pick<AssessmentRecord, 'id'>,
  obligationId: ObligationId,
  overrides: Partial<TaskRecord> = {},
): TaskRecord {
  const itemKey = overrides.itemKey ?? null;
  return {
    kind: 'task',
    format: RECORD_FORMAT,
    id: itemKey === null ? `${assessment.id}/${obligationId}` : `${assessment.id}/${obligationId}/${itemKey}`,
    assessmentId: assessment.id,
    obligationId,
    itemKey,
    status: 'not-started',
    reason: '',
    owner: '',
    due: null,
    evidence: '',
    updatedAt: SEED_TIME,
    rev: 1,
    ...overrides,
  };
}

interface PageArgs {
  name: string;
  version: number;
  stores: readonly StoreSpec[];
  channel: string;
  hintKey: string;
}

const ARGS: PageArgs = {
  name: DB_NAME,
  version: DB_VERSION,
  stores: STORES,
  channel: CHANNEL_NAME,
  hintKey: WORKSPACE_HINT_KEY,
};

async function onAppOrigin(page: Page): Promise<void> {
  if (page.url() === 'about:blank') await page.goto('/');
}

/**
 * Puts the records into the page's workspace (replacing records with the same id) in one transaction, writes
 * the start page's hint and tells open pages. The page must be on the app's origin (a blank page goes to '/').
 */
export async function seedWorkspace(page: Page, records: WorkspaceRecord[]): Promise<void> {
  await onAppOrigin(page);
  const all = await page.evaluate(
    async ({ args, records }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(args.name, args.version);
        req.onupgradeneeded = () => {
          for (const spec of args.stores) {
            if (req.result.objectStoreNames.contains(spec.name)) continue;
            const store = req.result.createObjectStore(
              spec.name,
              spec.keyPath === null ? {} : { keyPath: spec.keyPath },
            );
            for (const index of spec.indexes) store.createIndex(index.name, index.keyPath);
          }
        };
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const storeOf = { assessment: 'assessments', version: 'versions', task: 'tasks' } as const;
      const tx = db.transaction(['assessments', 'versions', 'tasks'], 'readwrite');
      for (const r of records) tx.objectStore(storeOf[r.kind]).put(r);
      const assessments = tx.objectStore('assessments').getAll();
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(tx.error);
      });
      db.close();
      const channel = new BroadcastChannel(args.channel);
      channel.postMessage({ kind: 'all' });
      channel.close();
      return assessments.result as { id: string; name: string; updatedAt: string }[];
    },
    { args: ARGS, records },
  );
  const hint = hintFromAssessments(all, new Date().toISOString());
  await page.evaluate(
    ({ key, hint }) => {
      if (hint.count === 0) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify(hint));
    },
    { key: WORKSPACE_HINT_KEY, hint },
  );
}

export interface WorkspaceContents {
  assessments: AssessmentRecord[];
  versions: VersionRecord[];
  tasks: TaskRecord[];
}

/** Everything in the page's workspace (empty when there is none yet). */
export async function readWorkspace(page: Page): Promise<WorkspaceContents> {
  await onAppOrigin(page);
  return page.evaluate(async (args) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(args.name, args.version);
      req.onupgradeneeded = () => {
        for (const spec of args.stores) {
          if (req.result.objectStoreNames.contains(spec.name)) continue;
          const store = req.result.createObjectStore(
            spec.name,
            spec.keyPath === null ? {} : { keyPath: spec.keyPath },
          );
          for (const index of spec.indexes) store.createIndex(index.name, index.keyPath);
        }
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['assessments', 'versions', 'tasks'], 'readonly');
    const a = tx.objectStore('assessments').getAll();
    const v = tx.objectStore('versions').getAll();
    const t = tx.objectStore('tasks').getAll();
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error);
    });
    db.close();
    return { assessments: a.result, versions: v.result, tasks: t.result };
  }, ARGS);
}
