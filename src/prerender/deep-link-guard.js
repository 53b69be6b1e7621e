// Loaded render-blocking from <head> on purpose (a few hundred bytes, fetched alongside the stylesheet):
// index.html holds the prerendered start page, and on any other route it must not flash. This marks the
// document so that the stylesheet hides the prerendered page until the app renders the route (ADR 0070),
// and starts fetching that route's code now rather than after the entry script has run. An external file,
// not inline: the CSP allows no inline script. ROUTE_CHUNKS is filled in at build time.
(() => {
  const ROUTE_CHUNKS = /* ROUTE_CHUNKS */ [];
  const path = location.hash.replace(/^#/, '').split('?')[0] || '/';
  if (path === '/') return;
  document.documentElement.setAttribute('data-deep-link', '');
  // Chunk names are relative to this script's folder (assets/).
  const base = document.currentScript ? document.currentScript.src : new URL('assets/', location.href);
  for (const [prefix, files] of ROUTE_CHUNKS) {
    if (path !== prefix && !path.startsWith(`${prefix}/`)) continue;
    for (const file of files) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = new URL(file, base).href;
      document.head.appendChild(link);
    }
    return;
  }
})();
