import { type FormEvent, useEffect, useState } from 'react';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import {
  deleteAssessment,
  duplicateAssessment,
  listTasks,
  listVersions,
  updateAssessment,
} from '../../shared/workspace/store';
import type { AssessmentRecord } from '../../shared/workspace/types';
import { Dialog } from './Dialog';
import { errorMessage, isConflict } from './errors';
import { type ListNotice, whatGoesWith } from './NoticeArea';

export type DialogState = { action: 'duplicate' | 'rename' | 'delete'; record: AssessmentRecord };

interface Props {
  state: DialogState;
  onClose: () => void;
  /** The action went through: close, show this notice (and move focus to it when asked). */
  onDone: (notice: ListNotice, focusNotice: boolean) => void;
}

export const MAX_NAME_LENGTH = 200;

export function ActionDialog(props: Props) {
  switch (props.state.action) {
    case 'duplicate':
      return <DuplicateDialog {...props} />;
    case 'rename':
      return <RenameDialog {...props} />;
    case 'delete':
      return <DeleteDialog {...props} />;
  }
}

function checkName(name: string): string | undefined {
  if (name.trim() === '') return 'Enter a name for the assessment.';
  if (name.trim().length > MAX_NAME_LENGTH) return `Keep the name to ${MAX_NAME_LENGTH} characters or fewer.`;
  return undefined;
}

function Actions({
  submitLabel,
  busy,
  onCancel,
}: {
  submitLabel: string;
  busy: boolean;
  onCancel: () => void;
}) {
  return (
    <div className="mt-6 flex flex-wrap items-center gap-4">
      <Button type="submit" disabled={busy}>
        {submitLabel}
      </Button>
      <Button variant="secondary" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}

function Failure({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="mt-4 border-l-4 border-red-800 bg-red-50 p-3 font-semibold text-red-900">
      {message}
    </p>
  );
}

/** A copy to build a variant on: the same answers and sources, a name of its own, no versions, no tasks. */
function DuplicateDialog({ state, onClose, onDone }: Props) {
  const [name, setName] = useState(`${state.record.name} (copy)`);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = checkName(name);
    setError(problem);
    if (problem) return;
    setBusy(true);
    try {
      const copy = await duplicateAssessment(state.record.id, name.trim());
      onDone(
        {
          kind: 'done',
          text: `Duplicated “${state.record.name}” as “${copy.name}”: the same answers, no versions or tasks yet.`,
          link: { href: `#/workspace/${encodeURIComponent(copy.id)}`, text: `Open “${copy.name}”` },
        },
        false,
      );
    } catch (err) {
      setFailure(`The copy was not made. ${errorMessage(err)}`);
      setBusy(false);
    }
  };
  return (
    <Dialog title={`Duplicate “${state.record.name}”`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="mt-2">
          The copy starts as a draft with the same answers and their sources, to build a variant on. Versions,
          sign-offs and tracked tasks stay with the original.
        </p>
        <div className="mt-4">
          <TextField
            id="ws-duplicate-name"
            label="Name of the copy"
            labelSize="body"
            value={name}
            onChange={setName}
            error={error}
            autoFocus
            autoComplete="off"
          />
        </div>
        <Failure message={failure} />
        <Actions submitLabel="Duplicate" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

/**
 * Name and owner. When another tab changed the assessment since the list was read, nothing is overwritten:
 * the dialog shows what the other tab saved and the user chooses — save theirs over it, or cancel.
 */
function RenameDialog({ state, onClose, onDone }: Props) {
  const [name, setName] = useState(state.record.name);
  const [owner, setOwner] = useState(state.record.owner);
  const [expectedRev, setExpectedRev] = useState(state.record.rev);
  const [theirs, setTheirs] = useState<AssessmentRecord | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = checkName(name);
    setError(problem);
    if (problem) return;
    setBusy(true);
    setFailure(null);
    try {
      const saved = await updateAssessment(state.record.id, expectedRev, {
        name: name.trim(),
        owner: owner.trim(),
      });
      const renamed = saved.name !== state.record.name;
      onDone(
        {
          kind: 'done',
          text: renamed
            ? `Renamed “${state.record.name}” to “${saved.name}”.`
            : `Saved “${saved.name}”${saved.owner ? `, owner ${saved.owner}` : ''}.`,
        },
        false,
      );
    } catch (err) {
      const current = (err as { current?: AssessmentRecord }).current;
      if (isConflict(err) && current?.kind === 'assessment') {
        setTheirs(current);
        setExpectedRev(current.rev);
      } else setFailure(`Nothing was saved. ${errorMessage(err)}`);
      setBusy(false);
    }
  };
  return (
    <Dialog title={`Rename “${state.record.name}”`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        {theirs ? (
          <div role="alert" className="mt-4 border-l-4 border-amber-700 bg-amber-50 p-3">
            <p className="font-semibold">Another tab changed this assessment after you opened this dialog.</p>
            <p className="mt-1 [overflow-wrap:anywhere]">
              It now reads: name “{theirs.name}”, owner {theirs.owner ? `“${theirs.owner}”` : 'not set'}. Save
              to replace that with what you typed below, or cancel to keep it.
            </p>
          </div>
        ) : null}
        <div className="mt-4 space-y-4">
          <TextField
            id="ws-rename-name"
            label="Name"
            labelSize="body"
            value={name}
            onChange={setName}
            error={error}
            autoFocus
            autoComplete="off"
          />
          <TextField
            id="ws-rename-owner"
            label="Owner (optional)"
            labelSize="body"
            hint="Who in the team is responsible for this assessment."
            value={owner}
            onChange={setOwner}
            autoComplete="off"
          />
        </div>
        <Failure message={failure} />
        <Actions submitLabel={theirs ? 'Save mine instead' : 'Save'} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

/** Names the assessment and what goes with it, counted before asking; the deletion can be undone after. */
function DeleteDialog({ state, onClose, onDone }: Props) {
  const { record } = state;
  const [counts, setCounts] = useState<{ versions: number; signed: number; tasks: number } | null>(null);
  const [countError, setCountError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let active = true;
    Promise.all([listVersions(record.id), listTasks(record.id)]).then(
      ([versions, tasks]) => {
        if (active)
          setCounts({
            versions: versions.length,
            signed: versions.filter((v) => v.signoff).length,
            tasks: tasks.length,
          });
      },
      (e: unknown) => {
        if (active) setCountError(errorMessage(e));
      },
    );
    return () => {
      active = false;
    };
  }, [record.id]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const deleted = await deleteAssessment(record.id);
      onDone({ kind: 'deleted', deleted }, true);
    } catch (err) {
      setFailure(`Nothing was deleted. ${errorMessage(err)}`);
      setBusy(false);
    }
  };
  return (
    <Dialog title={`Delete “${record.name}”?`} onClose={onClose}>
      <form onSubmit={submit}>
        <p className="mt-2" data-testid="delete-what">
          {counts
            ? `This deletes the assessment with ${whatGoesWith(counts.versions, counts.tasks)}${
                counts.signed > 0
                  ? ` (${counts.signed === 1 ? 'one version is signed' : `${counts.signed} versions are signed`})`
                  : ''
              } from this browser.`
            : countError
              ? `This deletes the assessment with all its versions and tracked tasks from this browser. (They could not be counted: ${countError})`
              : 'Counting its versions and tracked tasks…'}
        </p>
        <p className="mt-2">You can undo this straight after, until you do something else.</p>
        <Failure message={failure} />
        <Actions
          submitLabel="Delete"
          busy={busy || (counts === null && countError === null)}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
