import { useState, useSyncExternalStore } from 'react';
import { offline as de } from '../../i18n/catalogs/de/offline';
import { offline as en } from '../../i18n/catalogs/en/offline';
import { offline as fr } from '../../i18n/catalogs/fr/offline';
import { type Lang, pickLanguage } from '../../i18n/languages';
import { currentOffer, subscribeToOffer } from './update-offer';

/**
 * The notice lives in its own React root, outside the app's translator (./register.ts), and loads after the
 * page: it reads only the catalogs' small `offline` area (plain text, no ICU), never a whole catalog.
 */
const WORDS: Record<Lang, typeof de> = { en, de, fr };

/** The page's language as the root layout sets it on `<html lang>`, followed when the reader switches. */
function subscribeToPageLang(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => observer.disconnect();
}
const pageLang = (): Lang => pickLanguage([document.documentElement.lang]);

/**
 * Says that a new version is ready and reloads into it only when asked (ADR 0072). The polite live region is
 * rendered empty from the start, so that screen readers announce the text when it appears.
 */
export function UpdateNotice() {
  const apply = useSyncExternalStore(subscribeToOffer, currentOffer, () => null);
  const w = WORDS[useSyncExternalStore(subscribeToPageLang, pageLang, () => 'en' as const)];
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
        <aside aria-label={w.updateLabel} className="border-b border-amber-300 bg-amber-50 py-3">
          <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-6 gap-y-2 px-4 text-slate-900">
            <p className="grow">
              {state === 'updating' ? w.updateLoading : state === 'failed' ? w.updateFailed : w.updateReady}
            </p>
            {state === 'offered' && (
              <div className="flex gap-3">
                <button
                  type="button"
                  onClick={update}
                  className="rounded bg-accent px-3 py-1.5 font-medium text-white"
                >
                  {w.updateReload}
                </button>
                <button
                  type="button"
                  onClick={() => setState('dismissed')}
                  className="rounded border border-slate-400 px-3 py-1.5"
                >
                  {w.updateLater}
                </button>
              </div>
            )}
          </div>
        </aside>
      )}
    </div>
  );
}
