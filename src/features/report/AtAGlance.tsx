import type { Report } from '../../engine/report';
import { useTranslator } from '../../i18n/react';
import { richText } from '../../i18n/rich';
import { AmbiguousMarker, Badge, InPageLink } from './bits';
import { relativeDays, VERDICT_ORDER, verdictQuestion, verdictTone } from './format';
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
  const tr = useTranslator();
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
        {tr.m('reportPage.glanceHeading')}
      </h2>
      <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr] sm:items-baseline sm:gap-y-2">
        {VERDICT_ORDER.map((key) => {
          const { tone, icon } = verdictTone(report, key, tr);
          return (
            <div key={key} className="contents">
              <dt className="font-medium sm:font-normal">{verdictQuestion(key, tr)}</dt>
              <dd data-glance={key} className="mb-2 flex flex-wrap gap-2 sm:mb-0">
                <Badge tone={tone} icon={icon}>
                  {report.verdicts[key].label}
                </Badge>
                {isAmbiguous(report, key) ? <AmbiguousMarker /> : null}
              </dd>
            </div>
          );
        })}
        <dt className="font-medium sm:font-normal">{tr.m('reportPage.glanceObligations')}</dt>
        <dd data-glance="obligations" className="mb-2 sm:mb-0">
          {applicable.length === 0
            ? report.signposts.length > 0
              ? tr.m('reportPage.glanceNoGpaiObligations')
              : tr.m('reportPage.glanceNoneApply')
            : tr.m('reportPage.glanceApply', { n: applicable.length, counts: statusCounts(applicable, tr) })}
        </dd>
        {report.signposts.length > 0 ? (
          <>
            <dt className="font-medium sm:font-normal">{tr.m('reportPage.glanceSystemDuties')}</dt>
            <dd data-glance="signposts" className="mb-2 sm:mb-0">
              <Badge tone="unknown" icon="help">
                {tr.m('reportPage.notAssessed')}
              </Badge>{' '}
              {richText(
                tr,
                'reportPage.glanceDutiesToCheck',
                { n: report.signposts.length },
                {
                  link: (
                    <InPageLink target="signposts-heading">{tr.m('reportPage.glanceListedBelow')}</InPageLink>
                  ),
                },
              )}
            </dd>
          </>
        ) : null}
        {overdue.length > 0 ? (
          <>
            <dt className="font-semibold text-red-900">{tr.m('reportPage.overdue')}</dt>
            <dd data-glance="overdue" className="mb-2 sm:mb-0">
              <ul className="space-y-1">
                {overdue.map((o) => (
                  <li key={o.id} className="flex flex-wrap items-center gap-2">
                    <Badge tone="negative" icon="alert">
                      {tr.m('reportPage.overdue')}
                    </Badge>
                    <span className="font-medium text-red-900">{overdueWords(o, tr)}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt className="font-medium sm:font-normal">{tr.m('reportPage.glanceNextDate')}</dt>
        <dd data-glance="next">
          {next.kind === 'dated'
            ? richText(
                tr,
                'reportPage.glanceNext',
                { relative: relativeDays(next.daysFromAsOf, tr), label: next.label },
                { date: <time dateTime={next.date}>{tr.date(next.date)}</time> },
              )
            : overdue.length > 0
              ? // R89: an overdue deadline is due now; never "no dates ahead" next to it.
                tr.m('reportPage.glanceDueNow')
              : nothingAhead(report)
                ? tr.m('reportPage.glanceNoDatesAhead')
                : unknown.length > 0
                  ? tr.m('reportPage.glanceNoKnownDateAhead')
                  : applicable.length === 0
                    ? tr.m('reportPage.glanceNoGpaiDates')
                    : tr.m('reportPage.glanceNoObligationDate')}
          {unknown.length > 0 ? (
            <span className="mt-1 block" data-glance="unknown-dates">
              {richText(
                tr,
                'reportPage.glanceUnknownDates',
                { articles: unknown.map((o) => o.article).join(', ') },
                {
                  link: (
                    <InPageLink target="open-questions-heading">
                      {tr.m('reportPage.glanceOpenQuestionsLink')}
                    </InPageLink>
                  ),
                },
              )}
            </span>
          ) : null}
          {next.kind === 'none' && systemDates[0] ? (
            <span className="mt-1 block" data-glance="system-dates">
              {richText(
                tr,
                'reportPage.glanceSystemDateAhead',
                {
                  article: systemDates[0].article,
                  // German capitalises nouns: only English and French lower a sentence's first word here.
                  title: tr.lang === 'de' ? systemDates[0].title : lowerFirst(systemDates[0].title),
                },
                {
                  date: (
                    <time dateTime={systemDates[0].appliesFrom ?? undefined}>
                      {tr.date(systemDates[0].appliesFrom ?? '')}
                    </time>
                  ),
                },
              )}
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
