import { createFileRoute } from '@tanstack/react-router';
import { useMemo } from 'react';
import { AssessmentPage } from '../../features/assessment/AssessmentPage';
import { TrackerPanel } from '../../features/tracker';

/**
 * `#/workspace/<id>`: one assessment — its draft, version history, sign-off (features/assessment) and the
 * obligation tracker's tasks (features/tracker), composed here because features never import each other
 * (ADR 0060). The router plugin splits this component, with the store and the engine, into its own chunk.
 */
export const Route = createFileRoute('/workspace/$id')({
  component: AssessmentRoute,
});

/** Today's calendar date in the user's time zone: the route reads the clock, the pages take it. */
function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function AssessmentRoute() {
  const { id } = Route.useParams();
  const today = useMemo(() => todayIso(), []);
  return (
    <AssessmentPage
      // Another assessment is another page: no state of the previous one carries over.
      key={id}
      id={id}
      today={today}
      tasks={<TrackerPanel assessmentId={id} today={today} />}
    />
  );
}
