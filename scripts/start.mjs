// `npm start`: install what is missing, build, serve the production build and print its URL.
import { execSync, spawn } from 'node:child_process';
import { ensureDeps } from './ensure-deps.mjs';

ensureDeps();
execSync('npx vite build', { stdio: 'inherit' });
const port = process.env.PORT ?? '4173';
// `vite preview` sends the security headers of scripts/security-headers.ts (vite.config.ts, preview.headers).
const server = spawn('npx', ['vite', 'preview', '--port', port, '--strictPort', '--host', '127.0.0.1'], {
  stdio: ['inherit', 'pipe', 'inherit'],
});
server.stdout.on('data', (chunk) => process.stdout.write(chunk));
setTimeout(
  () => console.log(`\nGPAI Navigator is running at http://127.0.0.1:${port}/  (Ctrl+C to stop)`),
  1500,
);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
