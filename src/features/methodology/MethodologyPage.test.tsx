import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COMMISSION_HOLIDAYS } from '../../engine/law/commission-holidays';
import { LAW } from '../../engine/law/parameters';
import { RULES_CHANGELOG, RULES_VERSION } from '../../engine/rules-version';
import { SCENARIOS } from '../../engine/scenarios/scenarios';
import { SOURCES } from '../../engine/sources';
import { translatorFor } from '../../i18n/all';
import { TranslatorProvider } from '../../i18n/react';
import { superscriptPowers } from '../../shared/legal-text/superscript';
import { MethodologyPage } from './MethodologyPage';

describe('methodology page', () => {
  it('shows the rules version, the changelog and every source with its date and link', () => {
    render(<MethodologyPage />);
    expect(screen.getByTestId('rules-version')).toHaveTextContent(RULES_VERSION);
    const changelog = screen.getByRole('list', { name: 'Changelog' });
    const entries = within(changelog)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === changelog);
    expect(entries).toHaveLength(RULES_CHANGELOG.length);
    for (const entry of RULES_CHANGELOG) {
      expect(changelog).toHaveTextContent(entry.version);
      for (const change of entry.changes) expect(changelog).toHaveTextContent(superscriptPowers(change.text));
    }
    // Newest first, and the current version is the first entry.
    expect(entries[0]).toHaveTextContent(RULES_VERSION);
    const sources = screen.getByRole('region', { name: 'Legal sources' });
    for (const s of SOURCES) {
      const link = within(sources).getByRole('link', { name: new RegExp(s.title.replace(/[()]/g, '.')) });
      expect(link).toHaveAttribute('href', s.url);
    }
    for (const s of SOURCES) expect(sources.querySelector(`time[datetime="${s.date}"]`)).not.toBeNull();
  });

  it('renders the dated parameter table: every parameter with its value, date, source and rule (issue 13)', () => {
    render(<MethodologyPage />);
    const table = screen.getByRole('table', { name: 'Dated parameters of the law' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(Object.keys(LAW).length);
    const row = (id: string) => table.querySelector(`[data-parameter="${id}"]`) as HTMLElement;
    expect(row('systemicRiskThresholdFlop')).toHaveTextContent(/10²⁵ FLOP.*Art\. 51\(2\).*R32/);
    expect(row('notificationPeriod')).toHaveTextContent(/2 weeks.*Art\. 52\(1\)/);
    expect(row('legacyComplianceDeadline')).toHaveTextContent('2 August 2027');
    expect(row('annexIIIHighRiskApplies')).toHaveTextContent(/2 August 2026.*2 December 2027/);
    expect(row('fineCeilingEur')).toHaveTextContent('EUR 15 000 000');
    expect(row('designationBusinessUsers')).toHaveTextContent(/10 000.*Annex XIII\(f\).*R92/);
  });

  it('explains periods and public holidays (R87), with the holiday lists the engine applies', () => {
    render(<MethodologyPage />);
    const periods = screen.getByRole('region', { name: 'Periods and public holidays' });
    expect(periods).toHaveTextContent('Regulation (EEC, Euratom) No 1182/71');
    expect(periods).toHaveTextContent(/Saturday, a Sunday or a public holiday/);
    expect(periods).toHaveTextContent('Monday 18 August 2025');
    expect(periods).toHaveTextContent(/Fixed dates of application never move/);
    for (const h of COMMISSION_HOLIDAYS) {
      const link = within(periods).getByRole('link', { name: new RegExp(`^${h.year}`) });
      expect(link).toHaveAttribute('href', h.url);
    }
  });

  it('labels no link "official" and names the AI-system duties the report signposts (R93)', () => {
    render(<MethodologyPage />);
    for (const link of screen.getAllByRole('link')) expect(link.textContent ?? '').not.toMatch(/official/i);
    expect(screen.getByRole('region', { name: 'Limits' })).toHaveTextContent(/marked “not assessed” \(R93\)/);
  });

  it('explains compute estimation and the limits of the tool', () => {
    render(<MethodologyPage />);
    const compute = screen.getByRole('region', { name: 'How training compute is estimated' });
    expect(compute).toHaveTextContent('C = N × L × H × U');
    expect(compute).toHaveTextContent('C ≈ 6 × P × D');
    expect(compute).toHaveTextContent('30 %');
    expect(compute).toHaveTextContent(/Parameter-update compute/);
    expect(compute).toHaveTextContent(/Cumulative compute/);
    const limits = screen.getByRole('region', { name: 'Limits' });
    expect(limits).toHaveTextContent(/not binding/);
    expect(limits).toHaveTextContent(/Court of Justice/);
    expect(
      within(limits).getByRole('heading', { name: 'Not verified against a primary text' }),
    ).toBeInTheDocument();
  });

  it('runs the engine on every worked scenario and shows its verdicts', () => {
    render(<MethodologyPage />);
    const table = screen.getByRole('table', { name: 'Worked examples and the engine’s verdicts' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(SCENARIOS.length);
    expect(within(table).queryByText('Could not be evaluated.')).toBeNull();
    const exactly = rows.find((r) => r.dataset.scenario === 'criterion-exactly-1e23-not-met') as HTMLElement;
    const cells = within(exactly).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('No');
    expect(cells[4]).toHaveTextContent('None');
    const broad = rows.find((r) => r.dataset.scenario === 'broad-language-model-1e24') as HTMLElement;
    expect(within(broad).getAllByRole('cell')[4]).toHaveTextContent('Art. 53(1)(a)–(d), 53(3)');
  });

  it('writes powers of ten as superscripts', () => {
    expect(superscriptPowers('exactly 10^23 FLOP, above 10^25')).toBe('exactly 10²³ FLOP, above 10²⁵');
  });
});

describe('rule numbers on the methodology page', () => {
  it('link to the rules page in the prose, the changelog, the parameter table and the worked examples', () => {
    render(<MethodologyPage />);
    const ruleLinks = (within: HTMLElement) =>
      [...within.querySelectorAll<HTMLAnchorElement>('a.rule-link')].map((a) => a.getAttribute('href'));
    const changelog = screen.getByRole('list', { name: 'Changelog' });
    expect(ruleLinks(changelog)).toContain('#/rules#R87');
    const procedure = screen.getByRole('region', { name: 'How the result is worked out' });
    expect(ruleLinks(procedure)).toEqual(
      expect.arrayContaining(['#/rules#R1', '#/rules#R94', '#/rules#E30']),
    );
    const everyLink = ruleLinks(document.body);
    expect(everyLink.length).toBeGreaterThan(50);
    for (const href of everyLink) expect(href).toMatch(/^#\/rules#[RE]\d{1,2}$/);
    expect(screen.getByRole('link', { name: 'the rules' })).toHaveAttribute('href', '#/rules');
  });
});

describe('the methodology page in German', () => {
  it('writes its headings, the law table and the worked examples in German, with the law’s dates', () => {
    render(
      <TranslatorProvider value={translatorFor('de')}>
        <MethodologyPage />
      </TranslatorProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Methodik' })).toBeInTheDocument();
    expect(document.title).toBe('Methodik — GPAI Navigator');
    const table = screen.getByRole('table', { name: 'Datierte Parameter des Rechts' });
    expect(within(table).getByRole('columnheader', { name: 'Wert (gilt ab)' })).toBeInTheDocument();
    expect(table).toHaveTextContent('2 Wochen');
    const periods = screen.getByRole('region', { name: 'Fristen und Feiertage' });
    expect(periods).toHaveTextContent('nach dem 2. August 2025');
    const procedure = screen.getByRole('region', { name: 'Wie das Ergebnis ermittelt wird' });
    expect(procedure).toHaveTextContent('bis zum 2. August 2027');
    expect(within(procedure).getByRole('link', { name: /Art\. 53/ })).toBeInTheDocument();
    const examples = screen.getByRole('table', {
      name: 'Durchgerechnete Beispiele und die Ergebnisse der Engine',
    });
    expect(within(examples).queryByText('Konnte nicht ausgewertet werden.')).toBeNull();
  });
});

describe('the engine’s reference data on the methodology page, in German (issue #11)', () => {
  it('writes the changelog, the source notes, the parameter labels and the scenario titles in German', () => {
    render(
      <TranslatorProvider value={translatorFor('de')}>
        <MethodologyPage />
      </TranslatorProvider>,
    );
    const changelog = screen.getByRole('list', { name: 'Änderungsprotokoll' });
    expect(changelog).toHaveTextContent(
      'Fristen nach der Verordnung (EWG, Euratom) Nr. 1182/71 (R87): Eine Frist, die an einem Samstag oder Sonntag endet,',
    );
    expect(changelog).toHaveTextContent('die zwei Wochen der Leitlinien nach dem 2. August 2025 enden');
    expect(changelog).not.toHaveTextContent(/Rules revision|Periods under/);

    const sources = screen.getByRole('region', { name: 'Rechtsquellen' });
    expect(sources).toHaveTextContent(
      'Nicht verbindlich; verbindlich ausgelegt wird die KI-Verordnung nur vom Gerichtshof (Leitlinien Rn. 9).',
    );
    expect(
      within(sources).getByRole('link', { name: /^Verordnung \(EU\) 2024\/1689 \(KI-Verordnung\)/ }),
    ).toBeInTheDocument();
    expect(sources).not.toHaveTextContent(/Only the Official Journal|Non-binding/);

    const table = screen.getByRole('table', { name: 'Datierte Parameter des Rechts' });
    const row = (id: string) => table.querySelector(`[data-parameter="${id}"]`) as HTMLElement;
    expect(within(row('systemicRiskThresholdFlop')).getByRole('rowheader')).toHaveTextContent(
      'Vermutung eines systemischen Risikos: kumulierter Trainingsrechenaufwand größer als',
    );
    expect(row('systemicRiskThresholdFlop')).toHaveTextContent('Art. 51 Abs. 2');
    expect(within(row('legacyComplianceDeadline')).getByRole('rowheader')).toHaveTextContent(
      'Vor dem 2. August 2025 in Verkehr gebrachte Modelle erfüllen die Pflichten bis',
    );

    const examples = screen.getByRole('table', {
      name: 'Durchgerechnete Beispiele und die Ergebnisse der Engine',
    });
    const exactly = examples.querySelector('[data-scenario="criterion-exactly-1e23-not-met"]') as HTMLElement;
    expect(within(exactly).getByRole('rowheader')).toHaveTextContent(
      'Ein Textmodell unbekannter Allgemeinheit, trainiert mit genau 10²³ FLOP, erfüllt das indikative Kriterium („größer als“) nicht',
    );
    const enforcement = examples.querySelector(
      '[data-scenario="r94-provider-enforcement-section"]',
    ) as HTMLElement;
    expect(enforcement).toHaveTextContent('bis zu 3 % oder 15 Mio. EUR – ab dem 2. Aug. 2026.');
    const named = examples.querySelector('[data-scenario="r88-notified-before-placing-done"]') as HTMLElement;
    expect(named).toHaveTextContent(
      'Das Labor aus r88-intended-planned-above-1e25-notify-now hat die Kommission',
    );
    expect(examples.querySelector('[lang="en"]')).toBeNull();
    expect(examples).not.toHaveTextContent(/ is not a GPAI model/);
  });
});
