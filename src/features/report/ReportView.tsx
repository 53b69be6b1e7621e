import { useDeferredValue, useMemo } from 'react';
import type { Report } from '../../engine/report';
import { useTranslator } from '../../i18n/react';
import { richText } from '../../i18n/rich';
import { AtAGlance } from './AtAGlance';
import { Enforcement } from './Enforcement';
import { withSuperscripts } from './format';
import { ObligationsSection } from './Obligations';
import { Ambiguities, Counterfactuals, OpenQuestions, ReportFooter, Warnings } from './Sections';
import { Signposts } from './Signposts';
import { Timeline } from './Timeline';
import { VerdictCards } from './VerdictCards';
import '../../shared/print.css';

export interface ReportViewProps {
  report: Report;
  modelName?: string | undefined;
  /** Full answers hash (the footer shows a short form). */
  hash: string | null;
  /** "Your saved answers" / "A share link". */
  sourceWords: string;
  /** The "Evaluate as of" control (route-aware), rendered in the timeline section. */
  asOfControl?: React.ReactNode;
  /** Notices above the report (rules changed, invalid date in the link…). */
  notices?: React.ReactNode;
  /** The share / PDF / calendar / JSON panel. */
  exports?: React.ReactNode;
  /** Change / check the answers, start a new assessment (route-aware), under the title. */
  actions?: React.ReactNode;
  /** Which version of which assessment this is, and its sign-off (workspace reports), under the actions. */
  record?: React.ReactNode;
  /** The answers with their sources (workspace reports), before the exports. */
  answers?: React.ReactNode;
}

/** The whole report as a document: pure rendering of a Report (no routing, storage or clocks). */
export function ReportView({
  report: engineReport,
  modelName,
  hash,
  sourceWords,
  asOfControl,
  notices,
  exports,
  actions,
  record,
  answers,
}: ReportViewProps) {
  const tr = useTranslator();
  const report = useMemo(() => withSuperscripts(engineReport), [engineReport]);
  // The title, the verdicts and the warnings come first; the rest of the report follows in a second render
  // that React does in the background at once after the first commit. A report is thousands of elements: on a
  // slow phone, a share link's verdict waited about a second for the obligations, timeline and sections below
  // it (issue #12). Printing and the exports panel come with the rest; until then the article is marked busy.
  const whole = useDeferredValue(true, false);
  return (
    <article className="report max-w-column" aria-labelledby="report-title" aria-busy={!whole}>
      {notices}
      <header>
        <p className="text-sm font-medium uppercase tracking-wide text-slate-600">
          {tr.m('reportPage.kicker')}
        </p>
        <h1 id="report-title" className="mt-1 text-3xl font-semibold leading-tight">
          {modelName ? tr.m('reportPage.titleFor', { name: modelName }) : tr.m('reportPage.titleYours')}
        </h1>
        <p className="mt-2 text-slate-700">
          {richText(
            tr,
            'reportPage.evaluatedAsOfLine',
            { version: report.rulesVersion },
            { date: <time dateTime={report.asOf}>{tr.date(report.asOf)}</time> },
          )}
        </p>
        {actions}
        {record}
      </header>

      <AtAGlance report={report} />
      <VerdictCards report={report} />
      <Warnings report={report} />
      {whole ? (
        <>
          <ObligationsSection report={report} />
          <Signposts report={report} />
          <Timeline report={report} asOfControl={asOfControl} />
          <Enforcement report={report} />
          <OpenQuestions report={report} />
          <Ambiguities report={report} />
          <Counterfactuals report={report} />
          {answers}
          {exports ? (
            <section aria-labelledby="exports-heading" className="report-exports mt-10 print:hidden">
              <h2 id="exports-heading" className="text-xl font-semibold">
                {tr.m('reportPage.exportsHeading')}
              </h2>
              <div className="mt-3">{exports}</div>
            </section>
          ) : null}
          <ReportFooter report={report} hash={hash} sourceWords={sourceWords} />
        </>
      ) : null}
    </article>
  );
}
