// First: zod must see its jitless flag before any chunk that loads it runs (no eval probe under the CSP).
import './shared/zod-jitless';
import { createHashHistory, createRouter, RouterProvider } from '@tanstack/react-router';
import { StrictMode, startTransition, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { routeTree } from './routeTree.gen';
import { isFramedByAnotherOrigin } from './shared/framing/frame-guard';
import './styles.css';
import './prerender/prerender.css';

// When the app's code has been evaluated: after the first paint (src/prerender/boot.js); e2e/prerender.spec.ts.
performance.mark('gpai:app-evaluated');

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
 * The prerendered start page's links work before the app does, and the router only listens from its first
 * commit (a change of address before then is not followed: its mount check skips the load once it has run
 * one). Until that commit, every change of address is loaded here — one load after another: a second load
 * started before the router is mounted, while the first still waits for its code, can leave the router
 * pending for ever, on the start page under another address.
 */
function followUntilMounted(): { settled: () => Promise<void>; stop: () => void } {
  let queue = router.load();
  const stop = router.history.subscribe(() => {
    const next = () => router.load();
    queue = queue.then(next, next);
  });
  const settled = async () => {
    let current: Promise<void>;
    do {
      current = queue;
      await current.catch(() => undefined);
    } while (current !== queue);
  };
  return { settled, stop };
}

/** Runs in the router's first commit, after the router's own listener has subscribed. */
function StopFollowing({ stop }: { stop: () => void }) {
  useLayoutEffect(stop, [stop]);
  return null;
}

/** The first paint can come before the body is fully parsed, and with it this chunk (src/prerender/boot.js). */
function whenParsed(then: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', then, { once: true });
  else then();
}

if (isFramedByAnotherOrigin(window)) {
  whenParsed(() => {
    const root = document.getElementById('root');
    if (root)
      import('./shared/framing/refusal').then((m) => m.showFramingRefusal(root, window.location.href));
  });
} else {
  // index.html holds the prerendered start page (ADR 0070). Render once the current route's code is loaded, so
  // React replaces that markup in one commit, never with an empty frame in between.
  const follow = followUntilMounted();
  // In a transition, React renders in slices of a few milliseconds and lets the browser answer in between (a
  // report is thousands of elements: one task of half a second on a mid-range phone); it commits once.
  const render = () => {
    const root = document.getElementById('root');
    if (!root) return;
    startTransition(() =>
      createRoot(root).render(
        <StrictMode>
          <RouterProvider router={router} />
          <StopFollowing stop={follow.stop} />
        </StrictMode>,
      ),
    );
  };
  const renderWhenParsed = () => whenParsed(render);
  follow.settled().then(renderWhenParsed, renderWhenParsed);
  // Offline support and the update notice (ADR 0072) load after the page, outside the first-load bundle.
  if (import.meta.env.PROD) {
    const startOffline = () => import('./shared/offline/register').then((m) => m.startOffline());
    // This chunk runs after the first paint (src/prerender/boot.js), often after the page's load event.
    if (document.readyState === 'complete') startOffline();
    else window.addEventListener('load', startOffline, { once: true });
  }
}
