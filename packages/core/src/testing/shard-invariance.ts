// The shard-invariance property every sharding engine owes (issue 14): a run split into k shards,
// computed in any order, passed through structured clone (a worker) and JSON (a file), merges into
// the report of `simulate`, byte for byte.
import type { ParamsOf, ParamsSchema, ShardingMeasure } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** How {@link describeShardInvariance} runs a measure. */
export interface ShardInvarianceOptions<S extends ParamsSchema> {
  /** Parameters of every run (a small population keeps it fast); defaults fill the rest. */
  readonly params: Partial<ParamsOf<S>>;
  /** The seed of the run (default 1). */
  readonly seed?: number;
  /** The most shards fast-check draws (default 8; at least 2). */
  readonly maxShards?: number;
  /** fast-check runs (default 5). */
  readonly numRuns?: number;
}

/**
 * Registers the vitest test: for k drawn by fast-check (1 to `maxShards`) and a shuffled order,
 * `mergeShards` of the k shards' results (structured-cloned, then through JSON) equals
 * `simulate(params, { seed })`, byte for byte.
 * @example
 * describeShardInvariance(measure, { params: { population: 60 }, maxShards: 6 });
 */
export function describeShardInvariance<S extends ParamsSchema, R>(
  measure: ShardingMeasure<S, R>,
  options: ShardInvarianceOptions<S>,
): void {
  const seed = options.seed ?? 1;
  const maxShards = Math.max(2, options.maxShards ?? 8);
  describe(`${measure.slug}: sharded runs`, () => {
    it('merges 1 to k shards, in any order, through a worker and a file, into simulate’s report byte for byte', () => {
      const expected = JSON.stringify(measure.simulate(options.params, { seed }));
      const plan = fc
        .integer({ min: 1, max: maxShards })
        .chain((k) => fc.shuffledSubarray([...Array(k).keys()], { minLength: k, maxLength: k }));
      fc.assert(
        fc.property(plan, (order) => {
          const parts = order.map((shard) =>
            JSON.parse(
              JSON.stringify(
                structuredClone(measure.runShard(options.params, { seed, shard, shards: order.length })),
              ),
            ),
          );
          expect(JSON.stringify(measure.mergeShards(options.params, { seed }, parts))).toBe(expected);
        }),
        { numRuns: options.numRuns ?? 5 },
      );
    });
  });
}
