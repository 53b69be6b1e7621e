import { createFileRoute } from '@tanstack/react-router';

export const Route = createFileRoute('/check')({
  component: () => <h1 className="text-2xl font-semibold">Check your answers</h1>,
});
