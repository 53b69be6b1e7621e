import { describe, expect, it } from 'vitest';
import type { PeriodEnd } from '../engine/report';
import { english } from '../i18n/all';
import {
  dayWords,
  dueWords,
  periodLines,
  periodMovedWords,
  periodWords,
  prepareFromWords,
} from './period-words';

const moved: PeriodEnd = {
  from: '2025-08-02',
  length: '2 weeks',
  nominal: '2025-08-16',
  lastDay: '2025-08-18',
  movedBecause:
    '16 August 2025 is a Saturday, 17 August 2025 is a Sunday: a period ending on a Saturday, Sunday or public holiday ends at the end of the next working day, Monday 18 August 2025 (Reg. (EEC, Euratom) No 1182/71, Art. 3(4)).',
  bound: 'exact',
};

describe('period words (R87, R89, E28)', () => {
  it('names the weekday of a calendar date', () => {
    expect(dayWords('2025-08-16', english)).toBe('Saturday 16 August 2025');
    expect(dayWords('2026-08-02', english)).toBe('Sunday 2 August 2026');
  });

  it('says from which day to which a last day moved, keeping the engine’s reason', () => {
    expect(periodMovedWords(moved, english)).toBe(
      `Moved from Saturday 16 August 2025 to Monday 18 August 2025. ${moved.movedBecause}`,
    );
    expect(periodWords(moved, english)).toBe('2 weeks after 2 August 2025; last day Monday 18 August 2025.');
    expect(periodLines(moved, english)).toHaveLength(2);
  });

  it('adds the rule when the reason does not cite it, and says nothing when nothing moved', () => {
    expect(periodMovedWords({ ...moved, movedBecause: '16 August 2025 is a Saturday' }, english)).toBe(
      'Moved from Saturday 16 August 2025 to Monday 18 August 2025. 16 August 2025 is a Saturday: a period ending on a Saturday, Sunday or public holiday ends at the end of the next working day (Reg. (EEC, Euratom) No 1182/71, Art. 3(4)).',
    );
    const still = { ...moved, nominal: '2025-08-18', movedBecause: null };
    expect(periodMovedWords(still, english)).toBeNull();
    expect(periodLines(still, english)).toEqual([periodWords(still, english)]);
  });

  it('"at the latest" from placing when the threshold date is unknown (R89)', () => {
    const bound = { ...moved, bound: 'atLatest' as const };
    expect(periodWords(bound, english)).toMatch(
      /^At the latest Monday 18 August 2025: 2 weeks after first placing on 2 August 2025\./,
    );
    expect(dueWords({ dueBy: '2025-08-18', period: bound }, english)).toBe(
      'Due at the latest by 18 August 2025',
    );
    expect(dueWords({ dueBy: '2025-08-18', period: moved }, english)).toBe('Due by 18 August 2025');
    expect(dueWords({ dueBy: null, period: null }, english)).toBeNull();
  });

  it('"prepare from" only when there is an earlier date (E28)', () => {
    expect(prepareFromWords({ prepareFrom: null, appliesFrom: '2026-12-10' }, english)).toBeNull();
    expect(prepareFromWords({ prepareFrom: '2026-10-01', appliesFrom: '2026-12-10' }, english)).toMatch(
      /^Prepare from 1 October 2026: .* from 10 December 2026 at the latest \(ambiguous, E28\)\.$/,
    );
  });
});
