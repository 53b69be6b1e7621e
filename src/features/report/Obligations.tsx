import type { Obligation, Report } from '../../engine/report';
import { Badge, Citations, RuleTags, withKeys } from './bits';
import { obligationStatus } from './format';

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
        </p>
      ) : (
        <>
          <p className="mt-2 text-slate-700">
            {applicable.length === 1 ? 'One obligation applies' : `${applicable.length} obligations apply`},
            with their status on the evaluation date.
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
          <ol className="mt-2 space-y-3 border-l-2 border-slate-200 pl-3">
            {withKeys(steps, (x) => `${x.rule}|${x.question}`).map(({ key, item: s }) => (
              <li key={key} className="text-sm">
                <p>
                  <RuleTags rules={[s.rule]} />
                </p>
                <p>
                  <span className="font-medium">{s.question}: </span>
                  {s.answer}
                </p>
                <p>{s.outcome}</p>
                <Citations citations={s.citations} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}

      {exempted.length + report.notApplicable.length > 0 ? (
        <>
          <h3 id="not-applicable-heading" className="mt-8 text-lg font-semibold">
            Not applicable or exempted
          </h3>
          <ul aria-labelledby="not-applicable-heading" className="not-applicable mt-3 space-y-2 text-sm">
            {exempted.map((o) => (
              <li key={o.id} data-obligation={o.id} className="border-l-2 border-slate-300 pl-3">
                <span className="font-semibold">{o.article}</span> {o.title}
                {' — '}
                <span className="font-medium">Exempted: </span>
                {o.exemptionReason ?? 'exempted.'} <RuleTags rules={o.rules} />
              </li>
            ))}
            {report.notApplicable.map((o) => (
              <li key={`na-${o.id}`} data-obligation={o.id} className="border-l-2 border-slate-300 pl-3">
                <span className="font-semibold">{o.article}</span> {o.title}
                {' — '}
                <span className="font-medium">Does not apply: </span>
                {o.reason} <RuleTags rules={o.rules} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export function ObligationItem({ obligation: o }: { obligation: Obligation }) {
  const status = obligationStatus(o);
  const headingId = `obligation-${o.id}`;
  return (
    <li
      className="obligation rounded-md border border-slate-300 p-4"
      data-obligation={o.id}
      data-status={o.status}
    >
      <article aria-labelledby={headingId}>
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2">
          <h3 id={headingId} className="text-base font-semibold">
            <span className="obligation-article">{o.article}</span>
            <span className="sr-only">:</span> <span className="font-normal">{o.title}</span>
          </h3>
          <Badge tone={status.tone} icon={status.icon} className="obligation-status">
            {status.text}
          </Badge>
        </div>
        {status.detail ? <p className="mt-1 text-sm text-slate-700">{status.detail}</p> : null}
        <p className="mt-2">{o.explanation}</p>
        {o.scope ? (
          <p className="mt-2 text-sm">
            <span className="font-medium">Scope: </span>
            {o.scope}
          </p>
        ) : null}
        {o.produce.length > 0 ? (
          <div className="mt-2 text-sm">
            <p className="font-medium">What to produce</p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              {o.produce.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {o.codeOfPracticeChapter ? (
          <p className="mt-2 text-sm">
            <span className="font-medium">Code of Practice chapter: </span>
            {o.codeOfPracticeChapter}
          </p>
        ) : null}
        <div className="mt-2 flex flex-wrap items-baseline gap-x-3">
          <Citations citations={o.citations} />
          <RuleTags rules={o.rules} />
        </div>
      </article>
    </li>
  );
}
