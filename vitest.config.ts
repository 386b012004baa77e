import { defineConfig } from 'vitest/config';

/** Runs every package's test project at once (`pnpm vitest` from the root). */
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts', 'scripts/vitest.config.ts'],
  },
});
