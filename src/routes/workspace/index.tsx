import { createFileRoute } from '@tanstack/react-router';
import { type ListSearch, validateListSearch } from '../../features/workspace/list-search';
import { WorkspaceListPage } from '../../features/workspace/WorkspaceListPage';

/**
 * `#/workspace?q=&sort=&dir=&status=&archived=&overdue=`: the list of assessments. The route's validateSearch
 * only names the type; the check itself runs in the page's own chunk with the store and the engine pieces it
 * uses, so none of it is in the first load (ADR 0070).
 */
export const Route = createFileRoute('/workspace/')({
  validateSearch: (search: Record<string, unknown>) => search as ListSearch,
  component: WorkspaceRoute,
});

function WorkspaceRoute() {
  const search = validateListSearch(Route.useSearch());
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
