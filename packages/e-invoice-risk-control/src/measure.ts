import { defineShardedMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS } from './params';
import { kpisOf } from './report';
import { samplesOf } from './samples';
import { endRun, runShardUnits, SHARD_ACCUMULATOR, SHARD_PARAMS, sampleStory, scenarioRun } from './shard';

/**
 * The Measure descriptor of measure 6 (数字化电子发票全周期智慧风控模式): the same taxpayers and
 * invoices under the paper-era supply and under the 数电 credit with the 事前/事中/事后 controls.
 * It shards by taxpayer: `runShard` runs a block of taxpayers (each drawn from the seed and its
 * index alone), `mergeShards` gives `simulate`'s report.
 * @example
 * import { measure } from '@gd-ftz/e-invoice-risk-control';
 * const report = measure.simulate({ taxpayers: 200 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'shells-stopped-at-source')?.baseline // '0.0'
 * const parts = [0, 1].map((shard) => measure.runShard({ taxpayers: 200 }, { seed: 42, shard, shards: 2 }));
 * measure.mergeShards({ taxpayers: 200 }, { seed: 42 }, parts); // the same report, byte for byte
 */
export const measure = defineShardedMeasure({
  ...measureInfo(6),
  slug: 'e-invoice-risk-control',
  params: PARAMS,
  shardParams: SHARD_PARAMS,
  units: (params) => params.taxpayers,
  runUnits: runShardUnits,
  accumulator: SHARD_ACCUMULATOR,
  report(params, merged, { seed }) {
    const run = scenarioRun(merged);
    return {
      kpis: kpisOf(run, merged.taxpayers, params, (driver, q) => endRun(merged, driver, q)),
      series: [],
      samples: samplesOf(sampleStory(params, merged, seed), params.shellActiveMonths),
      notes: [
        {
          zh: `模拟 ${merged.taxpayers} 户纳税人2024年12个月（其中空壳 ${run.baseline.shells} 户）；改革前后使用同一人群、发票与随机数。分类额度与调整比例为未经官方证实的内部规则（假设参数）。`,
          en: `${merged.taxpayers} taxpayers over the 12 months of 2024 (${run.baseline.shells} shells); baseline and reform share the population, invoices and draws. The class limits and ratios are unconfirmed internal rules (assumptions).`,
        },
      ],
    };
  },
});
