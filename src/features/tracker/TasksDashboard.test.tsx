import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TaskRow, TrackedModel } from './load';
import { PAGE_SIZE, TasksDashboard } from './TasksDashboard';

const models = vi.hoisted(() => ({ value: [] as TrackedModel[] }));
vi.mock('./load', () => ({ loadAll: async () => models.value }));
vi.mock('../../shared/workspace/store', () => ({ subscribe: () => () => {} }));

function row(i: number, over: Partial<TaskRow> = {}): TaskRow {
  return {
    id: `m/art53_1_a/item-${String(i).padStart(4, '0')}`,
    assessmentId: 'm',
    obligationId: 'art53_1_a',
    itemKey: `item-${i}`,
    article: 'Art. 53(1)(a)',
    title: `Item ${i}`,
    engineDue: '2027-08-02',
    defaultStatus: 'not-started',
    status: 'not-started',
    reason: '',
    owner: '',
    due: '2027-08-02',
    dueSource: 'engine',
    evidence: '',
    updatedAt: null,
    rev: null,
    inResult: true,
    modelName: 'Model M',
    ...over,
  };
}

function withTasks(tasks: TaskRow[]) {
  models.value = [
    { assessment: { id: 'm', name: 'Model M' } as never, source: { kind: 'draft' }, report: null, tasks },
  ];
}

describe('TasksDashboard', () => {
  it('draws the first rows of a long list and more on request, overdue first', async () => {
    withTasks([
      ...Array.from({ length: PAGE_SIZE + 30 }, (_, i) => row(i)),
      row(9999, { title: 'Late one', due: '2026-01-01' }),
    ]);
    render(<TasksDashboard today="2026-11-30" />);
    const items = await screen.findAllByTestId('dashboard-task');
    expect(items).toHaveLength(PAGE_SIZE);
    expect(items[0]?.textContent).toContain('Late one');
    expect(items[0]?.textContent).toContain('Overdue since 1 January 2026');
    expect(screen.getByRole('status').textContent).toBe(
      `Showing the first ${PAGE_SIZE} of ${PAGE_SIZE + 31} matching tasks (${PAGE_SIZE + 31} in all).`,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show 31 more (31 not shown)' }));
    expect(screen.getAllByTestId('dashboard-task')).toHaveLength(PAGE_SIZE + 31);
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
  });

  it('filters by owner and by status; done tasks are not "still to do"', async () => {
    withTasks([row(1, { owner: 'Ana' }), row(2, { owner: 'Bo' }), row(3, { status: 'done', owner: 'Ana' })]);
    render(<TasksDashboard today="2026-11-30" />);
    expect(await screen.findAllByTestId('dashboard-task')).toHaveLength(2);
    await userEvent.selectOptions(screen.getByLabelText('Owner'), 'Ana');
    expect(screen.getAllByTestId('dashboard-task').map((e) => e.dataset.taskId)).toEqual([row(1).id]);
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'Any status');
    expect(screen.getAllByTestId('dashboard-task')).toHaveLength(2);
    await userEvent.selectOptions(screen.getByLabelText('Owner'), 'No owner yet');
    expect(screen.queryAllByTestId('dashboard-task')).toHaveLength(0);
  });
});
