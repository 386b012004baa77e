// The hot path alone, for profiling (`node --cpu-prof`) and for before/after comparisons in
// alternating child processes (bench/compare.mjs): runs `runTaxpayers` (baseline + reform, one
// scenario) or a whole shard (scenario + 6 sensitivity ends) on N taxpayers and prints the CPU
// time, the rate and a SHA-256 of the plain totals, so that two builds can be shown to agree.
import { createHash } from 'node:crypto';
import { defaultParams } from '@gd-ftz/core';
import { PARAMS } from '../src/params';
import { batchDataOf, runShardUnits } from '../src/shard';
import { runTaxpayers } from '../src/simulate';

const mode = process.argv[2] ?? 'batch';
const n = Number(process.argv[3] ?? 20_000);
const p = { ...defaultParams(PARAMS), population: n };
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const t0 = cpu();
const w0 = performance.now();
const data =
  mode === 'shard'
    ? runShardUnits(p, { seed: 1, start: 0, end: n, shard: 0, shards: 1 } as never)
    : batchDataOf(runTaxpayers(p, 1, { start: 0, end: n }));
const cpuMs = cpu() - t0;
const wallMs = performance.now() - w0;
const passes = mode === 'shard' ? Object.keys((data as { runs: object }).runs).length : 1;
console.log(
  JSON.stringify({
    mode,
    n,
    passes,
    cpuMs: Math.round(cpuMs),
    wallMs: Math.round(wallMs),
    rate: Math.round((n * 12 * passes) / (cpuMs / 1000)),
    heapMb: Math.round(process.memoryUsage().heapUsed / 1_048_576),
    sha256: createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16),
  }),
);
