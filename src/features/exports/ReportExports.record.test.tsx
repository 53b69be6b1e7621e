/** The exports of a workspace version (ADR 0094): the JSON file carries its sign-off and provenance. */
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
import { describe, expect, it, vi } from 'vitest';
import type { Answers } from '../../engine/answers';
import { answersToJson } from '../../export/answers-json';
import { evaluateInEnglish } from '../../i18n/test-helpers';
import { answersHash } from '../../share/hash';
import { PERSONAS } from '../../share/test-personas';
import { type ExportRecord, ReportExports } from './ReportExports';

const saved: { data: Uint8Array | string; fileName: string }[] = [];
vi.mock('./download', async (original) => ({
  ...(await original<typeof import('./download')>()),
  downloadFile: (data: Uint8Array | string, fileName: string) => saved.push({ data, fileName }),
}));

const frontier = PERSONAS.frontierLabOutsideEu as Answers;

function renderPanel(record?: ExportRecord) {
  const root = createRootRoute({ component: () => <Outlet /> });
  const page = createRoute({
    getParentRoute: () => root,
    path: '/report',
    component: () => (
      <ReportExports
        answers={frontier}
        report={evaluateInEnglish(frontier, '2026-11-25')}
        {...(record ? { record } : {})}
      />
    ),
  });
  const router = createRouter({
    routeTree: root.addChildren([page]),
    history: createMemoryHistory({ initialEntries: ['/report'] }),
  });
  render(<RouterProvider router={router} />);
}

describe('ReportExports with a workspace record', () => {
  it('exports the JSON with the sign-off and provenance, and says so', async () => {
    const record: ExportRecord = {
      signoff: {
        name: 'Zofia Wąsik',
        role: 'General Counsel',
        date: '2026-11-27',
        note: '',
        signedAt: '2026-11-27T15:04:00.000Z',
      },
      provenance: { 'compute.parameterUpdateFlop': { source: 'ML lead' } },
      versionSeq: 2,
      answersHash: answersHash(frontier),
    };
    renderPanel(record);
    expect(await screen.findByText(/the sign-off by Zofia Wąsik, for your files/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Export answers (JSON)' }));
    expect(JSON.parse(String(saved.at(-1)?.data))).toEqual(
      JSON.parse(answersToJson(frontier, { signoff: record.signoff, provenance: record.provenance })),
    );
    expect(screen.getByTestId('exports-status')).toHaveTextContent(
      /, with the sign-off and the sources of the answers\./,
    );
  });

  it('without a record, exports the answers alone', async () => {
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Export answers (JSON)' }));
    const json = JSON.parse(String(saved.at(-1)?.data));
    expect(json).not.toHaveProperty('signoff');
    expect(json).not.toHaveProperty('provenance');
  });
});
