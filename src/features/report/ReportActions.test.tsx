import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_STORAGE_KEY, DRAFT_VERSION } from '../../shared/draft/keys';
import { ReportActions } from './ReportActions';

const SAVED = JSON.stringify({ version: DRAFT_VERSION, answers: { schemaVersion: 2 }, updatedAt: null });

async function renderActions(props: { fromLink: boolean; onAdoptAnswers?: () => void }) {
  const root = createRootRoute({ component: () => <Outlet /> });
  const report = createRoute({
    getParentRoute: () => root,
    path: '/report',
    component: () => (
      <>
        <ReportActions {...props} />
        <h2 id="exports-heading">Keep and share this result</h2>
      </>
    ),
  });
  const check = createRoute({ getParentRoute: () => root, path: '/check', component: () => <h1>Check</h1> });
  const step = createRoute({
    getParentRoute: () => root,
    path: '/assess/$step',
    component: () => <h1>Question screen</h1>,
  });
  const router = createRouter({
    routeTree: root.addChildren([report, check, step]),
    history: createMemoryHistory({ initialEntries: ['/report'] }),
  });
  render(<RouterProvider router={router} />);
  await screen.findByRole('navigation', { name: 'Report actions' });
  return router;
}

afterEach(() => localStorage.clear());

describe('report actions', () => {
  it('every report offers "Change your answers", "Check answers" and "New assessment"', async () => {
    await renderActions({ fromLink: false });
    expect(screen.getByRole('link', { name: 'Change your answers' })).toHaveAttribute('href', '/assess/role');
    expect(screen.getByRole('link', { name: 'Check answers' })).toHaveAttribute('href', '/check');
    expect(screen.getByRole('button', { name: 'New assessment' })).toBeInTheDocument();
  });

  it('"New assessment" asks before deleting saved answers, and "Keep my answers" keeps them', async () => {
    localStorage.setItem(DRAFT_STORAGE_KEY, SAVED);
    const router = await renderActions({ fromLink: false });
    const button = screen.getByRole('button', { name: 'New assessment' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBe(SAVED);
    expect(router.state.location.pathname).toBe('/report');
    const title = screen.getByRole('heading', { name: 'Start a new assessment?' });
    expect(title).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('region', { name: 'Start a new assessment?' })).toHaveTextContent(
      'This deletes the answers saved in this browser. To keep them, first download the answers file or copy the share link under Keep and share this result.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Keep my answers' }));
    expect(screen.queryByRole('heading', { name: 'Start a new assessment?' })).toBeNull();
    expect(screen.getByRole('button', { name: 'New assessment' })).toHaveFocus();
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBe(SAVED);
  });

  it('confirmed, it deletes the saved answers and opens the first question', async () => {
    localStorage.setItem(DRAFT_STORAGE_KEY, SAVED);
    const router = await renderActions({ fromLink: false });
    await userEvent.click(screen.getByRole('button', { name: 'New assessment' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete saved answers and start' }));
    await screen.findByRole('heading', { name: 'Question screen' });
    expect(router.state.location.pathname).toBe('/assess/role');
    expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
  });

  it('with nothing saved there is nothing to lose: it starts at once', async () => {
    const router = await renderActions({ fromLink: true });
    const button = screen.getByRole('button', { name: 'New assessment' });
    expect(button).not.toHaveAttribute('aria-expanded');
    await userEvent.click(button);
    await screen.findByRole('heading', { name: 'Question screen' });
    expect(router.state.location.pathname).toBe('/assess/role');
  });

  it('from a share link, changing or checking first puts the link’s answers in this browser, and says so', async () => {
    localStorage.setItem(DRAFT_STORAGE_KEY, SAVED);
    const adopt = vi.fn();
    await renderActions({ fromLink: true, onAdoptAnswers: adopt });
    expect(screen.getByRole('navigation', { name: 'Report actions' })).toHaveTextContent(
      'Changing or checking these answers copies them from the link into this browser, in place of the answers saved here.',
    );
    await userEvent.click(screen.getByRole('link', { name: 'Check answers' }));
    await screen.findByRole('heading', { name: 'Check' });
    expect(adopt).toHaveBeenCalledTimes(1);
  });

  it('from saved answers, changing does not rewrite them', async () => {
    const adopt = vi.fn();
    await renderActions({ fromLink: false, onAdoptAnswers: adopt });
    await userEvent.click(screen.getByRole('link', { name: 'Change your answers' }));
    await screen.findByRole('heading', { name: 'Question screen' });
    expect(adopt).not.toHaveBeenCalled();
  });
});
