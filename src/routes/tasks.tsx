import { createFileRoute } from '@tanstack/react-router';
import { TasksDashboard } from '../features/tracker/TasksDashboard';

/**
 * `#/tasks`: the obligation tracker's dashboard across all models. The page, the store and the engine load in
 * this route's own chunk (the router plugin splits the component), not in the first load.
 */
export const Route = createFileRoute('/tasks')({
  component: TasksRoute,
});

function TasksRoute() {
  return <TasksDashboard />;
}
