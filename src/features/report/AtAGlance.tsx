import { formatDate } from '../../engine/dates';
import type { Report } from '../../engine/report';
import { Badge } from './bits';
import { relativeDays, VERDICT_ORDER, VERDICT_QUESTIONS, verdictTone } from './format';
import { statusCounts } from './Obligations';

/** The result in five seconds: the four verdicts, the obligations count and the next date, on one screen. */
export function AtAGlance({ report }: { report: Report }) {
  const applicable = report.obligations.filter((o) => !o.exempted && o.status !== 'exempted');
  const overdue = applicable.filter((o) => o.status === 'overdue');
  const next = [...report.timeline]
    .filter((m) => m.daysFromAsOf >= 0)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];
  return (
    <section
      aria-labelledby="glance-heading"
      className="at-a-glance mt-6 rounded-md border border-slate-300 bg-slate-50 p-4"
    >
      <h2 id="glance-heading" className="text-base font-semibold">
        At a glance
      </h2>
      <dl className="mt-2 grid grid-cols-[minmax(0,11rem)_1fr] items-center gap-x-4 gap-y-2 text-sm sm:grid-cols-[14rem_1fr]">
        {VERDICT_ORDER.map((key) => {
          const { tone, icon } = verdictTone(report, key);
          return (
            <div key={key} className="contents">
              <dt>{VERDICT_QUESTIONS[key]}</dt>
              <dd data-glance={key}>
                <Badge tone={tone} icon={icon}>
                  {report.verdicts[key].label}
                </Badge>
              </dd>
            </div>
          );
        })}
        <dt>Obligations</dt>
        <dd data-glance="obligations">
          {applicable.length === 0
            ? report.signposts.length > 0
              ? 'No GPAI model obligations'
              : 'None apply to you'
            : `${applicable.length} apply: ${statusCounts(applicable)}`}
        </dd>
        {report.signposts.length > 0 ? (
          <>
            <dt>AI-system duties</dt>
            <dd data-glance="signposts">
              <Badge tone="unknown" icon="help">
                Not assessed
              </Badge>{' '}
              {report.signposts.length === 1 ? 'One duty' : `${report.signposts.length} duties`} to check
              yourself (
              <a href="#signposts-heading" className="text-accent underline underline-offset-2">
                listed below
              </a>
              )
            </dd>
          </>
        ) : null}
        {overdue.length > 0 ? (
          <>
            <dt>Overdue</dt>
            <dd data-glance="overdue">
              {overdue
                .map((o) => {
                  const date = o.dueBy ?? o.appliesFrom;
                  const latest = o.period?.bound === 'atLatest' ? 'at the latest ' : '';
                  return date ? `${o.article} — was due ${latest}${formatDate(date)}` : o.article;
                })
                .join('; ')}
            </dd>
          </>
        ) : null}
        <dt>Next date</dt>
        <dd data-glance="next">
          {next ? (
            <>
              <time dateTime={next.date}>{formatDate(next.date)}</time> ({relativeDays(next.daysFromAsOf)}):{' '}
              {next.label}
            </>
          ) : overdue.length > 0 ? (
            // R89: an overdue deadline is due now; never "no dates ahead" next to it.
            'Due now: the overdue obligations above'
          ) : (
            'No dates ahead'
          )}
        </dd>
      </dl>
    </section>
  );
}
