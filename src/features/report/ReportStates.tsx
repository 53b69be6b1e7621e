/** Report pages' shared states: the engine failed on these answers, and a date in the address that is not one. */
import { Link } from '@tanstack/react-router';
import { type Answers, isRealCalendarDate } from '../../engine/answers';
import { evaluate } from '../../engine/evaluate';
import type { EngineReport, Report } from '../../engine/report';
import { useTranslator } from '../../i18n/react';
import { localizeReport } from '../../i18n/report';
import type { Translator } from '../../i18n/translator';

/** `engine`: the language-free report, for what is stored (a version's summary); `report`: what is shown. */
export type Computed = { ok: true; report: Report; engine: EngineReport } | { ok: false; message: string };

export function computeReport(answers: Answers, asOf: string, translator: Translator): Computed {
  try {
    const engine = evaluate(answers, asOf);
    return { ok: true, report: localizeReport(engine, translator), engine };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/** The `asOf` from the address when it is a real date, else the page's default. */
export function effectiveAsOf(asOf: string | undefined, fallback: string): string {
  return asOf !== undefined && isRealCalendarDate(asOf) ? asOf : fallback;
}

export function NotWorkedOut({
  message,
  checkLink,
}: {
  message: string | null;
  checkLink?: React.ReactNode;
}) {
  const tr = useTranslator();
  return (
    <section aria-labelledby="failed-title" className="max-w-column">
      <h1 id="failed-title" className="text-2xl font-semibold">
        {tr.m('reportPage.notWorkedOutTitle')}
      </h1>
      <p className="mt-4">{tr.m('reportPage.notWorkedOutText')}</p>
      {message ? <p className="mt-2 font-mono text-sm text-slate-700">{message}</p> : null}
      {checkLink ? <p className="mt-6">{checkLink}</p> : null}
    </section>
  );
}

export function BadAsOfNote({ asOf, fallbackWords }: { asOf: string | undefined; fallbackWords: string }) {
  const tr = useTranslator();
  if (asOf === undefined || isRealCalendarDate(asOf)) return null;
  return (
    <div role="note" className="mb-6 rounded-md border border-slate-400 bg-slate-50 p-4">
      <p>{tr.m('reportPage.badAsOf', { value: asOf.slice(0, 40), fallback: fallbackWords })}</p>
    </div>
  );
}

export const primaryLinkClass =
  'inline-block rounded bg-accent px-4 py-2 font-semibold text-white no-underline hover:opacity-90';

export function StartNewLink() {
  const tr = useTranslator();
  return (
    <Link to="/assess/$step" params={{ step: 'role' }} className={primaryLinkClass}>
      {tr.m('reportPage.startNew')}
    </Link>
  );
}
