/**
 * The workspace store in real Chromium (issue #9 "Storage", ADR 0090): its source bundled on the fly and run
 * in pages of the built app's origin, against the browser's own IndexedDB and BroadcastChannel — what fake-indexeddb
 * in the unit tests can only imitate. Also proves that the seeding helpers (e2e/workspace.ts) build the
 * database the store expects.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { build } from 'vite';
import { WIZARD_PERSONAS } from '../src/engine/questionnaire/personas.fixture';
import { english } from '../src/i18n/all';
import type * as Store from '../src/shared/workspace/store';
import { expect, test } from './fixtures';
import { assessmentRecord, readWorkspace, seedWorkspace, versionRecord, withLatest } from './workspace';

declare global {
  // The bundled store, as the test puts it on the page.
  var workspaceStore: typeof Store;
  var heard: unknown[];
}

let bundle = '';

test.beforeAll(async () => {
  const entry = fileURLToPath(new URL('../src/shared/workspace/store.ts', import.meta.url));
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    // The store's messages come from the catalogs (issue #11), whose runtime reads NODE_ENV as an app build does.
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['iife'], name: 'workspaceStore', fileName: 'store' },
      // One script: the legacy-draft reader the store imports lazily comes inline.
      rolldownOptions: { output: { inlineDynamicImports: true } },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  bundle = outputs.flatMap((o) => o.output).find((chunk) => chunk.type === 'chunk')?.code ?? '';
  expect(bundle).toContain('gpai-navigator.workspace');
});

async function withStore(page: Page): Promise<void> {
  // Any document of the app's origin shares its IndexedDB; the icon loads no app code, so only the store runs.
  await page.goto('/favicon.svg');
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not apply.
  await page.evaluate(`${bundle}\nglobalThis.workspaceStore = workspaceStore;`);
}

const { answers } = WIZARD_PERSONAS.frontierLab;

test('a record written in one page is read in another page of the same browser', async ({
  context,
  page,
}) => {
  await withStore(page);
  const written = await page.evaluate(async (draft) => {
    const s = globalThis.workspaceStore;
    const a = await s.createAssessment({ draft, owner: 'Legal' });
    const renamed = await s.updateAssessment(a.id, a.rev, { name: 'Aurora-3 EU' });
    return { a: renamed, hint: localStorage.getItem('gpai-navigator.workspace') };
  }, answers);
  expect(JSON.parse(written.hint ?? '{}')).toMatchObject({
    count: 1,
    lastId: written.a.id,
    lastName: 'Aurora-3 EU',
  });

  const second = await context.newPage();
  await withStore(second);
  const read = await second.evaluate((id) => globalThis.workspaceStore.getAssessment(id), written.a.id);
  expect(read).toEqual(written.a);
  // The seeding helpers read the same database.
  expect((await readWorkspace(second)).assessments).toEqual([written.a]);
});

test("a change in one tab reaches the other's subscriber, and a stale write there is a conflict", async ({
  context,
  page,
}) => {
  const seeded = assessmentRecord(answers);
  const version = versionRecord(seeded, answers, '2026-11-25');
  await withStore(page);
  await seedWorkspace(page, [withLatest(seeded, version), version]);
  expect(await page.evaluate((id) => globalThis.workspaceStore.listVersions(id), seeded.id)).toEqual([
    version,
  ]);

  const other = await context.newPage();
  await withStore(other);
  await other.evaluate(() => {
    globalThis.heard = [];
    globalThis.workspaceStore.subscribe((change) => globalThis.heard.push(change));
  });
  await page.evaluate(
    (id) => globalThis.workspaceStore.updateAssessment(id, 1, { owner: 'Counsel' }),
    seeded.id,
  );
  await expect
    .poll(() => other.evaluate(() => globalThis.heard))
    .toEqual([{ kind: 'assessment', id: seeded.id, rev: 2 }]);
  const stale = await other.evaluate(async (id) => {
    try {
      await globalThis.workspaceStore.updateAssessment(id, 1, { owner: 'Someone else' });
      return null;
    } catch (e) {
      const err = e as Store.WorkspaceError;
      return { kind: err.kind, owner: (err.current as { owner: string }).owner };
    }
  }, seeded.id);
  expect(stale).toEqual({ kind: 'conflict', owner: 'Counsel' });
});

test('a write the browser refuses for lack of space is reported, and nothing changed', async ({ page }) => {
  const seeded = assessmentRecord(answers);
  await withStore(page);
  await seedWorkspace(page, [seeded]);
  const result = await page.evaluate(async (id) => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await globalThis.workspaceStore.updateAssessment(id, 1, { name: 'Never saved' });
      return 'saved';
    } catch (e) {
      const error = e as Store.WorkspaceError;
      return { kind: error.kind, text: error.text };
    }
  }, seeded.id);
  // The store words nothing itself (issue #11): screens show the error's Text in the reader's language.
  if (typeof result === 'string') throw new Error('the write that the browser refused was reported as saved');
  expect(result.kind).toBe('quota');
  expect(english.t(result.text)).toMatch(/could not be saved.*export the workspace as a file/);
  expect((await readWorkspace(page)).assessments).toEqual([seeded]);
});
