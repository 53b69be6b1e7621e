import { createFileRoute } from '@tanstack/react-router';
import { StepPage } from '../../features/wizard/StepPage';

/** `?from=check` when the user came from "Check your answers" through a Change link. No zod here: this runs in the first load. */
export const Route = createFileRoute('/assess/$step')({
  validateSearch: (search: Record<string, unknown>): { from?: 'check' } =>
    search.from === 'check' ? { from: 'check' } : {},
  component: AssessStep,
});

function AssessStep() {
  const { step } = Route.useParams();
  const { from } = Route.useSearch();
  return <StepPage step={step} from={from} />;
}
