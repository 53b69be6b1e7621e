/**
 * The report on the workspace (issue #9, ADR 0092) against the real store on fake-indexeddb: a complete
 * draft's report is kept as a version once, a change makes the next; a what-if date is not kept; a version's
 * report shows its sign-off and says when its rules are not today's; provenance is shown; a share link's
 * answers are saved as a new assessment.
 */
import 'fake-indexeddb/auto';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answers } from '../../engine/answers';
import { evaluate } from '../../engine/evaluate';
import { WIZARD_PERSONAS } from '../../engine/questionnaire/personas.fixture';
import { RULES_VERSION } from '../../engine/rules-version';
import { answersHash } from '../../share/hash';
import { failureMessage, WorkspaceError } from '../../shared/workspace/errors';
import {
  closeWorkspace,
  createAssessment,
  getAssessment,
  listAssessments,
  listVersions,
  recordVersion,
  signVersion,
  updateAssessment,
} from '../../shared/workspace/store';
import { summarizeReport } from '../../shared/workspace/summary';
import { todayIso } from './format';
import { SaveToWorkspace } from './SaveToWorkspace';
import { WorkspaceReportPage } from './WorkspaceReportPage';

// Answers as the wizard completes them (a share link made by the app carries complete answers like these).
// The real store, with writes that can be made to fail as a full disk would (issue #9: never claim "saved").
const failing = vi.hoisted(() => ({ writes: false }));
vi.mock('./workspace-store', async () => {
  const real = await vi.importActual<typeof import('../../shared/workspace/store')>(
    '../../shared/workspace/store',
  );
  const refuse = (what: string) => {
    throw new WorkspaceError('quota', failureMessage('quota', what));
  };
  const store = {
    ...real,
    recordVersion: (...args: Parameters<typeof real.recordVersion>) =>
      failing.writes ? refuse('the new version') : real.recordVersion(...args),
    createAssessment: (...args: Parameters<typeof real.createAssessment>) =>
      failing.writes ? refuse('the new assessment') : real.createAssessment(...args),
  };
  return { loadWorkspaceStore: async () => store };
});

const persona = WIZARD_PERSONAS.frontierLab.answers as Answers;

function renderAt(initial: string, page: 'report' | 'save' = 'report', answers: Answers = persona) {
  const root = createRootRoute({ component: () => <Outlet /> });
  const report = createRoute({
    getParentRoute: () => root,
    path: '/report',
    validateSearch: (s: Record<string, unknown>) => s as { id?: string; v?: string; asOf?: string },
    component: function R() {
      const { id, v, asOf } = report.useSearch();
      if (page === 'save' && !id) return <SaveToWorkspace answers={answers} />;
      return <WorkspaceReportPage key={`${id}|${v}`} id={id} v={v} asOf={asOf} onAsOfChange={() => {}} />;
    },
  });
  const check = createRoute({ getParentRoute: () => root, path: '/check', component: () => <h1>Check</h1> });
  const step = createRoute({
    getParentRoute: () => root,
    path: '/assess/$step',
    component: () => <h1>Question screen</h1>,
  });
  const router = createRouter({
    routeTree: root.addChildren([report, check, step]),
    history: createMemoryHistory({ initialEntries: [initial] }),
  });
  render(<RouterProvider router={router} />);
  return router;
}

// Two shared cores: the engine, the store and a full report render can take seconds.
const SLOW = { timeout: 8000 };

async function versionLine(): Promise<HTMLElement> {
  const line = await screen.findByTestId('version-line', undefined, SLOW);
  await within(line).findByText(/^Version \d+$/, undefined, SLOW);
  return line;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  failing.writes = false;
});

afterEach(async () => {
  cleanup();
  await closeWorkspace();
});

