import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { checkPrerendered, disableControls, fill, routeChunks } from './prerender-plugin';

const page = '<main><h1>GPAI Navigator</h1><a href="#/methodology">Methodology</a></main>';

describe('checkPrerendered (the start page markup written into index.html)', () => {
  it('accepts static markup with a heading and hash links', () => {
    expect(checkPrerendered(page)).toBe(page);
  });

  it('refuses a script (the CSP allows no inline script)', () => {
    expect(() => checkPrerendered(`${page}<script>x()</script>`)).toThrow(/<script>/);
  });

  it('refuses markup without a heading', () => {
    expect(() => checkPrerendered('<main><p>x</p></main>')).toThrow(/<h1>/);
  });

  it('refuses a link left as a path (it would leave the app on a static host)', () => {
    expect(() => checkPrerendered(`${page}<a href="/methodology">M</a>`)).toThrow(/hash history/);
  });

  it('refuses a form control that would work before the app has taken over (a chosen file would be lost)', () => {
    expect(() => checkPrerendered(`${page}<input type="file" id="f"/>`)).toThrow(/form control/);
    expect(() => checkPrerendered(`${page}<button type="button">Go</button>`)).toThrow(/form control/);
  });
});

describe('disableControls', () => {
  it('disables every input, button, select and textarea, and leaves links and disabled controls alone', () => {
    const html = `${page}<input type="file" id="f"/><button class="b">Go</button><select></select><textarea></textarea><input disabled="" type="text"/>`;
    const out = disableControls(html);
    expect(out).toBe(
      `${page}<input disabled="" type="file" id="f"/><button disabled="" class="b">Go</button><select disabled=""></select><textarea disabled=""></textarea><input disabled="" type="text"/>`,
    );
    expect(checkPrerendered(out)).toBe(out);
  });
});

const chunk = (fileName: string, imports: string[], extra: Partial<Rollup.OutputChunk> = {}) =>
  ({
    type: 'chunk',
    fileName,
    imports,
    isEntry: false,
    facadeModuleId: null,
    ...extra,
  }) as Rollup.OutputChunk;

describe('routeChunks (what the deep-link guard preloads)', () => {
  const bundle = Object.fromEntries(
    [
      chunk('assets/index-1.js', ['assets/runtime-1.js'], { isEntry: true }),
      chunk('assets/runtime-1.js', []),
      chunk('assets/report-1.js', ['assets/index-1.js', 'assets/engine-1.js'], {
        facadeModuleId: '/app/src/routes/report.tsx?tsr-split=component',
      }),
      chunk('assets/engine-1.js', ['assets/zod-1.js']),
      chunk('assets/zod-1.js', []),
      chunk('assets/_step-1.js', ['assets/engine-1.js'], {
        facadeModuleId: '/app/src/routes/assess/$step.tsx?tsr-split=component',
      }),
      chunk('assets/start-1.js', [], { facadeModuleId: '/app/src/routes/index.tsx?tsr-split=component' }),
      chunk('assets/workspace-1.js', [], {
        facadeModuleId: '/app/src/routes/workspace/index.tsx?tsr-split=component',
      }),
      chunk('assets/_id-1.js', [], {
        facadeModuleId: '/app/src/routes/workspace/$id.tsx?tsr-split=component',
      }),
      chunk('assets/summary-1.js', [], {
        facadeModuleId: '/app/src/routes/assess/summary.tsx?tsr-split=component',
      }),
    ].map((c) => [c.fileName, c]),
  );

  it('maps each route but the start page to its chunks and their imports, minus the first load', () => {
    expect(Object.fromEntries(routeChunks(bundle))).toEqual({
      '/report': ['report-1.js', 'engine-1.js', 'zod-1.js'],
      '/assess/': ['_step-1.js', 'engine-1.js', 'zod-1.js'],
      '/assess/summary': ['summary-1.js'],
      '/workspace': ['workspace-1.js'],
      '/workspace/': ['_id-1.js'],
    });
  });

  it('gives a route with a parameter its own prefix ending in "/", apart from the list above it', () => {
    const routes = routeChunks(bundle);
    expect(routes.find(([prefix]) => prefix === '/workspace/')?.[1]).toEqual(['_id-1.js']);
    expect(routes.find(([prefix]) => prefix === '/workspace')?.[1]).toEqual(['workspace-1.js']);
  });

  it('puts longer prefixes first, so the most specific route matches', () => {
    const prefixes = routeChunks(bundle).map(([prefix]) => prefix);
    expect(prefixes.indexOf('/assess/summary')).toBeLessThan(prefixes.indexOf('/assess/'));
    expect(prefixes.indexOf('/workspace/')).toBeLessThan(prefixes.indexOf('/workspace'));
  });
});

describe('fill (the build values of the head script)', () => {
  const source = "const KEY = /* KEY */ ''; const LANGS = /* LANGS */ [];";

  it('writes each value as JSON in place of its placeholder', () => {
    expect(fill(source, { "/* KEY */ ''": 'a"b', '/* LANGS */ []': ['en', 'de'] })).toBe(
      'const KEY = "a\\"b"; const LANGS = ["en","de"];',
    );
  });

  it('fails the build when a placeholder is missing or appears twice (a value would be left out)', () => {
    expect(() => fill(source, { "/* KEY */ ''": 'k', "/* ENTRY */ ''": 'x' })).toThrow(/ENTRY/);
    expect(() => fill(`${source} /* KEY */ ''`, { "/* KEY */ ''": 'k' })).toThrow(/exactly once/);
  });

  it('fails the build when the source has a placeholder no value was given for', () => {
    expect(() => fill(source, { "/* KEY */ ''": 'k' })).toThrow(/not filled/);
  });

  it('keeps a "$" in a value as it is (no replacement pattern)', () => {
    expect(fill(source, { "/* KEY */ ''": "$'$&", '/* LANGS */ []': [] })).toContain('const KEY = "$\'$&";');
  });
});
