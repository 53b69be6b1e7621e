import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WIZARD_PERSONAS } from '../../engine/questionnaire/personas.fixture';
import { translatorFor } from '../../i18n/all';
import { TranslatorProvider } from '../../i18n/react';
import { completeAnswers, DRAFT_VERSION } from '../../shared/draft/storage';
import { failureMessage, WorkspaceError } from '../../shared/workspace/errors';
import { assessmentOf, versionOf } from '../../shared/workspace/file-fixtures';
import * as store from '../../shared/workspace/store';
import type { AssessmentRecord } from '../../shared/workspace/types';
import { WorkspaceListPage } from './WorkspaceListPage';

vi.mock('../../shared/workspace/store', async (original) => ({
  ...(await original<typeof import('../../shared/workspace/store')>()),
  listAssessments: vi.fn(),
  migrateLegacyDraftDetailed: vi.fn(async () => ({ status: 'none' })),
  subscribe: vi.fn(() => () => undefined),
  updateAssessment: vi.fn(),
}));
const listAssessments = vi.mocked(store.listAssessments);
const updateAssessment = vi.mocked(store.updateAssessment);

const answers = (() => {
  const done = completeAnswers({
    version: DRAFT_VERSION,
    answers: WIZARD_PERSONAS.legacyModel2024.answers,
    updatedAt: '',
  });
  if (!done.ok) throw new Error('persona incomplete');
  return done.answers;
})();
const evaluated = assessmentOf('base', answers, versionOf('base', 1, answers));
const many = (n: number): AssessmentRecord[] =>
  Array.from({ length: n }, (_, i) => ({
    ...evaluated,
    id: `a${i}`,
    name: `Model ${i}`,
  }));

// A first page of 3 rows: the same logic as the real 100, without rendering hundreds of rows in jsdom.
const FIRST_PAGE = 3;
const page = () =>
  render(
    <WorkspaceListPage
      search={{ sort: 'name' }}
      onSearchChange={() => undefined}
      onOpenNew={() => undefined}
      firstPage={FIRST_PAGE}
    />,
  );

beforeEach(() => {
  listAssessments.mockReset();
  updateAssessment.mockReset();
});

describe('WorkspaceListPage', () => {
  it('a storage failure is a notice with the store’s words and a way to try again, never a blank page', async () => {
    listAssessments.mockRejectedValueOnce(
      new WorkspaceError('unavailable', failureMessage('unavailable', 'the workspace')),
    );
    listAssessments.mockResolvedValueOnce(many(2));
    page();
    const notice = await screen.findByText('The workspace could not be read');
    expect(notice.closest('[role="status"]')).toHaveTextContent(/private window/);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Model 0' })).toBeInTheDocument();
    expect(screen.queryByText('The workspace could not be read')).not.toBeInTheDocument();
  });

  it(`lists the first ${FIRST_PAGE} rows of a long list and the rest on request, in the same order`, async () => {
    listAssessments.mockResolvedValue(many(FIRST_PAGE + 2));
    page();
    // Plain selectors: role queries over hundreds of rows are slow in jsdom and prove nothing more here.
    const table = (await screen.findByText(`(${FIRST_PAGE} of ${FIRST_PAGE + 2} listed)`)).closest('table');
    const rowHeaders = () => table?.querySelectorAll('tbody th[scope="row"]') ?? [];
    expect(rowHeaders()).toHaveLength(FIRST_PAGE);
    expect(screen.getByText(`The first ${FIRST_PAGE} are listed.`, { exact: false })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: `Show all ${FIRST_PAGE + 2}` }));
    expect(rowHeaders()).toHaveLength(FIRST_PAGE + 2);
    expect([...rowHeaders()].at(-1)).toHaveTextContent(`Model ${FIRST_PAGE + 1}`);
    expect(screen.queryByRole('button', { name: /Show all/ })).not.toBeInTheDocument();
  });

  it('an empty workspace says where its data lives and offers to start or import', async () => {
    listAssessments.mockResolvedValue([]);
    page();
    expect(await screen.findByRole('heading', { name: 'No assessments yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start an assessment' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Import/ })).toHaveAttribute('href', '#/workspace/data');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('a rename that meets another tab’s newer save shows theirs and saves only when the user chooses to', async () => {
    const [mine] = many(1) as [AssessmentRecord];
    listAssessments.mockResolvedValue([mine]);
    const theirs = { ...mine, name: 'Their name', owner: 'Tom', rev: mine.rev + 1 };
    updateAssessment
      .mockRejectedValueOnce(
        new WorkspaceError('conflict', failureMessage('conflict', '“Model 0”'), { current: theirs }),
      )
      .mockResolvedValueOnce({ ...theirs, name: 'My name', rev: theirs.rev + 1 });
    page();
    (await screen.findByText('Actions', { selector: 'summary' }))
      .closest('details')
      ?.setAttribute('open', '');
    fireEvent.click(screen.getByRole('button', { name: 'Rename Model 0' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'My name' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('name “Their name”, owner “Tom”');
    expect(updateAssessment).toHaveBeenLastCalledWith(mine.id, mine.rev, { name: 'My name', owner: 'Legal' });
    fireEvent.click(screen.getByRole('button', { name: 'Save mine instead' }));
    expect(await screen.findByText('Renamed “Model 0” to “My name”.')).toBeInTheDocument();
    expect(updateAssessment).toHaveBeenLastCalledWith(mine.id, theirs.rev, {
      name: 'My name',
      owner: 'Legal',
    });
  });

  it('speaks German: headings, column heads and the stored English verdict labels in the reader’s language', async () => {
    listAssessments.mockResolvedValue(many(1));
    render(
      <TranslatorProvider value={translatorFor('de')}>
        <WorkspaceListPage
          search={{ sort: 'name' }}
          onSearchChange={() => undefined}
          onOpenNew={() => undefined}
        />
      </TranslatorProvider>,
    );
    expect(await screen.findByRole('link', { name: 'Model 0' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Arbeitsbereich' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Nächste Frist/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Neue Bewertung' })).toBeInTheDocument();
    const gpai = document.querySelector('td[data-verdict="gpai"]');
    expect(evaluated.latest?.result.verdicts.gpai.label).toBe('Yes');
    expect(gpai).toHaveTextContent('Ja');
    expect(gpai).not.toHaveTextContent('Yes');
  });
});
