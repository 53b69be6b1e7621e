import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { english } from '../../i18n/english';
import { AsOfControl, readAsOf as readAsOfIn } from './AsOfControl';

const readAsOf = (text: string) => readAsOfIn(text, english);

const field = () => screen.getByLabelText('Evaluate as of') as HTMLInputElement;

describe('AsOfControl', () => {
  it('shows the date in use in the app’s one format and reports a newly typed real date', () => {
    const onChange = vi.fn();
    render(<AsOfControl asOf="2026-11-25" today="2026-11-25" onChange={onChange} />);
    expect(field().value).toBe('25 November 2026');
    fireEvent.change(field(), { target: { value: '1/8/2027' } });
    expect(onChange).toHaveBeenCalledWith('2027-08-01');
    expect(field()).toHaveAccessibleDescription(/Reads as 1 August 2027/);
  });

  it('reads ISO dates and words too, day before month', () => {
    expect(readAsOf('2027-08-02')).toMatchObject({ ok: true, iso: '2027-08-02' });
    expect(readAsOf('2 Aug 2027')).toMatchObject({ ok: true, iso: '2027-08-02' });
    expect(readAsOf('02.08.2027')).toMatchObject({ ok: true, iso: '2027-08-02' });
  });

  it('refuses a month alone, a date that does not exist, and dates outside 2024–2199', () => {
    expect(readAsOf('March 2027')).toEqual({
      ok: false,
      message: 'Enter a day in March 2027, like 1 March 2027.',
    });
    // A month holding a date of the law is refused by the shared reader already, with why.
    expect(readAsOf('August 2027')).toMatchObject({ ok: false, message: expect.stringMatching(/exact day/) });
    expect(readAsOf('31/2/2027')).toMatchObject({ ok: false });
    expect(readAsOf('31/12/2023')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Enter a date from 1 January 2024/),
    });
    expect(readAsOf('1/1/2024')).toMatchObject({ ok: true, iso: '2024-01-01' });
    expect(readAsOf('31/12/2199')).toMatchObject({ ok: true, iso: '2199-12-31' });
    expect(readAsOf('1/1/2200')).toMatchObject({ ok: false });
  });

  it('keeps text that is not a date as typed, explains it, and does not recompute with it', () => {
    const onChange = vi.fn();
    render(<AsOfControl asOf="2026-11-25" today="2026-11-25" onChange={onChange} />);
    fireEvent.change(field(), { target: { value: '31/2/2027' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(field().value).toBe('31/2/2027');
    expect(field()).toHaveAttribute('aria-invalid', 'true');
    expect(field()).toHaveAccessibleDescription(
      /does not exist in the calendar.*stays as of 25 November 2026/,
    );
    fireEvent.change(field(), { target: { value: '' } });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('offers a way back to today only when another date is in use, and then shows today', async () => {
    const onChange = vi.fn();
    const { rerender } = render(<AsOfControl asOf="2026-11-25" today="2026-11-25" onChange={onChange} />);
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<AsOfControl asOf="2027-01-01" today="2026-11-25" onChange={onChange} />);
    expect(field().value).toBe('1 January 2027');
    await userEvent.click(screen.getByRole('button', { name: 'Back to today (25 November 2026)' }));
    expect(onChange).toHaveBeenCalledWith(undefined);
    rerender(<AsOfControl asOf="2026-11-25" today="2026-11-25" onChange={onChange} />);
    expect(field().value).toBe('25 November 2026');
  });

  it('does not rewrite what the user typed once it reads as the date in use', () => {
    const onChange = vi.fn();
    const { rerender } = render(<AsOfControl asOf="2026-11-25" today="2026-11-25" onChange={onChange} />);
    fireEvent.change(field(), { target: { value: '2027-08-01' } });
    rerender(<AsOfControl asOf="2027-08-01" today="2026-11-25" onChange={onChange} />);
    expect(field().value).toBe('2027-08-01');
  });
});
