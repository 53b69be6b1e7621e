import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { AssessmentRecord } from '../../shared/workspace/types';
import type { DraftSaver, SaverState } from './draft-saver';
import { saverFor } from './savers';

/**
 * The saver of the assessment being edited (shared by every wizard page of this tab), its writes flushed
 * when the page is left, hidden or closed. Its state: useSaverState or useSaverSelect.
 */
export function useAssessmentDraft(record: AssessmentRecord | null): DraftSaver {
  const id = record?.id ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: one saver per assessment id; the shared saver takes newer records in itself
  const saver = useMemo(() => saverFor(record), [id]);

  useEffect(() => {
    const flush = () => void saver.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [saver]);

  return saver;
}

/** The saver's whole state: re-renders on every change (status included). */
export function useSaverState(saver: DraftSaver): SaverState {
  return useSyncExternalStore(saver.subscribe, saver.getState, saver.getState);
}

/**
 * Part of the saver's state: re-renders only when a selected field changes (by identity), so that a page
 * showing the form is not re-rendered by each keystroke's save and status.
 */
export function useSaverSelect<T extends Record<string, unknown>>(
  saver: DraftSaver,
  select: (state: SaverState) => T,
): T {
  const cache = useRef<T | null>(null);
  const get = () => {
    const next = select(saver.getState());
    const prev = cache.current;
    if (prev && Object.keys(next).every((k) => Object.is(prev[k], next[k]))) return prev;
    cache.current = next;
    return next;
  };
  return useSyncExternalStore(saver.subscribe, get, get);
}
