/**
 * The report of a workspace assessment (issue #9, ADR 0092): `#/report?id=` its draft — kept as a version
 * when complete — and `#/report?id=&v=` one recorded version, with its sign-off. The store loads lazily; a
 * status line stands until the record is read, so no wrong state flashes.
 */

import { Link } from '@tanstack/react-router';
import { useEffect, useMemo } from 'react';
import { SCREEN_BY_ID } from '../../engine/questionnaire';
import { useTranslator } from '../../i18n/react';
import type { Translator } from '../../i18n/translator';
import { AnswerSources } from './AnswerSources';
import { AsOfControl } from './AsOfControl';
import { todayIso } from './format';
import { DraftVersionLine, recordedOn, SignoffBlock, VersionHeader, VersionRulesNote } from './RecordLine';
import { ReportActions } from './ReportActions';
import type { RenderExports, ReportRecordInfo } from './ReportPage';
import {
  BadAsOfNote,
  computeReport,
  effectiveAsOf,
  NotWorkedOut,
  primaryLinkClass,
  StartNewLink,
} from './ReportStates';
import { ReportView } from './ReportView';
import { useAnswersHash } from './useAnswersHash';
import { usePrintOpensDetails } from './usePrintDetails';
import { useRecordedVersion, useWorkspaceSource } from './useWorkspaceReport';

export interface WorkspaceReportPageProps {
  id: string | undefined;
  v: string | undefined;
  /** The `asOf` search value, unchecked (may be any string). */
  asOf: string | undefined;
  onAsOfChange: (asOf: string | undefined) => void;
  renderExports?: RenderExports;
}

function screenTitle(step: string, translator: Translator): string {
  const screen = SCREEN_BY_ID.get(step as never);
  return screen ? translator.t(screen.title) : step;
}

