import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ReportActions, type ReportActionsProps } from './ReportActions';

const ID = '8f14e45f-ceea-467f-a0e6-0a8f3b1c2d4e';

async function renderActions(props: ReportActionsProps) {
  const root = createRootRoute({ component: () => <Outlet /> });
  const report = createRoute({
    getParentRoute: () => root,
    path: '/report',
    component: () => <ReportActions {...props} />,
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
  const nav = await screen.findByRole('navigation', { name: 'Report actions' });
  return { router, nav };
}

describe('report actions (issue #9: every action keeps the assessment)', () => {
  it('an assessment’s report: "Change" and "Check" keep its id; "New assessment" starts another, without id', async () => {
    const { nav } = await renderActions({ assessmentId: ID });
    expect(within(nav).getByRole('link', { name: 'Change your answers' })).toHaveAttribute(
      'href',
      `/assess/role?id=${ID}`,
    );
    expect(within(nav).getByRole('link', { name: 'Check answers' })).toHaveAttribute(
      'href',
      `/check?id=${ID}`,
    );
    expect(within(nav).getByRole('link', { name: 'New assessment' })).toHaveAttribute('href', '/assess/role');
    expect(within(nav).queryByRole('button')).toBeNull();
  });

  it('"New assessment" opens the first question at once: nothing to confirm, because nothing is deleted', async () => {
    const { router, nav } = await renderActions({ assessmentId: ID });
    await userEvent.click(within(nav).getByRole('link', { name: 'New assessment' }));
    await screen.findByRole('heading', { name: 'Question screen' });
    expect(router.state.location.pathname).toBe('/assess/role');
    expect(router.state.location.search).toEqual({});
  });

  it('a version’s report: "Change your answers" goes to the assessment’s draft, and says the version stays', async () => {
    const { router, nav } = await renderActions({ assessmentId: ID, version: true });
    expect(within(nav).queryByRole('link', { name: 'Check answers' })).toBeNull();
    expect(nav).toHaveTextContent(
      'Changes are made in the assessment’s draft and kept as a new version; this version never changes.',
    );
    await userEvent.click(within(nav).getByRole('link', { name: 'Change your answers' }));
    await screen.findByRole('heading', { name: 'Check' });
    expect(router.state.location.pathname).toBe('/check');
    expect(router.state.location.search).toEqual({ id: ID });
  });

  it('a share link’s report: no change or check (there is no assessment yet); the save control, and why', async () => {
    const { nav } = await renderActions({
      assessmentId: null,
      save: <button type="button">Save to my workspace</button>,
    });
    expect(within(nav).getByRole('button', { name: 'Save to my workspace' })).toBeVisible();
    expect(within(nav).queryByRole('link', { name: 'Change your answers' })).toBeNull();
    expect(within(nav).queryByRole('link', { name: 'Check answers' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'New assessment' })).toBeVisible();
    expect(nav).toHaveTextContent(
      'To change these answers, save them to your workspace: the link stays as it is, and nothing saved in this browser is replaced.',
    );
  });
});
