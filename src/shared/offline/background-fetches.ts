/**
 * Fetches the app makes on its own, in the background (the next screen's code: src/routes/-warm.ts). Applying an
 * update stops new ones and waits for those in flight before it asks the new service worker to take over:
 * Chromium held the switch (the new worker stayed "installed", and the reload that followed never loaded) when
 * the warm-up's module requests were in flight through the old worker at that moment — in e2e, about one run in
 * two once the warm-up moved closer to the page's load. Small, and apart from the offline code, so that the
 * first screens can use it without loading that code.
 */
let stopped = false;
const inFlight = new Set<Promise<void>>();

/** Starts a background fetch unless an update is being applied. */
export function backgroundFetch(start: () => Promise<unknown> | undefined): void {
  if (stopped) return;
  const started = start();
  if (!started) return;
  const settled: Promise<void> = started.then(
    () => undefined,
    () => undefined,
  );
  inFlight.add(settled);
  void settled.then(() => inFlight.delete(settled));
}

/** Stops new background fetches; resolves when those in flight have ended (succeeded or not). */
export async function quietBackgroundFetches(): Promise<void> {
  stopped = true;
  await Promise.all([...inFlight]);
}
