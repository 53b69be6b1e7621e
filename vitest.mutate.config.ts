import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant of the engine (`npm run mutate`, stryker.config.json): the engine's
 * own tests, in Node. The UI's tests also exercise the engine but would make each mutant cost seconds.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/engine/**/*.test.ts'],
  },
});
