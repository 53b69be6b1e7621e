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

const container = (waiting: unknown) => ({
  getRegistration: async () => ({ waiting }) as unknown as ServiceWorkerRegistration,
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

  it('resolves at once when nothing waits (another tab already switched)', async () => {
    await expect(switchToWaitingWorker(container(null))).resolves.toBeUndefined();
  });
});
