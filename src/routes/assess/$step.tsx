import { createFileRoute } from '@tanstack/react-router';

export const Route = createFileRoute('/assess/$step')({
  component: () => <h1 className="text-2xl font-semibold">Questions</h1>,
});
