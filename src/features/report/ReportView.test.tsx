import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ReportView } from './ReportView';
import { frontierReport, integratorReport, openWeightsReport } from './sample-report';

function renderReport(report = frontierReport) {
  return render(<ReportView report={report} hash="3fa9c2d107be55aa" sourceWords="Your saved answers" />);
}

describe('verdict cards', () => {
  it('shows the four verdicts, each with a badge in words and an icon', () => {
    renderReport();
    const cards = screen.getAllByRole('article').filter((a) => a.classList.contains('verdict-card'));
    expect(cards.map((c) => within(c).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'General-purpose AI model?',
      'Are you its provider?',
      'Systemic risk',
      'Open-source exemption',
    ]);
    const sr = screen.getByRole('article', { name: 'Systemic risk' });
    const badge = sr.querySelector('.verdict-badge') as HTMLElement;
    expect(badge).toHaveTextContent('Presumed');
    expect(badge.querySelector('svg[data-icon="alert"]')).not.toBeNull();
    expect(within(sr).getByText(/presumed to have high-impact capabilities/)).toBeInTheDocument();
  });

  it('lists the decisive answers in words', () => {
    renderReport();
    const gpai = screen.getByRole('article', { name: 'General-purpose AI model?' });
    const dl = gpai.querySelector('dl.decisive-answers') as HTMLElement;
    expect(within(dl).getByText('Training compute')).toBeInTheDocument();
    expect(within(dl).getByText('A broad range of distinct tasks')).toBeInTheDocument();
  });

  it('names the provider role in words', () => {
    render(<ReportView report={integratorReport} hash={null} sourceWords="A share link" />);
    const provider = screen.getByRole('article', { name: 'Are you its provider?' });
    expect(within(provider).getByText(/Downstream provider — you build an AI system/)).toBeInTheDocument();
  });

  it('"Why" opens to the trace with the rule number and official links', async () => {
    renderReport();
    const provider = screen.getByRole('article', { name: 'Are you its provider?' });
    const summary = within(provider).getByText('Why: the rules applied');
    const details = summary.closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await userEvent.click(summary);
    expect(details.open).toBe(true);
    expect(within(details).getByText('Rule R14')).toBeVisible();
    const link = within(details).getAllByRole('link', { name: /GL §3\.1/ })[0] as HTMLAnchorElement;
    expect(link.href).toMatch(/^https:\/\/digital-strategy\.ec\.europa\.eu\//);
    const eurlex = within(details).getAllByRole('link', { name: /Art\. 3\(3\)/ })[0] as HTMLAnchorElement;
    expect(eurlex.href).toBe('https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng#art_3');
  });

  it('marks an ambiguous verdict visibly, with the reading chosen outside the disclosure', () => {
    render(<ReportView report={openWeightsReport} hash={null} sourceWords="x" />);
    const os = screen.getByRole('article', { name: 'Open-source exemption' });
    expect(within(os).getByText('Ambiguous')).toBeVisible();
    expect(within(os).getByText(/Proportionate, safety-based use restrictions/)).toBeVisible();
    const gpai = screen.getByRole('article', { name: 'General-purpose AI model?' });
    expect(within(gpai).queryByText('Ambiguous')).toBeNull();
  });
});

describe('obligations checklist', () => {
  it('lists each applicable obligation with its article, status in words and a citation link', () => {
    renderReport();
    const list = screen.getByRole('list', { name: 'Obligations that apply' });
    const items = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('obligation'));
    expect(items.map((i) => i.querySelector('.obligation-article')?.textContent)).toEqual([
      'Art. 53(1)(a)',
      'Art. 53(1)(b)',
      'Art. 53(1)(c)',
      'Art. 53(1)(d)',
      'Art. 53(3)',
      'Art. 54',
      'Art. 52(1)',
      'Art. 55(1)(a)',
      'Art. 55(1)(b)',
      'Art. 55(1)(c)',
      'Art. 55(1)(d)',
    ]);
    for (const item of items) {
      expect(within(item).getAllByRole('link').length).toBeGreaterThan(0);
    }
    const notify = items.find((i) => i.dataset.obligation === 'art52_1') as HTMLElement;
    expect(within(notify).getByText('Due in 5 days')).toBeInTheDocument();
    const doc = items.find((i) => i.dataset.obligation === 'art53_1_a') as HTMLElement;
    expect(within(doc).getByText('In force since 10 March 2026')).toBeInTheDocument();
    expect(within(doc).getByText(/Annex XI Section 2/)).toBeInTheDocument();
    expect(within(doc).getByText('Transparency')).toBeInTheDocument();
  });

  it('lists exempted and not-applicable obligations apart, with the reason', () => {
    render(<ReportView report={openWeightsReport} hash={null} sourceWords="x" />);
    const applies = screen.getByRole('list', { name: 'Obligations that apply' });
    expect(within(applies).queryByText('Art. 53(1)(a)')).toBeNull();
    const na = screen.getByRole('list', { name: 'Not applicable or exempted' });
    const text = na.textContent ?? '';
    expect(text).toContain('Art. 53(1)(a)');
    expect(text).toContain('Exempted as a free and open-source model');
    expect(text).not.toContain('Exempted: Exempted');
    expect(text).toContain('Art. 54');
    expect(text).toContain('Art. 54 — You are established in the EU.');
  });

  it('says plainly when no model obligations apply', () => {
    render(<ReportView report={integratorReport} hash={null} sourceWords="x" />);
    expect(screen.getByText(/You are not the provider of a general-purpose AI model/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Obligations that apply' })).toBeNull();
  });
});

describe('timeline', () => {
  it('is an ordered list of dated milestones with countdowns and a marker for the evaluation date', () => {
    renderReport();
    const list = screen.getByRole('list', { name: 'Milestones' });
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.querySelector('.countdown')?.textContent ?? 'MARK')).toEqual([
      '480 days ago',
      '260 days ago',
      '115 days ago',
      '9 days ago',
      'MARK',
      'in 5 days',
    ]);
    expect(items[4]).toHaveTextContent('Evaluation date: 25 November 2026');
    expect(items[5]).toHaveTextContent('30 November 2026');
    expect(items[5]).toHaveTextContent('Notify the Commission');
    expect(list.querySelectorAll('time[datetime="2026-11-30"]').length).toBe(1);
  });

  it('sorts milestones by date even if the engine did not', () => {
    const shuffled = { ...frontierReport, timeline: [...frontierReport.timeline].reverse() };
    renderReport(shuffled);
    const dates = [
      ...screen.getByRole('list', { name: 'Milestones' }).querySelectorAll('.timeline-item time'),
    ].map((t) => t.getAttribute('datetime'));
    expect(dates).toEqual([...dates].sort());
  });
});

