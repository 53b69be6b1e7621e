import { createRootRoute, Link, Outlet, useRouterState } from '@tanstack/react-router';

export const Route = createRootRoute({
  component: RootLayout,
  notFoundComponent: NotFound,
});

/** Pages whose tables want more than the reading column (the workspace's register). */
const WIDE_PATHS = new Set(['/workspace', '/workspace/']);

function RootLayout() {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const width = WIDE_PATHS.has(pathname) ? 'max-w-7xl' : 'max-w-3xl';
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
        {/* On a narrow phone the links wrap under the name rather than push the page wider. */}
        <nav
          aria-label="Main"
          className={`mx-auto flex ${width} flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3`}
        >
          <Link to="/" className="font-semibold text-accent">
            GPAI Navigator
          </Link>
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            <li>
              <Link to="/workspace" className="underline" activeOptions={{ exact: true }} activeProps={HERE}>
                Workspace
              </Link>
            </li>
            <li>
              <Link to="/tasks" className="underline" activeOptions={{ exact: true }} activeProps={HERE}>
                Tasks
              </Link>
            </li>
            <li>
              <Link
                to="/methodology"
                className="underline"
                activeOptions={{ exact: true }}
                activeProps={HERE}
              >
                Methodology
              </Link>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className={`mx-auto ${width} px-4 py-8`}>
        <Outlet />
      </main>
      <footer className="mx-auto max-w-3xl px-4 pb-8 text-sm text-slate-600">
        <p>Runs entirely in your browser: nothing you enter leaves this device. Not legal advice.</p>
      </footer>
    </div>
  );
}

/** `aria-current` marks the page the reader is on (the list, not one assessment under it). */
const HERE = { 'aria-current': 'page', className: 'font-semibold' } as const;

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
