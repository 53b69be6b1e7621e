import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../engine/answers';
import type { Report } from '../../engine/report';
import { english } from '../../i18n/english';
import { evaluateInEnglish } from '../../i18n/test-helpers';
import { PERSONAS } from '../../share/test-personas';
import { AtAGlance } from './AtAGlance';
import { nothingAhead, verdictCertainty } from './glance';
import { FIXTURE_ANSWERS, fixtureReport, TEST_AS_OF } from './test-reports';

function glance(report: Report) {
  render(<AtAGlance report={report} />);
  const box = screen.getByRole('region', { name: 'At a glance' });
  const row = (key: string) => box.querySelector(`[data-glance="${key}"]`) as HTMLElement | null;
  return { box, row };
}

const personaReport = (key: string, asOf = TEST_AS_OF) => evaluateInEnglish(PERSONAS[key] as never, asOf);

/** Modifier with unknown original compute above the fallback: "Probably" a GPAI model, systemic risk "Not established". */
const PROBABLE = 'fineTunerUnknownOriginalAboveFallback';

describe('At a glance never drops the nuance the cards show', () => {
  it('"Probably" keeps its word and gets a question mark, not the tick of a settled yes', () => {
    const report = personaReport(PROBABLE);
    expect(report.verdicts.gpai.label).toBe('Probably');
    expect(verdictCertainty(report, 'gpai', english)).toBe('probable');
    const { row } = glance(report);
    const gpai = row('gpai') as HTMLElement;
    expect(gpai).toHaveTextContent('Probably');
    expect(gpai.querySelector('[data-tone]')).toHaveAttribute('data-tone', 'caution');
    expect(gpai.querySelector('svg[data-icon="help"]')).not.toBeNull();
    expect(gpai.querySelector('svg[data-icon="check"]')).toBeNull();
  });

  it('"Not established" keeps its word, with a question mark instead of the cross of a no (R32)', () => {
    const report = personaReport(PROBABLE);
    expect(report.verdicts.systemicRisk.label).toBe('Not established');
    const { row } = glance(report);
    const sr = row('systemicRisk') as HTMLElement;
    expect(sr).toHaveTextContent('Not established');
    expect(sr.querySelector('[data-tone]')).toHaveAttribute('data-tone', 'unknown');
    expect(sr.querySelector('svg[data-icon="help"]')).not.toBeNull();
    expect(sr.querySelector('svg[data-icon="cross"]')).toBeNull();
  });

  it('an ambiguous verdict carries the "Ambiguous" marker into the box (E28)', () => {
    const report = fixtureReport('prepareFrom');
    expect(report.verdicts.systemicRisk.ambiguous).toContain('E28');
    const { row } = glance(report);
    expect(within(row('systemicRisk') as HTMLElement).getByText('Ambiguous')).toBeInTheDocument();
    expect(row('systemicRisk')).toHaveTextContent('Presumed');
    // Verdicts that are not flagged stay without the marker.
    expect(within(row('gpai') as HTMLElement).queryByText('Ambiguous')).toBeNull();
  });

  it('"Not applicable" has its own icon, distinct from the cross of a "No"', () => {
    const report = personaReport('fineTunerBelowOneThird');
    expect(report.verdicts.systemicRisk.label).toBe('Not applicable');
    expect(report.verdicts.provider.label).toBe('No');
    const { row } = glance(report);
    expect((row('systemicRisk') as HTMLElement).querySelector('svg[data-icon="na"]')).not.toBeNull();
    expect((row('systemicRisk') as HTMLElement).querySelector('svg[data-icon="cross"]')).toBeNull();
    expect((row('provider') as HTMLElement).querySelector('svg[data-icon="cross"]')).not.toBeNull();
  });

  it('a settled yes keeps its tick', () => {
    const { row } = glance(fixtureReport('movedDeadline'));
    expect((row('gpai') as HTMLElement).querySelector('svg[data-icon="check"]')).not.toBeNull();
  });
});