export function WorkspaceReportPage({ id, v, asOf, onAsOfChange, renderExports }: WorkspaceReportPageProps) {
  // "Today" is read here, in the UI layer; the engine only ever receives a date.
  const today = useMemo(() => todayIso(), []);
  const source = useWorkspaceSource(id, v);
  const version = source.kind === 'version' ? source.version : null;
  const answers = source.kind === 'draft' ? source.answers : version ? version.answers : null;
  // A version is evaluated as of its own date unless the address asks for another.
  const ownDate = version ? version.asOf : today;
  const evaluatedAsOf = effectiveAsOf(asOf, ownDate);
  const translator = useTranslator();
  const computed = useMemo(
    () => (answers ? computeReport(answers, evaluatedAsOf, translator) : null),
    [answers, evaluatedAsOf, translator],
  );
  const recording = useRecordedVersion(source, computed?.ok ? computed.engine : null, today);
  const hash = useAnswersHash(answers);
  usePrintOpensDetails();

  const name = 'assessment' in source ? source.assessment.name : undefined;
  useEffect(() => {
    document.title =
      source.kind === 'loading'
        ? translator.m('reportPage.docTitleReport')
        : source.kind === 'not-found' || source.kind === 'unavailable'
          ? translator.m('reportPage.docTitleNotFound')
          : source.kind === 'incomplete'
            ? translator.m('reportPage.docTitleNoAnswers')
            : version
              ? translator.m('reportPage.docTitleVersion', { name: name ?? '', seq: version.seq })
              : translator.m('reportPage.docTitleReportFor', { name: name ?? '' });
  }, [source.kind, name, version, translator]);

  if (source.kind === 'loading') {
    return (
      <p role="status" className="max-w-column">
        {translator.m('reportPage.openingAssessment')}
      </p>
    );
  }

  if (source.kind === 'not-found' || source.kind === 'unavailable') {
    return (
      <section aria-labelledby="missing-title" className="max-w-column">
        <h1 id="missing-title" className="text-2xl font-semibold">
          {source.kind === 'unavailable'
            ? translator.m('reportPage.workspaceUnavailable')
            : source.what === 'version'
              ? translator.m('reportPage.versionMissing')
              : translator.m('reportPage.assessmentMissing')}
        </h1>
        <p className="mt-4" data-testid="workspace-error">
          {source.kind === 'unavailable'
            ? (source.message ?? translator.m('reportPage.workspaceUnreadable'))
            : translator.m('reportPage.missingText')}
        </p>
        <p className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-3">
          <StartNewLink />
          <a href="#/workspace" className="text-accent underline">
            {translator.m('reportPage.openWorkspace')}
          </a>
        </p>
      </section>
    );
  }

  if (source.kind === 'incomplete') {
    const first = source.missingSteps[0];
    return (
      <section aria-labelledby="no-answers-title" className="max-w-column">
        <h1 id="no-answers-title" className="text-2xl font-semibold">
          {translator.m('reportPage.noReportYetFor', { name: source.assessment.name })}
        </h1>
        <p className="mt-4">{translator.m('reportPage.screensNeedAnswer')}</p>
        <ul className="mt-2 list-disc space-y-1 pl-5" data-testid="missing-steps">
          {source.missingSteps.map((step) => (
            <li key={step}>
              <Link
                to="/assess/$step"
                params={{ step }}
                search={{ id: source.assessment.id }}
                className="text-accent underline"
              >
                {screenTitle(step, translator)}
              </Link>
            </li>
          ))}
        </ul>
        {first ? (
          <p className="mt-6">
            <Link
              to="/assess/$step"
              params={{ step: first }}
              search={{ id: source.assessment.id }}
              className={primaryLinkClass}
            >
              {translator.m('reportPage.continueQuestions')}
            </Link>
          </p>
        ) : null}
      </section>
    );
  }

  const { assessment } = source;
  if (!computed?.ok || !answers) {
    return (
      <NotWorkedOut
        message={computed && !computed.ok ? computed.message : null}
        checkLink={
          <Link to="/check" search={{ id: assessment.id }} className="underline">
            {translator.m('reportPage.checkYourAnswers')}
          </Link>
        }
      />
    );
  }

  const shownVersion = version ?? (recording.status === 'recorded' ? recording.version : null);
  const signoff = shownVersion?.signoff ?? null;
  const record: ReportRecordInfo = {
    signoff,
    provenance: version ? version.provenance : assessment.provenance,
    versionSeq: shownVersion?.seq ?? null,
    answersHash: hash ?? '',
  };

  return (
    <ReportView
      report={computed.report}
      modelName={answers.modelName}
      hash={hash}
      sourceWords={
        version
          ? translator.m('reportPage.sourceVersion', {
              seq: version.seq,
              name: assessment.name,
              date: recordedOn(version.createdAt, translator),
            })
          : translator.m('reportPage.sourceDraft', { name: assessment.name })
      }
      notices={
        <>
          {version ? <VersionRulesNote version={version} /> : null}
          <BadAsOfNote
            asOf={asOf}
            fallbackWords={version ? translator.date(version.asOf) : translator.m('reportPage.today')}
          />
        </>
      }
      actions={<ReportActions assessmentId={assessment.id} version={version !== null} />}
      record={
        <>
          {version ? (
            <VersionHeader assessment={assessment} version={version} />
          ) : (
            <DraftVersionLine assessment={assessment} recording={recording} />
          )}
          {signoff && shownVersion ? (
            <SignoffBlock signoff={signoff} hash={shownVersion.answersHash} />
          ) : null}
        </>
      }
      asOfControl={
        <AsOfControl
          asOf={evaluatedAsOf}
          today={ownDate}
          todayWords={version ? translator.m('reportPage.versionsDate') : translator.m('reportPage.today')}
          onChange={onAsOfChange}
        />
      }
      answers={<AnswerSources answers={answers} provenance={record.provenance} />}
      exports={renderExports?.(answers, computed.report, record)}
    />
  );
}
