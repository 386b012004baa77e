import { defineConfig } from 'tsup';

// One self-contained Node script: the engines are bundled from their TypeScript source
// (the @gd-ftz/source condition), so the CLI never waits for the packages' own builds.
export default defineConfig({
  // The shard runner's worker threads load dist/shard-worker.js, beside the CLI.
  entry: { cli: 'src/cli.ts', 'shard-worker': 'src/shard-worker.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  sourcemap: true,
  noExternal: [/^@gd-ftz\//],
  esbuildOptions(options) {
    options.conditions = ['@gd-ftz/source'];
  },
});
