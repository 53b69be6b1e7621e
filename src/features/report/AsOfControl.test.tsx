import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AsOfControl } from './AsOfControl';

describe('AsOfControl', () => {
  it('shows the date in use and reports a newly chosen real date', () => {
    const onChange = vi.fn();
    render(<AsOfControl asOf="2026-11-25" today="2026-11-25" onChange={onChange} />);
    const input = screen.getByLabelText('Evaluate as of') as HTMLInputElement;
    expect(input.value).toBe('2026-11-25');
    fireEvent.change(input, { target: { value: '2027-08-01' } });
    expect(onChange).toHaveBeenCalledWith('2027-08-01');
  });

  it('says the date in the app’s one format beside the browser’s own date input', () => {
    render(<AsOfControl asOf="2026-11-25" today="2026-11-25" onChange={vi.fn()} />);
    const input = screen.getByLabelText('Evaluate as of');
    expect(screen.getByText('25 November 2026', { selector: 'strong' })).toBeInTheDocument();
    fireEvent.change(input, { target: { value: '2027-08-02' } });
    expect(screen.getByText('2 August 2027', { selector: 'strong' })).toBeInTheDocument();
    expect(input).toHaveAccessibleDescription(/Reads as 2 August 2027/);
  });

  it('ignores a cleared or partial date instead of recomputing with it', () => {
    const onChange = vi.fn();
    render(<AsOfControl asOf="2026-11-25" today="2026-11-25" onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Evaluate as of'), { target: { value: '' } });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('offers a way back to today only when another date is in use', async () => {
    const onChange = vi.fn();
    const { rerender } = render(<AsOfControl asOf="2026-11-25" today="2026-11-25" onChange={onChange} />);
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<AsOfControl asOf="2027-01-01" today="2026-11-25" onChange={onChange} />);
    expect((screen.getByLabelText('Evaluate as of') as HTMLInputElement).value).toBe('2027-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Back to today (25 November 2026)' }));
    expect(onChange).toHaveBeenCalledWith(undefined);
  });
});
