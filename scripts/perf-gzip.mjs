// A `vite preview` plugin for `npm run perf`: serves the build's text files gzipped, as static hosts do, so
// Lighthouse's simulated network sees the bytes a visitor downloads (vite preview itself does not compress).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

export function gzipStatic(dist) {
  const cache = new Map();
  return {
    name: 'perf-gzip-static',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        const file = normalize(join(dist, path.endsWith('/') ? `${path}index.html` : path));
        const type = TYPES[extname(file)];
        const gzipOk = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        if (!type || !gzipOk || !file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
          return next();
        }
        if (!cache.has(file)) cache.set(file, gzipSync(readFileSync(file), { level: 9 }));
        const body = cache.get(file);
        for (const [name, value] of Object.entries(server.config.preview.headers ?? {})) {
          res.setHeader(name, value);
        }
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Content-Length', body.length);
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(body);
      });
    },
  };
}
