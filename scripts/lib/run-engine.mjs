// Loads an engine the way its tests do (workspace sources through the `@gd-ftz/source`
// condition, no build needed): esbuild bundles src/index.ts into one ESM file under
// node_modules/.cache, which is then imported.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * The module namespace of an engine's src/index.ts.
 * @example
 * const mod = await loadEngine(root, join(root, 'packages/overpayment-refund'));
 */
export async function loadEngine(root, dir, folder) {
  const cache = join(root, 'node_modules/.cache/gd-ftz-conformance');
  mkdirSync(cache, { recursive: true });
  const outfile = join(cache, `${folder}.mjs`);
  await build({
    entryPoints: [join(dir, 'src/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    conditions: ['@gd-ftz/source'],
    outfile,
    logLevel: 'silent',
    absWorkingDir: dir,
  });
  // A query per run: a second run in the same process (tests) reads the fresh bundle.
  return import(`${pathToFileURL(outfile).href}?t=${process.hrtime.bigint()}`);
}
