import { Link, useRouterState } from '@tanstack/react-router';
import { type ReactNode, useEffect, useMemo } from 'react';
import type { Answers } from '../../engine/answers';
import type { Report } from '../../engine/report';
import { RULES_VERSION } from '../../engine/rules-version';
import { useTranslator } from '../../i18n/react';
import { richText } from '../../i18n/rich';
import type { ProvenanceMap, Signoff } from '../../shared/workspace/types';
import { AsOfControl } from './AsOfControl';
import { todayIso } from './format';
import { MigrationNotice } from './MigrationNotice';
import { ReportActions } from './ReportActions';
import {
  BadAsOfNote,
  type Computed,
  computeReport,
  effectiveAsOf,
  NotWorkedOut,
  primaryLinkClass,
} from './ReportStates';
import { ReportView } from './ReportView';
import { resolveReportInput } from './report-input';
import { SaveToWorkspace } from './SaveToWorkspace';
import { useAnswersHash } from './useAnswersHash';
import { usePrintOpensDetails } from './usePrintDetails';

/** What a workspace report knows beyond the answers, for the exports (sign-off, provenance, version). */
export interface ReportRecordInfo {
  signoff: Signoff | null;
  provenance: ProvenanceMap;
  versionSeq: number | null;
  answersHash: string;
}

/**
 * The exports panel (PDF, calendar, JSON, share link) for the answers and report worked out here. Another
 * feature, so the route composes it in: features never import each other (ADR 0060).
 */
export type RenderExports = (answers: Answers, report: Report, record?: ReportRecordInfo) => ReactNode;

export interface ReportPageProps {
  /** The share-link value (`a`), already length-checked by the route. */
  a: string;
  /** The `asOf` search value, unchecked (may be any string). */
  asOf: string | undefined;
  onAsOfChange: (asOf: string | undefined) => void;
  renderExports?: RenderExports;
}

/** The report of a share link's answers (`#/report?a=`). An assessment's report is ./WorkspaceReportPage. */
export function ReportPage({ a, asOf, onAsOfChange, renderExports }: ReportPageProps) {
  // "Today" is read here, in the UI layer; the engine only ever receives a date.
  const today = useMemo(() => todayIso(), []);
  const evaluatedAsOf = effectiveAsOf(asOf, today);
  const imported = useRouterState({ select: (s) => s.location.state.importedFile });
  const input = useMemo(() => resolveReportInput(a, imported), [a, imported]);
  const translator = useTranslator();
  const computed = useMemo<Computed | null>(
    () => (input.kind === 'ready' ? computeReport(input.answers, evaluatedAsOf, translator) : null),
    [input, evaluatedAsOf, translator],
  );
  const hash = useAnswersHash(input.kind === 'ready' ? input.answers : null);
  usePrintOpensDetails();

  const modelName = input.kind === 'ready' ? input.answers.modelName : undefined;
  useEffect(() => {
    document.title =
      input.kind === 'bad-link'
        ? translator.m('reportPage.docTitleBadLink')
        : modelName
          ? translator.m('reportPage.docTitleReportFor', { name: modelName })
          : translator.m('reportPage.docTitleReport');
  }, [input.kind, modelName, translator]);

  if (input.kind === 'bad-link') {
    return (
      <section aria-labelledby="bad-link-title" className="max-w-column">
        <h1 id="bad-link-title" className="text-2xl font-semibold">
          {translator.m('reportPage.badLinkTitle')}
        </h1>
        <p className="mt-4" data-testid="link-error" data-kind={input.error.kind}>
          {input.error.message}
        </p>
        <p className="mt-6">
          <Link to="/" className={primaryLinkClass}>
            {translator.m('reportPage.startNew')}
          </Link>
        </p>
      </section>
    );
  }

  if (!computed?.ok) return <NotWorkedOut message={computed && !computed.ok ? computed.message : null} />;

  const { report } = computed;
  const notices = (
    <>
      {input.migration ? (
        <MigrationNotice
          migration={input.migration}
          change={
            <SaveToWorkspace
              answers={input.answers}
              label={translator.m('reportPage.saveAndChange')}
              then="check"
            />
          }
        />
      ) : input.rulesChanged ? (
        <div role="note" className="rules-changed mb-6 rounded-md border border-amber-700/50 bg-amber-50 p-4">
          <p className="font-semibold">{translator.m('reportPage.linkRulesChangedTitle')}</p>
          <p className="mt-1">
            {richText(
              translator,
              'reportPage.linkRulesChangedText',
              { linkVersion: input.linkRulesVersion ?? '', currentVersion: RULES_VERSION },
              {
                link: (
                  <Link to="/methodology" className="underline">
                    {translator.m('reportPage.seeWhatChanged')}
                  </Link>
                ),
              },
            )}
          </p>
        </div>
      ) : null}
      <BadAsOfNote asOf={asOf} fallbackWords={translator.m('reportPage.today')} />
    </>
  );

  return (
    <ReportView
      report={report}
      modelName={modelName}
      hash={hash}
      sourceWords={translator.m('reportPage.sourceShareLink')}
      notices={notices}
      asOfControl={<AsOfControl asOf={evaluatedAsOf} today={today} onChange={onAsOfChange} />}
      exports={renderExports?.(input.answers, report)}
      actions={<ReportActions assessmentId={null} save={<SaveToWorkspace answers={input.answers} />} />}
    />
  );
}
