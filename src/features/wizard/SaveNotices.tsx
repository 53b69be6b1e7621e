/**
 * What the user is told about saving: a quiet status near the buttons ("Saving…", "Saved" only once the write
 * committed), a notice when a write failed (the answers on screen are NOT saved: download them, try again),
 * and the choice when another tab changed the same assessment (keep mine / take theirs).
 */
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { ANSWERS_SCHEMA_VERSION } from '../../engine/answers';
import type { DraftAnswers } from '../../engine/questionnaire';
import { useTranslator } from '../../i18n/react';
import type { Translator } from '../../i18n/translator';
import { completeAnswers } from '../../shared/draft/storage';
import type { DraftSaver, SaverState } from './draft-saver';
import { useSaverState } from './useAssessmentDraft';

export function saveStatusText(state: SaverState, tr: Translator): string {
  if (state.error || state.status === 'conflict') return tr.m('wizard.notSaved');
  if (state.status === 'saving') return tr.m('wizard.saving');
  if (state.status === 'saved') return tr.m('wizard.saved');
  if (state.fromOtherTab) return tr.m('wizard.updatedFromOtherTab');
  return '';
}

/** The quiet line near the buttons (a polite live region, present from the start so changes are read). */
export function SaveStatus({ saver }: { saver: DraftSaver }) {
  const state = useSaverState(saver);
  const tr = useTranslator();
  return (
    <p role="status" aria-live="polite" data-testid="save-status" className="text-sm text-slate-700">
      {saveStatusText(state, tr)}
    </p>
  );
}

/** The answers as a file: the answers-file format when complete (it imports back), else the draft as it is. */
async function downloadAnswers(draft: DraftAnswers, name: string, word: string): Promise<void> {
  const complete = completeAnswers({ version: 1, answers: draft, updatedAt: '' });
  const text = complete.ok
    ? (await import('../../export/answers-json')).answersToJson(complete.answers)
    : `${JSON.stringify({ ...draft, schemaVersion: ANSWERS_SCHEMA_VERSION }, null, 2)}\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  const base = name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || word;
  a.download = `${base}-${word}.json`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A failed write or a conflict with another tab; nothing when all is well. */
export function SaveProblem({ saver }: { saver: DraftSaver }) {
  const state = useSaverState(saver);
  const tr = useTranslator();
  if (state.status === 'conflict' && state.theirs) {
    return (
      <div role="alert" data-testid="save-conflict">
        <Notice tone="warning" title={tr.m('wizard.conflictTitle')}>
          <p>{tr.m('wizard.conflictBody')}</p>
          <p className="mt-3 flex flex-wrap gap-4">
            <Button onClick={() => void saver.keepMine()}>{tr.m('wizard.keepMine')}</Button>
            <Button variant="secondary" onClick={() => saver.takeTheirs()}>
              {tr.m('wizard.takeTheirs')}
            </Button>
          </p>
        </Notice>
      </div>
    );
  }
  if (!state.error) return null;
  const word = tr.m('wizard.answersFileWord');
  const name = state.draft.modelName?.trim() || state.record?.name || word;
  return (
    <div role="alert" data-testid="save-failed">
      <Notice tone="warning" title={tr.m('wizard.notSavedTitle')}>
        <p>{state.error.text ? tr.t(state.error.text) : state.error.message}</p>
        <p className="mt-2">{tr.m('wizard.notSavedBody')}</p>
        <p className="mt-3 flex flex-wrap gap-4">
          <Button onClick={() => void downloadAnswers(state.draft, name, word)}>
            {tr.m('wizard.downloadAnswers')}
          </Button>
          <Button variant="secondary" onClick={() => void saver.flush()}>
            {tr.m('wizard.tryAgain')}
          </Button>
        </p>
      </Notice>
    </div>
  );
}
