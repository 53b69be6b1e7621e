import { describe, expect, it } from 'vitest';
import { english } from '../../i18n/english';
import { checkSignoff } from './signoff-form';

const TODAY = '2026-11-30';
const good = { name: ' Zofia Wąsik ', role: 'General Counsel', date: '27/11/2026', note: '' };

describe('checkSignoff', () => {
  it('accepts a name, a role and a past or today’s date, trimmed, with an optional note', () => {
    expect(checkSignoff(good, TODAY, english)).toEqual({
      ok: true,
      signoff: { name: 'Zofia Wąsik', role: 'General Counsel', date: '2026-11-27', note: '' },
    });
    const todayToo = checkSignoff({ ...good, date: '30 November 2026', note: ' ok ' }, TODAY, english);
    expect(todayToo.ok && todayToo.signoff).toMatchObject({ date: '2026-11-30', note: 'ok' });
  });

  it('names every missing field', () => {
    const r = checkSignoff({ name: ' ', role: '', date: '', note: '' }, TODAY, english);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors)).toEqual(['name', 'role', 'date']);
    expect(r.errors.date).toBe('Enter the date of the review, like 27 November 2026');
  });

  it('refuses a date after today (tomorrow is refused, today is not), a month alone and a date not in the calendar', () => {
    const tomorrow = checkSignoff({ ...good, date: '2026-12-01' }, TODAY, english);
    expect(!tomorrow.ok && tomorrow.errors.date).toBe(
      'The date of the review cannot be later than today (30 November 2026)',
    );
    const month = checkSignoff({ ...good, date: 'November 2026' }, TODAY, english);
    expect(!month.ok && month.errors.date).toBe(
      'Enter the day of the review in November 2026, not only the month',
    );
    const bad = checkSignoff({ ...good, date: '31/11/2026' }, TODAY, english);
    expect(!bad.ok && bad.errors.date).toBe(
      'This date does not exist in the calendar. Check the day and month.',
    );
  });

  it('refuses text longer than the record keeps, at the limit and one beyond', () => {
    expect(checkSignoff({ ...good, name: 'x'.repeat(200) }, TODAY, english).ok).toBe(true);
    const long = checkSignoff({ ...good, name: 'x'.repeat(201), note: 'y'.repeat(4001) }, TODAY, english);
    expect(!long.ok && long.errors).toEqual({
      name: 'Your name must be 200 characters or fewer',
      note: 'The note must be 4000 characters or fewer',
    });
  });
});
