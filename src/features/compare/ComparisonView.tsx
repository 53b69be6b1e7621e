import { type ReactNode, useEffect, useRef } from 'react';
import { tx } from '../../engine/text';
import { useTranslator } from '../../i18n/react';
import type { WordedChange, WordedComparison } from '../../shared/compare/words';
import { RuleLink, RuleText } from '../../shared/legal-text/RuleLinks';

/**
 * The comparison side by side: A and B in two columns on a wide screen, one under the other on a phone; first
 * the answers that differ, then each change in the result with its rules and reasons. "No difference" is said
 * in one plain sentence.
 */
export function ComparisonView({
  worded,
  exports,
  focusOnShow = false,
}: {
  worded: WordedComparison;
  exports: ReactNode;
  /** Move focus to the heading when shown (after the user pressed Compare), so the result is announced. */
  focusOnShow?: boolean;
}) {
  const { labels } = worded;
  const { t } = useTranslator();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);
  return (
    <section aria-labelledby="comparison-title" className="mt-10" data-testid="comparison">
      <h2 id="comparison-title" ref={heading} tabIndex={-1} className="text-xl font-semibold">
        {t(tx('compare.comparisonHeading'))}
      </h2>
      <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">A</dt>
        <dd className="break-words">{labels.a}</dd>
        <dt className="font-semibold">B</dt>
        <dd className="break-words">{labels.b}</dd>
      </dl>
      <ul className="mt-3 space-y-1 text-slate-700">
        {worded.setting.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>

      {worded.noDifference ? (
        <p
          className="mt-6 border-l-4 border-accent bg-slate-50 p-4 text-lg font-semibold"
          data-testid="no-difference"
        >
          {worded.noDifference}
        </p>
      ) : (
        <>
          <h3 className="mt-8 text-lg font-semibold">
            {t(
              worded.answers.length
                ? tx('compare.answersDiffer', { count: worded.answers.length })
                : tx('compare.answersHeading'),
            )}
          </h3>
          {worded.answers.length === 0 ? (
            <p className="mt-2" data-testid="same-answers">
              {t(tx('compare.noAnswerDiffers'))}
            </p>
          ) : (
            <ul className="mt-2 space-y-3" data-testid="answer-changes">
              {worded.answers.map((x) => (
                <li key={`${x.section}|${x.label}`} className="border-t border-slate-300 pt-2">
                  <p className="font-semibold">
                    {x.label} <span className="font-normal text-slate-600">({x.section})</span>
                  </p>
                  <Sides from={x.from} to={x.to} />
                </li>
              ))}
            </ul>
          )}

          {worded.results.length === 0 ? (
            <>
              <h3 className="mt-8 text-lg font-semibold">{t(tx('compare.resultHeading'))}</h3>
              <p className="mt-2" data-testid="same-result">
                {t(tx('compare.sameResult'))}
              </p>
            </>
          ) : (
            worded.results.map((section) => (
              <div key={section.key} data-testid={`changes-${section.key}`}>
                <h3 className="mt-8 text-lg font-semibold">{section.title}</h3>
                <ul className="mt-2 space-y-4">
                  {section.rows.map((row) => (
                    <Change key={row.what} row={row} />
                  ))}
                </ul>
              </div>
            ))
          )}
        </>
      )}
      {exports}
      <p className="mt-8 text-sm text-slate-600">{t(tx('compare.pageNote'))}</p>
    </section>
  );
}

function Sides({ from, to }: { from: string; to: string }) {
  return (
    <dl className="mt-1 grid gap-x-6 gap-y-1 sm:grid-cols-2">
      <div className="min-w-0">
        <dt className="text-sm font-semibold text-slate-600">A</dt>
        <dd className="break-words">{from}</dd>
      </div>
      <div className="min-w-0">
        <dt className="text-sm font-semibold text-slate-600">B</dt>
        <dd className="break-words">{to}</dd>
      </div>
    </dl>
  );
}

function Change({ row }: { row: WordedChange }) {
  const { t } = useTranslator();
  return (
    <li className="border-t border-slate-300 pt-2">
      <p className="font-semibold">{row.what}</p>
      <Sides from={row.from} to={row.to} />
      <p className="mt-2 text-sm">
        <span className="font-semibold">{t(tx('compare.rulesLabel'))} </span>
        {row.rules.map((r, i) => (
          <span key={r}>
            {i > 0 ? ', ' : ''}
            <RuleLink id={r} />
          </span>
        ))}
      </p>
      {row.because.length > 0 ? (
        <>
          <p className="mt-1 text-sm font-semibold">{t(tx('compare.whyHeading'))}</p>
          <ul className="mt-1 list-disc space-y-2 pl-5 text-sm break-words">
            {row.because.map((why) => (
              <li key={why.kind === 'text' ? why.text : `${why.rule}|${why.question}`}>
                {why.kind === 'text' ? (
                  <RuleText>{why.text}</RuleText>
                ) : (
                  <>
                    <RuleLink id={why.rule} />: <RuleText>{why.question}</RuleText>
                    <Sides from={why.a} to={why.b} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </li>
  );
}
