import { createFileRoute } from '@tanstack/react-router';
import { MethodologyPage } from '../features/methodology/MethodologyPage';
import { preloadAreas } from '../i18n/visit-lang';

/** `#/methodology`: the component (and the worked examples, which run the engine) load in their own chunk. */
export const Route = createFileRoute('/methodology')({
  loader: ({ location }) => preloadAreas(location.search, ['reference']),
  component: MethodologyRoute,
});

function MethodologyRoute() {
  return <MethodologyPage />;
}
