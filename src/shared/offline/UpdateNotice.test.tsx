import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { de } from '../../i18n/catalogs/de';
import { en } from '../../i18n/catalogs/en';
import { fr } from '../../i18n/catalogs/fr';
import { LANGUAGES } from '../../i18n/languages';
import type { MessageId } from '../../i18n/message-id';
import { createTranslator } from '../../i18n/translator';

// The offer is module state (one per page): a fresh module for each test.
let notice: typeof import('./UpdateNotice');
let offer: typeof import('./update-offer');
beforeEach(async () => {
  vi.resetModules();
  offer = await import('./update-offer');
  notice = await import('./UpdateNotice');
});
afterEach(() => {
  document.documentElement.removeAttribute('lang');
});

function renderNotice() {
  render(<notice.UpdateNotice />);
  return screen.getByRole('status');
}

describe('update notice (ADR 0072)', () => {
  it('renders an empty polite live region until a new version waits, then says so', () => {
    const status = renderNotice();
    expect(status).toBeEmptyDOMElement();
    act(() => offer.offerUpdate(async () => {}));
    expect(status).toHaveTextContent(
      'A new version of GPAI Navigator is ready. Reloading keeps your answers.',
    );
    expect(screen.getByRole('complementary', { name: 'App update' })).toBeInTheDocument();
  });

  it('switches to the new version only when the user presses "Reload to update"', async () => {
    const apply = vi.fn(() => new Promise<void>(() => {})); // the page reloads before this settles
    const status = renderNotice();
    act(() => offer.offerUpdate(apply));
    expect(apply).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(apply).toHaveBeenCalledTimes(1);
    expect(status).toHaveTextContent('Loading the new version…');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('"Not now" hides the notice and keeps the current version', async () => {
    const apply = vi.fn(async () => {});
    const status = renderNotice();
    act(() => offer.offerUpdate(apply));
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(status).toBeEmptyDOMElement();
    expect(apply).not.toHaveBeenCalled();
  });

  it('says what to do when the switch fails', async () => {
    const status = renderNotice();
    act(() => offer.offerUpdate(() => Promise.reject(new Error('no waiting worker'))));
    await userEvent.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(status).toHaveTextContent(
      'The new version could not be loaded. Close every tab of GPAI Navigator and open it again.',
    );
  });

  it('is reachable and operable with the keyboard alone', async () => {
    const apply = vi.fn(async () => {});
    renderNotice();
    act(() => offer.offerUpdate(apply));
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Reload to update' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('speaks the page’s language: German where the root layout set <html lang="de">', async () => {
    document.documentElement.lang = 'de';
    const apply = vi.fn(() => Promise.reject(new Error('no waiting worker')));
    const status = renderNotice();
    act(() => offer.offerUpdate(apply));
    expect(status).toHaveTextContent(
      'Eine neue Version von GPAI Navigator ist bereit. Beim Neuladen bleiben Ihre Antworten erhalten.',
    );
    expect(screen.getByRole('complementary', { name: 'App-Aktualisierung' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nicht jetzt' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Neu laden und aktualisieren' }));
    expect(apply).toHaveBeenCalledTimes(1);
    expect(status).toHaveTextContent(
      'Die neue Version konnte nicht geladen werden. Schließen Sie alle Tabs von GPAI Navigator und öffnen Sie die App erneut.',
    );
  });

  it('follows the reader’s language switch while it is shown', async () => {
    const status = renderNotice();
    act(() => offer.offerUpdate(async () => {}));
    expect(screen.getByRole('button', { name: 'Reload to update' })).toBeInTheDocument();
    await act(async () => {
      document.documentElement.lang = 'fr';
    });
    expect(status).toHaveTextContent(
      'Une nouvelle version de GPAI Navigator est prête. Le rechargement conserve vos réponses.',
    );
    expect(screen.getByRole('button', { name: 'Recharger pour mettre à jour' })).toBeInTheDocument();
    await act(async () => {
      document.documentElement.lang = 'en-GB';
    });
    expect(screen.getByRole('button', { name: 'Reload to update' })).toBeInTheDocument();
  });
});

describe('the catalogs’ offline area, read without a translator', () => {
  // The notice and the framing refusal show these strings as they are: each must render to itself.
  const catalogs = { en, de, fr } as const;
  it.each(LANGUAGES)('%s: every message is plain text (what the translator would write)', (lang) => {
    const translator = createTranslator(lang, catalogs[lang]);
    for (const [key, text] of Object.entries(catalogs[lang].offline)) {
      expect(text).not.toMatch(/[{}'#]/u);
      expect(translator.m(`offline.${key}` as MessageId)).toBe(text);
    }
  });
});