describe('the report of an assessment’s draft', () => {
  it('keeps a complete draft’s evaluation as version 1, once: shown again, it is still version 1', async () => {
    const a = await createAssessment({ draft: persona });
    renderAt(`/report?id=${a.id}`);
    expect(await versionLine()).toHaveTextContent(/^Version 1, recorded/);
    expect(await listVersions(a.id)).toHaveLength(1);
    const [v1] = await listVersions(a.id);
    expect(v1).toMatchObject({ seq: 1, rulesVersion: RULES_VERSION, asOf: todayIso() });
    expect(v1?.answersHash).toBe(answersHash(v1?.answers as Answers));
    expect(v1?.answersHash).toBe(answersHash(persona));
    expect(v1?.result).toEqual(summarizeReport(evaluate(persona, todayIso())));
    expect(screen.getByRole('link', { name: `Open the assessment “${a.name}”` })).toHaveAttribute(
      'href',
      `#/workspace/${a.id}`,
    );

    cleanup();
    renderAt(`/report?id=${a.id}`);
    expect(await versionLine()).toHaveTextContent(/^Version 1, recorded/);
    expect(await listVersions(a.id)).toHaveLength(1);
  }, 40_000);

  it('a changed answer is kept as version 2; the page follows the change without a reload', async () => {
    const a = await createAssessment({ draft: persona });
    renderAt(`/report?id=${a.id}`);
    await versionLine();
    const now = await getAssessment(a.id);
    if (!now) throw new Error('missing');
    await updateAssessment(a.id, now.rev, { draft: { ...persona, euEstablished: 'yes' } });
    // The store announces the change; the page reads it again and keeps the new evaluation.
    await screen.findByText('Version 2', undefined, SLOW);
    const versions = await listVersions(a.id);
    expect(versions.map((v) => v.seq)).toEqual([1, 2]);
    expect(versions[1]?.answersHash).not.toBe(versions[0]?.answersHash);
  });

  it('the same answers under the same rules, recorded on an earlier day, stay that version (no new one)', async () => {
    const a = await createAssessment({ draft: persona });
    const report = evaluate(persona, '2026-01-15');
    await recordVersion(a.id, {
      answers: persona,
      provenance: {},
      rulesVersion: RULES_VERSION,
      asOf: '2026-01-15',
      answersHash: answersHash(persona),
      result: summarizeReport(report),
    });
    renderAt(`/report?id=${a.id}`);
    expect(await versionLine()).toHaveTextContent(/^Version 1, recorded/);
    expect(await listVersions(a.id)).toHaveLength(1);
  });

  it('evaluated as of another day than today (a what-if), the report is shown and not kept', async () => {
    const a = await createAssessment({ draft: persona });
    renderAt(`/report?id=${a.id}&asOf=2027-08-02`);
    const line = await screen.findByTestId('version-line', undefined, SLOW);
    expect(line).toHaveTextContent(
      'Evaluated as of another day than today: this view is not kept as a version.',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Report for Aurora-3');
    expect(await listVersions(a.id)).toHaveLength(0);
  });

  it('a version that cannot be written is said, with the way out; the report still shows', async () => {
    const a = await createAssessment({ draft: persona });
    failing.writes = true;
    renderAt(`/report?id=${a.id}`);
    const alert = await screen.findByRole('alert', undefined, SLOW);
    expect(alert).toHaveTextContent(
      'This result could not be kept as a version: Your browser has no space left for the workspace, so the new version could not be saved.',
    );
    expect(alert).toHaveTextContent('download it under “Keep and share this result”');
    expect(screen.getByTestId('version-line')).not.toHaveTextContent(/Version \d/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Report for Aurora-3');
    expect(await listVersions(a.id)).toHaveLength(0);
  });

  it('an incomplete draft names the screens still to answer, each linked with the assessment id', async () => {
    const a = await createAssessment({ draft: { role: 'developer' }, name: 'Half done' });
    renderAt(`/report?id=${a.id}`);
    expect(await screen.findByRole('heading', { name: 'No report yet for “Half done”' }, SLOW)).toBeVisible();
    const links = within(screen.getByTestId('missing-steps')).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Continue with the questions' })).toHaveAttribute(
      'href',
      links[0]?.getAttribute('href') ?? '-',
    );
    for (const link of links)
      expect(link.getAttribute('href')).toMatch(new RegExp(`^/assess/[a-z-]+\\?id=${a.id}$`));
    expect(await listVersions(a.id)).toHaveLength(0);
  });

  it('an id this browser does not hold says so, and records nothing', async () => {
    renderAt('/report?id=invalid');
    expect(
      await screen.findByRole(
        'heading',
        { name: 'This assessment is not in this browser’s workspace' },
        SLOW,
      ),
    ).toBeVisible();
    expect(await listAssessments()).toHaveLength(0);
  });

  it('shows each answer’s source, note and exactness from the assessment’s provenance', async () => {
    const a = await createAssessment({
      draft: persona,
      provenance: {
        'compute.parameterUpdateFlop': {
          source: 'ML lead',
          note: '12 Nov: logged FLOP',
          exactness: 'estimate',
        },
        euEstablished: { source: '  ', note: '' },
      },
    });
    renderAt(`/report?id=${a.id}`);
    const section = await screen.findByRole('region', { name: 'Your answers and their sources' }, SLOW);
    const sourced = section.querySelectorAll('.answer-sources [data-question]');
    expect([...sourced].map((e) => e.getAttribute('data-question'))).toEqual(['compute.parameterUpdateFlop']);
    expect(sourced[0]).toHaveTextContent('Source: ML lead · Estimate · 12 Nov: logged FLOP');
  });
});

describe('the report of a version', () => {
  async function recorded(rulesVersion = RULES_VERSION) {
    const a = await createAssessment({ draft: persona });
    const v = await recordVersion(a.id, {
      answers: persona,
      provenance: { 'placing.placingDate': { source: 'Launch plan', exactness: 'exact' } },
      rulesVersion,
      asOf: '2026-03-01',
      answersHash: answersHash(persona),
      result: summarizeReport(evaluate(persona, '2026-03-01')),
    });
    return { a, v };
  }

  it('is evaluated as of the version’s date; signed, it shows who, when, the hash it locks, and what it is not', async () => {
    const { a, v } = await recorded();
    await signVersion(v.id, {
      name: 'Ada Jurist',
      role: 'Head of Legal',
      date: '2026-03-02',
      note: 'Reviewed',
    });
    renderAt(`/report?id=${a.id}&v=${v.id}`);
    const signoff = await screen.findByRole('region', { name: 'Signed off' }, SLOW);
    expect(signoff).toHaveTextContent('Signed by Ada Jurist, Head of Legal, on 2 March 2026: Reviewed');
    expect(signoff).toHaveTextContent(`It locks the answers with hash ${v.answersHash}`);
    expect(signoff).toHaveTextContent(
      'This is a record of review kept in this browser, not a cryptographic signature.',
    );
    expect(screen.getByTestId('version-line')).toHaveTextContent(`Version 1 of “${a.name}”, recorded`);
    expect(await screen.findByTestId('evaluated-as-of')).toHaveTextContent('1 March 2026');
    expect(screen.getByRole('link', { name: 'Change your answers' })).toHaveAttribute(
      'href',
      `/check?id=${a.id}`,
    );
    // Showing a version never records one.
    expect(await listVersions(a.id)).toHaveLength(1);
    expect(screen.queryByText(/The rules have changed since this version/)).toBeNull();
  });

  it('unsigned: no sign-off block; its provenance, not the draft’s, is shown', async () => {
    const { a, v } = await recorded();
    renderAt(`/report?id=${a.id}&v=${v.id}`);
    const section = await screen.findByRole('region', { name: 'Your answers and their sources' }, SLOW);
    expect(section).toHaveTextContent('Source: Launch plan · Exact');
    expect(screen.queryByRole('region', { name: 'Signed off' })).toBeNull();
  });

  it('recorded under other rules: says so and links to the comparison with the current rules', async () => {
    const { a, v } = await recorded('2025.8.3');
    renderAt(`/report?id=${a.id}&v=${v.id}`);
    const note = await screen.findByText(
      'The rules have changed since this version was recorded.',
      undefined,
      SLOW,
    );
    const link = within(note.parentElement as HTMLElement).getByRole('link', {
      name: 'Compare this version with the assessment under the current rules',
    });
    expect(link).toHaveAttribute(
      'href',
      `#/compare?a=${encodeURIComponent(`v:${v.id}`)}&b=${encodeURIComponent(`d:${a.id}`)}`,
    );
  });

  it('a version of another assessment than the id is not found', async () => {
    const { v } = await recorded();
    const other = await createAssessment({ name: 'Other' });
    renderAt(`/report?id=${other.id}&v=${v.id}`);
    expect(
      await screen.findByRole('heading', { name: 'This version is not in this browser’s workspace' }, SLOW),
    ).toBeVisible();
  });
});

describe('a share link’s "Save to my workspace"', () => {
  it('makes a new assessment named after the model, with the link’s answers, and opens its report', async () => {
    const existing = await createAssessment({ name: 'Kept' });
    const router = renderAt('/report', 'save');
    await userEvent.click(await screen.findByRole('button', { name: 'Save to my workspace' }, SLOW));
    await screen.findByTestId('version-line', undefined, SLOW);
    const all = await listAssessments();
    expect(all.map((a) => a.name).sort()).toEqual(['Aurora-3', 'Kept']);
    const saved = all.find((a) => a.id !== existing.id);
    expect(saved?.draft).toEqual(persona);
    expect(router.state.location.search).toEqual({ id: saved?.id });
  });

  it('a refused write says "Not saved" with the way out, and stays on the link', async () => {
    failing.writes = true;
    const router = renderAt('/report', 'save');
    await userEvent.click(await screen.findByRole('button', { name: 'Save to my workspace' }));
    expect(await screen.findByRole('alert', undefined, SLOW)).toHaveTextContent(
      /^Not saved: Your browser has no space left for the workspace, so the new assessment could not be saved\..*The answers are still in this link/,
    );
    expect(router.state.location.search).toEqual({});
    expect(await listAssessments()).toHaveLength(0);
  });

  it('without a model name, the assessment is called "Shared model"', async () => {
    const { modelName: _, ...nameless } = persona;
    renderAt('/report', 'save', nameless as Answers);
    await userEvent.click(await screen.findByRole('button', { name: 'Save to my workspace' }, SLOW));
    await screen.findByTestId('version-line', undefined, SLOW);
    expect((await listAssessments()).map((a) => a.name)).toEqual(['Shared model']);
  });
});
