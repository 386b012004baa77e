// The worker-thread runner (issue 14): 2 workers and 1 worker give simulate's report byte for byte;
// progress reaches every unit; a failing shard is named with its seed; an abort stops the run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isShardingMeasure, type Measure, ShardFailedError } from '@gd-ftz/core';
import { registry } from '@gd-ftz/engines';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSharded, type ShardProgress, ShardRunAborted } from '../src/shard-runner';

// The worker runs in a plain Node thread: bundle it from source once, as tsup does for dist/.
let dir = '';
let workerFile = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gd-ftz-shard-worker-'));
  workerFile = join(dir, 'shard-worker.mjs');
  await build({
    entryPoints: [new URL('../src/shard-worker.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: workerFile,
    conditions: ['@gd-ftz/source'],
    logLevel: 'silent',
  });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const params = { population: 240 };
const measure = registry.bySlug('overpayment-refund') as Measure;

describe('runSharded', () => {
  it('gives simulate’s report, byte for byte, with 2 workers and with 1', async () => {
    const expected = JSON.stringify(measure.simulate(params, { seed: 11 }));
    const seen: ShardProgress[] = [];
    const two = await runSharded({
      slug: 'overpayment-refund',
      params,
      seed: 11,
      workers: 2,
      shards: 5,
      workerFile,
      onProgress: (p) => seen.push(p),
    });
    const one = await runSharded({
      slug: 'overpayment-refund',
      params,
      seed: 11,
      workers: 1,
      shards: 3,
      workerFile,
    });
    expect(JSON.stringify(two)).toBe(expected);
    expect(JSON.stringify(one)).toBe(expected);
    // 240 taxpayers in 5 shards of 48: the last message counts them all
    expect(seen.at(-1)).toEqual({ unitsDone: 240, units: 240, shardsDone: 5, shards: 5 });
  });

  it('names the shard and seed of a failing worker', async () => {
    const bad = join(dir, 'failing-worker.mjs');
    await build({
      stdin: { contents: 'export default function () { throw new Error("boom"); }', loader: 'js' },
      outfile: bad,
      format: 'esm',
      logLevel: 'silent',
    });
    const error = await runSharded({
      slug: 'overpayment-refund',
      params,
      seed: 11,
      workers: 1,
      shards: 2,
      workerFile: bad,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShardFailedError);
    expect((error as ShardFailedError).seed).toBe(11);
    expect((error as ShardFailedError).message).toMatch(
      /shard [01] of 2 of overpayment-refund \(seed 11\) failed: boom/,
    );
  });

  it('stops when aborted and says which shards finished', async () => {
    const controller = new AbortController();
    const run = runSharded({
      slug: 'overpayment-refund',
      params: { population: 800 },
      seed: 1,
      workers: 1,
      shards: 4,
      workerFile,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.shardsDone === 1) controller.abort();
      },
    });
    const error = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShardRunAborted);
    expect((error as ShardRunAborted).finished).toEqual([0]);
    expect((error as ShardRunAborted).unitsDone).toBe(200);
  });

  it('refuses bad options and parameters before starting a thread', async () => {
    await expect(
      runSharded({ slug: 'overpayment-refund', params, seed: 1, workers: 0, workerFile }),
    ).rejects.toThrow(/workers/);
    await expect(
      runSharded({ slug: 'overpayment-refund', params: { population: -1 }, seed: 1, workerFile }),
    ).rejects.toThrow(/population/);
    await expect(
      runSharded({ slug: 'invoice-type-approval', params: {}, seed: 1, workerFile }),
    ).rejects.toThrow(/sharding/);
  });
});

describe('shards as separate processes (docs/scale-out.md)', () => {
  it('merges the JSON files of 3 child processes into simulate’s report, byte for byte', () => {
    if (!isShardingMeasure(measure)) throw new Error('overpayment-refund must shard');
    const files = [2, 0, 1].map((shard) => {
      const out = join(dir, `shard-${shard}.json`);
      const job = JSON.stringify({ slug: 'overpayment-refund', params, seed: 11, shard, shards: 3 });
      // One job: a fresh Node process runs the shard from its payload and writes its result.
      execFileSync(process.execPath, [
        '--input-type=module',
        '-e',
        `import { writeFileSync } from 'node:fs'; const m = await import(${JSON.stringify(workerFile)}); writeFileSync(${JSON.stringify(out)}, JSON.stringify(m.default(${job})));`,
      ]);
      return out;
    });
    const results = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as unknown);
    expect(JSON.stringify(measure.mergeShards(params, { seed: 11 }, results))).toBe(
      JSON.stringify(measure.simulate(params, { seed: 11 })),
    );
  });
});
