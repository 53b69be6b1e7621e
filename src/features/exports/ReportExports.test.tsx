import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Answers } from '../../engine/answers';
import { answersToJson } from '../../export/answers-json';
import { translatorFor } from '../../i18n/all';
import { TranslatorProvider } from '../../i18n/react';
import { evaluateInEnglish } from '../../i18n/test-helpers';
import type { Translator } from '../../i18n/translator';
import { decodeAnswers } from '../../share/codec';
import golden from '../../share/golden-links.json';
import { PERSONAS } from '../../share/test-personas';
import { ReportExports } from './ReportExports';

const frontier = PERSONAS.frontierLabOutsideEu as Answers;
const integrator = PERSONAS.apiIntegrator as Answers;

/** A real router over a tiny tree: the panel on /report, with the `a` value shown so navigation is visible. */
function renderPanel(answers: Answers, translator?: Translator) {
  const root = createRootRoute({ component: () => <Outlet /> });
  const report = createRoute({
    getParentRoute: () => root,
    path: '/report',
    validateSearch: (s: Record<string, unknown>) => ({
      a: typeof s.a === 'string' ? s.a : undefined,
      asOf: typeof s.asOf === 'string' ? s.asOf : undefined,
    }),
    component: function Page() {
      const { a } = report.useSearch();
      return (
        <>
          <span data-testid="current-a">{a ?? ''}</span>
          <ReportExports answers={answers} report={evaluateInEnglish(answers, '2026-11-25')} />
        </>
      );
    },
  });
  const router = createRouter({
    routeTree: root.addChildren([report]),
    history: createMemoryHistory({ initialEntries: ['/report'] }),
  });
  const panel = <RouterProvider router={router} />;
  render(translator ? <TranslatorProvider value={translator}>{panel}</TranslatorProvider> : panel);
  return router;
}

function linkValue(): string {
  const field = screen.getByLabelText('Link to this report') as HTMLInputElement;
  return field.value.split('a=')[1]?.split('&')[0] ?? '';
}

describe('ReportExports', () => {
  it('leaves the model name out of the link until the box is ticked', async () => {
    renderPanel(frontier);
    const box = await screen.findByLabelText('Include the model name in the link');
    expect(box).not.toBeChecked();
    const without = decodeAnswers(linkValue());
    expect(without.ok && without.answers.modelName).toBe(undefined);
    await userEvent.click(box);
    const withName = decodeAnswers(linkValue());
    expect(withName.ok && withName.answers.modelName).toBe('Łódź AI');
  });

  it('disables the box when there is no model name', async () => {
    renderPanel(integrator);
    expect(await screen.findByLabelText('Include the model name in the link')).toBeDisabled();
  });

  it('confirms a copy in a live region, and says what to do when copying is refused', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPanel(frontier);
    await userEvent.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(
      (screen.getByLabelText('Link to this report') as HTMLInputElement).value,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Link copied. It contains your answers but not the model name.',
    );

    writeText.mockRejectedValueOnce(new Error('denied'));
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('status')).toHaveTextContent('press Ctrl+C');
  });

  it('shows import errors naming the field, and moves focus to them', async () => {
    renderPanel(integrator);
    const input = await screen.findByLabelText('Answers file (JSON)');
    const bad = new File([JSON.stringify({ ...frontier, euEstablished: 'maybe' })], 'bad.json', {
      type: 'application/json',
    });
    await act(async () => {
      fireEvent.change(input, { target: { files: [bad] } });
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('bad.json: The file could not be imported: one answer is not valid.');
    expect(alert).toHaveTextContent('euEstablished');
    await waitFor(() => expect(alert).toHaveFocus());
  });

  it('opens the report of an imported file like a share link, writing nothing to this browser until saved', async () => {
    const router = renderPanel(integrator);
    const input = await screen.findByLabelText('Answers file (JSON)');
    const file = new File([answersToJson(frontier)], 'frontier.json', { type: 'application/json' });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    await waitFor(() => expect(router.state.location.search).toHaveProperty('a'));
    const a = (router.state.location.search as { a: string }).a;
    const decoded = decodeAnswers(a);
    // The model name stays out of the address bar: it travels in the history entry.
    const { modelName, ...withoutName } = frontier;
    expect(decoded.ok && decoded.answers).toEqual(withoutName);
    expect(router.state.location.state.importedFile).toEqual({ a, migration: null, modelName });
    // No old local draft is written (it would turn into a workspace assessment on the next visit, unasked):
    // the report offers "Save to my workspace" instead (ADR 0092).
    expect(window.localStorage.length).toBe(0);
    expect(screen.getByRole('status')).toHaveTextContent('Imported the answers from frontier.json');
  });

  it('an imported version 1 file is migrated, and its notes travel with the report it opens', async () => {
    const router = renderPanel(integrator);
    const input = await screen.findByLabelText('Answers file (JSON)');
    const v1 = golden.links.find((g) => g.name === 'v1MigrationCases')?.answers;
    const file = new File([JSON.stringify(v1)], 'old.json', { type: 'application/json' });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    await waitFor(() => expect(router.state.location.search).toHaveProperty('a'));
    const a = (router.state.location.search as { a: string }).a;
    const decoded = decodeAnswers(a);
    expect(decoded.ok && decoded.answers).toMatchObject({ schemaVersion: 2, role: 'hobbyist' });
    expect(router.state.location.state.importedFile).toEqual({
      a,
      migration: {
        fromVersion: 1,
        notes: expect.arrayContaining([expect.objectContaining({ field: 'outputModalities' })]),
      },
    });
    expect(screen.getByRole('status')).toHaveTextContent('converted from answers schema version 1');
  });
});

describe('ReportExports in French', () => {
  it('labels the panel and words its status messages in French', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPanel(frontier, translatorFor('fr'));
    expect(await screen.findByRole('heading', { name: 'Lien de partage' })).toBeInTheDocument();
    expect(screen.getByLabelText('Inclure le nom du modèle dans le lien')).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Télécharger la synthèse PDF' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Importer des réponses' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Copier le lien' }));
    expect(await screen.findByTestId('exports-status')).toHaveTextContent(
      'Lien copié. Il contient vos réponses, mais pas le nom du modèle.',
    );
  });
});
