import { describe, expect, it } from 'vitest';
import type { Obligation } from '../../engine/report';
import { english } from '../../i18n/english';
import { relativeDays as daysIn, shortHash, obligationStatus as statusIn, todayIso } from './format';
import { fixtureReport } from './test-reports';

const relativeDays = (days: number) => daysIn(days, english);
const obligationStatus = (o: Obligation) => statusIn(o, english);
const frontierReport = fixtureReport('movedDeadline');
const base = frontierReport.obligations.find((o) => o.id === 'art53_1_a') as Obligation;
const notification = frontierReport.obligations.find((o) => o.id === 'art52_1') as Obligation;

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
  it('in force: names the date it applies from, with an info icon (the tick is kept for "done")', () => {
    const s = obligationStatus({ ...base, status: 'in-force', appliesFrom: '2025-08-02', dueBy: null });
    expect(s).toMatchObject({ text: 'In force since 2 August 2025', icon: 'info', detail: null });
  });

  it('done: a tick and words, for the notification and for other steps taken', () => {
    expect(
      obligationStatus({ ...notification, status: 'done', dueBy: '2026-11-30', stepTaken: null }),
    ).toMatchObject({ text: 'Done', icon: 'check', detail: 'Notified; the deadline was 30 November 2026' });
    expect(
      obligationStatus({ ...base, status: 'done', appliesFrom: '2026-03-10', dueBy: null, stepTaken: 'yes' }),
    ).toMatchObject({
      text: 'Done',
      icon: 'check',
      detail: 'In place, as you answered; required since 10 March 2026',
    });
    expect(
      obligationStatus({ ...base, status: 'done', appliesFrom: null, dueBy: null, stepTaken: 'yes' }).detail,
    ).toBe('In place, as you answered');
  });

  it('overdue after the user said a step is not taken says so instead of "if already done"', () => {
    const s = obligationStatus({
      ...base,
      status: 'overdue',
      appliesFrom: '2026-03-10',
      dueBy: '2026-03-10',
      daysFromAsOf: -260,
      stepTaken: 'no',
    });
    expect(s.text).toBe('Overdue by 260 days');
    expect(s.detail).toBe('Was due 10 March 2026. You answered that this is not in place yet.');
  });

  it('an "at the latest" deadline (R89) says so in the status and its detail', () => {
    const period = {
      ...(notification.period as NonNullable<Obligation['period']>),
      bound: 'atLatest' as const,
    };
    const up = obligationStatus({ ...notification, status: 'upcoming', daysFromAsOf: 5, period });
    expect(up.text).toBe('Due in 5 days at the latest');
    expect(up.detail).toMatch(/^Due at the latest by 30 November 2026/);
    const late = obligationStatus({ ...notification, status: 'overdue', daysFromAsOf: -2, period });
    expect(late.detail).toBe('Was due at the latest 30 November 2026 — if already done, keep the record');
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
