import { defineShardedMeasure, measureInfo, ValidationError } from '@gd-ftz/core';
import { MAX_SIMULATE_FARMS, PARAMS, SHARD_PARAMS } from './params';
import { buildReport } from './report';
import { runDistricts, SHARD_ACCUMULATOR } from './shard';

/**
 * The Measure descriptor of measure 19: identity from the seed catalog, the parameter schema,
 * and one simulated year of the old process against the reform on the same farms, lots and seed,
 * in each of `districts` independent districts. It shards by district (a district's farms share
 * its laboratory and test points, districts share nothing): `runShard` runs a block of districts,
 * each drawn from the seed and its index alone, and `mergeShards` gives `simulate`'s report. One
 * `simulate` takes at most 5,000 farms over all districts (a browser worker's
 * time budget); sharded runs are bound only by their schema.
 * @example
 * import { measure } from '@gd-ftz/aquatic-rapid-testing';
 * const report = measure.simulate({ farms: 300 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'urgent-within-1h');
 * const parts = [0, 1].map((shard) => measure.runShard({ districts: 2, farms: 50 }, { seed: 42, shard, shards: 2 }));
 * measure.mergeShards({ districts: 2, farms: 50 }, { seed: 42 }, parts); // simulate's report, byte for byte
 */
export const measure = defineShardedMeasure({
  ...measureInfo(19),
  slug: 'aquatic-rapid-testing',
  params: PARAMS,
  shardParams: SHARD_PARAMS,
  units: (params) => params.districts,
  simulateLimits: ({ districts, farms }) => {
    if (districts * farms > MAX_SIMULATE_FARMS)
      throw ValidationError.of(
        'districts',
        `districts × farms must be at most ${MAX_SIMULATE_FARMS} in one run, got ${districts} × ${farms} = ${districts * farms}; lower districts or farms, or run it in shards (gd-ftz run aquatic-rapid-testing --workers N)`,
        `片区数 × 每区养殖场数在单次运行中不得超过 ${MAX_SIMULATE_FARMS}，实际为 ${districts} × ${farms} = ${districts * farms}；请减少片区或养殖场，或分片运行（gd-ftz run aquatic-rapid-testing --workers N）`,
      );
  },
  runUnits: runDistricts,
  accumulator: SHARD_ACCUMULATOR,
  report: (params, merged, { seed }) => buildReport(params, seed, merged),
});
