import { createFileRoute } from '@tanstack/react-router';
import { useMemo } from 'react';
import { ComparePage } from '../features/compare/ComparePage';
import { type CompareSearch, validateCompareSearch } from './-compare-search';

/**
 * `#/compare?a=<ref>&b=<ref>[&asOfA=][&asOfB=]`: any two evaluations side by side (issue #9, ADR 0096). The
 * router plugin splits the page, the engine and (lazily) the workspace store into this route's own chunk.
 */
export const Route = createFileRoute('/compare')({
  // Typed here, checked in the page's own chunk: no search check in the first load (ADR 0070).
  validateSearch: (search: Record<string, unknown>) => search as CompareSearch,
  component: CompareRoute,
});

/** Today's calendar date in the user's time zone: the route reads the clock, the page takes it. */
function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function CompareRoute() {
  const search = validateCompareSearch(Route.useSearch());
  const navigate = Route.useNavigate();
  const today = useMemo(() => todayIso(), []);
  return <ComparePage search={search} today={today} onCompare={(next) => navigate({ search: next })} />;
}
