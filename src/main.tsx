// First: zod must see its jitless flag before any chunk that loads it runs (no eval probe under the CSP).
import './shared/zod-jitless';
import { createHashHistory, createRouter, RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { routeTree } from './routeTree.gen';
import { isFramedByAnotherOrigin } from './shared/framing/frame-guard';
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

/**
 * Loads the current route, and loads again while the address moved during a load: the prerendered start page's
 * links work before the app does. One load at a time: a second load started before the router is mounted,
 * while the first still waits for its code, can leave the router pending for ever — the start page under
 * another address. A move after the last load is the router's own to follow: on mounting, it loads the address
 * if it differs from the one it resolved.
 */
async function loadUntilSettled(): Promise<void> {
  let moved = false;
  const stop = router.history.subscribe(() => {
    moved = true;
  });
  try {
    do {
      moved = false;
      await router.load();
    } while (moved);
  } finally {
    stop();
  }
}

const root = document.getElementById('root');
if (root && isFramedByAnotherOrigin(window)) {
  import('./shared/framing/refusal').then((m) => m.showFramingRefusal(root, window.location.href));
} else if (root) {
  // index.html holds the prerendered start page (ADR 0070). Render once the current route's code is loaded, so
  // React replaces that markup in one commit, never with an empty frame in between.
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <RouterProvider router={router} />
      </StrictMode>,
    );
  loadUntilSettled().then(render, render);
  // Offline support and the update notice (ADR 0072) load after the page, outside the first-load bundle.
  if (import.meta.env.PROD) {
    window.addEventListener('load', () => import('./shared/offline/register').then((m) => m.startOffline()), {
      once: true,
    });
  }
}
