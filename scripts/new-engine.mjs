#!/usr/bin/env node
// Creates packages/<slug>: an engine package that already meets the engine contract's skeleton
// (exports ".", "./arbitraries"; Measure descriptor; arbitraries; README with the legal basis
// table; a passing test). Usage: pnpm new:engine <slug> [--id N]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syncRegistry } from './engines-sync.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2).filter((a) => a !== '--');
const slug = args[0];
if (!slug || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(slug)) {
  console.error('usage: pnpm new:engine <kebab-case-slug> [--id N]');
  process.exit(2);
}
const dir = join(root, 'packages', slug);
if (existsSync(dir)) {
  console.error(`packages/${slug} already exists`);
  process.exit(2);
}

// The measure number: --id, or the seed catalog in core (src/catalog.ts), or 1 as a placeholder.
const catalog = readFileSync(join(root, 'packages/core/src/catalog.ts'), 'utf8');
const idFlag = args.indexOf('--id');
let id = idFlag >= 0 ? Number(args[idFlag + 1]) : undefined;
const found = new RegExp(`id: (\\d+),\\s*slug: '${slug}'`).exec(catalog);
if (id === undefined && found) id = Number(found[1]);
const inCatalog = Boolean(found);
if (id === undefined) {
  console.warn(
    `note: "${slug}" is not a slug of the seed catalog; using measure 1's identity as a placeholder (edit src/measure.ts)`,
  );
  id = 1;
}
if (!Number.isInteger(id) || id < 1 || id > 20) {
  console.error('--id must be a measure number from 1 to 20');
  process.exit(2);
}
const coreVersion = JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8'));
const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dev = rootPkg.devDependencies;
const camel = slug.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

