import { createFileRoute } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { NoReportChosen } from '../features/report/NoReportChosen';
import { type RenderExports, ReportPage } from '../features/report/ReportPage';
import { WorkspaceReportPage } from '../features/report/WorkspaceReportPage';
import { type ReportSearch, validateReportSearch } from './-report-search';

// The exports panel sits near the end of the report and brings the calendar, the JSON reader and checker: it
// loads in its own chunk, started when the report renders, so the verdict does not wait for it (ADR 0070).
const ReportExports = lazy(() =>
  import('../features/exports/ReportExports').then((m) => ({ default: m.ReportExports })),
);

// The route composes the two features: the report page never imports the exports panel (ADR 0060).
const renderExports: RenderExports = (answers, report, record) => (
  <Suspense fallback={null}>
    <ReportExports answers={answers} report={report} {...(record ? { record } : {})} />
  </Suspense>
);

/**
 * `#/report?a=<share value>`, `#/report?id=<assessment>` (its draft), `#/report?id=&v=<version>`, each with
 * an optional `asOf=YYYY-MM-DD` (ADR 0092). The search check is a plain function (./-report-search) so that
 * the first load carries no schema library; the component, and with it the engine and (lazily) the workspace
 * store, is split into its own chunk by the router plugin.
 */
export const Route = createFileRoute('/report')({
  // Typed here, checked in the page's own chunk: no search check in the first load (ADR 0070).
  validateSearch: (search: Record<string, unknown>) => search as ReportSearch,
  component: ReportRoute,
});

function ReportRoute() {
  const { a, id, v, asOf } = validateReportSearch(Route.useSearch());
  const navigate = Route.useNavigate();
  // state: true keeps the history entry's state (an imported file's migration notes) across date changes.
  const onAsOfChange = (next: string | undefined) =>
    navigate({ search: (prev) => ({ ...prev, asOf: next }), replace: true, state: true });
  if (a !== undefined) {
    return <ReportPage a={a} asOf={asOf} onAsOfChange={onAsOfChange} renderExports={renderExports} />;
  }
  if (id !== undefined || v !== undefined) {
    return (
      <WorkspaceReportPage
        // A new assessment or version is a new page: no state of the previous one carries over.
        key={`${id ?? ''}|${v ?? ''}`}
        id={id}
        v={v}
        asOf={asOf}
        onAsOfChange={onAsOfChange}
        renderExports={renderExports}
      />
    );
  }
  return <NoReportChosen />;
}
