import type { Report } from '../../engine/report';
import { useTranslator } from '../../i18n/react';
import { richText } from '../../i18n/rich';
import { Citations } from '../../shared/legal-text/Citations';
import { RuleTags } from './bits';

/** R74, R94: the Commission's enforcement powers and the fines, stated once for the whole report. */
export function Enforcement({ report }: { report: Report }) {
  const tr = useTranslator();
  const e = report.enforcement;
  if (!e) return null;
  return (
    <section aria-labelledby="enforcement-heading" className="enforcement mt-10">
      <h2 id="enforcement-heading" className="text-xl font-semibold">
        {tr.m('reportPage.enforcementHeading')}
      </h2>
      <p className="mt-2">
        {richText(
          tr,
          'reportPage.enforcementFrom',
          {},
          { date: <time dateTime={e.appliesFrom}>{tr.date(e.appliesFrom)}</time> },
        )}
      </p>
      <h3 id="enforcement-powers" className="mt-4 text-base font-semibold">
        {tr.m('reportPage.enforcementPowers')}
      </h3>
      <ul aria-labelledby="enforcement-powers" className="mt-2 space-y-1.5">
        {e.powers.map((p) => (
          <li key={p.article} className="border-l-2 border-slate-300 pl-3">
            <span className="font-semibold">{p.article}</span> — {p.text}
          </li>
        ))}
      </ul>
      <h3 id="enforcement-fines" className="mt-4 text-base font-semibold">
        {tr.m('reportPage.enforcementFines')}
      </h3>
      <p className="mt-1 text-sm text-slate-700">{tr.m('reportPage.enforcementFineFor')}</p>
      <ul aria-labelledby="enforcement-fines" className="mt-2 space-y-1.5">
        {e.fineGrounds.map((g) => (
          <li key={g.point} className="border-l-2 border-slate-300 pl-3">
            <span className="font-semibold">{g.point}</span> — {g.text}
          </li>
        ))}
      </ul>
      <p className="enforcement-ceiling mt-3">
        <span className="font-semibold">{tr.m('reportPage.maximumFine')}</span>
        {e.ceiling}
      </p>
      <div className="mt-2 flex flex-wrap items-baseline gap-x-3">
        <Citations citations={e.citations} />
        <RuleTags rules={e.rules} />
      </div>
    </section>
  );
}
