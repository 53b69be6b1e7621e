import { createFileRoute } from '@tanstack/react-router';
import { CheckPage } from '../features/wizard/CheckPage';
import { recordIdParam } from './-record-id';

/** `#/check?id=<assessment>`: its answers in words. The loader reads it from the workspace (loaded lazily). */
export const Route = createFileRoute('/check')({
  validateSearch: (search: Record<string, unknown>): { id?: string } => {
    const id = recordIdParam(search.id);
    return id !== undefined ? { id } : {};
  },
  loaderDeps: ({ search }) => ({ id: search.id }),
  // The loader's code (and the store's) is fetched only when the page opens: not in the first load.
  loader: ({ deps }) => import('../features/wizard/load-assessment').then((m) => m.loadAssessment(deps.id)),
  gcTime: 0,
  component: CheckRoute,
});

function CheckRoute() {
  return <CheckPage loaded={Route.useLoaderData()} />;
}
