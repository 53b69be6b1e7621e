import { createFileRoute } from '@tanstack/react-router';
import { RulesPage } from '../features/rules/RulesPage';

/** `#/rules` (and `#/rules#R34`): the rules page, generated from the engine's rule registry. */
export const Route = createFileRoute('/rules')({
  component: RulesRoute,
});

function RulesRoute() {
  return <RulesPage />;
}
