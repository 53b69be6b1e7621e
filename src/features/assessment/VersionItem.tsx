import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { VERDICT_ORDER, verdictTitle } from '../../export/words';
import { useTranslator } from '../../i18n/react';
import {
  describeDiff,
  resultWouldChange,
  rulesChangeHeadline,
  rulesChangeOf,
} from '../../shared/workspace/rules-change';
import type { VersionRecord } from '../../shared/workspace/types';
import { SignoffForm } from './SignoffForm';
import { NOT_A_SIGNATURE } from './signoff-note';
import { timestampWords, verdictLabel } from './words';

/** One recorded version: what it was evaluated under, its verdicts, its sign-off, and what can be done with it. */
export function VersionItem({
  version,
  isLatest,
  isDraftBase,
  today,
  onReopen,
  reopenBusy,
}: {
  version: VersionRecord;
  isLatest: boolean;
  isDraftBase: boolean;
  today: string;
  onReopen: () => void;
  reopenBusy: boolean;
}) {
  const tr = useTranslator();
  const ids = useId();
  const [signing, setSigning] = useState(false);
  const [signedNow, setSignedNow] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Evaluating again is only needed (and only done) for a version recorded under other rules.
  const change = useMemo(() => rulesChangeOf(version, undefined, tr), [version, tr]);
  const signed = version.signoff;
  // The form closes once the store has the sign-off (heard through the page's subscription): focus goes to
  // the version, which now says it is signed, instead of being lost with the form.
  useEffect(() => {
    if (!signed || !signing) return;
    setSigning(false);
    setSignedNow(true);
    heading.current?.focus();
  }, [signed, signing]);
  const report = `#/report?id=${encodeURIComponent(version.assessmentId)}&v=${encodeURIComponent(version.id)}`;

  return (
    <li>
      <article
        aria-labelledby={`${ids}-title`}
        className="rounded border border-slate-300 p-4"
        data-testid="version"
        data-seq={version.seq}
      >
        <h3
          id={`${ids}-title`}
          ref={heading}
          tabIndex={-1}
          className="text-xl font-semibold focus:outline-3 focus:outline-offset-2"
        >
          {tr.m('workspace.versionTitle', { seq: version.seq })}
          {isLatest ? (
            <span className="font-normal text-slate-700">{tr.m('workspace.latestMark')}</span>
          ) : null}
          {signed ? (
            <span className="ml-2 text-base font-semibold text-green-800">
              {tr.m('workspace.signedLocked')}
            </span>
          ) : null}
        </h3>
        {signedNow ? (
          <p role="status" className="font-semibold text-green-800">
            {tr.m('workspace.signedNow', { seq: version.seq })}
          </p>
        ) : null}
        {isDraftBase ? <p className="text-slate-700">{tr.m('workspace.draftBase')}</p> : null}
        <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{tr.m('workspace.recorded')}</dt>
          <dd>{timestampWords(version.createdAt, tr)}</dd>
          <dt className="font-semibold">{tr.m('workspace.evaluatedAsOf')}</dt>
          <dd>{tr.date(version.asOf)}</dd>
          <dt className="font-semibold">{tr.m('workspace.rulesVersion')}</dt>
          <dd>{version.rulesVersion}</dd>
          <dt className="font-semibold">{tr.m('workspace.answersHash')}</dt>
          <dd>
            <code data-testid="version-hash">{version.answersHash}</code>
          </dd>
          <dt className="font-semibold">{tr.m('workspace.signoff')}</dt>
          <dd data-testid="version-signoff">
            {signed
              ? tr.m('workspace.signedBy', {
                  name: signed.name,
                  role: signed.role ? tr.m('workspace.signedByRole', { role: signed.role }) : '',
                  date: tr.date(signed.date),
                  recorded: timestampWords(signed.signedAt, tr),
                })
              : tr.m('workspace.notSigned')}
          </dd>
          {signed?.note ? (
            <>
              <dt className="font-semibold">{tr.m('workspace.reviewerNote')}</dt>
              <dd className="break-words whitespace-pre-line">{signed.note}</dd>
            </>
          ) : null}
        </dl>
        <h4 className="sr-only">{tr.m('workspace.verdicts')}</h4>
        <ul
          className="mt-3 flex flex-wrap gap-2"
          aria-label={tr.m('workspace.verdictsOf', { seq: version.seq })}
        >
          {VERDICT_ORDER.map((k) => (
            <li key={k} className="rounded border border-slate-400 bg-slate-50 px-2 py-0.5 text-sm">
              {verdictTitle(k, tr)} <strong>{verdictLabel(tr, version.result.verdicts[k].label)}</strong>
              {version.result.verdicts[k].ambiguous ? tr.m('workspace.ambiguousMark') : ''}
            </li>
          ))}
        </ul>
        {change ? <RulesChangeMark change={change} /> : null}
        <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
          <a className="font-semibold text-accent underline underline-offset-2" href={report}>
            {tr.m('workspace.openVersionReport', { seq: version.seq })}
          </a>
          <Button variant="link" onClick={onReopen} disabled={reopenBusy}>
            {tr.m('workspace.reopenVersion', { seq: version.seq })}
          </Button>
          {!signed && !signing ? (
            <Button variant="secondary" onClick={() => setSigning(true)}>
              {tr.m('workspace.signVersion', { seq: version.seq })}
            </Button>
          ) : null}
        </div>
        {signed ? <p className="mt-3 text-sm text-slate-700">{tr.m(NOT_A_SIGNATURE)}</p> : null}
        {!signed && signing ? (
          <SignoffForm
            version={version}
            today={today}
            rulesWarning={
              change && resultWouldChange(change)
                ? tr.m('workspace.signRulesWarning', { from: change.from, to: change.to })
                : null
            }
            onCancel={() => setSigning(false)}
          />
        ) : null}
      </article>
    </li>
  );
}

function RulesChangeMark({ change }: { change: NonNullable<ReturnType<typeof rulesChangeOf>> }) {
  const tr = useTranslator();
  const changes = change.kind === 'evaluated' ? describeDiff(change.diff, tr) : [];
  const would = resultWouldChange(change);
  return (
    <div
      className={`mt-4 border-l-4 p-3 ${would ? 'border-amber-700 bg-amber-50' : 'border-slate-400 bg-slate-50'}`}
      data-testid="rules-change"
    >
      <p className="font-semibold">
        <span aria-hidden="true">{would ? '! ' : ''}</span>
        {rulesChangeHeadline(change, tr)}
      </p>
      <p className="mt-1 text-sm">{tr.m('workspace.evaluatedAgain', { from: change.from, to: change.to })}</p>
      {change.kind === 'unreadable' ? <p className="mt-1">{change.message}</p> : null}
      {changes.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {changes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
