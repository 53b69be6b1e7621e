import { createFileRoute } from '@tanstack/react-router';
import { CheckPage } from '../features/wizard/CheckPage';
import { recordIdParam } from './-record-id';
import { useWarmRoute } from './-warm';

/** `#/check?id=<assessment>`: its answers in words. The loader reads it from the workspace (loaded lazily). */
export const Route = createFileRoute('/check')({
  // Typed here; the id is checked in the loader's deps, where it is used (a small first load).
  validateSearch: (search: Record<string, unknown>) => search as { id?: string },
  loaderDeps: ({ search }) => ({ id: recordIdParam(search.id) }),
  // The loader's code (and the store's) is fetched only when the page opens: not in the first load.
  loader: ({ deps }) => import('../features/wizard/load-assessment').then((m) => m.loadAssessment(deps.id)),
  gcTime: 0,
  component: CheckRoute,
});

function CheckRoute() {
  useWarmRoute('/report');
  return <CheckPage loaded={Route.useLoaderData()} />;
}
