import { defineShardedMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS, SHARD_PARAMS } from './params';
import { buildReport } from './report';
import { runDistricts, SHARD_ACCUMULATOR } from './shard';

/**
 * The Measure descriptor of measure 19: identity from the seed catalog, the parameter schema,
 * and one simulated year of the old process against the reform on the same farms, lots and seed,
 * in each of `districts` independent districts. It shards by district (a district's farms share
 * its laboratory and test points, districts share nothing): `runShard` runs a block of districts,
 * each drawn from the seed and its index alone, and `mergeShards` gives `simulate`'s report.
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
  runUnits: runDistricts,
  accumulator: SHARD_ACCUMULATOR,
  report: (params, merged, { seed }) => buildReport(params, seed, merged),
});
