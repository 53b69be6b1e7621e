import { useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import type { FileRoutesById } from '../routeTree.gen';
import { backgroundFetch } from '../shared/offline/background-fetches';

/**
 * Fetches the code of the screen the reader most likely opens next, once the browser is idle (ADR 0070). The
 * entry preloads no route's imports (each chunk name it lists is first-load weight), so the journey warms
 * its own next step instead: the start page the questions, the questions the check page, the check page the
 * report. Only the route's code is fetched — no loader runs. A failed fetch (offline before the service worker
 * has the files) costs nothing: the screen then loads when opened, as it would anyway. No warm-up starts once an
 * update is being applied (../shared/offline/background-fetches.ts).
 */
export function useWarmRoute(id: keyof FileRoutesById): void {
  const router = useRouter();
  useEffect(() => {
    const warm = () => {
      const route = router.routesById[id];
      if (route) backgroundFetch(() => router.loadRouteChunk(route));
    };
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(warm, { timeout: 3000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(warm, 200);
    return () => window.clearTimeout(handle);
  }, [router, id]);
}
