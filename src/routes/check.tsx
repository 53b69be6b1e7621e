import { createFileRoute } from '@tanstack/react-router';
import { CheckPage } from '../features/wizard/CheckPage';
import { loadAssessment, recordIdParam } from '../features/wizard/load-assessment';

/** `#/check?id=<assessment>`: its answers in words. The loader reads it from the workspace (loaded lazily). */
export const Route = createFileRoute('/check')({
  validateSearch: (search: Record<string, unknown>): { id?: string } => {
    const id = recordIdParam(search.id);
    return id !== undefined ? { id } : {};
  },
  loaderDeps: ({ search }) => ({ id: search.id }),
  loader: ({ deps }) => loadAssessment(deps.id),
  gcTime: 0,
  component: CheckRoute,
});

function CheckRoute() {
  return <CheckPage loaded={Route.useLoaderData()} />;
}
