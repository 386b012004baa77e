import { ConfigurationError, defineShardedMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS } from './params';
import { kpisOf, seriesOf } from './report';
import { samplesOf } from './samples';
import { coverageOf, runShardUnits, SCENARIO, SHARD_ACCUMULATOR, SHARD_PARAMS } from './shard';
import { pairsAt } from './simulate';

/**
 * The Measure descriptor of measure 1 (多缴退税E管家): identity from the seed catalog, the parameter
 * schema, and the simulation of the old process (the taxpayer must notice an overpayment alone)
 * against the reform (detection at filing, same-day reminder, pre-filled claim, auto-review) on
 * the same synthetic population and seed. It shards by taxpayer: `runShard` runs a block of
 * taxpayers (each drawn from the seed and its index alone), `mergeShards` gives `simulate`'s report.
 * @example
 * import { measure } from '@gd-ftz/overpayment-refund';
 * const report = measure.simulate({ population: 500 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'taxpayer-actions'); // baseline ≈ 4.0 (notice, visit, form, proof), reform ≈ 2.2 (log in, confirm)
 * const parts = [0, 1].map((shard) => measure.runShard({ population: 500 }, { seed: 42, shard, shards: 2 }));
 * measure.mergeShards({ population: 500 }, { seed: 42 }, parts); // the same report, byte for byte
 */
export const measure = defineShardedMeasure({
  ...measureInfo(1),
  slug: 'overpayment-refund',
  params: PARAMS,
  shardParams: SHARD_PARAMS,
  units: (params) => params.population,
  runUnits: runShardUnits,
  accumulator: SHARD_ACCUMULATOR,
  report(params, merged, { seed }) {
    const result = merged.runs[SCENARIO];
    if (!result)
      throw new ConfigurationError(`runs.${SCENARIO}`, 'is missing: every shard runs the scenario');
    const places = Object.values(result.samples).map((s) => s.min as number);
    return {
      kpis: kpisOf(result, params, merged.runs),
      series: seriesOf(result),
      samples: samplesOf(pairsAt(params, seed, places)),
      coverage: coverageOf(result),
      notes: [
        {
          zh: `模拟 ${result.taxpayers} 户 × 12 个月（${result.taxpayers * 12} 户月），${result.baseline.cases} 笔多缴；改革前后使用同一人群与随机数。`,
          en: `${result.taxpayers} taxpayers × 12 months (${result.taxpayers * 12} taxpayer-months), ${result.baseline.cases} overpayments; baseline and reform share population and draws.`,
        },
        {
          zh: `人工审核不予退还 ${result.baseline.rejectedCases} 笔（改革前）/ ${result.reform.rejectedCases} 笔（改革后）：风险疑点经确认的比例为假设参数。`,
          en: `Refused after manual review: ${result.baseline.rejectedCases} claims (baseline) / ${result.reform.rejectedCases} (reform); the share of risk flags confirmed is an assumption parameter.`,
        },
        {
          zh: '活期存款利率 0.35%（2012-07-06 起，2015-10-24 未调整）引自人民银行公告的转载；按360天计息仅见地方文件（京地税计〔2001〕372号），作为假设参数。',
          en: 'The 0.35% demand-deposit rate (from 2012-07-06, unchanged on 2015-10-24) comes from reprints of the PBOC notices; the ÷360 day count is written only in a local notice (京地税计〔2001〕372号) and is kept as an assumption.',
        },
      ],
    };
  },
});
