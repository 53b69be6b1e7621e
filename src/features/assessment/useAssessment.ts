import { useCallback, useEffect, useRef, useState } from 'react';
import { getAssessment, listVersions, subscribe } from '../../shared/workspace/store';
import type { AssessmentRecord, VersionRecord } from '../../shared/workspace/types';
import { errorMessage } from './words';

export type AssessmentState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; record: AssessmentRecord; versions: VersionRecord[] };

/**
 * One assessment and its versions, read again whenever this tab or another changes it (subscribe). Only the
 * newest read may set the state, so a slow read never overwrites a newer one; a failed re-read keeps what is
 * on screen and says what went wrong.
 */
export function useAssessment(id: string) {
  const [state, setState] = useState<AssessmentState>({ status: 'loading' });
  const [readError, setReadError] = useState<string | null>(null);
  const seq = useRef(0);
  const active = useRef(true);

  const reload = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const [record, versions] = await Promise.all([getAssessment(id), listVersions(id)]);
      if (!active.current || mine !== seq.current) return;
      setState(record ? { status: 'ready', record, versions } : { status: 'missing' });
      setReadError(null);
    } catch (e) {
      if (!active.current || mine !== seq.current) return;
      setState((s) => (s.status === 'ready' ? s : { status: 'failed', message: errorMessage(e) }));
      setReadError(errorMessage(e));
    }
  }, [id]);

  useEffect(() => {
    active.current = true;
    void reload();
    const unsubscribe = subscribe((c) => {
      if (
        c.kind === 'all' ||
        (c.kind === 'assessment' && c.id === id) ||
        ('assessmentId' in c && c.assessmentId === id)
      )
        void reload();
    });
    return () => {
      active.current = false;
      unsubscribe();
    };
  }, [id, reload]);

  /** Shows a record a write returned at once, without waiting for the change notice. */
  const show = useCallback((record: AssessmentRecord) => {
    setState((s) => (s.status === 'ready' ? { ...s, record } : s));
  }, []);

  return { state, readError, reload, show };
}
