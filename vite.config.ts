import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { prerenderPlugin } from './scripts/prerender-plugin';
import { SECURITY_HEADERS } from './scripts/security-headers';
import { offline, securityHeaders } from './scripts/vite-hardening';

const ENTRY = /(^|\/)index-[^/]+\.js$/;

export default defineConfig({
  base: './',
  plugins: [
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
    tailwindcss(),
    securityHeaders(),
    offline(),
    prerenderPlugin(),
  ],
  resolve: {
    // jsPDF's optional html()/SVG dependencies are never used by the report PDF (src/pdf).
    alias: {
      ...Object.fromEntries(
        ['html2canvas', 'canvg', 'dompurify'].map((name) => [
          name,
          fileURLToPath(new URL('./src/pdf/unused-optional-dependency.ts', import.meta.url)),
        ]),
      ),
      // TanStack Store asks for the shim of useSyncExternalStore, which React 19 has built in: the same
      // package's plain build uses React's own (0.24 KB less first-load code: ADR 0070 amendment 3).
      'use-sync-external-store/shim/with-selector': 'use-sync-external-store/with-selector',
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every chunk name the entry would preload is written into the first load (budget 96 KB gz, ADR 0070). The
    // entry preloads none: a deep link's chunks are preloaded by the deep-link guard, and each step of the
    // journey warms the next screen's code while the reader reads (src/routes/-warm.ts).
    modulePreload: { resolveDependencies: (_file, deps, { hostId }) => (ENTRY.test(hostId) ? [] : deps) },
  },
  preview: { port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
});
