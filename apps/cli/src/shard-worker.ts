// The worker thread of the shard runner: runs one shard of a sharding engine and posts its
// progress (fraction of the shard's units) on the port it was given. Bundled as its own file
// (dist/shard-worker.js) next to the CLI.
import type { MessagePort } from 'node:worker_threads';
import { isShardingMeasure, type ShardResult } from '@gd-ftz/core';
import { registry } from '@gd-ftz/engines';

/** What the runner sends a worker. */
export interface ShardTask {
  readonly slug: string;
  readonly params: unknown;
  readonly seed: number;
  readonly shard: number;
  readonly shards: number;
  /** Receives fractions of the shard done (at most one message per percent). */
  readonly port?: MessagePort;
}

/** Runs one shard; the result is structured-cloned back to the runner. */
export default function runShardTask(task: ShardTask): ShardResult {
  const measure = registry.bySlug(task.slug);
  if (!measure || !isShardingMeasure(measure)) throw new Error(`${task.slug} is not a sharding engine`);
  let last = -1;
  try {
    return measure.runShard(
      task.params,
      { seed: task.seed, shard: task.shard, shards: task.shards },
      {
        onProgress: (f) => {
          const pct = Math.floor(f * 100);
          if (pct !== last) {
            last = pct;
            task.port?.postMessage(f);
          }
        },
      },
    );
  } finally {
    task.port?.close();
  }
}
