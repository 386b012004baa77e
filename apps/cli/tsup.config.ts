import { defineConfig } from 'tsup';

// One self-contained Node script: the engines are bundled from their TypeScript source
// (the @gd-ftz/source condition), so the CLI never waits for the packages' own builds.
export default defineConfig({
  entry: { cli: 'src/cli.ts' },
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
