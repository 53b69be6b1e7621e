import { createFileRoute, useLocation } from '@tanstack/react-router';
import { z } from 'zod/mini';
import { ReportPage } from '../features/report/ReportPage';

/**
 * `#/report?a=<share value>&asOf=YYYY-MM-DD`. Both values are only checked to be strings of a sane length here
 * (errors thrown in validateSearch would skip the error component); the page decodes them and explains anything
 * wrong in words. zod/mini keeps this check out of the first-load budget's way (~1 KB instead of ~24 KB gz);
 * the component, and with it the engine, is split into its own chunk by the router plugin.
 */
const searchValue = z.catch(z.optional(z.string().check(z.maxLength(4000))), undefined);
const reportSearch = z.object({ a: searchValue, asOf: searchValue });

export const Route = createFileRoute('/report')({
  validateSearch: reportSearch,
  component: ReportRoute,
});

function ReportRoute() {
  const { a, asOf } = Route.useSearch();
  // A link value that failed the check (too long, not a string) must say so, not fall back to the draft.
  const rawLinkPresent = useLocation({
    select: (l) => (l.search as Record<string, unknown>).a !== undefined,
  });
  const navigate = Route.useNavigate();
  return (
    <ReportPage
      a={a}
      linkUnreadable={a === undefined && rawLinkPresent}
      asOf={asOf}
      onAsOfChange={(next) => navigate({ search: (prev) => ({ ...prev, asOf: next }), replace: true })}
    />
  );
}
