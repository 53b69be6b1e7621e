import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { useTranslator } from '../../i18n/react';
import { isWorkspaceError } from '../../shared/workspace/errors';
import { updateAssessment } from '../../shared/workspace/store';
import type { AssessmentRecord } from '../../shared/workspace/types';
import { errorMessage } from './words';

const MAX = 200;

/**
 * Rename the assessment and name its owner. A write carries the revision it was read at: when another tab
 * wrote in between, nothing is overwritten — the page shows what the other tab saved and lets the user choose.
 */
export function AssessmentDetails({
  record,
  onSaved,
}: {
  record: AssessmentRecord;
  onSaved: (r: AssessmentRecord) => void;
}) {
  const tr = useTranslator();
  const ids = useId();
  const [name, setName] = useState(record.name);
  const [owner, setOwner] = useState(record.owner);
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [conflict, setConflict] = useState<AssessmentRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const edited = useRef(false);

  // Another tab's rename shows here unless the user is editing these fields.
  useEffect(() => {
    if (edited.current) return;
    setName(record.name);
    setOwner(record.owner);
  }, [record.name, record.owner]);

  async function save(rev: number) {
    const trimmed = name.trim();
    if (!trimmed) {
      setError(tr.m('workspace.detailsNameMissing'));
      return;
    }
    if (trimmed.length > MAX || owner.trim().length > MAX) {
      setError(tr.m('workspace.detailsTooLong', { max: MAX }));
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const saved = await updateAssessment(record.id, rev, { name: trimmed, owner: owner.trim() });
      edited.current = false;
      setConflict(null);
      onSaved(saved);
      setStatus(tr.m('workspace.detailsSaved'));
    } catch (e) {
      if (isWorkspaceError(e) && e.kind === 'conflict' && e.current?.kind === 'assessment') {
        setConflict(e.current);
        onSaved(e.current);
        setStatus('');
      } else setStatus(tr.m('workspace.notSaved', { error: errorMessage(e) }));
    } finally {
      setBusy(false);
    }
  }

  function takeTheirs(theirs: AssessmentRecord) {
    edited.current = false;
    setName(theirs.name);
    setOwner(theirs.owner);
    setConflict(null);
    setStatus(tr.m('workspace.keptTheirs'));
  }

  return (
    <section aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="text-2xl font-semibold">
        {tr.m('workspace.detailsTitle')}
      </h2>
      <form
        className="mt-3 space-y-4"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save(record.rev);
        }}
      >
        <TextField
          id={`${ids}-name`}
          label={tr.m('workspace.nameLabel')}
          labelSize="body"
          value={name}
          error={error}
          maxLength={MAX + 50}
          onChange={(v) => {
            edited.current = true;
            setName(v);
          }}
        />
        <TextField
          id={`${ids}-owner`}
          label={tr.m('workspace.ownerField')}
          labelSize="body"
          hint={tr.m('workspace.ownerHint')}
          value={owner}
          maxLength={MAX + 50}
          onChange={(v) => {
            edited.current = true;
            setOwner(v);
          }}
        />
        <Button type="submit" variant="secondary" disabled={busy}>
          {tr.m('workspace.saveDetails')}
        </Button>
      </form>
      {conflict ? (
        <div role="alert" className="mt-4 border-l-4 border-amber-700 bg-slate-50 p-4">
          <p className="font-semibold">{tr.m('workspace.detailsConflict')}</p>
          <p className="mt-2">
            {tr.m('workspace.theirsAndYours', {
              theirName: conflict.name,
              theirOwner: conflict.owner
                ? tr.m('workspace.withOwner', { owner: conflict.owner })
                : tr.m('workspace.noOwner'),
              yourName: name.trim(),
              yourOwner: owner.trim()
                ? tr.m('workspace.withOwner', { owner: owner.trim() })
                : tr.m('workspace.noOwner'),
            })}
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <Button variant="secondary" onClick={() => void save(conflict.rev)}>
              {tr.m('workspace.saveMineOverTheirs')}
            </Button>
            <Button variant="secondary" onClick={() => takeTheirs(conflict)}>
              {tr.m('workspace.keepTheirs')}
            </Button>
          </div>
        </div>
      ) : null}
      <p role="status" className="mt-2 min-h-6">
        {status}
      </p>
    </section>
  );
}
