import { describe, expect, it } from 'vitest';
import { type FixtureKey, fixtureReport } from '../features/report/test-reports';
import { renderReportText } from './render-text';

const text = (key: FixtureKey) => renderReportText(fixtureReport(key));
/** Lines are wrapped at 100 columns: compare with the wrapping undone. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('renderReportText', () => {
  it('keeps every line within 100 columns, for every fixture', () => {
    for (const key of ['movedDeadline', 'atLatest', 'prepareFrom', 'stepsTaken', 'integrator'] as const)
      for (const line of text(key).split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it('shows a moved deadline with its legal last day and why it moved (R87)', () => {
    const out = flat(text('movedDeadline'));
    expect(out).toContain(
      'Notification to the Commission (Art. 52(1)): 30 November 2026 (2026-11-30, in 5 days)',
    );
    expect(out).toContain('2 weeks after 14 November 2026; last day Monday 30 November 2026.');
    expect(out).toContain('Moved from Saturday 28 November 2026 to Monday 30 November 2026.');
    expect(out).toContain('Reg. (EEC, Euratom) No 1182/71, Art. 3(4)');
  });

  it('says "at the latest" when the threshold date is unknown (R89) and marks the notification overdue', () => {
    const out = flat(text('atLatest'));
    expect(out).toContain('Notification to the Commission (Art. 52(1)): at the latest 26 January 2026');
    expect(out).toContain('[OVERDUE] Art. 52(1)');
    expect(out).toContain('due at the latest by 26 January 2026');
    expect(out).toContain('2026-01-26 At the latest: ');
  });

  it('prints "prepare from" (E28) and the steps already taken', () => {
    expect(flat(text('prepareFrom'))).toContain('Prepare from 1 October 2026:');
    const steps = flat(text('stepsTaken'));
    expect(steps).toContain('[done] Art. 53(1)(a)');
    expect(steps).toContain('[OVERDUE] Art. 53(1)(c)');
    expect(steps).toContain('Steps already taken: You answered that this is not in place yet.');
  });

  it('lists the AI-system duties not assessed, each marked (R93)', () => {
    const report = fixtureReport('integrator');
    const out = flat(renderReportText(report));
    expect(out).toContain('AI-SYSTEM DUTIES NOT ASSESSED BY THIS TOOL');
    for (const s of report.signposts) expect(out).toContain(`[NOT ASSESSED] ${s.article} — ${s.title}`);
    expect(out).not.toContain('ENFORCEMENT AND FINES');
  });

  it('states enforcement once, with the powers, the fine grounds and the ceiling (R94)', () => {
    const report = fixtureReport('movedDeadline');
    const out = flat(renderReportText(report));
    expect(out.match(/ENFORCEMENT AND FINES/g)).toHaveLength(1);
    for (const p of report.enforcement?.powers ?? []) expect(out).toContain(`${p.article}: ${p.text}`);
    for (const g of report.enforcement?.fineGrounds ?? []) expect(out).toContain(`${g.point}: ${g.text}`);
    expect(out).toContain(report.enforcement?.ceiling ?? 'missing');
  });

  it('words the role, including a contractor (R14, R91)', () => {
    expect(flat(text('contractor'))).toContain(
      'Role in the value chain: Contractor developing or modifying the model for a client that places it under its own name (the client is the provider) [contractor]',
    );
  });
});
