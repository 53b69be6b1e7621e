import type { Report, Signpost } from '../../engine/report';
import { useTranslator } from '../../i18n/react';
import { richText } from '../../i18n/rich';
import { Citations } from '../../shared/legal-text/Citations';
import { Badge, RuleTags } from './bits';

/**
 * R93: duties of AI-system providers and deployers that may apply to someone who builds or runs a system on a
 * GPAI model. Each is marked "Not assessed" so that no report says "none apply" to them by silence.
 */
export function Signposts({ report }: { report: Report }) {
  const tr = useTranslator();
  if (report.signposts.length === 0) return null;
  return (
    <section aria-labelledby="signposts-heading" className="signposts mt-10">
      <h2 id="signposts-heading" className="text-xl font-semibold">
        {tr.m('reportPage.signpostsHeading')}
      </h2>
      <p className="mt-2 text-slate-700">{tr.m('reportPage.signpostsIntro')}</p>
      <ul className="mt-4 space-y-4" aria-labelledby="signposts-heading">
        {report.signposts.map((s) => (
          <SignpostItem key={s.id} signpost={s} />
        ))}
      </ul>
    </section>
  );
}

function SignpostItem({ signpost: s }: { signpost: Signpost }) {
  const tr = useTranslator();
  const headingId = `signpost-${s.id}`;
  return (
    <li className="signpost rounded-md border border-dashed border-slate-400 p-4" data-signpost={s.id}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="text-base font-semibold">
          <span className="signpost-article">{s.article}</span>
          <span className="sr-only">:</span> <span className="font-normal">{s.title}</span>
        </h3>
        <p className="mt-2">
          <Badge tone="unknown" icon="help" className="signpost-status">
            {tr.m('reportPage.notAssessed')}
          </Badge>
        </p>
        <p className="mt-2">{s.text}</p>
        {s.appliesFrom ? (
          <p className="mt-1 text-sm text-slate-700">
            {richText(
              tr,
              'reportPage.appliesFrom',
              {},
              { date: <time dateTime={s.appliesFrom}>{tr.date(s.appliesFrom)}</time> },
            )}
          </p>
        ) : null}
        <div className="mt-2 flex flex-wrap items-baseline gap-x-3">
          <Citations citations={s.citations} />
          <RuleTags rules={s.rules} />
        </div>
      </article>
    </li>
  );
}
