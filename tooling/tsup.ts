import { defineConfig, type Options } from 'tsup';

/**
 * The one build configuration every publishable package uses: ESM + CJS, declarations for both,
 * source maps, a clean dist/. A package's tsup.config.ts is `export default packageBuild(['src/index.ts', ...])`.
 */
export function packageBuild(entry: string[], overrides: Options = {}) {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: false,
    outDir: 'dist',
    ...overrides,
  });
}
