import type { Ambiguity, Report, TraceStep, VerdictKey } from '../../engine/report';
import { useTranslator } from '../../i18n/react';
import { richText } from '../../i18n/rich';
import { Citations } from '../../shared/legal-text/Citations';
import { RuleLink } from '../../shared/legal-text/RuleLinks';
import { AmbiguousMarker, Badge, RuleTags, TraceSteps } from './bits';
import { roleDescription, VERDICT_ORDER, verdictQuestion, verdictTone } from './format';

export function VerdictCards({ report }: { report: Report }) {
  const tr = useTranslator();
  return (
    <section aria-labelledby="verdicts-heading" className="mt-8">
      <h2 id="verdicts-heading" className="text-xl font-semibold">
        {tr.m('reportPage.verdictsHeading')}
      </h2>
      <div className="mt-4 space-y-4">
        {VERDICT_ORDER.map((key) => (
          <VerdictCard key={key} report={report} verdictKey={key} />
        ))}
      </div>
    </section>
  );
}

export function VerdictCard({ report, verdictKey }: { report: Report; verdictKey: VerdictKey }) {
  const tr = useTranslator();
  const verdict = report.verdicts[verdictKey];
  const { tone, icon } = verdictTone(report, verdictKey, tr);
  const steps: TraceStep[] = report.trace.filter((s) => s.verdict === verdictKey);
  const ambiguities: Ambiguity[] = verdict.ambiguous
    .map((id) => report.ambiguities.find((a) => a.edgeCase === id))
    .filter((a): a is Ambiguity => a !== undefined);
  const headingId = `verdict-${verdictKey}`;
  return (
    <article
      aria-labelledby={headingId}
      className="verdict-card rounded-md border border-slate-300 p-4 sm:p-5"
      data-verdict={verdictKey}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2">
        <h3 id={headingId} className="text-base font-semibold">
          {verdictQuestion(verdictKey, tr)}
        </h3>
        <span className="flex flex-wrap gap-2">
          <Badge tone={tone} icon={icon} className="verdict-badge">
            {verdict.label}
          </Badge>
          {ambiguities.length > 0 || verdict.ambiguous.length > 0 ? <AmbiguousMarker /> : null}
        </span>
      </div>
      <p className="verdict-summary mt-2 text-lg leading-snug">{verdict.summary}</p>
      {verdictKey === 'provider' ? (
        <p className="mt-1 text-sm text-slate-700">
          <span className="font-medium">{tr.m('reportPage.roleLabel')}</span>
          {roleDescription(report.role, tr)}
        </p>
      ) : null}

      {verdict.decisiveAnswers.length > 0 ? (
        <div className="mt-3">
          <h4 className="text-sm font-medium text-slate-700">{tr.m('reportPage.basedOnAnswers')}</h4>
          <dl className="decisive-answers mt-1 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(0,14rem)_1fr]">
            {verdict.decisiveAnswers.map((a) => (
              <div key={a.field} className="contents">
                <dt className="text-slate-600">{capitalise(a.label)}</dt>
                <dd className="mb-1 sm:mb-0">{a.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}

      {ambiguities.map((a) => (
        <div
          key={a.edgeCase}
          className="mt-3 rounded border-l-4 border-amber-700 bg-amber-50 px-3 py-2 text-sm"
        >
          <p>
            <span className="font-semibold">
              {richText(tr, 'reportPage.unclearInLaw', {}, { rule: <RuleLink id={a.edgeCase} /> })}
            </span>
            {a.title}.
          </p>
          <p className="mt-1">
            <span className="font-medium">{tr.m('reportPage.readingChosen')}</span>
            {a.readingChosen}
          </p>
        </div>
      ))}

      <details className="why mt-3">
        <summary className="cursor-pointer text-sm font-medium text-accent underline underline-offset-2">
          {tr.m('reportPage.whyRulesApplied')}
        </summary>
        <div className="mt-2 space-y-3 border-l-2 border-slate-200 pl-3">
          {steps.length > 0 ? <TraceSteps steps={steps} /> : null}
          <p className="text-sm">
            <RuleTags rules={verdict.rules} />
          </p>
          <Citations citations={verdict.citations} label={tr.m('reportPage.legalBasis')} />
          {ambiguities.map((a) => (
            <div key={a.edgeCase} className="text-sm">
              <p>
                <span className="font-medium">
                  {richText(tr, 'reportPage.otherReadingRule', {}, { rule: <RuleLink id={a.edgeCase} /> })}
                </span>
                {a.alternative}
              </p>
              <Citations citations={a.citations} />
            </div>
          ))}
        </div>
      </details>
    </article>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
