import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
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
      setError('Enter a name for the assessment');
      return;
    }
    if (trimmed.length > MAX || owner.trim().length > MAX) {
      setError(`Names must be ${MAX} characters or fewer`);
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const saved = await updateAssessment(record.id, rev, { name: trimmed, owner: owner.trim() });
      edited.current = false;
      setConflict(null);
      onSaved(saved);
      setStatus('Name and owner saved.');
    } catch (e) {
      if (isWorkspaceError(e) && e.kind === 'conflict' && e.current?.kind === 'assessment') {
        setConflict(e.current);
        onSaved(e.current);
        setStatus('');
      } else setStatus(`Not saved: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  }

  function takeTheirs(theirs: AssessmentRecord) {
    edited.current = false;
    setName(theirs.name);
    setOwner(theirs.owner);
    setConflict(null);
    setStatus('Their name and owner are kept; yours were discarded.');
  }

  return (
    <section aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="text-2xl font-semibold">
        Name and owner
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
          label="Name"
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
          label="Owner"
          labelSize="body"
          hint="Who in the team is responsible for this assessment."
          value={owner}
          maxLength={MAX + 50}
          onChange={(v) => {
            edited.current = true;
            setOwner(v);
          }}
        />
        <Button type="submit" variant="secondary" disabled={busy}>
          Save name and owner
        </Button>
      </form>
      {conflict ? (
        <div role="alert" className="mt-4 border-l-4 border-amber-700 bg-slate-50 p-4">
          <p className="font-semibold">
            Someone changed this assessment in another tab since you opened it, so your name and owner were
            not saved.
          </p>
          <p className="mt-2">
            Theirs: “{conflict.name}”{conflict.owner ? `, owner ${conflict.owner}` : ', no owner'}. Yours: “
            {name.trim()}”{owner.trim() ? `, owner ${owner.trim()}` : ', no owner'}.
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <Button variant="secondary" onClick={() => void save(conflict.rev)}>
              Save mine over theirs
            </Button>
            <Button variant="secondary" onClick={() => takeTheirs(conflict)}>
              Keep theirs
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
