import { createFileRoute } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { ReportPage } from '../features/report/ReportPage';
import { validateReportSearch } from './-report-search';

// The exports panel sits near the end of the report and brings the calendar, the JSON reader and checker: it
// loads in its own chunk, started when the report renders, so the verdict does not wait for it (ADR 0070).
const ReportExports = lazy(() =>
  import('../features/exports/ReportExports').then((m) => ({ default: m.ReportExports })),
);

/**
 * `#/report?a=<share value>&asOf=YYYY-MM-DD`. The search check is a plain function (./-report-search) so that
 * the first load carries no schema library; the component, and with it the engine, is split into its own
 * chunk by the router plugin.
 */
export const Route = createFileRoute('/report')({
  validateSearch: validateReportSearch,
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
      renderExports={(answers, report) => (
        <Suspense fallback={null}>
          <ReportExports answers={answers} report={report} />
        </Suspense>
      )}
    />
  );
}
