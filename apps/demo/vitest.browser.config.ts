import { defineConfig } from 'vitest/config';

// Browser tests: build the app, serve it with vite preview, drive Debian's Chromium with
// playwright-core. Run by .ci/run after `apt-get install chromium`.
export default defineConfig({
  // The engines the test lists (and the build it runs) come from the workspace's TypeScript source.
  resolve: { conditions: ['@gd-ftz/source'] },
  ssr: { resolve: { conditions: ['@gd-ftz/source'] } },
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
