/**
 * Asks the waiting service worker to take over and resolves once it is active (ADR 0072). Waiting for the
 * "activated" state, rather than reloading on the first sign of a change of controller, means the reload that
 * follows is served by the new worker with its caches in place, whether or not this page was controlled.
 * Resolves at once when nothing waits (another tab already switched). If the worker it asked is replaced before
 * it activates (an update check found a newer one, which now waits), it asks the newer one, once; if the worker
 * fails instead, it rejects, so the notice can say so.
 */
export async function switchToWaitingWorker(
  container: Pick<ServiceWorkerContainer, 'getRegistration'>,
  retries = 1,
): Promise<void> {
  const waiting = (await container.getRegistration())?.waiting;
  if (!waiting) return;
  const outcome = await new Promise<'activated' | 'redundant'>((resolve) => {
    const settle = () => {
      if (waiting.state !== 'activated' && waiting.state !== 'redundant') return;
      waiting.removeEventListener('statechange', settle);
      resolve(waiting.state);
    };
    waiting.addEventListener('statechange', settle);
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  if (outcome === 'activated') return;
  const newer = (await container.getRegistration())?.waiting;
  if (newer && newer !== waiting && retries > 0) return switchToWaitingWorker(container, retries - 1);
  throw new Error('The new version could not be installed.');
}
