import { useRef, useState } from 'react';
import { Button } from '../../components/Button';
import type { DraftAnswers } from '../../engine/questionnaire';
import { useTranslator } from '../../i18n/react';
import { isWorkspaceError } from '../../shared/workspace/errors';
import { updateAssessment } from '../../shared/workspace/store';
import type { AssessmentRecord, VersionRecord } from '../../shared/workspace/types';
import { draftHasUnsavedChanges } from './reopen';
import { VersionItem } from './VersionItem';
import { errorMessage } from './words';

type Reopen =
  | { step: 'idle' }
  | { step: 'confirm'; version: VersionRecord }
  | { step: 'done'; version: VersionRecord }
  | { step: 'failed'; message: string };

/** Every version, newest first; reopening one as the draft asks first when the draft has unsaved changes. */
export function VersionHistory({
  record,
  versions,
  today,
  onReopened,
}: {
  record: AssessmentRecord;
  versions: readonly VersionRecord[];
  today: string;
  onReopened: (r: AssessmentRecord) => void;
}) {
  const tr = useTranslator();
  const [reopen, setReopen] = useState<Reopen>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  const outcome = useRef<HTMLDivElement>(null);
  const newestFirst = [...versions].sort((a, b) => b.seq - a.seq);

  async function replaceDraft(version: VersionRecord) {
    setBusy(true);
    try {
      const saved = await updateAssessment(record.id, record.rev, {
        draft: version.answers as DraftAnswers,
        provenance: version.provenance,
        basedOnVersionId: version.id,
      });
      onReopened(saved);
      setReopen({ step: 'done', version });
    } catch (e) {
      if (isWorkspaceError(e) && e.kind === 'conflict' && e.current?.kind === 'assessment') {
        onReopened(e.current);
        setReopen({
          step: 'failed',
          message: tr.m('workspace.reopenConflict'),
        });
      } else
        setReopen({ step: 'failed', message: tr.m('workspace.reopenFailed', { error: errorMessage(e) }) });
    } finally {
      setBusy(false);
      queueMicrotask(() => outcome.current?.focus());
    }
  }

  function ask(version: VersionRecord) {
    if (draftHasUnsavedChanges(record, versions)) {
      setReopen({ step: 'confirm', version });
      queueMicrotask(() => outcome.current?.focus());
    } else void replaceDraft(version);
  }

  const id = encodeURIComponent(record.id);
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title" className="text-2xl font-semibold">
        {tr.m('workspace.versionHistory')}
      </h2>
      <p className="mt-2 text-slate-700">{tr.m('workspace.versionHistoryText')}</p>
      <div ref={outcome} tabIndex={-1} className="focus:outline-3 focus:outline-offset-2">
        {reopen.step === 'confirm' ? (
          <div
            role="alert"
            className="mt-4 border-l-4 border-amber-700 bg-slate-50 p-4"
            data-testid="reopen-confirm"
          >
            <p className="font-semibold">{tr.m('workspace.reopenConfirm', { seq: reopen.version.seq })}</p>
            <div className="mt-3 flex flex-wrap gap-3">
              <Button disabled={busy} onClick={() => void replaceDraft(reopen.version)}>
                {tr.m('workspace.replaceDraft', { seq: reopen.version.seq })}
              </Button>
              <Button variant="secondary" onClick={() => setReopen({ step: 'idle' })}>
                {tr.m('workspace.keepDraft')}
              </Button>
            </div>
          </div>
        ) : null}
        {reopen.step === 'done' ? (
          <div role="status" className="mt-4 border-l-4 border-green-700 bg-slate-50 p-4">
            <p className="font-semibold">{tr.m('workspace.reopenedNow', { seq: reopen.version.seq })}</p>
            <p className="mt-1">
              {tr.m('workspace.reopenedNext', { seq: reopen.version.seq })}{' '}
              <a className="underline" href={`#/assess/continue?id=${id}`}>
                {tr.m('workspace.continueAnswering')}
              </a>
            </p>
          </div>
        ) : null}
        {reopen.step === 'failed' ? (
          <div role="alert" className="mt-4 border-l-4 border-red-700 bg-slate-50 p-4">
            <p className="font-semibold">{reopen.message}</p>
          </div>
        ) : null}
      </div>
      {newestFirst.length === 0 ? (
        <p className="mt-4" data-testid="no-versions">
          {tr.m('workspace.noVersions')}
        </p>
      ) : (
        <ol className="mt-4 space-y-6" aria-label={tr.m('workspace.versionsNewestFirst')}>
          {newestFirst.map((v) => (
            <VersionItem
              key={v.id}
              version={v}
              isLatest={record.latest?.versionId === v.id}
              isDraftBase={record.basedOnVersionId === v.id}
              today={today}
              onReopen={() => ask(v)}
              reopenBusy={busy}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
