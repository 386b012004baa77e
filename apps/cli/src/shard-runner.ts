// The Node runner of sharded runs (issue 14): splits a sharding engine's population into shards,
// streams them to a pool of worker threads (tinypool, one worker per core by default), and merges
// what they return into the report `simulate` would give, byte for byte. Node only: core and the
// engines stay browser-safe, the threads live here in the CLI.
import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import {
  isShardingMeasure,
  type ScenarioReport,
  ShardFailedError,
  type ShardResult,
  shardRange,
  ValidationError,
} from '@gd-ftz/core';
import { registry } from '@gd-ftz/engines';
import Tinypool from 'tinypool';
import type { ShardTask } from './shard-worker';

/** Progress of a sharded run, after each worker message. */
export interface ShardProgress {
  readonly unitsDone: number;
  readonly units: number;
  readonly shardsDone: number;
  readonly shards: number;
}

/** How {@link runSharded} runs. */
export interface ShardRunOptions {
  readonly slug: string;
  /** The scenario's parameters (validated by the engine's shard schema). */
  readonly params: Record<string, unknown>;
  readonly seed: number;
  /** Worker threads (default: one per core, `os.availableParallelism()`). */
  readonly workers?: number;
  /** Shards (default: 4 per worker, at least one per 250,000 units, at most one per unit). */
  readonly shards?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: ShardProgress) => void;
  /** The worker script (default: `shard-worker.js` beside this bundle). */
  readonly workerFile?: string | URL;
}

/** A run stopped by its AbortSignal: which shards had finished, and how many units they held. */
export class ShardRunAborted extends Error {
  override readonly name = 'ShardRunAborted';
  constructor(
    readonly finished: readonly number[],
    readonly unitsDone: number,
    readonly shards: number,
  ) {
    super(`stopped: ${finished.length} of ${shards} shards finished (${unitsDone} units)`);
  }
}

/** Units per shard above which a run gets more shards than 4 per worker (finer progress, less loss on Ctrl-C). */
const UNITS_PER_SHARD = 250_000;

/**
 * Runs a sharding engine's scenario over worker threads and merges the shards as they return.
 * Memory: one shard result per shard (accumulators of fixed size), never the population.
 * @throws ValidationError for bad parameters or options, ShardFailedError naming the shard and seed
 * of a failed worker, ShardRunAborted when `signal` aborts.
 * @example
 * const report = await runSharded({ slug: 'overpayment-refund', params: { population: 100_000 }, seed: 42, workers: 2 });
 */
export async function runSharded(options: ShardRunOptions): Promise<ScenarioReport> {
  const measure = registry.bySlug(options.slug);
  if (!measure || !isShardingMeasure(measure))
    throw ValidationError.of(
      'slug',
      `${options.slug} is not a sharding engine`,
      `${options.slug} 不支持分片运行`,
    );
  const workers = options.workers ?? availableParallelism();
  if (!Number.isSafeInteger(workers) || workers < 1 || workers > 256)
    throw ValidationError.of('workers', 'must be an integer from 1 to 256', '必须是 1 至 256 的整数');
  // Validates the parameters before any thread starts, and gives the unit count.
  if (options.shards !== undefined && (!Number.isSafeInteger(options.shards) || options.shards < 1))
    throw ValidationError.of('shards', 'must be a positive integer', '必须是正整数');
  const units = measure.shardUnits(options.params);
  if (!Number.isSafeInteger(options.seed))
    throw ValidationError.of('seed', 'must be a safe integer', '必须是安全整数');
  const shards =
    options.shards ??
    Math.max(1, Math.min(Math.max(units, 1), Math.max(workers * 4, Math.ceil(units / UNITS_PER_SHARD))));
  const pool = new Tinypool({
    filename: String(options.workerFile ?? new URL('./shard-worker.js', import.meta.url)),
    minThreads: Math.min(workers, shards),
    maxThreads: Math.min(workers, shards),
  });
  const done = new Map<number, ShardResult>();
  const partial = new Map<number, number>();
  let unitsDone = 0;
  const report = () =>
    options.onProgress?.({
      unitsDone: unitsDone + [...partial.values()].reduce((a, b) => a + b, 0),
      units,
      shardsDone: done.size,
      shards,
    });
  const runOne = async (shard: number): Promise<void> => {
    const size = (() => {
      const r = shardRange(units, { seed: options.seed, shard, shards });
      return r.end - r.start;
    })();
    const { port1, port2 } = new MessageChannel();
    port1.on('message', (f: number) => {
      partial.set(shard, Math.floor(f * size));
      report();
    });
    const task: ShardTask = {
      slug: options.slug,
      params: options.params,
      seed: options.seed,
      shard,
      shards,
      port: port2,
    };
    try {
      const result = (await pool.run(task, {
        transferList: [port2],
        ...(options.signal ? { signal: options.signal } : {}),
      })) as ShardResult;
      done.set(shard, result);
      partial.delete(shard);
      unitsDone += result.units;
      report();
    } catch (e) {
      if (options.signal?.aborted) throw e;
      throw new ShardFailedError(
        { measure: options.slug, seed: options.seed, shard, shards },
        e instanceof Error ? e.message : String(e),
        { cause: e },
      );
    } finally {
      port1.close();
    }
  };
  try {
    await Promise.all(Array.from({ length: shards }, (_, shard) => runOne(shard)));
  } catch (e) {
    if (options.signal?.aborted) {
      throw new ShardRunAborted(
        [...done.keys()].sort((a, b) => a - b),
        unitsDone,
        shards,
      );
    }
    throw e;
  } finally {
    await pool.destroy();
  }
  return measure.mergeShards(options.params, { seed: options.seed }, [...done.values()]);
}
