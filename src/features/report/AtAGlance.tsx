import { formatDate } from '../../engine/dates';
import type { Report } from '../../engine/report';
import { AmbiguousMarker, Badge, InPageLink } from './bits';
import { relativeDays, VERDICT_ORDER, VERDICT_QUESTIONS, verdictTone } from './format';
import {
  applicableObligations,
  isAmbiguous,
  nextDate,
  nothingAhead,
  overdueWords,
  signpostsAhead,
  unknownDated,
} from './glance';
import { statusCounts } from './Obligations';

/**
 * The result in five seconds: the four verdicts with the certainty their cards show, the obligations, what is
 * overdue and the next date — never a plainer answer than the report below gives.
 */
export function AtAGlance({ report }: { report: Report }) {
  const applicable = applicableObligations(report);
  const overdue = applicable.filter((o) => o.status === 'overdue');
  const next = nextDate(report);
  const unknown = unknownDated(report);
  const systemDates = signpostsAhead(report);
  return (
    <section
      aria-labelledby="glance-heading"
      className="at-a-glance mt-6 rounded-md border border-slate-300 bg-slate-50 p-4"
    >
      <h2 id="glance-heading" className="text-base font-semibold">
        At a glance
      </h2>
      <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr] sm:items-baseline sm:gap-y-2">
        {VERDICT_ORDER.map((key) => {
          const { tone, icon } = verdictTone(report, key);
          return (
            <div key={key} className="contents">
              <dt className="font-medium sm:font-normal">{VERDICT_QUESTIONS[key]}</dt>
              <dd data-glance={key} className="mb-2 flex flex-wrap gap-2 sm:mb-0">
                <Badge tone={tone} icon={icon}>
                  {report.verdicts[key].label}
                </Badge>
                {isAmbiguous(report, key) ? <AmbiguousMarker /> : null}
              </dd>
            </div>
          );
        })}
        <dt className="font-medium sm:font-normal">Obligations</dt>
        <dd data-glance="obligations" className="mb-2 sm:mb-0">
          {applicable.length === 0
            ? report.signposts.length > 0
              ? 'No GPAI model obligations'
              : 'None apply to you'
            : `${applicable.length} apply: ${statusCounts(applicable)}`}
        </dd>
        {report.signposts.length > 0 ? (
          <>
            <dt className="font-medium sm:font-normal">AI-system duties</dt>
            <dd data-glance="signposts" className="mb-2 sm:mb-0">
              <Badge tone="unknown" icon="help">
                Not assessed
              </Badge>{' '}
              {report.signposts.length === 1 ? 'One duty' : `${report.signposts.length} duties`} to check
              yourself (<InPageLink target="signposts-heading">listed below</InPageLink>)
            </dd>
          </>
        ) : null}
        {overdue.length > 0 ? (
          <>
            <dt className="font-semibold text-red-900">Overdue</dt>
            <dd data-glance="overdue" className="mb-2 sm:mb-0">
              <ul className="space-y-1">
                {overdue.map((o) => (
                  <li key={o.id} className="flex flex-wrap items-center gap-2">
                    <Badge tone="negative" icon="alert">
                      Overdue
                    </Badge>
                    <span className="font-medium text-red-900">{overdueWords(o)}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt className="font-medium sm:font-normal">Next date</dt>
        <dd data-glance="next">
          {next.kind === 'dated' ? (
            <>
              <time dateTime={next.date}>{formatDate(next.date)}</time> ({relativeDays(next.daysFromAsOf)}):{' '}
              {next.label}
            </>
          ) : overdue.length > 0 ? (
            // R89: an overdue deadline is due now; never "no dates ahead" next to it.
            'Due now: the overdue obligations above'
          ) : nothingAhead(report) ? (
            'No dates ahead'
          ) : unknown.length > 0 ? (
            'No known date ahead'
          ) : applicable.length === 0 ? (
            'No GPAI model dates'
          ) : (
            'No date ahead for your GPAI model obligations'
          )}
          {unknown.length > 0 ? (
            <span className="mt-1 block" data-glance="unknown-dates">
              Not known yet: the date of {unknown.map((o) => o.article).join(', ')} depends on an answer
              marked “I don’t know” (<InPageLink target="open-questions-heading">open questions</InPageLink>
              ).
            </span>
          ) : null}
          {next.kind === 'none' && systemDates[0] ? (
            <span className="mt-1 block" data-glance="system-dates">
              AI-system duty ahead (not assessed): {systemDates[0].article},{' '}
              {lowerFirst(systemDates[0].title)}, from{' '}
              <time dateTime={systemDates[0].appliesFrom ?? undefined}>
                {formatDate(systemDates[0].appliesFrom ?? '')}
              </time>
              .
            </span>
          ) : null}
        </dd>
      </dl>
    </section>
  );
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
