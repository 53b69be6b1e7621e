import { useId, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Hint } from '../../components/Hint';
import { describedBy, errorId, hintId } from '../../components/ids';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { useTranslator } from '../../i18n/react';
import { richText } from '../../i18n/rich';
import { signVersion } from '../../shared/workspace/store';
import type { VersionRecord } from '../../shared/workspace/types';
import { checkSignoff, FIELD_ORDER, type SignoffField, type SignoffFields } from './signoff-form';
import { NOT_A_SIGNATURE } from './signoff-note';
import { errorMessage } from './words';

/**
 * "Sign this version": who reviewed it, in what role, on which day, with an optional note. Problems are listed
 * in an error summary that takes the focus; a sign-off that is saved locks the version (the store refuses a
 * second one, also from another tab).
 */
export function SignoffForm({
  version,
  today,
  rulesWarning,
  onCancel,
}: {
  version: VersionRecord;
  today: string;
  /** Set when today's rules would give this version another result. */
  rulesWarning: string | null;
  onCancel: () => void;
}) {
  const tr = useTranslator();
  const ids = useId();
  const fieldId = (f: SignoffField) => `${ids}-${f}`;
  const [fields, setFields] = useState<SignoffFields>({ name: '', role: '', date: '', note: '' });
  const [errors, setErrors] = useState<Partial<Record<SignoffField, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const failureRef = useRef<HTMLDivElement>(null);
  const set = (f: SignoffField) => (v: string) => setFields((s) => ({ ...s, [f]: v }));

  async function submit() {
    const check = checkSignoff(fields, today, tr);
    setAttempt((n) => n + 1);
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      // The page hears the change and shows the version signed; this form then disappears.
      await signVersion(version.id, check.signoff);
    } catch (e) {
      setFailure(tr.m('workspace.signoffFailed', { error: errorMessage(e) }));
      queueMicrotask(() => failureRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  const summary = FIELD_ORDER.flatMap((f) => {
    const message = errors[f];
    return message ? [{ targetId: fieldId(f), message }] : [];
  });

  return (
    <form
      className="mt-4 space-y-4 border-t border-slate-300 pt-4"
      aria-labelledby={`${ids}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h4 id={`${ids}-title`} className="text-lg font-semibold">
        {tr.m('workspace.signVersion', { seq: version.seq })}
      </h4>
      <ErrorSummary items={summary} focusKey={attempt} />
      <p>
        {richText(
          tr,
          'workspace.youSign',
          { date: tr.date(version.asOf), rules: version.rulesVersion, note: tr.m(NOT_A_SIGNATURE) },
          { hash: <code>{version.answersHash}</code> },
        )}
      </p>
      {rulesWarning ? (
        <Notice tone="warning" title={tr.m('workspace.outOfDate')}>
          <p>{rulesWarning}</p>
        </Notice>
      ) : null}
      <TextField
        id={fieldId('name')}
        label={tr.m('workspace.yourName')}
        labelSize="body"
        autoComplete="name"
        value={fields.name}
        error={errors.name}
        onChange={set('name')}
      />
      <TextField
        id={fieldId('role')}
        label={tr.m('workspace.yourRole')}
        labelSize="body"
        hint={tr.m('workspace.roleHint')}
        autoComplete="organization-title"
        value={fields.role}
        error={errors.role}
        onChange={set('role')}
      />
      <TextField
        id={fieldId('date')}
        label={tr.m('workspace.reviewDate')}
        labelSize="body"
        hint={tr.m('workspace.reviewDateHint')}
        value={fields.date}
        error={errors.date}
        widthCh={20}
        onChange={set('date')}
      />
      <div className={errors.note ? 'border-l-4 border-red-700 pl-4' : undefined}>
        <label htmlFor={fieldId('note')} className="block">
          {tr.m('workspace.noteLabel')}
        </label>
        <Hint fieldId={fieldId('note')}>{tr.m('workspace.noteHint')}</Hint>
        <ErrorMessage fieldId={fieldId('note')} message={errors.note} />
        <textarea
          id={fieldId('note')}
          value={fields.note}
          rows={3}
          onChange={(e) => set('note')(e.currentTarget.value)}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={describedBy(
            hintId(fieldId('note')),
            errors.note ? errorId(fieldId('note')) : null,
          )}
          className={`mt-2 block w-full rounded-none border-2 px-2 py-1.5 ${errors.note ? 'border-red-700' : 'border-slate-800'}`}
        />
      </div>
      {failure ? (
        <div
          ref={failureRef}
          tabIndex={-1}
          role="alert"
          className="border-l-4 border-red-700 bg-slate-50 p-3"
        >
          <p className="font-semibold">{failure}</p>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={busy}>
          {tr.m('workspace.signAndLock', { seq: version.seq })}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {tr.m('workspace.cancel')}
        </Button>
      </div>
    </form>
  );
}
