/**
 * `#/workspace/<id>`: one assessment (issue #9, ADR 0094) — its name and owner, the status of its current
 * draft with the ways into it, and the history of its versions: each recorded evaluation with its rules
 * version, as-of date, answers hash and verdicts, a mark when today's rules would give another result, its
 * report, reopening it as the draft, comparing two, and signing one. The tracker's tasks are composed in by
 * the route (`tasks`), as features never import each other (ADR 0060).
 */
import type { ReactNode } from 'react';
import { Notice } from '../../components/Notice';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useTranslator } from '../../i18n/react';
import { richText } from '../../i18n/rich';
import { assessmentStatus } from '../../shared/workspace/status';
import { AssessmentDetails } from './AssessmentDetails';
import { CompareVersions } from './CompareVersions';
import { CurrentDraft } from './CurrentDraft';
import { useAssessment } from './useAssessment';
import { VersionHistory } from './VersionHistory';
import { STATUS_WORDS } from './words';

export interface AssessmentPageProps {
  id: string;
  /** Today in the user's time zone (the route reads the clock; the page never does). */
  today: string;
  /** The obligation tracker's tasks of this assessment, composed in by the route. */
  tasks?: ReactNode;
}

export function AssessmentPage({ id, today, tasks }: AssessmentPageProps) {
  const tr = useTranslator();
  const { state, readError, show } = useAssessment(id);
  const title =
    state.status === 'ready'
      ? state.record.name
      : state.status === 'missing'
        ? tr.m('workspace.assessmentNotFound')
        : tr.m('workspace.assessmentTitle');
  useDocumentTitle(title);

  if (state.status === 'loading')
    return (
      <p role="status" className="text-lg">
        {tr.m('workspace.opening')}
      </p>
    );
  if (state.status === 'missing')
    return (
      <section aria-labelledby="assessment-missing">
        <h1 id="assessment-missing" className="text-3xl font-semibold">
          {tr.m('workspace.assessmentNotFound')}
        </h1>
        <p className="mt-4">{tr.m('workspace.notFoundText')}</p>
        <p className="mt-4">
          <a href="#/workspace" className="underline">
            {tr.m('workspace.goToAssessments')}
          </a>
        </p>
      </section>
    );
  if (state.status === 'failed')
    return (
      <section aria-labelledby="assessment-failed">
        <h1 id="assessment-failed" className="text-3xl font-semibold">
          {tr.m('workspace.openFailed')}
        </h1>
        <Notice tone="warning" title={tr.m('workspace.nothingChanged')}>
          <p>{state.message}</p>
        </Notice>
        <p>
          <a href="#/workspace" className="underline">
            {tr.m('workspace.goToAssessments')}
          </a>
        </p>
      </section>
    );

  const { record, versions } = state;
  const status = assessmentStatus(record);
  return (
    <article aria-labelledby="assessment-title" className="space-y-10">
      <header>
        <p>
          <a href="#/workspace" className="underline">
            {tr.m('workspace.yourAssessments')}
          </a>
        </p>
        <h1 id="assessment-title" className="mt-3 text-3xl font-semibold break-words">
          {record.name}
        </h1>
        <p className="mt-2" data-testid="assessment-status">
          {richText(
            tr,
            'workspace.statusLine',
            {},
            { status: <strong>{tr.m(STATUS_WORDS[status])}</strong> },
          )}
          {record.owner ? tr.m('workspace.ownerLine', { owner: record.owner }) : null}
        </p>
        {readError ? (
          <Notice tone="warning" title={tr.m('workspace.latestUnread')}>
            <p>{readError}</p>
          </Notice>
        ) : null}
      </header>
      <AssessmentDetails record={record} onSaved={show} />
      <CurrentDraft record={record} versions={versions} status={status} />
      <VersionHistory record={record} versions={versions} today={today} onReopened={show} />
      {versions.length >= 1 ? <CompareVersions assessmentId={record.id} versions={versions} /> : null}
      {tasks}
    </article>
  );
}
