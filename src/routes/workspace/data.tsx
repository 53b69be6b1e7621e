import { createFileRoute } from '@tanstack/react-router';
import { WorkspaceDataPage } from '../../features/workspace-data/WorkspaceDataPage';

/**
 * `#/workspace/data`: export, import and clear the workspace; import a model register (CSV). The page, the
 * store, zod, papaparse and the engine load in this route's own chunk, not in the first load.
 */
export const Route = createFileRoute('/workspace/data')({
  component: WorkspaceDataRoute,
});

function WorkspaceDataRoute() {
  return <WorkspaceDataPage />;
}
