import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../engine/report';
import { RULES_VERSION } from '../../engine/rules-version';
import { superscriptPowers } from '../../shared/legal-text/superscript';
import { ReportView } from './ReportView';
import { type FixtureKey, fixtureReport } from './test-reports';

function renderReport(report: Report | FixtureKey = 'movedDeadline') {
  return render(
    <ReportView
      report={typeof report === 'string' ? fixtureReport(report) : report}
      hash="3fa9c2d107be55aa"
      sourceWords="Your saved answers"
    />,
  );
}

function obligationItems(): HTMLElement[] {
  const list = screen.getByRole('list', { name: 'Obligations that apply' });
  return within(list)
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('obligation'));
}

function obligationItem(id: string): HTMLElement {
  return obligationItems().find((i) => i.dataset.obligation === id) as HTMLElement;
}

describe('verdict cards', () => {
  it('shows the four verdicts, each with a badge in words and an icon', () => {
    const report = fixtureReport('movedDeadline');
    renderReport(report);
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
    expect(sr).toHaveTextContent(superscriptPowers(report.verdicts.systemicRisk.summary));
  });

  it('lists the decisive answers in words', () => {
    const report = fixtureReport('movedDeadline');
    renderReport(report);
    const gpai = screen.getByRole('article', { name: 'General-purpose AI model?' });
    const dl = gpai.querySelector('dl.decisive-answers') as HTMLElement;
    expect(report.verdicts.gpai.decisiveAnswers.length).toBeGreaterThan(0);
    for (const a of report.verdicts.gpai.decisiveAnswers) expect(dl).toHaveTextContent(a.value);
  });

  it('names the provider role in words, including a contractor (R14, R91)', () => {
    const { unmount } = renderReport('integrator');
    const provider = screen.getByRole('article', { name: 'Are you its provider?' });
    expect(within(provider).getByText(/Downstream provider — you build an AI system/)).toBeInTheDocument();
    unmount();
    renderReport('contractor');
    expect(
      within(screen.getByRole('article', { name: 'Are you its provider?' })).getByText(
        /Contractor — you develop or modify the model for a client that places it under its own name/,
      ),
    ).toBeInTheDocument();
  });

  it('"Why" opens to the trace with the rule number and links to the texts', async () => {
    renderReport();
    const provider = screen.getByRole('article', { name: 'Are you its provider?' });
    const summary = within(provider).getByText('Why: the rules applied');
    const details = summary.closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await userEvent.click(summary);
    expect(details.open).toBe(true);
    const rule = within(details).getAllByRole('link', { name: 'R14' })[0] as HTMLAnchorElement;
    expect(rule).toBeVisible();
    expect(rule).toHaveAttribute('href', '#/rules#R14');
    const link = within(details).getAllByRole('link', { name: /GL §3\.1/ })[0] as HTMLAnchorElement;
    expect(link.href).toMatch(/^https:\/\/digital-strategy\.ec\.europa\.eu\//);
    const eurlex = within(details).getAllByRole('link', { name: /Art\. 3\(3\)/ })[0] as HTMLAnchorElement;
    expect(eurlex.href).toMatch(/^https:\/\/eur-lex\.europa\.eu\/.*#art_3$/);
  });

  it('marks an ambiguous verdict visibly, with the reading chosen outside the disclosure', () => {
    const report = fixtureReport('openWeights');
    renderReport(report);
    const os = screen.getByRole('article', { name: 'Open-source exemption' });
    expect(within(os).getByText('Ambiguous')).toBeVisible();
    const e15 = report.ambiguities.find((a) => a.edgeCase === 'E15');
    expect(os).toHaveTextContent(superscriptPowers(e15?.readingChosen ?? 'missing'));
    const gpai = screen.getByRole('article', { name: 'General-purpose AI model?' });
    expect(within(gpai).queryByText('Ambiguous')).toBeNull();
  });
});

describe('obligations checklist', () => {
  it('lists each applicable obligation with its article, status in words and a citation link', () => {
    const report = fixtureReport('movedDeadline');
    renderReport(report);
    const items = obligationItems();
    expect(items.map((i) => i.querySelector('.obligation-article')?.textContent)).toEqual(
      report.obligations.map((o) => o.article),
    );
    for (const item of items) expect(within(item).getAllByRole('link').length).toBeGreaterThan(0);
    expect(within(obligationItem('art52_1')).getByText('Due in 5 days')).toBeInTheDocument();
    const doc = obligationItem('art53_1_a');
    expect(within(doc).getByText('In force since 10 March 2026')).toBeInTheDocument();
    expect(doc.querySelector('.obligation-status svg[data-icon="info"]')).not.toBeNull();
    expect(doc).toHaveTextContent('Code of Practice chapter: Transparency');
    const cop = within(doc).getByRole('link', { name: /^Code of Practice/ }) as HTMLAnchorElement;
    expect(cop.href).toMatch(/^https:\/\/digital-strategy\.ec\.europa\.eu\//);
  });

  it('a deadline that moved shows the legal last day and says from which day and why (R87)', () => {
    renderReport('movedDeadline');
    const notify = obligationItem('art52_1');
    expect(notify).toHaveTextContent('Due by 30 November 2026');
    const note = notify.querySelector('.period-note') as HTMLElement;
    expect(note).toHaveTextContent('2 weeks after 14 November 2026; last day Monday 30 November 2026.');
    const moved = note.querySelector('.period-moved') as HTMLElement;
    expect(moved).toHaveTextContent(
      /^Moved from Saturday 28 November 2026 to Monday 30 November 2026\. 28 November 2026 is a Saturday/,
    );
    expect(moved).toHaveTextContent('Reg. (EEC, Euratom) No 1182/71, Art. 3(4)');
    expect(moved.querySelector('svg')).not.toBeNull();
  });

  it('a deadline that did not move says nothing about moving', () => {
    renderReport('prepareFrom');
    const note = obligationItem('art52_1').querySelector('.period-note') as HTMLElement;
    expect(note).toHaveTextContent('last day Thursday 15 October 2026');
    expect(note.querySelector('.period-moved')).toBeNull();
  });

  it('an unknown threshold date gives an "at the latest" deadline from placing, overdue (R89)', () => {
    renderReport('atLatest');
    const notify = obligationItem('art52_1');
    expect(notify.dataset.status).toBe('overdue');
    expect(within(notify).getByText(/^Overdue by \d+ days$/)).toBeInTheDocument();
    expect(notify).toHaveTextContent('Was due at the latest 26 January 2026');
    expect(notify).toHaveTextContent(
      'At the latest Monday 26 January 2026: 2 weeks after first placing on 10 January 2026.',
    );
    expect(notify).toHaveTextContent('Moved from Saturday 24 January 2026 to Monday 26 January 2026.');
    const glance = screen.getByRole('region', { name: 'At a glance' });
    expect(glance.querySelector('[data-glance="overdue"]')).toHaveTextContent(
      'Art. 52(1) — was due at the latest 26 January 2026',
    );
    expect(glance.querySelector('[data-glance="next"]')).toHaveTextContent(
      'Due now: the overdue obligations above',
    );
  });

  it('systemic-risk duties that apply from placing say to prepare from the threshold date (E28)', () => {
    renderReport('prepareFrom');
    for (const id of ['art55_1_a', 'art55_1_b', 'art55_1_c', 'art55_1_d']) {
      const prep = obligationItem(id).querySelector('.prepare-from') as HTMLElement;
      expect(prep).toHaveTextContent(/^Prepare from 1 October 2026:/);
      expect(prep).toHaveTextContent('from 10 December 2026 at the latest (ambiguous, E28)');
      expect(prep.querySelector('time')?.getAttribute('datetime')).toBe('2026-10-01');
    }
    expect(obligationItem('art53_1_a').querySelector('.prepare-from')).toBeNull();
  });

  it('steps already taken: done and overdue, each with an icon and words (not colour alone)', () => {
    renderReport('stepsTaken');
    const done = obligationItem('art53_1_a');
    expect(done.dataset.status).toBe('done');
    const doneBadge = done.querySelector('.obligation-status') as HTMLElement;
    expect(doneBadge).toHaveTextContent('Done');
    expect(doneBadge.querySelector('svg[data-icon="check"]')).not.toBeNull();
    expect(done).toHaveTextContent('In place, as you answered');

    const late = obligationItem('art53_1_c');
    expect(late.dataset.status).toBe('overdue');
    const lateBadge = late.querySelector('.obligation-status') as HTMLElement;
    expect(lateBadge).toHaveTextContent(/^Overdue by \d+ days$/);
    expect(lateBadge.querySelector('svg[data-icon="alert"]')).not.toBeNull();
    expect(late).toHaveTextContent('You answered that this is not in place yet.');

    expect(obligationItem('art53_1_d')).toHaveTextContent(
      'You answered that you do not know whether this is in place.',
    );
    expect(screen.getByText(/5 obligations apply: 1 overdue, 3 in force, 1 done\./)).toBeInTheDocument();
  });

  it('lists exempted and not-applicable obligations apart, with the reason', () => {
    renderReport('openWeights');
    const applies = screen.getByRole('list', { name: 'Obligations that apply' });
    expect(within(applies).queryByText('Art. 53(1)(a)')).toBeNull();
    const na = screen.getByRole('list', { name: 'Not applicable or exempted' });
    const text = na.textContent ?? '';
    expect(text).toContain('Art. 53(1)(a)');
    expect(text).not.toContain('Exempted: Exempted');
    expect(text).toContain('Art. 53(1)(a), (b), 54 — Exempted');
    expect(text).toContain('Art. 55(1)(a)–(d)');
  });

  it('says plainly when no model obligations apply, and points to the AI-system duties (R93)', () => {
    renderReport('integrator');
    const section = screen.getByRole('region', { name: 'Your obligations' });
    expect(section).toHaveTextContent(/You are not the provider of a general-purpose AI model/);
    expect(section).toHaveTextContent('Duties for AI systems may still apply');
    expect(within(section).getByRole('link', { name: /AI-system duties not assessed/ })).toHaveAttribute(
      'href',
      '#signposts-heading',
    );
    expect(screen.queryByRole('list', { name: 'Obligations that apply' })).toBeNull();
  });
});

describe('AI-system duties not assessed (R93)', () => {
  it('lists every signpost with its article, text, date, a "Not assessed" marker and citations', () => {
    const report = fixtureReport('integrator');
    renderReport(report);
    const region = screen.getByRole('region', { name: 'AI-system duties not assessed by this tool' });
    const items = within(region).getAllByRole('listitem');
    expect(items.map((i) => i.dataset.signpost)).toEqual(report.signposts.map((s) => s.id));
    for (const [n, s] of report.signposts.entries()) {
      const item = items[n] as HTMLElement;
      expect(within(item).getByRole('heading', { level: 3 })).toHaveTextContent(`${s.article}: ${s.title}`);
      expect(item).toHaveTextContent(s.text);
      const marker = item.querySelector('.signpost-status') as HTMLElement;
      expect(marker).toHaveTextContent('Not assessed');
      expect(marker.querySelector('svg')).not.toBeNull();
      if (s.appliesFrom) expect(item.querySelector(`time[datetime="${s.appliesFrom}"]`)).not.toBeNull();
      const links = within(item).getAllByRole('link');
      expect(links.filter((l) => l.classList.contains('citation'))).toHaveLength(s.citations.length);
      expect(links.filter((l) => l.classList.contains('rule-link')).map((l) => l.textContent)).toEqual(
        s.rules,
      );
    }
  });

  it('never leaves "none apply to you" alone at a glance when AI-system duties are signposted', () => {
    renderReport('integrator');
    const glance = screen.getByRole('region', { name: 'At a glance' });
    expect(glance.querySelector('[data-glance="obligations"]')).toHaveTextContent(
      'No GPAI model obligations',
    );
    expect(glance).not.toHaveTextContent('None apply to you');
    expect(glance.querySelector('[data-glance="signposts"]')).toHaveTextContent(
      'Not assessed 6 duties to check yourself (listed below)',
    );
  });

  it('has no signposts section for a provider that builds no AI system', () => {
    renderReport('stepsTaken');
    expect(screen.queryByRole('region', { name: /AI-system duties/ })).toBeNull();
  });
});

describe('enforcement (R94)', () => {
  it('is stated once: the powers, the fine grounds and the ceiling, from 2 August 2026', () => {
    const report = fixtureReport('movedDeadline');
    renderReport(report);
    const regions = screen.getAllByRole('region', { name: 'Enforcement and fines' });
    expect(regions).toHaveLength(1);
    const region = regions[0] as HTMLElement;
    expect(region.querySelector('time[datetime="2026-08-02"]')).toHaveTextContent('2 August 2026');
    const powers = within(region).getByRole('list', { name: 'What the Commission can do' });
    expect(within(powers).getAllByRole('listitem')).toHaveLength(report.enforcement?.powers.length ?? -1);
    for (const p of report.enforcement?.powers ?? []) expect(powers).toHaveTextContent(p.article);
    const fines = within(region).getByRole('list', { name: 'Fines (Art. 101(1))' });
    expect(
      within(fines)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(report.enforcement?.fineGrounds.map((g) => `${g.point} — ${g.text}`));
    expect(region).toHaveTextContent(report.enforcement?.ceiling ?? 'missing');
    expect(within(region).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('is absent when the user is not a provider', () => {
    renderReport('integrator');
    expect(screen.queryByRole('region', { name: 'Enforcement and fines' })).toBeNull();
  });
});

describe('timeline', () => {
  it('is an ordered list of dated milestones with countdowns and a marker for the evaluation date', () => {
    const report = fixtureReport('movedDeadline');
    renderReport(report);
    const list = screen.getByRole('list', { name: 'Milestones' });
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    const marker = items.findIndex((i) => i.dataset.today !== undefined);
    expect(items[marker]).toHaveTextContent('Evaluation date: 25 November 2026');
    expect(items.slice(0, marker).every((i) => i.dataset.when !== 'future')).toBe(true);
    expect(items.slice(marker + 1).every((i) => i.dataset.when === 'future')).toBe(true);
    const deadline = list.querySelector('[data-milestone="notification-deadline"]') as HTMLElement;
    expect(deadline.querySelector('.countdown')).toHaveTextContent('in 5 days');
    expect(deadline.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-30');
    expect(deadline.querySelector('.period-moved')).toHaveTextContent(
      'Moved from Saturday 28 November 2026 to Monday 30 November 2026.',
    );
  });

  it('writes "At the latest" before a deadline bounded from placing (R89)', () => {
    renderReport('atLatest');
    const deadline = screen
      .getByRole('list', { name: 'Milestones' })
      .querySelector('[data-milestone="notification-deadline"]') as HTMLElement;
    expect(deadline.querySelector('p')).toHaveTextContent(/^At the latest 26 January 2026/);
  });

  it('sorts milestones by date even if the engine did not', () => {
    const report = fixtureReport('movedDeadline');
    renderReport({ ...report, timeline: [...report.timeline].reverse() });
    const dates = [
      ...screen.getByRole('list', { name: 'Milestones' }).querySelectorAll('.timeline-item > p > time'),
    ].map((t) => t.getAttribute('datetime'));
    expect(dates).toEqual([...dates].sort());
  });
});

describe('other sections and footer', () => {
  it('shows warnings, open questions and counterfactuals when the engine gives some', () => {
    const report = fixtureReport('movedDeadline');
    renderReport(report);
    if (report.warnings.length) expect(screen.getByRole('heading', { name: 'Warnings' })).toBeInTheDocument();
    const cf = screen.getByRole('region', { name: 'What would change this' });
    expect(within(cf).getAllByRole('listitem')).toHaveLength(report.counterfactuals.length);
  });

  it('footer: rules version, as-of date, short hash and the not-legal-advice line', () => {
    renderReport();
    const footer = screen.getByRole('region', { name: 'About this report' });
    expect(within(footer).getByTestId('rules-version')).toHaveTextContent(RULES_VERSION);
    expect(within(footer).getByTestId('evaluated-as-of')).toHaveTextContent('25 November 2026');
    expect(within(footer).getByTestId('answers-hash')).toHaveTextContent('3fa9c2d107be');
    expect(within(footer).getByText(/Not legal advice/)).toBeInTheDocument();
  });

  it('lists every ambiguity with the reading chosen and the other reading', () => {
    renderReport('openWeights');
    const region = screen.getByRole('region', { name: 'Where the law is unclear' });
    expect(within(region).getByText(/Other reading:/)).toBeInTheDocument();
    expect(within(region).getAllByRole('link', { name: 'E15' })[0]).toHaveAttribute('href', '#/rules#E15');
  });

  it('no citation link is labelled "official" (the Act is linked in its consolidated version)', () => {
    renderReport('integrator');
    for (const link of screen.getAllByRole('link')) expect(link.textContent ?? '').not.toMatch(/official/i);
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
    expect(glance.querySelector('[data-glance="next"]')).toHaveTextContent('30 November 2026 (in 5 days)');
    expect(glance.querySelector('[data-glance="overdue"]')).toBeNull();
  });
});

describe('not applicable, grouped', () => {
  it('lists obligations that share a reason once, with compact articles', () => {
    renderReport('integrator');
    const na = screen.getByRole('list', { name: 'Not applicable or exempted' });
    const items = within(na).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(
      /^Art\. 53\(1\)\(a\)–\(d\), 53\(3\), 54, 52\(1\), 55\(1\)\(a\)–\(d\) — No:/,
    );
  });

  it('groups the open-source exemption and the systemic-risk duties separately', () => {
    renderReport('openWeights');
    const items = within(screen.getByRole('list', { name: 'Not applicable or exempted' })).getAllByRole(
      'listitem',
    );
    expect(items.map((i) => i.querySelector('.font-semibold')?.textContent)).toEqual([
      'Art. 53(1)(a), (b), 54',
      'Art. 52(1)',
      'Art. 55(1)(a)–(d)',
    ]);
  });
});

describe('rule numbers inside engine sentences', () => {
  it('link to the rules page wherever a sentence names a rule (trace outcomes, scopes, milestones)', () => {
    const report = fixtureReport('movedDeadline');
    const sentences = [
      ...report.trace.map((s) => s.outcome),
      ...report.obligations.map((o) => o.scope ?? ''),
      ...report.timeline.map((m) => m.description),
    ].filter((t) => /\b[RE]\d{1,2}\b/.test(t));
    expect(sentences.length).toBeGreaterThan(0);
    renderReport(report);
    const paragraphs = [...document.querySelectorAll('p')];
    for (const text of sentences) {
      const shown = superscriptPowers(text);
      const p = paragraphs.find((el) => el.textContent?.includes(shown) && el.querySelector('a.rule-link'));
      expect(p, shown).toBeDefined();
      const linked = [...(p?.querySelectorAll('a.rule-link') ?? [])].map((a) => a.getAttribute('href'));
      for (const id of text.match(/\b[RE]\d{1,2}\b/g) ?? []) expect(linked).toContain(`#/rules#${id}`);
    }
  });
});
