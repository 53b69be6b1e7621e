import { useState, useSyncExternalStore } from 'react';
import { currentOffer, subscribeToOffer } from './update-offer';

/**
 * Says that a new version is ready and reloads into it only when asked (ADR 0072). The polite live region is
 * rendered empty from the start, so that screen readers announce the text when it appears.
 */
export function UpdateNotice() {
  const apply = useSyncExternalStore(subscribeToOffer, currentOffer, () => null);
  const [state, setState] = useState<'offered' | 'dismissed' | 'updating' | 'failed'>('offered');
  const visible = apply !== null && state !== 'dismissed';

  async function update() {
    if (!apply) return;
    setState('updating');
    try {
      await apply();
    } catch {
      setState('failed');
    }
  }

  return (
    <div role="status" className="print:hidden">
      {visible && (
        <aside aria-label="App update" className="border-b border-amber-300 bg-amber-50 py-3">
          <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-6 gap-y-2 px-4 text-slate-900">
            <p className="grow">
              {state === 'updating'
                ? 'Loading the new version…'
                : state === 'failed'
                  ? 'The new version could not be loaded. Close every tab of GPAI Navigator and open it again.'
                  : 'A new version of GPAI Navigator is ready. Reloading keeps your answers.'}
            </p>
            {state === 'offered' && (
              <div className="flex gap-3">
                <button
                  type="button"
                  onClick={update}
                  className="rounded bg-accent px-3 py-1.5 font-medium text-white"
                >
                  Reload to update
                </button>
                <button
                  type="button"
                  onClick={() => setState('dismissed')}
                  className="rounded border border-slate-400 px-3 py-1.5"
                >
                  Not now
                </button>
              </div>
            )}
          </div>
        </aside>
      )}
    </div>
  );
}
