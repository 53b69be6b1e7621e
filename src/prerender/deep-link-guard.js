// Loaded render-blocking from <head> on purpose (with ./boot.js appended at build, one file of about 1 KB gz,
// fetched alongside the stylesheet):
// index.html holds the prerendered start page as a first-time visitor sees it. Anywhere else — another route,
// the start page with a search (?cleared), or a browser holding a workspace or an old draft (the page then
// shows "Resume")
// — the prerendered page must not flash. This marks the document so that the stylesheet hides it until the
// app has rendered (ADR 0070), and on another route starts fetching that route's code now rather than after
// the entry script has run. Which chunks a route needs is a JSON file fetched on a deep link only: the start
// page, the usual first visit, does not download it (1.3 KB gz: ADR 0070, amendment 4). An external file, not
// inline: the CSP allows no inline script. The constants are filled in at build time.
(() => {
  const ROUTE_CHUNKS = /* ROUTE_CHUNKS */ '';
  const DRAFT_KEY = /* DRAFT_KEY */ '';
  const WORKSPACE_KEY = /* WORKSPACE_KEY */ '';
  const LANG_KEY = /* LANG_KEY */ '';
  const LANGS = /* LANGS */ [];
  // Until the app has taken over, the prerendered skip link has no handler, and under hash routing following
  // href="#main" would open a route called "main": move the focus instead, as the app's own link does.
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element && event.target.closest('a[href="#main"]'))) return;
    event.preventDefault();
    document.getElementById('main')?.focus();
  });
  const route = location.hash.replace(/^#/, '');
  const path = route.split('?')[0] || '/';
  let hide = route !== '' && route !== '/';
  if (!hide) {
    try {
      // The workspace's hint (written by the store after each change; an empty workspace has none), or an
      // old draft that the start page moves into the workspace.
      hide = localStorage.getItem(WORKSPACE_KEY) !== null || localStorage.getItem(DRAFT_KEY) !== null;
    } catch {
      // No storage, so no saved answers: the prerendered page is what the app will show.
    }
  }
  // The prerendered page is English: a reader whose language is another (the address's ?lang=, the language
  // chosen before, else the browser's preference — as src/i18n/lang-context.ts decides) sees the app's page only.
  let lang = /[?&]lang=(\w+)/.exec(route)?.[1];
  if (!lang) {
    try {
      lang = localStorage.getItem(LANG_KEY) || undefined;
    } catch {
      // No storage: the browser's preference decides.
    }
  }
  lang ||= (navigator.languages || [])
    .map((tag) => tag.toLowerCase().split('-')[0])
    .find((l) => LANGS.includes(l));
  const other = LANGS.includes(lang) && lang !== 'en';
  if (!hide && !other) return;
  document.documentElement.setAttribute('data-hide-prerendered', other ? 'lang' : '');
  if (path === '/') return;
  // File names are relative to this script's folder (assets/). Without the map (offline before the service
  // worker, a blocked request) nothing is preloaded: the router fetches the route's code when it needs it.
  const base = document.currentScript ? document.currentScript.src : new URL('assets/', location.href);
  // A prefix ending in "/" is a route with a parameter after it (/workspace/$id): it needs that segment.
  const matches = (prefix) =>
    prefix.endsWith('/')
      ? path.startsWith(prefix) && path !== prefix
      : path === prefix || path.startsWith(`${prefix}/`);
  fetch(new URL(ROUTE_CHUNKS, base))
    .then((response) => response.json())
    .then((routes) => {
      const files = routes.find(([prefix]) => matches(prefix))?.[1] ?? [];
      for (const file of files) {
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.crossOrigin = '';
        link.href = new URL(file, base).href;
        document.head.appendChild(link);
      }
    })
    .catch(() => undefined);
})();
