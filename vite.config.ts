import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { prerenderPlugin } from './scripts/prerender-plugin';
import { SECURITY_HEADERS } from './scripts/security-headers';
import { offline, securityHeaders } from './scripts/vite-hardening';

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
    alias: Object.fromEntries(
      ['html2canvas', 'canvg', 'dompurify'].map((name) => [
        name,
        fileURLToPath(new URL('./src/pdf/unused-optional-dependency.ts', import.meta.url)),
      ]),
    ),
  },
  build: { target: 'es2022', sourcemap: false },
  preview: { port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
});
