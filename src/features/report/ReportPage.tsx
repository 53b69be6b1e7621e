import { Link, useRouterState } from '@tanstack/react-router';
import { type ReactNode, useEffect, useMemo } from 'react';
import { type Answers, isRealCalendarDate } from '../../engine/answers';
import { evaluate } from '../../engine/evaluate';
import type { Report } from '../../engine/report';
import { RULES_VERSION } from '../../engine/rules-version';
import { saveAnswers } from '../../shared/draft/storage';
import { AsOfControl } from './AsOfControl';
import { todayIso } from './format';
import { MigrationNotice } from './MigrationNotice';
import { ReportActions } from './ReportActions';
import { ReportView } from './ReportView';
import { resolveReportInput } from './report-input';
import { useAnswersHash } from './useAnswersHash';
import { usePrintOpensDetails } from './usePrintDetails';

export interface ReportPageProps {
  /** The share-link value (`a`), already length-checked by the route. */
  a: string | undefined;
  /** The `asOf` search value, unchecked (may be any string). */
  asOf: string | undefined;
  onAsOfChange: (asOf: string | undefined) => void;
  /**
   * The exports panel (PDF, calendar, JSON, share link) for the answers and report worked out here. Another
   * feature, so the route composes it in: features never import each other (ADR 0060).
   */
  renderExports?: (answers: Answers, report: Report) => ReactNode;
}

type Computed = { ok: true; report: Report } | { ok: false; message: string };

export function ReportPage({ a, asOf, onAsOfChange, renderExports }: ReportPageProps) {
  // "Today" is read here, in the UI layer; the engine only ever receives a date.
  const today = useMemo(() => todayIso(), []);
  const asOfValid = asOf !== undefined && isRealCalendarDate(asOf);
  const effectiveAsOf = asOfValid ? asOf : today;
  const imported = useRouterState({ select: (s) => s.location.state.importedFile });
  const input = useMemo(() => resolveReportInput(a, imported), [a, imported]);
  const computed = useMemo<Computed | null>(() => {
    if (input.kind !== 'ready') return null;
    try {
      return { ok: true, report: evaluate(input.answers, effectiveAsOf) };
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
  }, [input, effectiveAsOf]);
  const hash = useAnswersHash(input.kind === 'ready' ? input.answers : null);
  usePrintOpensDetails();

  const modelName = input.kind === 'ready' ? input.answers.modelName : undefined;
  useEffect(() => {
    document.title =
      input.kind === 'bad-link'
        ? 'This link cannot be opened — GPAI Navigator'
        : input.kind === 'no-answers'
          ? 'No answers yet — GPAI Navigator'
          : `Report${modelName ? ` for ${modelName}` : ''} — GPAI Navigator`;
  }, [input.kind, modelName]);

  if (input.kind === 'bad-link') {
    return (
      <section aria-labelledby="bad-link-title" className="max-w-column">
        <h1 id="bad-link-title" className="text-2xl font-semibold">
          This link cannot be opened
        </h1>
        <p className="mt-4" data-testid="link-error" data-kind={input.error.kind}>
          {input.error.message}
        </p>
        <p className="mt-6">
          <Link
            to="/"
            className="inline-block rounded bg-accent px-4 py-2 font-semibold text-white no-underline hover:opacity-90"
          >
            Start a new assessment
          </Link>
        </p>
      </section>
    );
  }

  if (input.kind === 'no-answers') {
    const next = input.missingSteps?.[0];
    return (
      <section aria-labelledby="no-answers-title" className="max-w-column">
        <h1 id="no-answers-title" className="text-2xl font-semibold">
          No answers to report on yet
        </h1>
        {input.discardedReason ? <p className="mt-4">{input.discardedReason}</p> : null}
        {input.migration ? (
          <div className="mt-4">
            <MigrationNotice migration={input.migration} />
          </div>
        ) : null}
        <p className="mt-4">
          {input.missingSteps
            ? 'Some questions still need an answer before the report can be worked out.'
            : 'The report is worked out from your answers to the questions, and there are none saved in this browser.'}
        </p>
        <p className="mt-6">
          {next ? (
            <Link
              to="/assess/$step"
              params={{ step: next }}
              className="inline-block rounded bg-accent px-4 py-2 font-semibold text-white no-underline hover:opacity-90"
            >
              Continue with the questions
            </Link>
          ) : (
            <Link
              to="/"
              className="inline-block rounded bg-accent px-4 py-2 font-semibold text-white no-underline hover:opacity-90"
            >
              Go to the questions
            </Link>
          )}
        </p>
      </section>
    );
  }

  if (!computed?.ok) {
    return (
      <section aria-labelledby="failed-title" className="max-w-column">
        <h1 id="failed-title" className="text-2xl font-semibold">
          The report could not be worked out
        </h1>
        <p className="mt-4">
          Something went wrong while applying the rules to these answers. Your answers are unchanged. Please
          try again later, or check your answers.
        </p>
        {computed && !computed.ok ? (
          <p className="mt-2 font-mono text-sm text-slate-700">{computed.message}</p>
        ) : null}
        <p className="mt-6">
          <Link to="/check" className="underline">
            Check your answers
          </Link>
        </p>
      </section>
    );
  }

  const { report } = computed;
  const notices = (
    <>
      {input.migration ? (
        <MigrationNotice
          migration={input.migration}
          onChangeAnswers={input.origin === 'link' ? () => saveAnswers(input.answers) : undefined}
        />
      ) : input.origin === 'link' && input.rulesChanged ? (
        <div role="note" className="rules-changed mb-6 rounded-md border border-amber-700/50 bg-amber-50 p-4">
          <p className="font-semibold">The rules have changed since this link was made.</p>
          <p className="mt-1">
            The link was made with rules version {input.linkRulesVersion}; this report applies the current
            rules (version {RULES_VERSION}), so it may differ from what the sender saw.{' '}
            <Link to="/methodology" className="underline">
              See what changed
            </Link>
            .
          </p>
        </div>
      ) : null}
      {asOf !== undefined && !asOfValid ? (
        <div role="note" className="mb-6 rounded-md border border-slate-400 bg-slate-50 p-4">
          <p>
            The evaluation date in the page address (“{asOf.slice(0, 40)}”) is not a real date written
            YYYY-MM-DD, so the report is evaluated as of today.
          </p>
        </div>
      ) : null}
    </>
  );

  return (
    <ReportView
      report={report}
      modelName={modelName}
      hash={hash}
      sourceWords={input.origin === 'link' ? 'A share link' : 'Your answers saved in this browser'}
      notices={notices}
      asOfControl={<AsOfControl asOf={effectiveAsOf} today={today} onChange={onAsOfChange} />}
      exports={renderExports?.(input.answers, report)}
      actions={
        <ReportActions fromLink={input.origin === 'link'} onAdoptAnswers={() => saveAnswers(input.answers)} />
      }
    />
  );
}
