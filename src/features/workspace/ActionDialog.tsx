import { type FormEvent, useEffect, useState } from 'react';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { useTranslator } from '../../i18n/react';
import type { Translator } from '../../i18n/translator';
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

function checkName(name: string, tr: Translator): string | undefined {
  if (name.trim() === '') return tr.m('workspace.nameMissing');
  if (name.trim().length > MAX_NAME_LENGTH) return tr.m('workspace.nameTooLong', { max: MAX_NAME_LENGTH });
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
  const tr = useTranslator();
  return (
    <div className="mt-6 flex flex-wrap items-center gap-4">
      <Button type="submit" disabled={busy}>
        {submitLabel}
      </Button>
      <Button variant="secondary" onClick={onCancel}>
        {tr.m('workspace.cancel')}
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
  const tr = useTranslator();
  const [name, setName] = useState(() => tr.m('workspace.copyName', { name: state.record.name }));
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = checkName(name, tr);
    setError(problem);
    if (problem) return;
    setBusy(true);
    try {
      const copy = await duplicateAssessment(state.record.id, name.trim());
      onDone(
        {
          kind: 'done',
          text: tr.m('workspace.duplicated', { name: state.record.name, copy: copy.name }),
          link: {
            href: `#/workspace/${encodeURIComponent(copy.id)}`,
            text: tr.m('workspace.openCopy', { name: copy.name }),
          },
        },
        false,
      );
    } catch (err) {
      setFailure(tr.m('workspace.copyFailed', { error: errorMessage(err, tr) }));
      setBusy(false);
    }
  };
  return (
    <Dialog title={tr.m('workspace.duplicateTitle', { name: state.record.name })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="mt-2">{tr.m('workspace.duplicateText')}</p>
        <div className="mt-4">
          <TextField
            id="ws-duplicate-name"
            label={tr.m('workspace.copyNameLabel')}
            labelSize="body"
            value={name}
            onChange={setName}
            error={error}
            autoFocus
            autoComplete="off"
          />
        </div>
        <Failure message={failure} />
        <Actions submitLabel={tr.m('workspace.actionDuplicate')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

/**
 * Name and owner. When another tab changed the assessment since the list was read, nothing is overwritten:
 * the dialog shows what the other tab saved and the user chooses — save theirs over it, or cancel.
 */
function RenameDialog({ state, onClose, onDone }: Props) {
  const tr = useTranslator();
  const [name, setName] = useState(state.record.name);
  const [owner, setOwner] = useState(state.record.owner);
  const [expectedRev, setExpectedRev] = useState(state.record.rev);
  const [theirs, setTheirs] = useState<AssessmentRecord | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = checkName(name, tr);
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
            ? tr.m('workspace.renamed', { name: state.record.name, newName: saved.name })
            : saved.owner
              ? tr.m('workspace.savedNameOwner', { name: saved.name, owner: saved.owner })
              : tr.m('workspace.savedName', { name: saved.name }),
        },
        false,
      );
    } catch (err) {
      const current = (err as { current?: AssessmentRecord }).current;
      if (isConflict(err) && current?.kind === 'assessment') {
        setTheirs(current);
        setExpectedRev(current.rev);
      } else setFailure(tr.m('workspace.nothingSaved', { error: errorMessage(err, tr) }));
      setBusy(false);
    }
  };
  return (
    <Dialog title={tr.m('workspace.renameTitle', { name: state.record.name })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        {theirs ? (
          <div role="alert" className="mt-4 border-l-4 border-amber-700 bg-amber-50 p-3">
            <p className="font-semibold">{tr.m('workspace.renameConflict')}</p>
            <p className="mt-1 [overflow-wrap:anywhere]">
              {tr.m('workspace.renameTheirs', {
                name: theirs.name,
                owner: theirs.owner
                  ? tr.m('workspace.renameTheirsOwner', { owner: theirs.owner })
                  : tr.m('workspace.renameTheirsNoOwner'),
              })}
            </p>
          </div>
        ) : null}
        <div className="mt-4 space-y-4">
          <TextField
            id="ws-rename-name"
            label={tr.m('workspace.nameLabel')}
            labelSize="body"
            value={name}
            onChange={setName}
            error={error}
            autoFocus
            autoComplete="off"
          />
          <TextField
            id="ws-rename-owner"
            label={tr.m('workspace.ownerLabel')}
            labelSize="body"
            hint={tr.m('workspace.ownerHint')}
            value={owner}
            onChange={setOwner}
            autoComplete="off"
          />
        </div>
        <Failure message={failure} />
        <Actions
          submitLabel={theirs ? tr.m('workspace.saveMine') : tr.m('workspace.save')}
          busy={busy}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

/** Names the assessment and what goes with it, counted before asking; the deletion can be undone after. */
function DeleteDialog({ state, onClose, onDone }: Props) {
  const tr = useTranslator();
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
        if (active) setCountError(errorMessage(e, tr));
      },
    );
    return () => {
      active = false;
    };
  }, [record.id, tr]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const deleted = await deleteAssessment(record.id);
      onDone({ kind: 'deleted', deleted }, true);
    } catch (err) {
      setFailure(tr.m('workspace.deleteFailed', { error: errorMessage(err, tr) }));
      setBusy(false);
    }
  };
  return (
    <Dialog title={tr.m('workspace.deleteTitle', { name: record.name })} onClose={onClose}>
      <form onSubmit={submit}>
        <p className="mt-2" data-testid="delete-what">
          {counts
            ? tr.m('workspace.deleteWhat', {
                what: whatGoesWith(counts.versions, counts.tasks, tr),
                signed: counts.signed > 0 ? tr.m('workspace.deleteSigned', { n: counts.signed }) : '',
              })
            : countError
              ? tr.m('workspace.deleteUncounted', { error: countError })
              : tr.m('workspace.counting')}
        </p>
        <p className="mt-2">{tr.m('workspace.undoHint')}</p>
        <Failure message={failure} />
        <Actions
          submitLabel={tr.m('workspace.actionDelete')}
          busy={busy || (counts === null && countError === null)}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
