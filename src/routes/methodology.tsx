import { createFileRoute } from '@tanstack/react-router';
import { MethodologyPage } from '../features/methodology/MethodologyPage';

/** `#/methodology`: the component (and the worked examples, which run the engine) load in their own chunk. */
export const Route = createFileRoute('/methodology')({
  component: MethodologyRoute,
});

function MethodologyRoute() {
  return <MethodologyPage />;
}
