import type { Obligation, ObligationId, Report, RuleRef } from '../../engine/report';
import { prepareFromNote, stepTakenWords } from '../../export/period-words';
import { useTranslator } from '../../i18n/react';
import { richText } from '../../i18n/rich';
import type { Translator } from '../../i18n/translator';
import { compactArticles } from '../../shared/legal-text/articles';
import { Citations } from '../../shared/legal-text/Citations';
import { RuleText } from '../../shared/legal-text/RuleLinks';
import { Badge, InPageLink, RuleTags, TraceSteps } from './bits';
import { obligationStatus } from './format';
import { Icon } from './Icon';
import { PeriodNote } from './PeriodNote';

export function ObligationsSection({ report }: { report: Report }) {
  const tr = useTranslator();
  const applicable = report.obligations.filter((o) => !o.exempted && o.status !== 'exempted');
  const exempted = report.obligations.filter((o) => o.exempted || o.status === 'exempted');
  const steps = report.trace.filter((s) => s.verdict === 'obligations' || s.verdict === 'dates');
  return (
    <section aria-labelledby="obligations-heading" className="mt-10">
      <h2 id="obligations-heading" className="text-xl font-semibold">
        {tr.m('reportPage.obligationsHeading')}
      </h2>
      {applicable.length === 0 ? (
        <p className="mt-3">
          {report.isProvider
            ? tr.m('reportPage.noObligationsProvider')
            : tr.m('reportPage.noObligationsNotProvider')}
          {report.signposts.length > 0 ? (
            <>
              {' '}
              {richText(
                tr,
                'reportPage.systemDutiesMayApply',
                {},
                {
                  link: (
                    <InPageLink target="signposts-heading">{tr.m('reportPage.signpostsLinkText')}</InPageLink>
                  ),
                },
              )}
            </>
          ) : null}
        </p>
      ) : (
        <>
          <p className="obligations-summary mt-2">
            {tr.m('reportPage.obligationsSummary', {
              n: applicable.length,
              counts: statusCounts(applicable, tr),
            })}
          </p>
          <ul className="mt-4 space-y-4" aria-label={tr.m('reportPage.obligationsListLabel')}>
            {applicable.map((o) => (
              <ObligationItem key={o.id} obligation={o} />
            ))}
          </ul>
        </>
      )}

      {steps.length > 0 ? (
        <details className="why mt-4">
          <summary className="cursor-pointer text-sm font-medium text-accent underline underline-offset-2">
            {tr.m('reportPage.whyObligations')}
          </summary>
          <TraceSteps steps={steps} className="mt-2 space-y-3 border-l-2 border-slate-200 pl-3" />
        </details>
      ) : null}

      {exempted.length + report.notApplicable.length > 0 ? (
        <>
          <h3 id="not-applicable-heading" className="mt-8 text-lg font-semibold">
            {tr.m('reportPage.notApplicableHeading')}
          </h3>
          <ul aria-labelledby="not-applicable-heading" className="not-applicable mt-3 space-y-2 text-sm">
            {groupByReason(
              exempted.map((o) => ({
                id: o.id,
                reason: o.exemptionReason ?? tr.m('reportPage.exemptedFallback'),
                rules: o.rules,
              })),
            ).map((g) => (
              <li
                key={`ex-${g.ids.join()}`}
                data-obligations={g.ids.join(' ')}
                className="border-l-2 border-slate-300 pl-3"
              >
                <Icon name="minus" className="mr-1 h-4 w-4 align-[-0.15em] text-slate-600" />
                <span className="font-semibold">{compactArticles(g.ids, tr.lang)}</span>
                {' — '}
                {/^(exempt|ausgenommen|befreit)/i.test(g.reason)
                  ? g.reason
                  : tr.m('reportPage.exemptedReason', { reason: g.reason })}{' '}
                <RuleTags rules={g.rules} />
              </li>
            ))}
            {groupByReason(report.notApplicable).map((g) => (
              <li
                key={`na-${g.ids.join()}`}
                data-obligations={g.ids.join(' ')}
                className="border-l-2 border-slate-300 pl-3"
              >
                <Icon name="na" className="mr-1 h-4 w-4 align-[-0.15em] text-slate-600" />
                <span className="font-semibold">{compactArticles(g.ids, tr.lang)}</span>
                {' — '}
                {g.reason} <RuleTags rules={g.rules} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** Obligations that share a reason, listed once: "Art. 55(1)(a)–(d) — Applies only to…". */
export function groupByReason(
  items: readonly { id: ObligationId; reason: string; rules: readonly RuleRef[] }[],
): { ids: ObligationId[]; reason: string; rules: RuleRef[] }[] {
  const groups: { ids: ObligationId[]; reason: string; rules: RuleRef[] }[] = [];
  for (const item of items) {
    const g = groups.find((x) => x.reason === item.reason);
    if (g) {
      g.ids.push(item.id);
      for (const r of item.rules) if (!g.rules.includes(r)) g.rules.push(r);
    } else groups.push({ ids: [item.id], reason: item.reason, rules: [...item.rules] });
  }
  return groups;
}

const COUNT_WORDS = [
  { status: 'overdue', msg: 'reportPage.countOverdue' },
  { status: 'upcoming', msg: 'reportPage.countUpcoming' },
  { status: 'date-unknown', msg: 'reportPage.countDateUnknown' },
  { status: 'in-force', msg: 'reportPage.countInForce' },
  { status: 'done', msg: 'reportPage.countDone' },
] as const satisfies readonly { status: Obligation['status']; msg: string }[];

/** "10 in force, 1 overdue" — the checklist at a glance, most urgent first. */
export function statusCounts(obligations: readonly Obligation[], tr: Translator): string {
  return COUNT_WORDS.map(({ status, msg }) => {
    const n = obligations.filter((o) => o.status === status).length;
    return n === 0 ? null : tr.m(msg, { n });
  })
    .filter(Boolean)
    .join(', ');
}

export function ObligationItem({ obligation: o }: { obligation: Obligation }) {
  const tr = useTranslator();
  const status = obligationStatus(o, tr);
  const step = stepTakenWords(o, tr);
  const headingId = `obligation-${o.id}`;
  return (
    <li
      className="obligation rounded-md border border-slate-300 p-4"
      data-obligation={o.id}
      data-status={o.status}
    >
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="text-base font-semibold">
          <span className="obligation-article">{o.article}</span>
          <span className="sr-only">:</span> <span className="font-normal">{o.title}</span>
        </h3>
        <p className="mt-2">
          <Badge tone={status.tone} icon={status.icon} className="obligation-status">
            {status.text}
          </Badge>
        </p>
        {status.detail ? <p className="mt-1 text-sm text-slate-700">{status.detail}</p> : null}
        {o.period ? <PeriodNote period={o.period} className="mt-1" /> : null}
        {o.prepareFrom ? (
          <p className="prepare-from mt-1 text-sm">
            <span className="font-semibold">
              {richText(
                tr,
                'reportPage.prepareFromLabel',
                {},
                { date: <time dateTime={o.prepareFrom}>{tr.date(o.prepareFrom)}</time> },
              )}
            </span>{' '}
            {prepareFromNote(o, tr)}
          </p>
        ) : null}
        {step && o.status !== 'done' && o.status !== 'overdue' ? (
          <p className="step-taken mt-1 text-sm">{step}</p>
        ) : null}
        <p className="mt-2">{o.explanation}</p>
        {o.scope ? (
          <p className="mt-2 text-sm">
            <span className="font-medium">{tr.m('reportPage.scopeLabel')}</span>
            <RuleText>{o.scope}</RuleText>
          </p>
        ) : null}
        {o.codeOfPracticeChapter ? (
          <p className="mt-2 text-sm">
            <span className="font-medium">{tr.m('reportPage.codeOfPracticeChapter')}</span>
            {o.codeOfPracticeChapter}
          </p>
        ) : null}
        {o.produce.length > 0 ? (
          <details className="produce mt-2 text-sm">
            <summary className="cursor-pointer font-medium text-accent underline underline-offset-2">
              {tr.m('reportPage.whatToProduce', { n: o.produce.length })}
            </summary>
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              {o.produce.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </details>
        ) : null}
        <div className="mt-2 flex flex-wrap items-baseline gap-x-3">
          <Citations citations={o.citations} />
          <RuleTags rules={o.rules} />
        </div>
      </article>
    </li>
  );
}
