import { describe, expect, it } from 'vitest';
import { switchToWaitingWorker } from './switch-worker';

/** A waiting worker that moves through the states it is told to on SKIP_WAITING. */
function fakeWorker(states: ServiceWorkerState[]) {
  const worker = new EventTarget() as EventTarget & {
    state: ServiceWorkerState;
    messages: unknown[];
    postMessage: (m: unknown) => void;
  };
  worker.state = 'installed';
  worker.messages = [];
  worker.postMessage = (message) => {
    worker.messages.push(message);
    for (const state of states) {
      queueMicrotask(() => {
        worker.state = state;
        worker.dispatchEvent(new Event('statechange'));
      });
    }
  };
  return worker;
}

const container = (...waiting: unknown[]) => ({
  // Each look at the registration finds the next worker in line (the last one stays).
  getRegistration: async () =>
    ({ waiting: waiting.length > 1 ? waiting.shift() : waiting[0] }) as unknown as ServiceWorkerRegistration,
});

describe('switching to the waiting worker (ADR 0072)', () => {
  it('asks it to skip waiting and resolves only once it is activated, not while activating', async () => {
    const worker = fakeWorker(['activating', 'activated']);
    let done = false;
    const switching = switchToWaitingWorker(container(worker)).then(() => {
      done = true;
    });
    expect(done).toBe(false);
    await switching;
    expect(worker.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(worker.state).toBe('activated');
  });

  it('does not resolve while the worker is only activating', async () => {
    const worker = fakeWorker(['activating']);
    let done = false;
    void switchToWaitingWorker(container(worker)).then(() => {
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(worker.state).toBe('activating');
    expect(done).toBe(false);
  });

  it('rejects when the new worker fails, so the notice can say so', async () => {
    await expect(switchToWaitingWorker(container(fakeWorker(['redundant'])))).rejects.toThrow(
      'could not be installed',
    );
  });

  it('asks a newer worker that replaced the first before it activated, and resolves when that one is active', async () => {
    const replaced = fakeWorker(['redundant']);
    const newer = fakeWorker(['activating', 'activated']);
    await switchToWaitingWorker(container(replaced, newer));
    expect(replaced.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(newer.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(newer.state).toBe('activated');
  });

  it('resolves at once when nothing waits (another tab already switched)', async () => {
    await expect(switchToWaitingWorker(container(null))).resolves.toBeUndefined();
  });
});
