import { createFileRoute } from '@tanstack/react-router';

export const Route = createFileRoute('/report')({
  component: () => <h1 className="text-2xl font-semibold">Report</h1>,
});
