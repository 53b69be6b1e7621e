import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/all';
import { readDate, readMonth } from './date-input';

describe('readDate: one way of writing dates, months read cautiously', () => {
  it('reads day-first forms and answers with the date in words', () => {
    for (const t of ['12 March 2025', '12 Mar 2025', '12/3/2025', '12.03.2025', '2025-03-12'])
      expect(readDate(t)).toEqual({ ok: true, iso: '2025-03-12', words: '12 March 2025' });
  });

  it('reads a month alone in every common spelling', () => {
    for (const t of ['March 2025', 'Mar 2025', 'mar. 2025', '2025-03', '03/2025', '3.2025'])
      expect(readMonth(t)).toEqual({ year: 2025, month: 3 });
    expect(readMonth('13/2025')).toBeNull();
    expect(readMonth('12 March 2025')).toBeNull();
  });

  it('records the first day of a month by default and the last day where the question says so', () => {
    expect(readDate('March 2025')).toEqual({
      ok: true,
      iso: '2025-03-01',
      words: '1 March 2025',
      month: { label: 'March 2025', reading: 'first' },
    });
    expect(readDate('February 2028', 'last')).toMatchObject({ ok: true, iso: '2028-02-29' });
    expect(readDate('February 2027', 'last')).toMatchObject({ ok: true, iso: '2027-02-28' });
  });

  it('asks for the day in a month where a date of the law falls after its first day, not at it', () => {
    // 2 August 2025 (obligations apply) lies inside August 2025 after its first day.
    expect(readDate('August 2025')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Enter the exact day in August 2025/),
    });
    expect(readDate('July 2025')).toMatchObject({ ok: true, iso: '2025-07-01' });
    expect(readDate('September 2025', 'last')).toMatchObject({ ok: true, iso: '2025-09-30' });
  });

  it('says what is wrong with an impossible date or unreadable text', () => {
    expect(readDate('2025-02-30')).toEqual({
      ok: false,
      message: 'This date does not exist in the calendar. Check the day and month.',
      text: { msg: 'app.dateNotInCalendar' },
    });
    expect(readDate('soon')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Write the date like 2 August 2025/),
    });
  });

  it('gives the reason in the reader’s language too', () => {
    const month = readDate('August 2025');
    expect(month.ok).toBe(false);
    if (month.ok) return;
    expect(month.message).toBe(
      'Enter the exact day in August 2025: the AI Act date 2 August 2025 falls in that month, so the day decides which rules apply.',
    );
    expect(translatorFor('de').t(month.text)).toBe(
      'Geben Sie den genauen Tag im August 2025 an: Das Datum 2. August 2025 der KI-Verordnung fällt in diesen Monat, daher entscheidet der Tag, welche Regeln gelten.',
    );
  });
});
