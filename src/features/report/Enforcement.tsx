import { formatDate } from '../../engine/dates';
import type { Report } from '../../engine/report';
import { Citations } from '../../shared/legal-text/Citations';
import { RuleTags } from './bits';

/** R74, R94: the Commission's enforcement powers and the fines, stated once for the whole report. */
export function Enforcement({ report }: { report: Report }) {
  const e = report.enforcement;
  if (!e) return null;
  return (
    <section aria-labelledby="enforcement-heading" className="enforcement mt-10">
      <h2 id="enforcement-heading" className="text-xl font-semibold">
        Enforcement and fines
      </h2>
      <p className="mt-2">
        From <time dateTime={e.appliesFrom}>{formatDate(e.appliesFrom)}</time> the Commission enforces the
        obligations of providers of general-purpose AI models.
      </p>
      <h3 id="enforcement-powers" className="mt-4 text-base font-semibold">
        What the Commission can do
      </h3>
      <ul aria-labelledby="enforcement-powers" className="mt-2 space-y-1.5">
        {e.powers.map((p) => (
          <li key={p.article} className="border-l-2 border-slate-300 pl-3">
            <span className="font-semibold">{p.article}</span> — {p.text}
          </li>
        ))}
      </ul>
      <h3 id="enforcement-fines" className="mt-4 text-base font-semibold">
        Fines (Art. 101(1))
      </h3>
      <p className="mt-1 text-sm text-slate-700">The Commission may fine a provider for:</p>
      <ul aria-labelledby="enforcement-fines" className="mt-2 space-y-1.5">
        {e.fineGrounds.map((g) => (
          <li key={g.point} className="border-l-2 border-slate-300 pl-3">
            <span className="font-semibold">{g.point}</span> — {g.text}
          </li>
        ))}
      </ul>
      <p className="enforcement-ceiling mt-3">
        <span className="font-semibold">Maximum fine: </span>
        {e.ceiling}
      </p>
      <div className="mt-2 flex flex-wrap items-baseline gap-x-3">
        <Citations citations={e.citations} />
        <RuleTags rules={e.rules} />
      </div>
    </section>
  );
}
