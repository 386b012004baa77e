import { defineShardedMeasure, measureInfo } from '@gd-ftz/core';
import { yuan as yuanOfFen } from './fen';
import { PARAMS } from './params';
import { kpisOf } from './report';
import { samplesOf } from './samples';
import { endRun, firstFlows, runShardUnits, SHARD_ACCUMULATOR, SHARD_PARAMS, scenarioRun } from './shard';

/** Whole fen (a decimal string) as yuan with two decimals. */
const yuan = (fen: string) => yuanOfFen(BigInt(fen));

/**
 * The Measure descriptor of measure 12: identity from the seed catalog, the parameter schema, and
 * a zone-year of 1210 orders and returns run the old way (out-of-zone sorting, batch re-entry) and
 * through the return centre warehouse, on the same population and seed. It shards by consumer:
 * `runShard` runs the consumers whose first line is in its block of lines (each drawn from the seed
 * and its index alone), `mergeShards` gives `simulate`'s report.
 * @example
 * import { measure } from '@gd-ftz/cbec-return-warehouse';
 * const report = measure.simulate({ lines: 5000 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'resold-share')?.reform
 * const parts = [0, 1].map((shard) => measure.runShard({ lines: 5000 }, { seed: 42, shard, shards: 2 }));
 * measure.mergeShards({ lines: 5000 }, { seed: 42 }, parts); // the same report, byte for byte
 */
export const measure = defineShardedMeasure({
  ...measureInfo(12),
  slug: 'cbec-return-warehouse',
  params: PARAMS,
  shardParams: SHARD_PARAMS,
  units: (params) => params.lines,
  runUnits: runShardUnits,
  accumulator: SHARD_ACCUMULATOR,
  report(params, merged, { seed }) {
    const result = scenarioRun(merged);
    const b = result.baseline;
    const f = result.reform;
    return {
      kpis: kpisOf(result, params, (varied, driver) => endRun(merged, driver, varied)),
      series: [],
      samples: samplesOf(firstFlows(params, seed)),
      notes: [
        {
          zh: `模拟 ${b.lines} 个商品行、${result.consumers} 位消费者，退货 ${b.returns} 行；改革前后使用同一人群与随机数。`,
          en: `${b.lines} lines, ${result.consumers} consumers, ${b.returns} returned lines; baseline and reform share population and draws.`,
        },
        {
          zh: `年末税款台账（改革后）：代收 ${yuan(f.collected)} = 已缴库 ${yuan(f.remitted)} + 已退还 ${yuan(f.refunded)} + 暂存 ${yuan(f.held)} 元。`,
          en: `Tax ledger at year end (reform): collected ${yuan(f.collected)} = remitted ${yuan(f.remitted)} + refunded ${yuan(f.refunded)} + held ${yuan(f.held)} CNY.`,
        },
      ],
    };
  },
});
