import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ComparePicker } from './ComparePicker';

const groups = [
  {
    label: 'Aurora-3',
    options: [
      { value: 'd:a1', label: 'Aurora-3 — current draft' },
      { value: 'v:v1', label: 'Aurora-3 — version 1 (25 November 2026)' },
    ],
  },
];

describe('ComparePicker', () => {
  it('refuses to compare without both sides, naming the missing one and focusing it', async () => {
    const onCompare = vi.fn();
    render(<ComparePicker groups={groups} initial={{ a: 'v:v1' }} onCompare={onCompare} />);
    await userEvent.click(screen.getByRole('button', { name: 'Compare' }));
    expect(onCompare).not.toHaveBeenCalled();
    const b = within(screen.getByRole('group', { name: 'B' })).getByLabelText('Assessment, version or draft');
    expect(b).toHaveAccessibleDescription('Error: Choose what to show as B.');
    expect(b).toHaveFocus();
  });

  it('reads the dates like the rest of the app, refuses a month alone, and hands back ISO dates', async () => {
    const onCompare = vi.fn();
    render(<ComparePicker groups={groups} initial={{}} onCompare={onCompare} />);
    const a = within(screen.getByRole('group', { name: 'A' }));
    const b = within(screen.getByRole('group', { name: 'B' }));
    await userEvent.selectOptions(a.getByLabelText('Assessment, version or draft'), 'v:v1');
    await userEvent.selectOptions(b.getByLabelText('Assessment, version or draft'), 'd:a1');
    await userEvent.type(b.getByLabelText('Evaluate as of (optional)'), 'March 2026');
    await userEvent.click(screen.getByRole('button', { name: 'Compare' }));
    expect(onCompare).not.toHaveBeenCalled();
    expect(b.getByLabelText('Evaluate as of (optional)')).toHaveAccessibleDescription(
      expect.stringContaining('Enter a day in March 2026'),
    );
    await userEvent.clear(b.getByLabelText('Evaluate as of (optional)'));
    await userEvent.type(b.getByLabelText('Evaluate as of (optional)'), '2/8/2027');
    await userEvent.click(screen.getByRole('button', { name: 'Compare' }));
    expect(onCompare).toHaveBeenCalledWith({ a: 'v:v1', b: 'd:a1', asOfA: undefined, asOfB: '2027-08-02' });
  });
});
