import { createMemoryHistory, createRouter, RouterProvider } from '@tanstack/react-router';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/all';
import { TranslatorProvider } from '../i18n/react';
import type { Translator } from '../i18n/translator';
import { routeTree } from '../routeTree.gen';

async function renderStart(translator?: Translator) {
  const router = createRouter({ routeTree, history: createMemoryHistory({ initialEntries: ['/'] }) });
  await router.load();
  const page = <RouterProvider router={router} />;
  render(translator ? <TranslatorProvider value={translator}>{page}</TranslatorProvider> : page);
}

describe('the start page', () => {
  it('reads in English by default', async () => {
    await renderStart();
    expect(await screen.findByRole('heading', { level: 2, name: 'What you will need' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start now' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Or open a saved answers file' })).toBeInTheDocument();
  });

  it('reads in German with a German translator', async () => {
    await renderStart(translatorFor('de'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Was Sie brauchen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Jetzt beginnen' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Oder eine gespeicherte Antwortdatei öffnen' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Antwortdatei (JSON)')).toBeInTheDocument();
  });
});