const files = {
  'package.json': `${JSON.stringify(
    {
      name: `@gd-ftz/${slug}`,
      version: '0.0.0',
      description: `Simulation engine of measure ${id} of 粤府函〔2023〕59号 (Guangdong FTZ, 8th batch).`,
      license: 'MIT',
      type: 'module',
      sideEffects: false,
      engines: { node: '>=20' },
      keywords: ['rules-as-code', 'simulation', 'guangdong-ftz'],
      repository: {
        type: 'git',
        url: 'git+https://github.com/gd-ftz/gd-ftz.git',
        directory: `packages/${slug}`,
      },
      exports: {
        '.': {
          '@gd-ftz/source': './src/index.ts',
          import: { types: './dist/index.d.ts', default: './dist/index.js' },
          require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
        },
        './arbitraries': {
          '@gd-ftz/source': './src/arbitraries.ts',
          import: { types: './dist/arbitraries.d.ts', default: './dist/arbitraries.js' },
          require: { types: './dist/arbitraries.d.cts', default: './dist/arbitraries.cjs' },
        },
        './package.json': './package.json',
      },
      main: './dist/index.cjs',
      module: './dist/index.js',
      types: './dist/index.d.cts',
      files: ['dist', 'src', 'README.md'],
      scripts: {
        build: 'tsup',
        test: 'vitest run',
        lint: 'biome ci --colors=off .',
        typecheck: 'tsc -p tsconfig.json',
        bench: 'vitest bench --run',
      },
      dependencies: { '@gd-ftz/core': 'workspace:^' },
      peerDependencies: { 'fast-check': '^4.0.0' },
      peerDependenciesMeta: { 'fast-check': { optional: true } },
      devDependencies: {
        'fast-check': dev['fast-check'],
        tsup: dev.tsup,
        typescript: dev.typescript,
        vitest: dev.vitest,
      },
    },
    null,
    2,
  )}\n`,
  'tsconfig.json': `{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": { "types": ["node"] },
  "include": ["src", "test", "bench", "*.config.ts"]
}
`,
  'tsup.config.ts': `import { packageBuild } from '../../tooling/tsup.ts';

export default packageBuild(['src/index.ts', 'src/arbitraries.ts']);
`,
  'vitest.config.ts': `import { packageProject } from '../../tooling/vitest.ts';

export default packageProject(import.meta.url);
`,
  'src/index.ts': `// Public surface of @gd-ftz/${slug}: named re-exports only.
export type { ${capital(camel)}Params } from './params';
export { PARAMS } from './params';
export { measure } from './measure';
`,
  'src/params.ts': `import type { ParamsOf, ParamsSchema } from '@gd-ftz/core';

/**
 * The scenario parameters of measure ${id}, with defaults and ranges: the demo app and the CLI draw
 * their forms from this schema. Mark each modelling assumption with \`assumption: true\`.
 */
export const PARAMS = {
  population: {
    kind: 'integer',
    label: { zh: '样本规模', en: 'Population size' },
    unit: { zh: '件', en: 'cases' },
    default: 1000,
    min: 10,
    max: 1_000_000,
  },
} as const satisfies ParamsSchema;

/** Parsed scenario parameters. */
export type ${capital(camel)}Params = ParamsOf<typeof PARAMS>;
`,
  'src/measure.ts': `import { defineMeasure, measureInfo, RandomStream, UNITS } from '@gd-ftz/core';
import { PARAMS } from './params';

/**
 * The Measure descriptor of measure ${id}: identity from the seed catalog, the parameter schema,
 * and the simulation of the old process against the reform on the same population and seed.
 * @example
 * import { measure } from '@gd-ftz/${slug}';
 * const report = measure.simulate({ population: 500 }, { seed: 42 });
 */
export const measure = defineMeasure({
  ...measureInfo(${id}),
  slug: '${slug}',
  params: PARAMS,
  run(params, { seed }) {
    // Skeleton model: replace with the measure's process. Every draw comes from a named sub-stream.
    const rng = RandomStream.fromSeed(seed).substream('population');
    let handled = 0;
    for (let i = 0; i < params.population; i++) if (rng.bernoulli(0.5)) handled++;
    return {
      measure: { id: ${id}, slug: '${slug}' },
      seed,
      params,
      kpis: [
        {
          id: 'handled',
          label: { zh: '办结件数', en: 'Cases handled' },
          unit: UNITS.count,
          baseline: String(handled),
          reform: String(params.population),
          better: 'higher',
        },
      ],
      series: [],
      samples: [],
    };
  },
});
`,
  'src/arbitraries.ts': `// fast-check arbitraries of valid inputs of @gd-ftz/${slug}, for property tests that use this
// engine as an oracle. fast-check is a peer dependency.
import fc from 'fast-check';
import { PARAMS, type ${capital(camel)}Params } from './params';

/** Valid scenario parameters inside the schema's ranges. */
export const paramsArb: fc.Arbitrary<${capital(camel)}Params> = fc.record({
  population: fc.integer({ min: PARAMS.population.min, max: 5_000 }),
});
`,
  'test/measure.test.ts': `import { MEASURES, ValidationError } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

describe('measure descriptor', () => {
  it('carries the identity of measure ${id} of the seed', () => {
    expect(measure.id).toBe(${id});
    expect(measure.slug).toBe('${slug}');
    ${inCatalog ? `expect(measure.title).toEqual(MEASURES[${id - 1}]?.title);` : `expect(MEASURES.some((m) => m.id === measure.id)).toBe(true);`}
  });
  it('rejects out-of-range parameters naming the field', () => {
    expect(() => measure.simulate({ population: -1 }, { seed: 1 })).toThrow(ValidationError);
    try {
      measure.simulate({ population: -1 }, { seed: 1 });
    } catch (e) {
      expect((e as ValidationError).paths).toEqual(['population']);
    }
  });
  it('property: the same seed gives the same report, byte for byte', () => {
    fc.assert(
      fc.property(paramsArb, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (params, seed) => {
        const a = JSON.stringify(measure.simulate(params, { seed }));
        const b = JSON.stringify(measure.simulate(params, { seed }));
        return a === b;
      }),
      { numRuns: 20 },
    );
  });
});
`,
  'README.md': `# @gd-ftz/${slug}

> Measure ${id} of 粤府函〔2023〕59号 — TODO: title in Chinese / title in English.

## 改革内容（中文）
TODO: the measure in plain words, from the seed's 主要内容 column.

## The measure (English)
TODO: the measure in plain words.

## Quick example

\`\`\`ts
import { measure } from '@gd-ftz/${slug}';

const report = measure.simulate({ population: 500 }, { seed: 42 });
for (const kpi of report.kpis) console.log(kpi.label.en, kpi.baseline, '->', kpi.reform);
\`\`\`

## The model
TODO: the process before and after the reform; what is simulated; what each KPI means.

## Legal basis

| rule / parameter | value | source (law, article, document) | from |
|---|---|---|---|
| TODO | | | |

## Parameters and assumptions
TODO: each scenario parameter, its default, and whether it is an assumption (with the reason).

## Limitations
TODO: what the model leaves out.
`,
  [`../../.changeset/${slug}-initial.md`]: `---
"@gd-ftz/${slug}": minor
---

Create @gd-ftz/${slug}, the engine of measure ${id} of 粤府函〔2023〕59号.
`,
};

function capital(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

for (const [name, content] of Object.entries(files)) {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
mkdirSync(join(dir, 'bench'), { recursive: true });
registerInEngines();
// Format what was written with the repo's formatter, so the new package passes `pnpm lint` as is.
try {
  execFileSync(
    join(root, 'node_modules/.bin/biome'),
    ['check', '--write', '--colors=off', dir, join(root, 'packages/engines')],
    {
      stdio: 'ignore',
    },
  );
} catch {
  console.warn('note: biome could not format the new files; run pnpm format');
}
console.log(`created packages/${slug} (measure ${id}); core ${coreVersion.version}. Next: pnpm install`);

// Declares the package an engine in its package.json ("gd-ftz": { "engine": true, "measure": N };
// measure null when the slug is not one of the catalog's, so it is checked but not registered) and
// regenerates the demo/CLI registry from the workspace (scripts/engines-sync.mjs).
function registerInEngines() {
  const pkgPath = join(dir, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const { name, version, description, ...rest } = pkg;
  const marked = {
    name,
    version,
    description,
    'gd-ftz': { engine: true, measure: inCatalog ? id : null },
    ...rest,
  };
  writeFileSync(pkgPath, `${JSON.stringify(marked, null, 2)}\n`);
  if (existsSync(join(root, 'packages/engines'))) syncRegistry(root);
}
