import { createFileRoute } from '@tanstack/react-router';

export const Route = createFileRoute('/methodology')({
  component: () => <h1 className="text-2xl font-semibold">Methodology</h1>,
});
