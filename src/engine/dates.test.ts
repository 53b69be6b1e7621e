import { describe, expect, it } from 'vitest';
import { isRealCalendarDate } from './answers';
import { addDays, addMonths, daysBetween, formatDate, maxDate } from './dates';

describe('calendar dates (no time-zone drift)', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2025-08-02', 14)).toBe('2025-08-16');
    expect(addDays('2025-12-25', 14)).toBe('2026-01-08');
    expect(addDays('2028-02-20', 14)).toBe('2028-03-05');
  });
  it('adds months and clamps to the month’s last day', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-01-15', 6)).toBe('2026-07-15');
  });
  it('counts whole days both ways', () => {
    expect(daysBetween('2026-11-25', '2027-08-02')).toBe(250);
    expect(daysBetween('2026-11-25', '2025-08-02')).toBe(-480);
  });
  it('formats dates in words independent of locale', () => {
    expect(formatDate('2025-08-02')).toBe('2 August 2025');
  });
  it('maxDate picks the later ISO date', () => {
    expect(maxDate('2025-06-01', '2025-08-02')).toBe('2025-08-02');
    expect(maxDate('2025-09-01', '2025-08-02')).toBe('2025-09-01');
  });
  it('rejects dates that do not exist', () => {
    expect(isRealCalendarDate('2025-02-29')).toBe(false);
    expect(isRealCalendarDate('2028-02-29')).toBe(true);
    expect(isRealCalendarDate('2025-13-01')).toBe(false);
    expect(isRealCalendarDate('2025-04-31')).toBe(false);
  });
});
