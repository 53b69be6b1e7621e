import { useCallback, useState } from 'react';
import type { DraftAnswers } from '../../engine/questionnaire';
import { clearDraft, type Draft, type LoadDraftResult, loadDraft, saveAnswers } from './storage';

/** The saved draft as React state: read once, saved on every step, cleared on request. */
export function useDraft() {
  const [state, setState] = useState<LoadDraftResult>(loadDraft);
  const save = useCallback((answers: DraftAnswers): Draft => {
    const draft = saveAnswers(answers);
    setState({ status: 'ok', draft, migration: null });
    return draft;
  }, []);
  const clear = useCallback(() => {
    clearDraft();
    setState({ status: 'none' });
  }, []);
  const answers: DraftAnswers = state.status === 'ok' ? state.draft.answers : {};
  return { state, answers, save, clear };
}
