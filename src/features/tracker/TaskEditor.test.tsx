import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkspaceError } from '../../shared/workspace/errors';
import type { TaskRecord } from '../../shared/workspace/types';
import type { TaskRow } from './load';
import { TaskEditor } from './TaskEditor';
import { readUnsaved, UNSAVED_KEY } from './unsaved';

const putTask = vi.fn();
vi.mock('../../shared/workspace/store', () => ({ putTask: (...args: unknown[]) => putTask(...args) }));

const task: TaskRow = {
  id: 'a1/art53_1_c',
  assessmentId: 'a1',
  obligationId: 'art53_1_c',
  itemKey: null,
  article: 'Art. 53(1)(c)',
  title: 'Copyright policy',
  engineDue: '2025-09-15',
  defaultStatus: 'not-started',
  status: 'in-progress',
  reason: '',
  owner: 'Ana',
  due: '2025-09-15',
  dueSource: 'engine',
  evidence: '',
  updatedAt: '2026-11-30T10:00:00.000Z',
  rev: 4,
  inResult: true,
  modelName: 'Open-7B',
};

const theirs: TaskRecord = {
  kind: 'task',
  format: 1,
  id: task.id,
  assessmentId: 'a1',
  obligationId: 'art53_1_c',
  itemKey: null,
  status: 'done',
  reason: '',
  owner: 'Bo',
  due: null,
  evidence: 'policy.pdf',
  updatedAt: '2026-11-30T10:05:00.000Z',
  rev: 5,
};

beforeEach(() => {
  putTask.mockReset();
  sessionStorage.clear();
});
afterEach(() => sessionStorage.clear());

function setup() {
  const onClose = vi.fn();
  const onSaved = vi.fn();
  render(<TaskEditor task={task} onClose={onClose} onSaved={onSaved} />);
  return { onClose, onSaved, user: userEvent.setup() };
}

describe('TaskEditor', () => {
  it('saves the changes with the revision it read', async () => {
    putTask.mockResolvedValue({ ...theirs, rev: 5 });
    const { onSaved, user } = setup();
    await user.clear(screen.getByLabelText('Owner'));
    await user.type(screen.getByLabelText('Owner'), 'Chris');
    await user.type(screen.getByLabelText('Due date'), '1/2/2027');
    await user.click(screen.getByRole('button', { name: 'Save task' }));
    expect(putTask).toHaveBeenCalledWith(
      {
        id: task.id,
        assessmentId: 'a1',
        obligationId: 'art53_1_c',
        itemKey: null,
        status: 'in-progress',
        reason: '',
        owner: 'Chris',
        due: '2027-02-01',
        evidence: '',
      },
      4,
    );
    expect(onSaved).toHaveBeenCalled();
    expect(sessionStorage.getItem(UNSAVED_KEY)).toBeNull();
  });

  it('on a conflict shows the other tab’s version, and saving over it uses their revision', async () => {
    putTask.mockRejectedValueOnce(new WorkspaceError('conflict', 'changed elsewhere', { current: theirs }));
    putTask.mockResolvedValueOnce({ ...theirs, owner: 'Chris', rev: 6 });
    const { onSaved, user } = setup();
    await user.clear(screen.getByLabelText('Owner'));
    await user.type(screen.getByLabelText('Owner'), 'Chris');
    await user.click(screen.getByRole('button', { name: 'Save task' }));
    expect(await screen.findByText('Someone changed this task in another tab')).toBeTruthy();
    expect(
      screen.getByText(/Their version: Done, owner Bo, evidence: policy\.pdf\. Yours was not saved\./),
    ).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
    // What the user typed is still there.
    expect((screen.getByLabelText('Owner') as HTMLInputElement).value).toBe('Chris');
    await user.click(screen.getByRole('button', { name: 'Save mine over theirs' }));
    expect(putTask).toHaveBeenLastCalledWith(expect.objectContaining({ owner: 'Chris' }), 5);
    expect(onSaved).toHaveBeenCalled();
  });

  it('keeps theirs on request, without saving', async () => {
    putTask.mockRejectedValueOnce(new WorkspaceError('conflict', 'changed elsewhere', { current: theirs }));
    const { onClose, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Save task' }));
    await user.click(await screen.findByRole('button', { name: 'Keep theirs' }));
    expect(onClose).toHaveBeenCalled();
    expect(putTask).toHaveBeenCalledTimes(1);
  });

  it('says why a failed write failed and keeps the form', async () => {
    putTask.mockRejectedValueOnce(
      new WorkspaceError('quota', 'Your browser has no space left for the workspace.'),
    );
    const { onSaved, user } = setup();
    await user.type(screen.getByLabelText('Evidence'), 'notes');
    await user.click(screen.getByRole('button', { name: 'Save task' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Your browser has no space left for the workspace.',
    );
    expect((screen.getByLabelText('Evidence') as HTMLTextAreaElement).value).toBe('notes');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('requires a reason for not needed, in an error summary, and saves nothing until given', async () => {
    const { user } = setup();
    await user.click(screen.getByLabelText('Not needed'));
    await user.click(screen.getByRole('button', { name: 'Save task' }));
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Say why this task is not needed.' })).toBeTruthy();
    expect(putTask).not.toHaveBeenCalled();
  });

  it('keeps what is typed for a reload, and opens with it again', async () => {
    const { user } = setup();
    await user.type(screen.getByLabelText('Evidence'), 'half-typed');
    expect(readUnsaved()).toEqual({
      taskId: task.id,
      values: expect.objectContaining({ evidence: 'half-typed' }),
    });
    cleanup();
    render(<TaskEditor task={task} onClose={() => {}} onSaved={() => {}} />);
    expect((screen.getByLabelText('Evidence') as HTMLTextAreaElement).value).toBe('half-typed');
    expect(screen.getByText('Not saved yet')).toBeTruthy();
    cleanup();
    // Another task's editor does not take it.
    render(<TaskEditor task={{ ...task, id: 'other/x' }} onClose={() => {}} onSaved={() => {}} />);
    expect((screen.getByLabelText('Evidence') as HTMLTextAreaElement).value).toBe('');
  });
});
