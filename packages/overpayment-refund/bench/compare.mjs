// Before/after in one session (issue 14): bundles bench/hot-path.ts against this tree's sources
// and against another checkout's (the "before", e.g. a worktree of main), then runs the two
// bundles in alternating child processes, so that both see the same machine load, and prints each
// run's CPU time (process.cpuUsage), its rate and the SHA-256 of its totals (equal hashes: the
// same numbers), then the median ratio. Figures, not assertions.
//   git worktree add --detach /work/wt/overpay-base main   (then pnpm install in it)
//   node packages/overpayment-refund/bench/compare.mjs /work/wt/overpay-base [taxpayers=100000] [rounds=3] [batch|shard]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const [baseRoot, n = '100000', rounds = '3', mode = 'batch'] = process.argv.slice(2);
if (!baseRoot)
  throw new Error('usage: compare.mjs <checkout of the baseline> [taxpayers] [rounds] [batch|shard]');
const script = readFileSync(join(here, 'hot-path.ts'), 'utf8');

/** Bundles the hot-path script as if it sat in `benchDir` (its `../src` imports resolve there). */
async function bundle(name, benchDir) {
  const outfile = join(tmpdir(), `overpayment-hot-path-${name}-${process.pid}.mjs`);
  await build({
    stdin: { contents: script, resolveDir: benchDir, sourcefile: 'hot-path.ts', loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    conditions: ['@gd-ftz/source'],
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

const bundles = {
  before: await bundle('before', resolve(baseRoot, 'packages/overpayment-refund/bench')),
  after: await bundle('after', here),
};
const rows = { before: [], after: [] };
console.log(
  `load average at start: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
for (let i = 0; i < Number(rounds); i++) {
  for (const side of ['before', 'after']) {
    const out = execFileSync(process.execPath, [bundles[side], mode, n], { encoding: 'utf8' });
    const r = JSON.parse(out.trim().split('\n').at(-1));
    rows[side].push(r);
    console.log(`${side.padEnd(6)} ${JSON.stringify(r)}  load ${loadavg()[0].toFixed(2)}`);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpu = (side) => median(rows[side].map((r) => r.cpuMs));
const hashes = new Set([...rows.before, ...rows.after].map((r) => r.sha256));
console.log(
  `median CPU: before ${cpu('before')} ms, after ${cpu('after')} ms = ${(cpu('before') / cpu('after')).toFixed(2)}×; ` +
    `taxpayer-months/s (CPU): ${median(rows.before.map((r) => r.rate))} → ${median(rows.after.map((r) => r.rate))}; ` +
    `totals ${hashes.size === 1 ? 'identical' : 'DIFFER'} (sha256 ${[...hashes].join(', ')})`,
);
console.log(
  `load average at end: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
