#!/usr/bin/env node
// Creates packages/<slug>: an engine package on the engine kit that passes build, typecheck, tests,
// conformance, lint and publint/attw as generated (template: scripts/lib/engine-template.mjs).
//   pnpm new:engine <slug> [--id N] [--workflow] [--no-install]
// --id        the measure number (default: the seed catalog's number of <slug>; 1 as a stand-in
//             when the slug is not in the catalog — the package is then not registered)
// --workflow  also emit src/process.ts (defineMachine) and its model-based test
// --no-install  skip `pnpm install` and the golden file (printed as the next steps instead)
// Afterwards: the package is registered through `pnpm engines:sync` (package.json "gd-ftz" marker),
// formatted with Biome, installed, and its golden digests written once with UPDATE_GOLDEN=1 (the
// contract test refuses to run without them, and CI refuses UPDATE_GOLDEN).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { syncRegistry } from './engines-sync.mjs';
import { engineFiles, parseArgs } from './lib/engine-template.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const opts = parseArgs(process.argv.slice(2));
if (opts.error) {
  console.error(
    `${opts.error}\nusage: pnpm new:engine <kebab-case-slug> [--id N] [--workflow] [--no-install]`,
  );
  process.exit(2);
}
const { slug, workflow } = opts;
const dir = join(root, 'packages', slug);
if (existsSync(dir)) {
  console.error(`packages/${slug} already exists`);
  process.exit(2);
}

// The seed catalog (core) and the seed's texts (statutes), read from their TypeScript sources.
const { MEASURES, SEED_ITEM_TEXTS } = await loadSeed();
const found = MEASURES.find((m) => m.slug === slug);
const inCatalog = found !== undefined && (opts.id === undefined || opts.id === found.id);
const id = opts.id ?? found?.id ?? 1;
if (!found) {
  console.warn(
    `note: "${slug}" is not a slug of the seed catalog; measure ${id}'s identity stands in and the package is not registered in @gd-ftz/engines ("measure": null)`,
  );
}
const info = MEASURES.find((m) => m.id === id);
const dev = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies;

const files = engineFiles({
  slug,
  id,
  inCatalog,
  workflow,
  info,
  seedText: SEED_ITEM_TEXTS[id - 1],
  versions: dev,
});
for (const [name, content] of Object.entries(files)) {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
if (existsSync(join(root, 'packages/engines'))) syncRegistry(root);
format();
console.log(
  `created packages/${slug} (measure ${id}${inCatalog ? '' : ', not registered'}${workflow ? ', with a workflow' : ''})`,
);

const next = [
  'pnpm install',
  `UPDATE_GOLDEN=1 pnpm --filter @gd-ftz/${slug} test   # writes test/golden.json once; commit it`,
];
if (!opts.install || process.env.CI === 'true' || process.env.CI === '1') {
  console.log(`next:\n  ${next.join('\n  ')}`);
} else {
  run('pnpm', ['install', '--prefer-offline'], root);
  // The contract test compares against test/golden.json; write it from the package's own run.
  run('pnpm', ['exec', 'vitest', 'run', 'test/measure.test.ts'], dir, {
    UPDATE_GOLDEN: '1',
    FC_SEED: process.env.FC_SEED || '42',
  });
  console.log(
    `wrote packages/${slug}/test/golden.json. Next: pnpm --filter @gd-ftz/${slug} test && pnpm conformance --strict`,
  );
}

function run(cmd, args, cwd, env = {}) {
  execFileSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
}

/** Biome formats what was written, so the package passes `pnpm lint` as generated. */
function format() {
  const targets = [dir, join(root, 'packages/engines')];
  try {
    execFileSync(
      join(root, 'node_modules/.bin/biome'),
      ['check', '--write', '--colors=off', ...targets.filter(existsSync).map((p) => relative(root, p))],
      { cwd: root, stdio: 'ignore' },
    );
  } catch {
    console.warn('note: biome could not format every file; run pnpm format');
  }
}

/** MEASURES (core/src/catalog.ts) and SEED_ITEM_TEXTS (statutes/src/seed-items.ts), bundled in memory. */
async function loadSeed() {
  const out = buildSync({
    stdin: {
      contents: [
        `export { MEASURES } from './packages/core/src/catalog.ts';`,
        `export { SEED_ITEM_TEXTS } from './packages/statutes/src/seed-items.ts';`,
      ].join('\n'),
      resolveDir: root,
      sourcefile: 'seed.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
