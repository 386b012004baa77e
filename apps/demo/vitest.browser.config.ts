import { defineConfig } from 'vitest/config';

// Browser tests: build the app, serve it with vite preview, drive Debian's Chromium with
// playwright-core. Run by .ci/run after `apt-get install chromium`.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
