import { createFileRoute } from '@tanstack/react-router';
import { RulesPage } from '../features/rules/RulesPage';
import { preloadAreas } from '../i18n/visit-lang';

/** `#/rules` (and `#/rules#R34`): the rules page, generated from the engine's rule registry. */
export const Route = createFileRoute('/rules')({
  loader: ({ location }) => preloadAreas(location.search, ['rules']),
  component: RulesRoute,
});

function RulesRoute() {
  return <RulesPage />;
}