describe('other sections and footer', () => {
  it('shows warnings, open questions, counterfactuals', () => {
    renderReport();
    expect(screen.getByRole('heading', { name: 'Warnings' })).toBeInTheDocument();
    expect(screen.getByText(/within ±30 % of the 10²⁵ FLOP threshold/)).toBeInTheDocument();
    const oq = screen.getByRole('region', { name: 'Open questions and assumptions' });
    expect(within(oq).getByText('Your ML infrastructure lead')).toBeInTheDocument();
    expect(within(oq).getByText(/Assumed none/)).toBeInTheDocument();
    const cf = screen.getByRole('region', { name: 'What would change this' });
    expect(within(cf).getAllByRole('listitem')).toHaveLength(2);
  });

  it('footer: rules version, as-of date, short hash and the not-legal-advice line', () => {
    renderReport();
    const footer = screen.getByRole('region', { name: 'About this report' });
    expect(within(footer).getByTestId('rules-version')).toHaveTextContent('2026.11.1');
    expect(within(footer).getByTestId('evaluated-as-of')).toHaveTextContent('25 November 2026');
    expect(within(footer).getByTestId('answers-hash')).toHaveTextContent('3fa9c2d107be');
    expect(within(footer).getByText(/Not legal advice/)).toBeInTheDocument();
  });

  it('lists every ambiguity with the reading chosen and the other reading', () => {
    render(<ReportView report={openWeightsReport} hash={null} sourceWords="x" />);
    const region = screen.getByRole('region', { name: 'Where the law is unclear' });
    expect(within(region).getByText(/Other reading:/)).toBeInTheDocument();
    expect(within(region).getByText('(E15)')).toBeInTheDocument();
  });
});

