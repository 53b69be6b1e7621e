import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { migrateV1 } from '../../engine/migrate';
import { SCREENS } from '../../engine/questionnaire';
import { MigrationNotice } from './MigrationNotice';
import type { ReportMigration } from './report-input';

const { notes } = migrateV1({
  schemaVersion: 1,
  role: 'hobbyist',
  euEstablished: 'yes',
  outputModalities: ['audio'],
  generality: 'broad',
  codeOfPractice: 'unknown',
});

function renderNotice(migration: ReportMigration, onChangeAnswers?: () => void) {
  const root = createRootRoute({ component: () => <Outlet /> });
  const report = createRoute({
    getParentRoute: () => root,
    path: '/report',
    component: () => <MigrationNotice migration={migration} onChangeAnswers={onChangeAnswers} />,
  });
  const check = createRoute({ getParentRoute: () => root, path: '/check', component: () => <h1>Check</h1> });
  const router = createRouter({
    routeTree: root.addChildren([report, check]),
    history: createMemoryHistory({ initialEntries: ['/report'] }),
  });
  render(<RouterProvider router={router} />);
  return router;
}

describe('MigrationNotice', () => {
  it('says under which rules and answers format the answers were made, and lists what changed', async () => {
    renderNotice({ fromVersion: 1, notes, rulesVersion: '2026.11.1' });
    const note = await screen.findByRole('note', {
      name: 'These answers were made under rules 2026.11.1 (answers format 1).',
    });
    expect(note).toHaveTextContent('Rules revision 2 changed how some answers are read:');
    const items = within(note).getAllByRole('listitem');
    expect(items).toHaveLength(notes.length);
    for (const [i, n] of notes.entries()) {
      expect(items[i]).toHaveTextContent(n.change);
      expect(items[i]).toHaveTextContent(`(${n.rules.join(', ')})`);
    }
  });

  it('shows the question a note is about when the questionnaire asks it as one question', async () => {
    renderNotice({ fromVersion: 1, notes, rulesVersion: null });
    const question = SCREENS.flatMap((s) => s.questions).find((q) => q.id === 'outputModalities');
    const [first, second] = await screen.findAllByRole('listitem');
    expect(first).toHaveTextContent(`${question?.label} ${notes[0]?.change}`);
    // "generalityFacts" is a group of questions, not one: the note stands alone.
    expect(notes[1]?.field).toBe('generalityFacts');
    expect(second?.textContent?.startsWith(notes[1]?.change ?? '-')).toBe(true);
    expect(screen.getByRole('note')).toHaveTextContent('made under earlier rules (answers format 1)');
  });

  it('says when nothing is read differently', async () => {
    renderNotice({ fromVersion: 1, notes: [], rulesVersion: '2026.11.1' });
    expect(await screen.findByRole('note')).toHaveTextContent('reads every one of these answers as before');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('"Change your answers" runs the hand-over first, then opens the check page', async () => {
    const handOver = vi.fn();
    const router = renderNotice({ fromVersion: 1, notes, rulesVersion: '2026.11.1' }, handOver);
    const link = await screen.findByRole('link', { name: 'Change your answers' });
    await act(async () => link.click());
    expect(handOver).toHaveBeenCalledOnce();
    expect(router.state.location.pathname).toBe('/check');
  });
});
