/**
 * Asks the waiting service worker to take over and resolves once it is active (ADR 0072). Waiting for the
 * "activated" state, rather than reloading on the first sign of a change of controller, means the reload that
 * follows is served by the new worker with its caches in place, whether or not this page was controlled.
 * Resolves at once when nothing waits (another tab already switched); rejects if the new worker fails.
 */
export function switchToWaitingWorker(
  container: Pick<ServiceWorkerContainer, 'getRegistration'>,
): Promise<void> {
  return container.getRegistration().then((registration) => {
    const waiting = registration?.waiting;
    if (!waiting) return;
    return new Promise<void>((resolve, reject) => {
      const settle = () => {
        if (waiting.state === 'activated') resolve();
        else if (waiting.state === 'redundant') reject(new Error('The new version could not be installed.'));
        else return;
        waiting.removeEventListener('statechange', settle);
      };
      waiting.addEventListener('statechange', settle);
      waiting.postMessage({ type: 'SKIP_WAITING' });
    });
  });
}
