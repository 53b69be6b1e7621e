/**
 * Vite build plugin (issue #12, ADR 0070): puts the start page's HTML into index.html so that it paints before
 * any script runs, and adds the deep-link guard — a tiny render-blocking script that hides the prerendered
 * page on any other route and starts fetching that route's chunks at once. React replaces the prerendered
 * markup in one commit once the route's code is loaded (src/main.tsx).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer, minifySync, type Plugin, type Rollup } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GUARD_SOURCE = fileURLToPath(new URL('../src/prerender/deep-link-guard.js', import.meta.url));
const BOOT_SOURCE = fileURLToPath(new URL('../src/prerender/boot.js', import.meta.url));
const ENTRY_SCRIPT = /<script type="module" crossorigin src="\.\/(assets\/index-[\w-]+\.js)"><\/script>/;
const ROOT_DIV = '<div id="root"></div>';

/** Renders `#/` with the real route tree in a throwaway Vite SSR server (no CSS, no browser code). */
async function renderStartPage(): Promise<{
  html: string;
  draftKey: string;
  workspaceKey: string;
  langKey: string;
  languages: readonly string[];
}> {
  const server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const entry = await server.ssrLoadModule('/src/prerender/start-page.tsx');
    const html = await (entry.renderStartPage as () => Promise<string>)();
    return {
      html,
      draftKey: entry.DRAFT_STORAGE_KEY as string,
      workspaceKey: entry.WORKSPACE_HINT_KEY as string,
      langKey: entry.LANG_KEY as string,
      languages: entry.LANGUAGES as readonly string[],
    };
  } finally {
    await server.close();
  }
}

/**
 * Until the app has taken over, a form control in the prerendered page has no handler: a file chosen there
 * would be dropped without a word when React replaces the markup. Links work without script (hash links), so
 * they stay; every input, button, select and textarea is disabled until then.
 */
export function disableControls(html: string): string {
  return html.replace(/<(input|button|select|textarea)\b(?![^>]*\sdisabled\b)/g, '<$1 disabled=""');
}

/** The markup must be static and safe under the CSP: no script, and it must hold the page's heading. */
export function checkPrerendered(html: string): string {
  if (/<script\b/i.test(html)) throw new Error('prerender: the start page markup contains a <script>');
  if (!/<h1\b/.test(html)) throw new Error('prerender: the start page markup has no <h1>');
  if (/ href="\/(?!\/)/.test(html)) throw new Error('prerender: a link was not rewritten to hash history');
  if (/<(input|button|select|textarea)\b(?![^>]*\sdisabled\b)/.test(html))
    throw new Error('prerender: a form control works before the app has taken over (it must be disabled)');
  return html;
}

/**
 * Route path prefix → the chunks (names relative to assets/) its component needs that the first load does not
 * already bring, found in the bundle from the router plugin's split modules (`src/routes/<file>.tsx?tsr-split=component`).
 */
export function routeChunks(bundle: Rollup.OutputBundle): [string, string[]][] {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (start: string[]) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const next of byName.get(file)?.imports ?? []) visit(next);
    };
    for (const file of start) visit(file);
    return seen;
  };
  const firstLoad = closure(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
  const routes: [string, string[]][] = [];
  for (const chunk of chunks) {
    const match = chunk.facadeModuleId?.match(/\/src\/routes\/(.+)\.tsx\?tsr-split=component/);
    if (!match?.[1]) continue;
    // A route with a parameter at its end (/workspace/$id) maps to "/workspace/": the guard then requires a
    // segment after it, so "/workspace" itself finds its own route's chunks.
    const prefix = `/${match[1].replace(/(^|\/)index$/, '').replace(/\/\$[^/]+$/, '/')}`;
    if (prefix === '/') continue;
    const files = [...closure([chunk.fileName])]
      .filter((f) => !firstLoad.has(f))
      .map((f) => f.replace(/^assets\//, ''));
    routes.push([prefix, files]);
  }
  return routes.sort(([a], [b]) => b.length - a.length);
}

/**
 * The head script ships minified by the minifier of the app's own code (Oxc, through Vite): 0.26 KB gz less
 * than its source without comments and indentation. The placeholders are comments: fill them in first.
 */
function minify(source: string): string {
  const result = minifySync('head.js', source);
  if (result.errors.length > 0)
    throw new Error(`prerender: the head script does not minify: ${result.errors[0]?.message}`);
  return result.code;
}

/** Puts the build's values in place of the placeholders of a head script's source (each must be there once). */
export function fill(source: string, values: Record<string, unknown>): string {
  let filled = source;
  for (const [placeholder, value] of Object.entries(values)) {
    if (filled.split(placeholder).length !== 2)
      throw new Error(`prerender: the placeholder ${placeholder} is not in its head script exactly once`);
    filled = filled.replace(placeholder, () => JSON.stringify(value));
  }
  if (/\/\* [A-Z_]+ \*\//.test(filled))
    throw new Error('prerender: a placeholder of a head script was not filled');
  return filled;
}

function emitAsset(context: Rollup.PluginContext, name: string, extension: string, source: string): string {
  const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
  const fileName = `assets/${name}-${hash}.${extension}`;
  context.emitFile({ type: 'asset', fileName, source });
  return fileName;
}

export function prerenderPlugin(): Plugin {
  return {
    name: 'gpai-prerender-start-page',
    apply: 'build',
    // Every browser this build targets (es2022) supports modulepreload: the polyfill would only cost bytes.
    config: () => ({
      build: {
        modulePreload: { polyfill: false },
        // Everything the first load needs in one chunk: one request, and gzip sees it whole (smaller).
        rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
      },
    }),
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset' || typeof index.source !== 'string') return;
        if (!index.source.includes(ROOT_DIV)) throw new Error('prerender: index.html has no empty #root');

        const start = await renderStartPage();
        const page = checkPrerendered(disableControls(start.html));
        const routesFile = emitAsset(this, 'route-chunks', 'json', JSON.stringify(routeChunks(bundle)));
        const guard = fill(readFileSync(GUARD_SOURCE, 'utf8'), {
          "/* ROUTE_CHUNKS */ ''": routesFile.replace(/^assets\//, ''),
          "/* DRAFT_KEY */ ''": start.draftKey,
          "/* WORKSPACE_KEY */ ''": start.workspaceKey,
          "/* LANG_KEY */ ''": start.langKey,
          '/* LANGS */ []': start.languages,
        });
        const entry = ENTRY_SCRIPT.exec(index.source)?.[1];
        if (!entry) throw new Error('prerender: index.html has no entry module script');
        const boot = fill(readFileSync(BOOT_SOURCE, 'utf8'), {
          "/* ENTRY */ ''": `./${entry.replace(/^assets\//, '')}`,
        });
        // One file, one request: the guard decides what the page shows, then boot.js runs the app when it should.
        const headFile = emitAsset(this, 'head', 'js', minify(`${guard}\n${boot}`));

        index.source = index.source
          // The entry downloads at once; the head script decides when it runs (src/prerender/boot.js).
          .replace(ENTRY_SCRIPT, `<link rel="modulepreload" crossorigin href="./${entry}">`)
          // Classic and blocking, so it runs before the body is parsed. After the stylesheet: placed before it,
          // Chromium fetched the stylesheet only once the guard had arrived (one more round trip to first paint).
          .replace(/(\s*)(<link rel="stylesheet"[^>]*>)/, `$1$2$1<script src="./${headFile}"></script>`)
          .replace(ROOT_DIV, `<div id="root"><div data-prerendered="">${page}</div></div>`);
      },
    },
  };
}