describe('obligations at a glance', () => {
  it('counts the applicable obligations by status, most urgent first', async () => {
    const { statusCounts } = await import('./Obligations');
    expect(statusCounts(frontierReport.obligations)).toBe('1 coming up, 10 in force');
    const overdue = frontierReport.obligations.map((o) =>
      o.id === 'art52_1' ? { ...o, status: 'overdue' as const, daysFromAsOf: -3 } : o,
    );
    renderReport({ ...frontierReport, obligations: overdue });
    expect(screen.getByText(/11 obligations apply: 1 overdue, 10 in force\./)).toBeInTheDocument();
    expect(screen.getByText('Overdue by 3 days')).toBeInTheDocument();
  });
});

describe('not applicable, grouped', () => {
  it('lists obligations that share a reason once, with compact articles', () => {
    render(<ReportView report={integratorReport} hash={null} sourceWords="x" />);
    const na = screen.getByRole('list', { name: 'Not applicable or exempted' });
    const items = within(na).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(
      'Art. 53(1)(a)–(d), 53(3), 54, 52(1), 55(1)(a)–(d) — No: you build on a third-party model',
    );
  });

  it('groups the open-source exemption and the systemic-risk duties separately', () => {
    render(<ReportView report={openWeightsReport} hash={null} sourceWords="x" />);
    const items = within(screen.getByRole('list', { name: 'Not applicable or exempted' })).getAllByRole(
      'listitem',
    );
    expect(items.map((i) => i.querySelector('.font-semibold')?.textContent)).toEqual([
      'Art. 53(1)(a), (b)',
      'Art. 54',
      'Art. 52(1)',
      'Art. 55(1)(a)–(d)',
    ]);
  });
});

describe('at a glance', () => {
  it('shows the four verdicts, the obligations count and the next date together', () => {
    renderReport();
    const glance = screen.getByRole('region', { name: 'At a glance' });
    expect(glance.querySelector('[data-glance="systemicRisk"]')).toHaveTextContent('Presumed');
    expect(glance.querySelector('[data-glance="obligations"]')).toHaveTextContent(
      '11 apply: 1 coming up, 10 in force',
    );
    expect(glance.querySelector('[data-glance="next"]')).toHaveTextContent(
      '30 November 2026 (in 5 days): Notify the Commission',
    );
    expect(glance.querySelector('[data-glance="overdue"]')).toBeNull();
  });

  it('names overdue obligations and says when nothing applies or nothing is ahead', () => {
    const overdue = frontierReport.obligations.map((o) =>
      o.id === 'art52_1' ? { ...o, status: 'overdue' as const, dueBy: '2026-11-22', daysFromAsOf: -3 } : o,
    );
    const { unmount } = renderReport({ ...frontierReport, obligations: overdue });
    expect(
      screen.getByRole('region', { name: 'At a glance' }).querySelector('[data-glance="overdue"]'),
    ).toHaveTextContent('Art. 52(1) — was due 22 November 2026');
    unmount();
    render(<ReportView report={integratorReport} hash={null} sourceWords="x" />);
    const glance = screen.getByRole('region', { name: 'At a glance' });
    expect(glance.querySelector('[data-glance="obligations"]')).toHaveTextContent('None apply to you');
    expect(glance.querySelector('[data-glance="next"]')).toHaveTextContent('No dates ahead');
  });
});
