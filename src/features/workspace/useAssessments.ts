import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslator } from '../../i18n/react';
import { listAssessments, migrateLegacyDraftDetailed, subscribe } from '../../shared/workspace/store';
import type { AssessmentRecord } from '../../shared/workspace/types';
import { errorMessage } from './errors';

/**
 * Every assessment, read in one call and read again whenever this tab or another changes the workspace
 * (subscribe). The old single draft is brought in first, once. A failed read keeps the last list on screen and
 * says what went wrong; only the newest read may set the list, so a slow read never overwrites a newer one.
 */
export function useAssessments() {
  const [records, setRecords] = useState<AssessmentRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);
  const active = useRef(true);
  const tr = useTranslator();
  const trRef = useRef(tr);
  trRef.current = tr;

  const reload = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const list = await listAssessments();
      if (active.current && mine === seq.current) {
        setRecords(list);
        setError(null);
      }
    } catch (e) {
      if (active.current && mine === seq.current) setError(errorMessage(e, trRef.current));
    }
  }, []);

  useEffect(() => {
    active.current = true;
    let migrationError: string | null = null;
    void (async () => {
      try {
        const migration = await migrateLegacyDraftDetailed();
        if (migration.status === 'discarded')
          migrationError = trRef.current.m('workspace.migrationDiscarded', {
            reason: trRef.current.t(migration.text),
          });
      } catch (e) {
        migrationError = trRef.current.m('workspace.migrationFailed', {
          error: errorMessage(e, trRef.current),
        });
      }
      await reload();
      if (migrationError && active.current) setError(migrationError);
    })();
    const unsubscribe = subscribe(() => void reload());
    return () => {
      active.current = false;
      unsubscribe();
    };
  }, [reload]);

  return { records, error, reload };
}
