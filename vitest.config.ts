import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Component tests under apps/ import .vue files.
  plugins: [vue()],
  test: {
    include: ['packages/**/*.test.ts', 'bench/**/*.test.ts', 'apps/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    setupFiles: ['test/setup/dom-teardown.ts'],
    // PGlite instances are ~300 MB each and the machine has two cores: one file per core.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
