import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslator } from '../../i18n/react';
import { subscribe } from '../../shared/workspace/store';
import type { WorkspaceChange } from '../../shared/workspace/types';

/**
 * Loads with `load` and loads again whenever this tab or another changes what it depends on (`affects`). A
 * failed read keeps what is on screen and says why; only the newest read may set the value.
 */
export function useTracked<T>(load: () => Promise<T>, affects: (c: WorkspaceChange) => boolean) {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const affectsRef = useRef(affects);
  affectsRef.current = affects;
  const translator = useTranslator();
  const translatorRef = useRef(translator);
  translatorRef.current = translator;

  const reload = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const next = await loadRef.current();
      if (mine === seq.current) {
        setValue(next);
        setError(null);
      }
    } catch (e) {
      if (mine === seq.current)
        setError(
          e instanceof Error && e.message ? e.message : translatorRef.current.m('workspace.storageSilent'),
        );
    }
  }, []);

  useEffect(() => {
    void reload();
    const unsubscribe = subscribe((c) => {
      if (affectsRef.current(c)) void reload();
    });
    return () => {
      seq.current++;
      unsubscribe();
    };
  }, [reload]);

  return { value, error, reload };
}
