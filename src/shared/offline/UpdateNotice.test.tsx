import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The offer is module state (one per page): a fresh module for each test.
let notice: typeof import('./UpdateNotice');
let offer: typeof import('./update-offer');
beforeEach(async () => {
  vi.resetModules();
  offer = await import('./update-offer');
  notice = await import('./UpdateNotice');
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
});
