import { createFileRoute } from '@tanstack/react-router';
import { validateListSearch } from '../../features/workspace/list-search';
import { WorkspaceListPage } from '../../features/workspace/WorkspaceListPage';

/**
 * `#/workspace?q=&sort=&dir=&status=&archived=&overdue=`: the list of assessments. The search check is a plain
 * function with no imports; the page, the store and the engine pieces it uses load in the route's own chunk.
 */
export const Route = createFileRoute('/workspace/')({
  validateSearch: validateListSearch,
  component: WorkspaceRoute,
});

function WorkspaceRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <WorkspaceListPage
      search={search}
      onSearchChange={(next) => void navigate({ search: next, replace: true })}
      // The wizard's route reads ?id= (its search check is the wizard's own); an href keeps this route free of it.
      onOpenNew={(id) => void navigate({ href: `/assess/role?id=${encodeURIComponent(id)}` })}
    />
  );
}
