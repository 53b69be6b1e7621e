// Runs the app's first-load chunk (issue #12, ADR 0070 amendments 2 and 3). index.html preloads the chunk (a
// <link rel="modulepreload">, so that it downloads at once); this part of the head script imports it. On the
// start page as a first-time visitor sees it, only once the browser has painted the prerendered page: a module
// that is ready when the stylesheet arrives runs before the first frame, and the page would paint only after
// React, the router and the catalog had been evaluated (about a second of a mid-range phone's CPU). Where the
// prerendered page is hidden (a deep link, saved answers, another language: deep-link-guard.js), there is
// nothing to show first, and the chunk runs as soon as it has arrived. The build appends this file to the
// guard's and fills in the entry's name, relative to the script's folder (assets/).
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
  if (
    document.visibilityState !== 'visible' ||
    document.documentElement.hasAttribute('data-hide-prerendered')
  )
    start();
  else if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver(start).observe({ type: 'paint', buffered: true });
    document.addEventListener('visibilitychange', start, { once: true });
    setTimeout(start, 1000);
  } else requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start, 0)));
})();
