import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod/mini';
import { ReportExports } from '../features/exports/ReportExports';
import { ReportPage } from '../features/report/ReportPage';

/**
 * `#/report?a=<share value>&asOf=YYYY-MM-DD`. Both values are only checked to be strings of a sane length here
 * (errors thrown in validateSearch would skip the error component); the page decodes them and explains anything
 * wrong in words. zod/mini keeps this check light in the first load (~1 KB instead of ~24 KB gz); the component,
 * and with it the engine, is split into its own chunk by the router plugin.
 *
 * A share value that fails the check (too long, or a number) becomes the marker "invalid" rather than
 * undefined: the router rewrites the address to the validated search, and undefined would silently show the
 * saved draft instead of saying the link is bad. "invalid" decodes to the codec's "not a share link" message.
 */
const shareValue = z.catch(z.optional(z.string().check(z.maxLength(4000))), 'invalid');
const dateValue = z.catch(z.optional(z.string().check(z.maxLength(40))), undefined);
const reportSearch = z.object({ a: shareValue, asOf: dateValue });

export const Route = createFileRoute('/report')({
  validateSearch: reportSearch,
  component: ReportRoute,
});

function ReportRoute() {
  const { a, asOf } = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <ReportPage
      a={a}
      asOf={asOf}
      // state: true keeps the history entry's state (an imported file's migration notes) across date changes.
      onAsOfChange={(next) =>
        navigate({ search: (prev) => ({ ...prev, asOf: next }), replace: true, state: true })
      }
      // The route composes the two features: the report page never imports the exports panel (ADR 0060).
      renderExports={(answers, report) => <ReportExports answers={answers} report={report} />}
    />
  );
}
