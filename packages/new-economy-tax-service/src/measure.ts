import { defineShardedMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS, SHARD_PARAMS } from './params';
import { kpisOf } from './report';
import { samplesOf } from './samples';
import { endTotals, runShardUnits, SHARD_ACCUMULATOR, scenarioTotals } from './shard';

/**
 * The Measure descriptor of measure 4 (新经济新业态全链条式税收管理服务机制): the same seeded
 * new-economy firms through the old process, each of the four mechanisms alone, and all four.
 * It shards by firm: `runShard` runs a block of firms (each drawn from the seed and its index
 * alone), `mergeShards` gives `simulate`'s report.
 * @example
 * import { measure } from '@gd-ftz/new-economy-tax-service';
 * const report = measure.simulate({ firms: 500 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'applications-per-firm')?.reform // '1.00': one bundled application
 * const parts = [0, 1].map((shard) => measure.runShard({ firms: 500 }, { seed: 42, shard, shards: 2 }));
 * measure.mergeShards({ firms: 500 }, { seed: 42 }, parts); // the same report, byte for byte
 */
export const measure = defineShardedMeasure({
  ...measureInfo(4),
  slug: 'new-economy-tax-service',
  params: PARAMS,
  shardParams: SHARD_PARAMS,
  units: (params) => params.firms,
  runUnits: runShardUnits,
  accumulator: SHARD_ACCUMULATOR,
  report(params, merged, { seed }) {
    return {
      kpis: kpisOf(scenarioTotals(merged), params, (p, driver) => endTotals(merged, driver, p)),
      series: [],
      samples: samplesOf(params, seed, merged.sample.index),
      notes: [
        {
          zh: `模拟 ${params.firms} 户新经济企业（2025年落地，2026纳税年度）；改革前、各机制单独及四项合并使用同一批企业与随机数。企业存续与成长无数据来源，未建模。`,
          en: `${params.firms} new-economy firms (landing in 2025, tax year 2026); baseline, each mechanism alone and all four share firms and draws. Firm survival and growth have no source and are not modelled.`,
        },
      ],
    };
  },
});
