import { describe, expect, it, vi } from 'vitest';

// The module keeps state for the page's lifetime: each test gets a fresh copy.
async function fresh() {
  vi.resetModules();
  return import('./background-fetches');
}

describe('background fetches around an update (ADR 0072)', () => {
  it('waits for a fetch in flight before the update goes on', async () => {
    const { backgroundFetch, quietBackgroundFetches } = await fresh();
    let finish = () => {};
    backgroundFetch(() => new Promise<void>((resolve) => (finish = resolve)));
    let quiet = false;
    const quieting = quietBackgroundFetches().then(() => {
      quiet = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(quiet).toBe(false);
    finish();
    await quieting;
    expect(quiet).toBe(true);
  });

  it('starts no fetch once an update is being applied', async () => {
    const { backgroundFetch, quietBackgroundFetches } = await fresh();
    await quietBackgroundFetches();
    const start = vi.fn(() => Promise.resolve());
    backgroundFetch(start);
    expect(start).not.toHaveBeenCalled();
  });

  it('a failed fetch does not hold the update back', async () => {
    const { backgroundFetch, quietBackgroundFetches } = await fresh();
    backgroundFetch(() => Promise.reject(new Error('offline')));
    await expect(quietBackgroundFetches()).resolves.toBeUndefined();
  });
});
