import { useRef, useState } from 'react';
import { Button } from '../../components/Button';
import type { DraftAnswers } from '../../engine/questionnaire';
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
          message:
            'Someone changed this assessment in another tab since you opened it, so the draft was not replaced. The page now shows the assessment as they left it: look at its draft, then reopen the version again if you still want to.',
        });
      } else setReopen({ step: 'failed', message: `The draft was not replaced: ${errorMessage(e)}` });
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
        Version history
      </h2>
      <p className="mt-2 text-slate-700">
        Each time the report of complete answers is opened, its evaluation is kept as a version: the answers,
        the rules version, the as-of date and the answers hash. A version never changes; reopening one makes
        its answers the draft again.
      </p>
      <div ref={outcome} tabIndex={-1} className="focus:outline-3 focus:outline-offset-2">
        {reopen.step === 'confirm' ? (
          <div
            role="alert"
            className="mt-4 border-l-4 border-amber-700 bg-slate-50 p-4"
            data-testid="reopen-confirm"
          >
            <p className="font-semibold">
              The current draft has changes that are not in any version. Reopening version{' '}
              {reopen.version.seq} replaces them with that version’s answers; they cannot be brought back.
            </p>
            <div className="mt-3 flex flex-wrap gap-3">
              <Button disabled={busy} onClick={() => void replaceDraft(reopen.version)}>
                Replace my draft with version {reopen.version.seq}
              </Button>
              <Button variant="secondary" onClick={() => setReopen({ step: 'idle' })}>
                Keep my draft
              </Button>
            </div>
          </div>
        ) : null}
        {reopen.step === 'done' ? (
          <div role="status" className="mt-4 border-l-4 border-green-700 bg-slate-50 p-4">
            <p className="font-semibold">Version {reopen.version.seq} is now the draft.</p>
            <p className="mt-1">
              Change what you need and open the report: a new version is recorded. Version{' '}
              {reopen.version.seq} stays as it was.{' '}
              <a className="underline" href={`#/assess/continue?id=${id}`}>
                Continue answering
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
          No version yet. Finish the answers and open the report to record the first one.
        </p>
      ) : (
        <ol className="mt-4 space-y-6" aria-label="Versions, newest first">
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
