import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RULE_REGISTRY } from '../../engine/rules/registry';
import { inEnglish } from '../../i18n/english';
import { loadTranslator } from '../../i18n/load';
import { TranslatorProvider } from '../../i18n/react';
import type { Translator } from '../../i18n/translator';
import { superscriptPowers } from '../../shared/legal-text/superscript';
import { RulesPage } from './RulesPage';

async function renderRules(at = '/rules', translator?: Translator) {
  const root = createRootRoute({ component: () => <Outlet /> });
  const rules = createRoute({ getParentRoute: () => root, path: '/rules', component: RulesPage });
  const router = createRouter({
    routeTree: root.addChildren([rules]),
    history: createMemoryHistory({ initialEntries: [at] }),
  });
  const page = <RouterProvider router={router} />;
  render(translator ? <TranslatorProvider value={translator}>{page}</TranslatorProvider> : page);
  // A German translator from loadTranslator() has no rules statements yet: the page loads them and suspends until
  // then (ADR 0100), so the first wait includes a module import — a harness limit, not a timed assertion.
  await screen.findByRole(
    'heading',
    { level: 1, name: translator?.lang === 'de' ? 'Die Regeln' : 'The rules' },
    { timeout: 15_000 },
  );
  return router;
}

/** The entry of one rule (queried by its data attribute: role queries over 124 articles are slow in jsdom). */
function entry(id: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`article[data-rule="${id}"]`);
  if (!el) throw new Error(`no entry ${id}`);
  expect(el).toHaveAttribute('aria-labelledby', id);
  return el;
}

describe('rules page', () => {
  // One render for the content checks: the page has 124 entries, and jsdom renders them slowly.
  it('has one entry per rule, each stated with its linked sources and the revision that last changed it, in the reference’s sections', async () => {
    await renderRules();
    // One entry per rule of the registry, each with a heading whose id is the rule number.
    const entries = document.querySelectorAll('article.rule');
    expect(entries).toHaveLength(RULE_REGISTRY.length);
    for (const r of RULE_REGISTRY) {
      const heading = document.getElementById(r.id) as HTMLElement;
      expect(heading.tagName, r.id).toBe('H3');
      expect(heading.textContent?.startsWith(r.id)).toBe(true);
    }
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);

    // The statement, the sources linked at the article, the revision that last changed it.
    const r48 = entry('R48');
    expect(r48).toHaveTextContent(
      superscriptPowers(inEnglish(RULE_REGISTRY).find((r) => r.id === 'R48')?.statement ?? '-'),
    );
    const art = within(r48).getByRole('link', { name: /^Art\. 53\(2\)/ });
    expect(art).toHaveAttribute('href', 'https://eur-lex.europa.eu/eli/reg/2024/1689/2026-07-27/eng#art_53');
    expect(within(r48).getByTestId('changed-in')).toHaveTextContent('Unchanged since revision 1');
    const r34 = entry('R34');
    expect(within(r34).getByTestId('changed-in')).toHaveTextContent('Last changed in revision 2');
    expect(r34).toHaveTextContent('As the reference cites it: GL ¶26');
    const r87 = entry('R87');
    expect(within(r87).getByTestId('changed-in')).toHaveTextContent('Added in revision 2');

    // The rules a statement names link to their entries.
    const e28 = entry('E28');
    expect(within(e28).getByRole('link', { name: 'R35' })).toHaveAttribute('href', '#/rules#R35');

    // Sections of the reference, with a contents list linking to each.
    const contents = screen.getByRole('navigation', { name: 'Contents' });
    const links = within(contents).getAllByRole('link');
    expect(links.length).toBe(15);
    expect(screen.getByRole('heading', { level: 2, name: 'Systemic risk' })).toHaveAttribute(
      'id',
      'systemic-risk',
    );
    expect(contents).toHaveTextContent('Systemic risk (R31–R41)');
    expect(contents).toHaveTextContent('Edge cases and ambiguities (E1–E30)');
  });

  it('states the rules in the reader’s language, with the same anchors and rule links', async () => {
    await renderRules('/rules', await loadTranslator('de'));
    expect(screen.getByRole('heading', { level: 1, name: 'Die Regeln' })).toBeInTheDocument();
    expect(document.title).toBe('Die Regeln — GPAI Navigator');
    const heading = screen.getByRole('heading', { level: 2, name: 'Systemisches Risiko' });
    expect(heading).toHaveAttribute('id', 'systemic-risk');
    const contents = screen.getByRole('navigation', { name: 'Inhalt' });
    expect(contents).toHaveTextContent('Systemisches Risiko (R31–R41)');
    expect(contents).toHaveTextContent('Grenzfälle und Mehrdeutigkeiten (E1–E30)');
    const r48 = entry('R48');
    expect(r48).toHaveTextContent(
      /sind von Art\. 53 Abs\. 1 Buchst\. a, Art\. 53 Abs\. 1 Buchst\. b und Art\. 54 ausgenommen/,
    );
    expect(r48).toHaveTextContent(
      'Art. 53 Abs. 2, Art. 54 Abs. 6; Erwägungsgründe 102, 104; Leitlinien Abschn. 4.1.',
    );
    const e28 = entry('E28');
    expect(document.getElementById('E28')).toHaveTextContent('E28 — Art. 55 vor dem Inverkehrbringen');
    expect(within(e28).getByRole('link', { name: 'R35' })).toHaveAttribute('href', '#/rules#R35');
  });

  it('opened at #/rules#R34, focuses the heading of R34', async () => {
    await renderRules('/rules#R34');
    const heading = document.getElementById('R34');
    await expect.poll(() => document.activeElement).toBe(heading);
  });
});
