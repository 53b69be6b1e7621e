import { describe, expect, it } from 'vitest';
import { de } from '../i18n/catalogs/de';
import { fr } from '../i18n/catalogs/fr';
import { english, inEnglish } from '../i18n/english';
import { createTranslator } from '../i18n/translator';
import { evaluate } from './evaluate';
import { nextWorkingDay, nominalEnd, periodEnd, weekday } from './periods';
import { AS_OF, developer } from './test-helpers';

describe('R87 — periods under Reg. 1182/71', () => {
  it('Art. 3(2)(b): two weeks end on the same weekday, the event day not counted', () => {
    expect(nominalEnd('2025-09-03', { weeks: 2 })).toBe('2025-09-17');
    expect(weekday('2025-09-03')).toBe(weekday('2025-09-17'));
  });
  it('Art. 3(2)(c): months end on the same date, or the last day of a shorter month', () => {
    expect(nominalEnd('2026-03-15', { months: 6 })).toBe('2026-09-15');
    expect(nominalEnd('2026-08-31', { months: 6 })).toBe('2027-02-28');
    expect(nominalEnd('2027-08-31', { months: 6 })).toBe('2028-02-29');
  });
  it('Art. 3(4): Saturday and Sunday move to Monday; a weekday stays', () => {
    expect(nextWorkingDay('2025-08-16').date).toBe('2025-08-18');
    expect(nextWorkingDay('2025-08-17').date).toBe('2025-08-18');
    expect(nextWorkingDay('2025-08-15').date).toBe('2025-08-15');
  });
  it('Art. 3(4): a cited Commission holiday moves the last day too (Good Friday and Easter Monday 2023)', () => {
    const { date, reasons } = nextWorkingDay('2023-04-07');
    expect(date).toBe('2023-04-11');
    expect(reasons).toHaveLength(4); // Friday holiday, Saturday, Sunday, Monday holiday
    expect(inEnglish(reasons[0])).toMatch(/Commission public holiday/);
  });
  it('the period records its nominal and legal last day and why it moved', () => {
    const p = inEnglish(periodEnd('2025-08-02', { weeks: 2 }));
    expect(p).toMatchObject({
      nominal: '2025-08-16',
      lastDay: '2025-08-18',
      bound: 'exact',
      length: '2 weeks',
    });
    expect(p.movedBecause).toMatch(
      /^16 August 2025 is a Saturday; 17 August 2025 is a Sunday: .*next working day.*Art\. 3\(4\)/,
    );
    expect(periodEnd('2025-09-01', { weeks: 2 }).movedBecause).toBeNull();
  });
  it("the length is plural-aware and the reason names the date and weekday in the reader's language", () => {
    expect(english.t(periodEnd('2026-03-15', { months: 6 }).length)).toBe('6 months');
    const moved = periodEnd('2025-08-02', { weeks: 2 });
    const german = createTranslator('de', de);
    expect(german.t(moved.length)).toBe('2 Wochen');
    expect(german.t(moved.movedBecause ?? moved.length)).toMatch(
      /^Samstag, 16\. August 2025; Sonntag, 17\. August 2025: .*Art\. 3 Abs\. 4\)\.$/,
    );
    const french = createTranslator('fr', fr);
    expect(french.t(moved.length)).toBe('2 semaines');
    expect(french.t(moved.movedBecause ?? moved.length)).toMatch(
      /^samedi 16 août 2025.*dimanche 17 août 2025\u00a0: .*article 3, paragraphe 4\)\.$/,
    );
  });
  it('fixed dates of application never move: 2 August 2026 is a Sunday and stays on the timeline as such', () => {
    const r = evaluate(developer(), AS_OF);
    expect(weekday('2026-08-02')).toBe('Sunday');
    expect(r.timeline.find((m) => m.id === 'fines-apply')?.date).toBe('2026-08-02');
    expect(r.enforcement?.appliesFrom).toBe('2026-08-02');
  });
});
