import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { AssessmentRecord } from '../../shared/workspace/types';
import type { DraftSaver, SaverState } from './draft-saver';
import { saverFor } from './savers';

/**
 * The assessment being edited, as React state: its saver (shared by every wizard page of this tab), the
 * saver's state, and writes flushed when the page is left, hidden or closed.
 */
export function useAssessmentDraft(record: AssessmentRecord | null): {
  saver: DraftSaver;
  state: SaverState;
} {
  const id = record?.id ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: one saver per assessment id; the shared saver takes newer records in itself
  const saver = useMemo(() => saverFor(record), [id]);
  const state = useSyncExternalStore(saver.subscribe, saver.getState, saver.getState);

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

  return { saver, state };
}
