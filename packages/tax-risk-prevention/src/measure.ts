import { defineShardedMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS } from './params';
import { kpisOf, seriesOf } from './report';
import { samplesOf } from './samples';
import { endRun, runShardUnits, SHARD_ACCUMULATOR, SHARD_PARAMS, sampleOutcomes, scenarioRun } from './shard';

/**
 * The Measure descriptor of measure 2 (企业涉税风险智慧防控新机制): the same synthetic taxpayers under
 * the annual 纳税评估 sample (baseline) and under monthly scoring with blue/yellow/red responses,
 * self-checks and real-name registration (reform). It shards by taxpayer: `runShard` runs a block
 * of taxpayers (each drawn from the seed and its index alone), `mergeShards` gives `simulate`'s report.
 * @example
 * import { measure } from '@gd-ftz/tax-risk-prevention';
 * const report = measure.simulate({ taxpayers: 500 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'interventions-compliant')?.reform // e.g. '4.00'
 * const parts = [0, 1].map((shard) => measure.runShard({ taxpayers: 500 }, { seed: 42, shard, shards: 2 }));
 * measure.mergeShards({ taxpayers: 500 }, { seed: 42 }, parts); // the same report, byte for byte
 */
export const measure = defineShardedMeasure({
  ...measureInfo(2),
  slug: 'tax-risk-prevention',
  params: PARAMS,
  shardParams: SHARD_PARAMS,
  units: (params) => params.taxpayers,
  runUnits: runShardUnits,
  accumulator: SHARD_ACCUMULATOR,
  report(params, merged, { seed }) {
    const result = scenarioRun(merged);
    return {
      kpis: kpisOf(result, params, (driver, q) => endRun(merged, driver, q)),
      series: seriesOf(result),
      samples: samplesOf(sampleOutcomes(params, merged, seed)),
      notes: [
        {
          zh: `模拟 ${result.baseline.taxpayers} 户纳税人 × 12 个月（2024年）；改革前后使用同一人群与随机数。指标阈值、权重与分档均为假设（内部模型未公开）。`,
          en: `${result.baseline.taxpayers} taxpayers × 12 months (2024); baseline and reform share population and draws. Indicator thresholds, weights and tiers are assumptions (internal models are unpublished).`,
        },
      ],
    };
  },
});
