import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { prerenderPlugin } from './scripts/prerender-plugin';

/**
 * Content-Security-Policy for the production build only (the dev server injects inline scripts).
 * No inline script, no eval, nothing fetched from another origin (PRODUCT.md principle 5; issue #5).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'gpai-csp',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
    prerenderPlugin(),
  ],
  resolve: {
    // jsPDF's optional html()/SVG dependencies are never used by the report PDF (src/pdf).
    alias: Object.fromEntries(
      ['html2canvas', 'canvg', 'dompurify'].map((name) => [
        name,
        fileURLToPath(new URL('./src/pdf/unused-optional-dependency.ts', import.meta.url)),
      ]),
    ),
  },
  build: { target: 'es2022', sourcemap: false },
  preview: { port: 4173, strictPort: true },
});