describe('overdue items stand out by colour, icon and words', () => {
  it('each overdue obligation has an "Overdue" badge with the alert icon and the date it was due (R89)', () => {
    const report = fixtureReport('atLatest');
    const { row } = glance(report);
    const overdue = row('overdue') as HTMLElement;
    const badge = within(overdue).getByText('Overdue').closest('[data-tone]') as HTMLElement;
    expect(badge).toHaveAttribute('data-tone', 'negative');
    expect(badge.querySelector('svg[data-icon="alert"]')).not.toBeNull();
    expect(overdue).toHaveTextContent(
      /Art\. 52\(1\) — was due at the latest 26 January 2026 \(\d+ days ago\)/,
    );
    expect(row('next')).toHaveTextContent('Due now: the overdue obligations above');
  });

  it('one badge per overdue obligation, and none when nothing is overdue', () => {
    const report = fixtureReport('stepsTaken');
    const { row, box } = glance(report);
    const overdue = report.obligations.filter((o) => o.status === 'overdue');
    expect(overdue.length).toBeGreaterThan(0);
    expect(within(row('overdue') as HTMLElement).getAllByText('Overdue')).toHaveLength(overdue.length);
    expect(within(box).getAllByText('Overdue', { selector: 'dt' })).toHaveLength(1);
  });

  it('no overdue row when nothing is overdue', () => {
    const { row } = glance(fixtureReport('movedDeadline'));
    expect(row('overdue')).toBeNull();
  });
});

describe('"No dates ahead" only when nothing dated or unknown-dated is ahead', () => {
  it('says "No dates ahead" when no milestone, overdue item, unknown date or system duty lies ahead', () => {
    const report = fixtureReport('integrator', '2030-01-01');
    expect(nothingAhead(report)).toBe(true);
    const { row } = glance(report);
    expect(row('next')).toHaveTextContent(/^No dates ahead$/);
  });

  it('not while an AI-system duty (not assessed) still has its date ahead; names it instead (R93)', () => {
    const report = fixtureReport('integrator');
    expect(report.timeline.filter((m) => m.daysFromAsOf >= 0)).toEqual([]);
    expect(nothingAhead(report)).toBe(false);
    const { row } = glance(report);
    expect(row('next')).not.toHaveTextContent('No dates ahead');
    const ahead = row('system-dates') as HTMLElement;
    const first = report.signposts.find((s) => s.appliesFrom !== null && s.appliesFrom > report.asOf);
    expect(ahead).toHaveTextContent(`AI-system duty ahead (not assessed): ${first?.article},`);
    expect(ahead).toHaveTextContent(/from \d{1,2} \w+ 20\d\d\.$/);
    expect(ahead.querySelector('time')?.getAttribute('datetime')).toMatch(/^20\d\d-\d\d-\d\d$/);
  });

  it('not while obligations have a date that hangs on an unknown answer; names them', () => {
    const report = evaluateInEnglish(
      answersSchema.parse({
        ...FIXTURE_ANSWERS.movedDeadline,
        placing: { channels: ['api'], euAvailability: 'direct', placingDate: 'unknown' },
        systemicRisk: { thresholdMetDate: 'unknown', designated: 'no', contest: 'none' },
      }),
      TEST_AS_OF,
    );
    expect(report.obligations.some((o) => o.status === 'date-unknown')).toBe(true);
    expect(nothingAhead(report)).toBe(false);
    const { row } = glance(report);
    expect(row('next')).not.toHaveTextContent('No dates ahead');
    expect(row('unknown-dates')).toHaveTextContent(/Not known yet: the date of Art\. 53\(1\)\(a\)/);
  });

  it('a dated milestone ahead is named with its date and distance', () => {
    const { row } = glance(fixtureReport('movedDeadline'));
    expect(row('next')).toHaveTextContent('30 November 2026 (in 5 days)');
  });
});
