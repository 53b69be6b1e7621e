// The entry index.html runs instead of the app's first-load chunk (issue #12, ADR 0070 amendment): the chunk is
// preloaded by a <link rel="modulepreload"> so that it downloads alongside this file, and it is run only once the
// browser has painted the prerendered page. A module script that is ready when the stylesheet arrives runs
// before the first frame, so without this step the start page painted only after React, the router and the
// language catalog had been evaluated (about a second of a mid-range phone's CPU), although its HTML was there
// from the start. The entry's file name is filled in at build time.
const ENTRY = /* ENTRY */ '';
let started = false;
const start = () => {
  if (started) return;
  started = true;
  import(ENTRY);
};
// The paint is reported when the frame has been shown, which can be well after its requestAnimationFrame. A page
// that is hidden paints nothing, and a browser without paint timing gets the frame after the next one.
if (document.visibilityState !== 'visible') start();
else if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  new PerformanceObserver(start).observe({ type: 'paint', buffered: true });
  document.addEventListener('visibilitychange', start, { once: true });
  setTimeout(start, 1000);
} else requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start, 0)));
