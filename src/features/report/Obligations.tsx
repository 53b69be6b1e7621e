import { formatDate } from '../../engine/dates';
import type { Obligation, ObligationId, Report, RuleRef } from '../../engine/report';
import { prepareFromNote, stepTakenWords } from '../../export/period-words';
import { compactArticles } from '../../shared/legal-text/articles';
import { Citations } from '../../shared/legal-text/Citations';
import { RuleText } from '../../shared/legal-text/RuleLinks';
import { Badge, InPageLink, RuleTags, TraceSteps } from './bits';
import { obligationStatus } from './format';
import { Icon } from './Icon';
import { PeriodNote } from './PeriodNote';
import { SIGNPOSTS_HEADING } from './Signposts';

export function ObligationsSection({ report }: { report: Report }) {
  const applicable = report.obligations.filter((o) => !o.exempted && o.status !== 'exempted');
  const exempted = report.obligations.filter((o) => o.exempted || o.status === 'exempted');
  const steps = report.trace.filter((s) => s.verdict === 'obligations' || s.verdict === 'dates');
  return (
    <section aria-labelledby="obligations-heading" className="mt-10">
      <h2 id="obligations-heading" className="text-xl font-semibold">
        Your obligations
      </h2>
      {applicable.length === 0 ? (
        <p className="mt-3">
          {report.isProvider
            ? 'No GPAI model obligations apply to you.'
            : 'You are not the provider of a general-purpose AI model, so the GPAI model obligations do not apply to you.'}
          {report.signposts.length > 0 ? (
            <>
              {' '}
              Duties for AI systems may still apply: see{' '}
              <InPageLink target="signposts-heading">the {SIGNPOSTS_HEADING}</InPageLink>.
            </>
          ) : null}
        </p>
      ) : (
        <>
          <p className="obligations-summary mt-2">
            {applicable.length === 1 ? 'One obligation applies' : `${applicable.length} obligations apply`}:{' '}
            {statusCounts(applicable)}.
          </p>
          <ul className="mt-4 space-y-4" aria-label="Obligations that apply">
            {applicable.map((o) => (
              <ObligationItem key={o.id} obligation={o} />
            ))}
          </ul>
        </>
      )}

      {steps.length > 0 ? (
        <details className="why mt-4">
          <summary className="cursor-pointer text-sm font-medium text-accent underline underline-offset-2">
            Why these obligations and dates
          </summary>
          <TraceSteps steps={steps} className="mt-2 space-y-3 border-l-2 border-slate-200 pl-3" />
        </details>
      ) : null}

      {exempted.length + report.notApplicable.length > 0 ? (
        <>
          <h3 id="not-applicable-heading" className="mt-8 text-lg font-semibold">
            Not applicable or exempted
          </h3>
          <ul aria-labelledby="not-applicable-heading" className="not-applicable mt-3 space-y-2 text-sm">
            {groupByReason(
              exempted.map((o) => ({ id: o.id, reason: o.exemptionReason ?? 'Exempted.', rules: o.rules })),
            ).map((g) => (
              <li
                key={`ex-${g.ids.join()}`}
                data-obligations={g.ids.join(' ')}
                className="border-l-2 border-slate-300 pl-3"
              >
                <Icon name="minus" className="mr-1 h-4 w-4 align-[-0.15em] text-slate-600" />
                <span className="font-semibold">{compactArticles(g.ids)}</span>
                {' — '}
                {/^exempt/i.test(g.reason) ? g.reason : `Exempted: ${g.reason}`} <RuleTags rules={g.rules} />
              </li>
            ))}
            {groupByReason(report.notApplicable).map((g) => (
              <li
                key={`na-${g.ids.join()}`}
                data-obligations={g.ids.join(' ')}
                className="border-l-2 border-slate-300 pl-3"
              >
                <Icon name="na" className="mr-1 h-4 w-4 align-[-0.15em] text-slate-600" />
                <span className="font-semibold">{compactArticles(g.ids)}</span>
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

const COUNT_WORDS: { status: Obligation['status']; one: string; many: string }[] = [
  { status: 'overdue', one: 'overdue', many: 'overdue' },
  { status: 'upcoming', one: 'coming up', many: 'coming up' },
  { status: 'date-unknown', one: 'with an unknown date', many: 'with unknown dates' },
  { status: 'in-force', one: 'in force', many: 'in force' },
  { status: 'done', one: 'done', many: 'done' },
];

/** "10 in force, 1 overdue" — the checklist at a glance, most urgent first. */
export function statusCounts(obligations: readonly Obligation[]): string {
  return COUNT_WORDS.map(({ status, one, many }) => {
    const n = obligations.filter((o) => o.status === status).length;
    return n === 0 ? null : `${n} ${n === 1 ? one : many}`;
  })
    .filter(Boolean)
    .join(', ');
}

export function ObligationItem({ obligation: o }: { obligation: Obligation }) {
  const status = obligationStatus(o);
  const step = stepTakenWords(o);
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
              Prepare from <time dateTime={o.prepareFrom}>{formatDate(o.prepareFrom)}</time>:
            </span>{' '}
            {prepareFromNote(o)}
          </p>
        ) : null}
        {step && o.status !== 'done' && o.status !== 'overdue' ? (
          <p className="step-taken mt-1 text-sm">{step}</p>
        ) : null}
        <p className="mt-2">{o.explanation}</p>
        {o.scope ? (
          <p className="mt-2 text-sm">
            <span className="font-medium">Scope: </span>
            <RuleText>{o.scope}</RuleText>
          </p>
        ) : null}
        {o.codeOfPracticeChapter ? (
          <p className="mt-2 text-sm">
            <span className="font-medium">Code of Practice chapter: </span>
            {o.codeOfPracticeChapter}
          </p>
        ) : null}
        {o.produce.length > 0 ? (
          <details className="produce mt-2 text-sm">
            <summary className="cursor-pointer font-medium text-accent underline underline-offset-2">
              What to produce ({o.produce.length === 1 ? '1 item' : `${o.produce.length} items`})
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
