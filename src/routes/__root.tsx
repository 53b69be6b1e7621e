import { createRootRoute, Link, Outlet } from '@tanstack/react-router';

export const Route = createRootRoute({
  component: RootLayout,
  notFoundComponent: NotFound,
});

function RootLayout() {
  return (
    <div className="min-h-screen bg-white text-slate-900">
      {/* With hash routing, following href="#main" would navigate to a route called "main": move focus instead. */}
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link keeps link semantics; the click only moves focus */}
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:p-2 focus:bg-white"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="border-b border-slate-200 print:hidden">
        <nav
          aria-label="Main"
          className="mx-auto flex max-w-3xl items-center justify-between gap-4 px-4 py-3"
        >
          <Link to="/" className="font-semibold text-accent">
            GPAI Navigator
          </Link>
          <Link to="/methodology" className="text-sm underline">
            Methodology
          </Link>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-8">
        <Outlet />
      </main>
      <footer className="mx-auto max-w-3xl px-4 pb-8 text-sm text-slate-600">
        <p>Runs entirely in your browser: nothing you enter leaves this device. Not legal advice.</p>
      </footer>
    </div>
  );
}

function NotFound() {
  return (
    <section>
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-4">
        <Link to="/" className="underline">
          Go to the start page
        </Link>
      </p>
    </section>
  );
}
