/**
 * What the user is told about saving: a quiet status near the buttons ("Saving…", "Saved" only once the write
 * committed), a notice when a write failed (the answers on screen are NOT saved: download them, try again),
 * and the choice when another tab changed the same assessment (keep mine / take theirs).
 */
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { ANSWERS_SCHEMA_VERSION } from '../../engine/answers';
import type { DraftAnswers } from '../../engine/questionnaire';
import { completeAnswers } from '../../shared/draft/storage';
import type { DraftSaver, SaverState } from './draft-saver';
import { useSaverState } from './useAssessmentDraft';

export function saveStatusText(state: SaverState): string {
  if (state.error || state.status === 'conflict') return 'Not saved';
  if (state.status === 'saving') return 'Saving…';
  if (state.status === 'saved') return 'Saved';
  if (state.fromOtherTab) return 'Updated from another tab';
  return '';
}

/** The quiet line near the buttons (a polite live region, present from the start so changes are read). */
export function SaveStatus({ saver }: { saver: DraftSaver }) {
  const state = useSaverState(saver);
  return (
    <p role="status" aria-live="polite" data-testid="save-status" className="text-sm text-slate-700">
      {saveStatusText(state)}
    </p>
  );
}

/** The answers as a file: the answers-file format when complete (it imports back), else the draft as it is. */
async function downloadAnswers(draft: DraftAnswers, name: string): Promise<void> {
  const complete = completeAnswers({ version: 1, answers: draft, updatedAt: '' });
  const text = complete.ok
    ? (await import('../../export/answers-json')).answersToJson(complete.answers)
    : `${JSON.stringify({ ...draft, schemaVersion: ANSWERS_SCHEMA_VERSION }, null, 2)}\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'answers'}-answers.json`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A failed write or a conflict with another tab; nothing when all is well. */
export function SaveProblem({ saver }: { saver: DraftSaver }) {
  const state = useSaverState(saver);
  if (state.status === 'conflict' && state.theirs) {
    return (
      <div role="alert" data-testid="save-conflict">
        <Notice tone="warning" title="This assessment was changed in another tab">
          <p>
            Your answers here were not saved, so nothing was overwritten. Choose which answers to keep: yours
            (they replace the other tab’s) or the other tab’s (your changes on this screen are dropped).
          </p>
          <p className="mt-3 flex flex-wrap gap-4">
            <Button onClick={() => void saver.keepMine()}>Keep my answers</Button>
            <Button variant="secondary" onClick={() => saver.takeTheirs()}>
              Take the other tab’s answers
            </Button>
          </p>
        </Notice>
      </div>
    );
  }
  if (!state.error) return null;
  const name = state.draft.modelName?.trim() || state.record?.name || 'answers';
  return (
    <div role="alert" data-testid="save-failed">
      <Notice tone="warning" title="Your answers on this screen are NOT saved">
        <p>{state.error.message}</p>
        <p className="mt-2">
          They are still on screen and kept while this page stays open. Download them as a file to keep a
          copy, then try again.
        </p>
        <p className="mt-3 flex flex-wrap gap-4">
          <Button onClick={() => void downloadAnswers(state.draft, name)}>Download my answers (JSON)</Button>
          <Button variant="secondary" onClick={() => void saver.flush()}>
            Try again
          </Button>
        </p>
      </Notice>
    </div>
  );
}
