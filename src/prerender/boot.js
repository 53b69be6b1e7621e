// Runs the app's first-load chunk (issue #12, ADR 0070 amendments 2 and 3). index.html preloads the chunk (a
// <link rel="modulepreload">, so that it downloads at once); this part of the head script imports it once the
// browser has painted. A module that is ready when the stylesheet arrives runs before the first frame, and the
// start page would paint only after React, the router and the catalog had been evaluated (about a second of a
// mid-range phone's CPU). A deep link waits for the paint too, although only the header shows: run at once, the
// chunk delayed that paint and, in Lighthouse, the route's own content (question 77 -> 66, report 66 -> 61),
// for no gain in the time to a share link's verdict. The build appends this file to deep-link-guard.js and fills
// in the entry's name, relative to the script's folder (assets/).
(() => {
  const ENTRY = /* ENTRY */ '';
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    import(ENTRY);
  };
  // The paint is reported when the frame has been shown, which can be well after its requestAnimationFrame. A
  // page that is hidden paints nothing, and a browser without paint timing gets the frame after the next one.
  if (document.visibilityState !== 'visible') start();
  else if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver(start).observe({ type: 'paint', buffered: true });
    document.addEventListener('visibilitychange', start, { once: true });
    setTimeout(start, 1000);
  } else requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start, 0)));
})();
