import { describe, expect, it } from 'vitest';
import type { Obligation } from '../../engine/report';
import { obligationStatus, relativeDays, shortHash, todayIso } from './format';
import { frontierReport } from './sample-report';

const base = frontierReport.obligations.find((o) => o.id === 'art53_1_a') as Obligation;

describe('relativeDays', () => {
  it('says today, in N days and N days ago, singular for one', () => {
    expect(relativeDays(0)).toBe('today');
    expect(relativeDays(1)).toBe('in 1 day');
    expect(relativeDays(14)).toBe('in 14 days');
    expect(relativeDays(-1)).toBe('1 day ago');
    expect(relativeDays(-3)).toBe('3 days ago');
  });
});

describe('obligationStatus', () => {
  it('in force: names the date it applies from, with a check icon', () => {
    const s = obligationStatus({ ...base, status: 'in-force', appliesFrom: '2025-08-02', dueBy: null });
    expect(s).toMatchObject({ text: 'In force since 2 August 2025', icon: 'check', detail: null });
  });

  it('upcoming with a due date: counts the days to it', () => {
    const s = obligationStatus({
      ...base,
      status: 'upcoming',
      appliesFrom: '2026-11-16',
      dueBy: '2026-12-09',
      daysFromAsOf: 14,
    });
    expect(s.text).toBe('Due in 14 days');
    expect(s.icon).toBe('clock');
    expect(s.detail).toBe('Due by 9 December 2026; applies from 16 November 2026');
  });

  it('upcoming due tomorrow uses the singular', () => {
    expect(
      obligationStatus({
        ...base,
        status: 'upcoming',
        dueBy: '2026-11-26',
        appliesFrom: null,
        daysFromAsOf: 1,
      }).text,
    ).toBe('Due in 1 day');
  });

  it('upcoming without a due date: applies in N days', () => {
    const s = obligationStatus({
      ...base,
      status: 'upcoming',
      appliesFrom: '2027-08-02',
      dueBy: null,
      daysFromAsOf: 250,
    });
    expect(s.text).toBe('Applies in 250 days');
    expect(s.detail).toBe('Applies from 2 August 2027');
  });

  it('overdue: counts the days since the deadline, with an alert icon', () => {
    const s = obligationStatus({
      ...base,
      status: 'overdue',
      appliesFrom: '2026-11-08',
      dueBy: '2026-11-22',
      daysFromAsOf: -3,
    });
    expect(s.text).toBe('Overdue by 3 days');
    expect(s.icon).toBe('alert');
    expect(s.tone).toBe('negative');
    expect(s.detail).toContain('22 November 2026');
  });

  it('date unknown and exempted are said in words', () => {
    expect(obligationStatus({ ...base, status: 'date-unknown', daysFromAsOf: null }).text).toBe(
      'Date unknown',
    );
    const ex = obligationStatus({
      ...base,
      status: 'exempted',
      exempted: true,
      exemptionReason: 'Open-source model without systemic risk.',
    });
    expect(ex).toMatchObject({ text: 'Exempted', detail: 'Open-source model without systemic risk.' });
  });

  it('in force with a later compliance date (legacy model) says by when it must be met', () => {
    const s = obligationStatus({
      ...base,
      status: 'in-force',
      appliesFrom: '2025-08-02',
      dueBy: '2027-08-02',
      daysFromAsOf: 615,
    });
    expect(s.text).toBe('In force since 2 August 2025');
    expect(s.detail).toBe('Must be met by 2 August 2027 (in 615 days)');
  });
});

describe('shortHash and todayIso', () => {
  it('shortens a hex hash to 12 digits', () => {
    expect(shortHash('3fa9c2d107be55aa00')).toBe('3fa9c2d107be');
    expect(shortHash('sha256:abcdef0123456789')).toBe('abcdef012345');
  });
  it('reads the local calendar date', () => {
    expect(todayIso(new Date(2026, 10, 25, 23, 59))).toBe('2026-11-25');
    expect(todayIso(new Date(2027, 0, 5))).toBe('2027-01-05');
  });
});

describe('superscript powers', () => {
  it('rewrites ASCII powers of ten in every sentence of the report but not in links', async () => {
    const { withSuperscripts } = await import('./format');
    const shown = withSuperscripts({
      ...frontierReport,
      verdicts: {
        ...frontierReport.verdicts,
        gpai: { ...frontierReport.verdicts.gpai, summary: 'Yes: more than 10^23 FLOP.' },
      },
    });
    expect(shown.verdicts.gpai.summary).toBe('Yes: more than 10²³ FLOP.');
    expect(shown.obligations[0]?.citations[0]?.url).toBe(frontierReport.obligations[0]?.citations[0]?.url);
  });
});
