import type { Milestone, Report } from '../../engine/report';
import { useTranslator } from '../../i18n/react';
import { richText } from '../../i18n/rich';
import { Citations } from '../../shared/legal-text/Citations';
import { RuleText } from '../../shared/legal-text/RuleLinks';
import { relativeDays } from './format';
import { PeriodNote } from './PeriodNote';

/** Milestones in date order; "today" (the as-of date) is marked between past and future. */
export function Timeline({ report, asOfControl }: { report: Report; asOfControl?: React.ReactNode }) {
  const tr = useTranslator();
  const milestones = [...report.timeline].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -1 : 1));
  const firstFuture = milestones.findIndex((m) => m.daysFromAsOf > 0);
  const markerAt = firstFuture === -1 ? milestones.length : firstFuture;
  return (
    <section aria-labelledby="timeline-heading" className="mt-10">
      <h2 id="timeline-heading" className="text-xl font-semibold">
        {tr.m('reportPage.timelineHeading')}
      </h2>
      {asOfControl}
      {milestones.length === 0 ? (
        <p className="mt-3">{tr.m('reportPage.noDatesApply')}</p>
      ) : (
        <ol className="timeline mt-5" aria-label={tr.m('reportPage.milestonesLabel')}>
          {milestones.map((m, i) => (
            <TimelineEntry key={m.id} milestone={m} showTodayBefore={i === markerAt} asOf={report.asOf} />
          ))}
          {markerAt === milestones.length ? <TodayMarker asOf={report.asOf} /> : null}
        </ol>
      )}
    </section>
  );
}

function TodayMarker({ asOf }: { asOf: string }) {
  const tr = useTranslator();
  return (
    <li className="timeline-today" data-today="">
      <p className="text-sm font-semibold text-accent">
        {richText(
          tr,
          'reportPage.evaluationDate',
          {},
          { date: <time dateTime={asOf}>{tr.date(asOf)}</time> },
        )}
      </p>
    </li>
  );
}

function TimelineEntry({
  milestone: m,
  showTodayBefore,
  asOf,
}: {
  milestone: Milestone;
  showTodayBefore: boolean;
  asOf: string;
}) {
  const tr = useTranslator();
  const when = m.daysFromAsOf > 0 ? 'future' : m.daysFromAsOf === 0 ? 'today' : 'past';
  return (
    <>
      {showTodayBefore ? <TodayMarker asOf={asOf} /> : null}
      <li className="timeline-item" data-when={when} data-milestone={m.id}>
        <p className="text-sm">
          {m.period?.bound === 'atLatest' ? (
            <span className="font-semibold">{tr.m('reportPage.atTheLatest')} </span>
          ) : null}
          <time dateTime={m.date} className="font-semibold">
            {tr.date(m.date)}
          </time>
          <span className="text-slate-600"> · </span>
          <span className="countdown font-medium">{relativeDays(m.daysFromAsOf, tr)}</span>
          <span className="text-slate-600"> · {tr.m(`reportPage.kind_${m.kind}`)}</span>
        </p>
        <p className="mt-0.5 font-semibold">{m.label}</p>
        <p className="text-sm text-slate-700">
          <RuleText>{m.description}</RuleText>
        </p>
        {m.period ? <PeriodNote period={m.period} className="mt-1" /> : null}
        <Citations citations={m.citations} />
      </li>
    </>
  );
}
