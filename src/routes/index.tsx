import { createFileRoute } from '@tanstack/react-router';

export const Route = createFileRoute('/')({
  component: StartPage,
});

function StartPage() {
  return (
    <section>
      <h1 className="text-3xl font-semibold">GPAI Navigator</h1>
      <p className="mt-4 max-w-prose">
        Find out whether your AI model is a general-purpose AI model under the EU AI Act, whether you are its
        provider, and which obligations apply by when.
      </p>
    </section>
  );
}
