// First: zod must see its jitless flag before any chunk that loads it runs (no eval probe under the CSP).
import './shared/zod-jitless';
import { createHashHistory, createRouter, RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { routeTree } from './routeTree.gen';
import './styles.css';
import './prerender/prerender.css';

// Known router bug (ENGINEERING.md): a query string before the "#" is glued onto the last hash search
// value. It never carries state for this app, so drop it before the router reads the location.
if (window.location.search) {
  window.history.replaceState(null, '', window.location.pathname + window.location.hash);
}

const router = createRouter({
  routeTree,
  history: createHashHistory(),
  scrollRestoration: true,
  defaultPreload: false,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

// index.html holds the prerendered start page (ADR 0070). Render once the current route's code is loaded, so
// React replaces that markup in one commit, never with an empty frame in between.
const root = document.getElementById('root');
if (root) {
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <RouterProvider router={router} />
      </StrictMode>,
    );
  router.load().then(render, render);
}
