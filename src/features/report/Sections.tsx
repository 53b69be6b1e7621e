import type { Report } from '../../engine/report';
import { RULES_SOURCES_AS_OF } from '../../engine/rules-version';
import { useTranslator } from '../../i18n/react';
import { Citations } from '../../shared/legal-text/Citations';
import { RuleLink, RuleText } from '../../shared/legal-text/RuleLinks';
import { RuleTags } from './bits';
import { shortHash } from './format';
import { Icon } from './Icon';

export function Warnings({ report }: { report: Report }) {
  const tr = useTranslator();
  if (report.warnings.length === 0) return null;
  return (
    <section
      aria-labelledby="warnings-heading"
      className="mt-8 rounded-md border border-amber-700/50 bg-amber-50 p-4"
    >
      <h2 id="warnings-heading" className="flex items-center gap-2 text-lg font-semibold text-amber-900">
        <Icon name="alert" className="h-5 w-5" />
        {tr.m('reportPage.warningsHeading')}
      </h2>
      <ul className="mt-2 space-y-2">
        {report.warnings.map((w) => (
          <li key={w.id} className="warning">
            {w.message} <RuleTags rules={w.rules} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function OpenQuestions({ report }: { report: Report }) {
  const tr = useTranslator();
  if (report.openQuestions.length === 0) return null;
  return (
    <section aria-labelledby="open-questions-heading" className="mt-10">
      <h2 id="open-questions-heading" className="text-xl font-semibold">
        {tr.m('reportPage.openQuestionsHeading')}
      </h2>
      <p className="mt-2 text-slate-700">{tr.m('reportPage.openQuestionsIntro')}</p>
      <ul className="mt-4 space-y-3">
        {report.openQuestions.map((q) => (
          <li key={q.field} className="open-question border-l-4 border-slate-300 pl-3">
            <p className="font-medium">{q.question}</p>
            <dl className="mt-1 grid gap-x-3 text-sm sm:grid-cols-[8rem_1fr]">
              <dt className="text-slate-600">{tr.m('reportPage.ask')}</dt>
              <dd>{q.askWhom}</dd>
              <dt className="text-slate-600">{tr.m('reportPage.assumedForNow')}</dt>
              <dd>
                <RuleText>{q.assumption}</RuleText> <RuleTags rules={q.rules} />
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every edge case met, with the reading chosen, so doubt is never hidden behind a badge. */
export function Ambiguities({ report }: { report: Report }) {
  const tr = useTranslator();
  if (report.ambiguities.length === 0) return null;
  return (
    <section aria-labelledby="ambiguities-heading" className="mt-10">
      <h2 id="ambiguities-heading" className="text-xl font-semibold">
        {tr.m('reportPage.ambiguitiesHeading')}
      </h2>
      <ul className="mt-4 space-y-4">
        {report.ambiguities.map((a) => (
          <li key={a.edgeCase} className="ambiguity border-l-4 border-amber-700 pl-3">
            <p className="font-semibold">
              <span className="sr-only">{tr.m('reportPage.ambiguousPrefix')}</span>
              {a.title}{' '}
              <span className="font-mono text-xs font-normal text-slate-600">
                (<RuleLink id={a.edgeCase} />)
              </span>
            </p>
            <p className="mt-1">
              <span className="font-medium">{tr.m('reportPage.readingChosen')}</span>
              {a.readingChosen}
            </p>
            <p className="mt-1 text-slate-700">
              <span className="font-medium">{tr.m('reportPage.otherReading')}</span>
              {a.alternative}
            </p>
            <div className="mt-1 flex flex-wrap items-baseline gap-x-3">
              <Citations citations={a.citations} />
              <RuleTags rules={a.rules} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Counterfactuals({ report }: { report: Report }) {
  const tr = useTranslator();
  if (report.counterfactuals.length === 0) return null;
  return (
    <section aria-labelledby="counterfactuals-heading" className="mt-10">
      <h2 id="counterfactuals-heading" className="text-xl font-semibold">
        {tr.m('reportPage.counterfactualsHeading')}
      </h2>
      <ul className="mt-4 list-disc space-y-2 pl-5">
        {report.counterfactuals.map((c) => (
          <li key={c.id} className="counterfactual">
            <RuleText>{c.change}</RuleText> <RuleText>{c.effect}</RuleText> <RuleTags rules={c.rules} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ReportFooter({
  report,
  hash,
  sourceWords,
}: {
  report: Report;
  hash: string | null;
  sourceWords: string;
}) {
  const tr = useTranslator();
  return (
    <section
      aria-labelledby="about-report"
      className="report-footer mt-12 border-t border-slate-300 pt-4 text-sm"
    >
      <h2 id="about-report" className="text-base font-semibold">
        {tr.m('reportPage.aboutHeading')}
      </h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
        <dt className="text-slate-600">{tr.m('reportPage.rulesVersion')}</dt>
        <dd data-testid="rules-version">{report.rulesVersion}</dd>
        <dt className="text-slate-600">{tr.m('reportPage.legalSourcesAsOf')}</dt>
        <dd>{tr.date(RULES_SOURCES_AS_OF)}</dd>
        <dt className="text-slate-600">{tr.m('reportPage.evaluatedAsOf')}</dt>
        <dd data-testid="evaluated-as-of">
          <time dateTime={report.asOf}>{tr.date(report.asOf)}</time>
        </dd>
        <dt className="text-slate-600">{tr.m('reportPage.answersHash')}</dt>
        <dd data-testid="answers-hash" className="font-mono" title={hash ?? undefined}>
          {hash ? shortHash(hash) : '—'}
        </dd>
        <dt className="text-slate-600">{tr.m('reportPage.answersFrom')}</dt>
        <dd>{sourceWords}</dd>
      </dl>
      <p className="mt-3 font-medium">{tr.m('reportPage.notLegalAdvice')}</p>
    </section>
  );
}
