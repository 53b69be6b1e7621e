/**
 * The report of a workspace assessment (issue #9, ADR 0092): `#/report?id=` its draft — kept as a version
 * when complete — and `#/report?id=&v=` one recorded version, with its sign-off. The store loads lazily; a
 * status line stands until the record is read, so no wrong state flashes.
 */

import { Link } from '@tanstack/react-router';
import { useEffect, useMemo } from 'react';
import { formatDate } from '../../engine/dates';
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
        ? 'Report — GPAI Navigator'
        : source.kind === 'not-found' || source.kind === 'unavailable'
          ? 'Report not found — GPAI Navigator'
          : source.kind === 'incomplete'
            ? 'No answers yet — GPAI Navigator'
            : `Report for ${name}${version ? `, version ${version.seq}` : ''} — GPAI Navigator`;
  }, [source.kind, name, version]);

  if (source.kind === 'loading') {
    return (
      <p role="status" className="max-w-column">
        Opening the assessment…
      </p>
    );
  }

  if (source.kind === 'not-found' || source.kind === 'unavailable') {
    return (
      <section aria-labelledby="missing-title" className="max-w-column">
        <h1 id="missing-title" className="text-2xl font-semibold">
          {source.kind === 'unavailable'
            ? 'The workspace cannot be opened'
            : source.what === 'version'
              ? 'This version is not in this browser’s workspace'
              : 'This assessment is not in this browser’s workspace'}
        </h1>
        <p className="mt-4" data-testid="workspace-error">
          {source.kind === 'unavailable'
            ? source.message
            : 'It may have been deleted, or it was saved in another browser: assessments are kept only in the browser where they were made. A share link or an exported file carries them elsewhere.'}
        </p>
        <p className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-3">
          <StartNewLink />
          <a href="#/workspace" className="text-accent underline">
            Open your workspace
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
          No report yet for “{source.assessment.name}”
        </h1>
        <p className="mt-4">These screens still need an answer before the report can be worked out:</p>
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
              Continue with the questions
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
            Check your answers
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
          ? `Version ${version.seq} of “${assessment.name}”, recorded ${recordedOn(version.createdAt)}, in this browser’s workspace`
          : `The draft of “${assessment.name}” in this browser’s workspace`
      }
      notices={
        <>
          {version ? <VersionRulesNote version={version} /> : null}
          <BadAsOfNote asOf={asOf} fallbackWords={version ? formatDate(version.asOf) : 'today'} />
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
          todayWords={version ? 'the version’s date' : 'today'}
          onChange={onAsOfChange}
        />
      }
      answers={<AnswerSources answers={answers} provenance={record.provenance} />}
      exports={renderExports?.(answers, computed.report, record)}
    />
  );
}
