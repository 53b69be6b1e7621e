import { describe, expect, it } from 'vitest';
import { isRealCalendarDate } from '../answers';
import { COMMISSION_HOLIDAYS, isCommissionHoliday } from './commission-holidays';

describe('Commission public holidays (Brussels)', () => {
  it('every list cites a published decision on EUR-Lex', () => {
    for (const list of COMMISSION_HOLIDAYS) {
      expect(list.decision).toContain(`public holidays in ${list.year}`);
      expect(list.oj).toMatch(/^OJ C /);
      expect(list.url).toMatch(/^https:\/\/eur-lex\.europa\.eu\//);
    }
  });

  it('every date is a real calendar date in its list’s year, ascending, without duplicates', () => {
    for (const list of COMMISSION_HOLIDAYS) {
      expect(list.dates.length).toBeGreaterThan(0);
      for (const date of list.dates) {
        expect(isRealCalendarDate(date), date).toBe(true);
        expect(date.slice(0, 4), date).toBe(String(list.year));
      }
      expect([...list.dates].sort()).toEqual(list.dates);
      expect(new Set(list.dates).size).toBe(list.dates.length);
    }
  });

  it('every listed date falls on a working day (decisions list no weekend days)', () => {
    for (const list of COMMISSION_HOLIDAYS) {
      for (const date of list.dates) {
        const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
        expect([0, 6], date).not.toContain(weekday);
      }
    }
  });

  it('2023 (2021/C 201 I/02): 18 days in Brussels', () => {
    const list = COMMISSION_HOLIDAYS.find((l) => l.year === 2023);
    expect(list?.dates).toHaveLength(18); // "TOTAL 2023 18 days"
    expect(isCommissionHoliday('2023-04-07')).toBe(true); // Good Friday
    expect(isCommissionHoliday('2023-04-10')).toBe(true); // Easter Monday
    expect(isCommissionHoliday('2023-05-09')).toBe(true); // Schuman Declaration
    expect(isCommissionHoliday('2023-05-19')).toBe(true); // Day after Ascension Day
    expect(isCommissionHoliday('2023-07-21')).toBe(true); // Belgian National Holiday (Brussels)
    expect(isCommissionHoliday('2023-11-02')).toBe(true); // All Souls' Day
    for (const day of ['25', '26', '27', '28', '29'])
      expect(isCommissionHoliday(`2023-12-${day}`)).toBe(true);
  });

  it('2023: ordinary working days and the Luxembourg-only day are not holidays in Brussels', () => {
    expect(isCommissionHoliday('2023-06-23')).toBe(false); // Luxembourg National Holiday: Luxembourg only
    expect(isCommissionHoliday('2023-01-03')).toBe(false);
    expect(isCommissionHoliday('2023-11-10')).toBe(false); // 11 November (Armistice) is not a Commission holiday
    expect(isCommissionHoliday('2023-12-22')).toBe(false);
  });

  it('years without a cited list are unknown, never a working day', () => {
    expect(isCommissionHoliday('2022-12-26')).toBe('unknown');
    expect(isCommissionHoliday('2024-03-29')).toBe('unknown'); // only an incomplete text was found
    expect(isCommissionHoliday('2025-08-04')).toBe('unknown');
    expect(isCommissionHoliday('2026-04-03')).toBe('unknown');
    expect(isCommissionHoliday('2027-03-26')).toBe('unknown');
  });

  it('rejects strings that are not calendar dates', () => {
    expect(() => isCommissionHoliday('2023-02-29')).toThrow(RangeError);
    expect(() => isCommissionHoliday('2023-13-01')).toThrow(RangeError);
    expect(() => isCommissionHoliday('25/12/2023')).toThrow(RangeError);
    expect(() => isCommissionHoliday('')).toThrow(RangeError);
  });
});
