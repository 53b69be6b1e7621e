/**
 * Vite plugins of issue #12 (ADR 0072): the <meta> CSP and the `_headers` file of the build, and the service
 * worker that precaches the whole build so the app works offline after the first visit.
 */
import type { Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { META_CONTENT_SECURITY_POLICY, staticHostHeadersFile } from './security-headers';

/** The production build only: the dev server injects inline scripts. */
export function securityHeaders(): Plugin {
  return {
    name: 'gpai-security-headers',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ];
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: staticHostHeadersFile() });
    },
  };
}

export function offline(): PluginOption {
  return VitePWA({
    strategies: 'generateSW',
    // A new version waits until the user accepts the reload (src/shared/offline/): two versions never mix.
    registerType: 'prompt',
    // Registered by src/shared/offline/register.ts, imported after the page has loaded.
    injectRegister: false,
    // The glob below already precaches the icons and the manifest.
    includeManifestIcons: false,
    manifest: {
      id: './',
      name: 'GPAI Navigator',
      short_name: 'GPAI Navigator',
      description:
        'Is your AI model a general-purpose AI model under the EU AI Act, and what must you do by when? Runs entirely in your browser.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1e3a8a',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // Everything the app can ever load: route chunks and the deep-link guard's map of them, the PDF code, its
      // fonts, styles, icons.
      globPatterns: ['**/*.{html,js,json,css,svg,png,ttf,webmanifest}'],
      // The PDF chunk is the largest file; stay far above it rather than silently skip a file.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // First visit: control the open page at once, so it works offline without a reload. An update still
      // waits for the user's consent (no skipWaiting).
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      // Hash routing: the only document is index.html; any query string (campaign tags) still finds it.
      ignoreURLParametersMatching: [/.*/],
      navigateFallback: null,
      // Nothing at runtime comes from another host; no runtime caching.
      runtimeCaching: [],
    },
  });
}
