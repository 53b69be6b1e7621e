import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // The property suites (10 000 mutated links) and the CLI's child processes take 3 s on an idle 2-core
          // machine; CI once ran one past the default 5 s. A harness limit, not a timed assertion.
          testTimeout: 20_000,
          include: ['src/{engine,share,pdf,cli,export,i18n}/**/*.test.ts', 'scripts/**/*.test.ts'],
          // Every catalog area in English, as the command line has it (src/i18n/test-setup.ts).
          setupFiles: ['./src/i18n/test-setup.ts'],
          benchmark: { include: ['bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['src/{features,shared,components,routes,app}/**/*.test.{ts,tsx}'],
          setupFiles: ['./src/test-setup.ts'],
          // Whole pages render in jsdom (the methodology page evaluates all 181 scenarios): a harness timeout
          // for a loaded 2-core machine, not a timed assertion.
          testTimeout: 20_000,
          benchmark: { include: [] },
        },
      },
    ],
  },
});
