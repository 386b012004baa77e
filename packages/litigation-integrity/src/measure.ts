import { defineShardedMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS } from './params';
import { kpisOf, type RunTotals } from './report';
import { samplesOf } from './samples';
import {
  type BatchData,
  endRun,
  runShardUnits,
  SHARD_ACCUMULATOR,
  SHARD_PARAMS,
  scenarioRun,
  totalsOf,
} from './shard';
import { caseAt } from './simulate';

const totals = (b: BatchData): RunTotals => ({ baseline: totalsOf(b.baseline), reform: totalsOf(b.reform) });

/**
 * The Measure descriptor of measure 18 (诚信诉讼行为奖惩制度改革): the same caseload handled the old
 * way (abuse seldom sanctioned, no fee shifting, uniform enforcement) and the reform way. It shards
 * by case: `runShard` runs a block of cases (each drawn from the seed and its index alone),
 * `mergeShards` gives `simulate`'s report.
 * @example
 * import { measure } from '@gd-ftz/litigation-integrity';
 * const report = measure.simulate({ cases: 5000 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'abuser-paid-cost-share')?.reform
 * const parts = [0, 1].map((shard) => measure.runShard({ cases: 5000 }, { seed: 42, shard, shards: 2 }));
 * measure.mergeShards({ cases: 5000 }, { seed: 42 }, parts); // the same report, byte for byte
 */
export const measure = defineShardedMeasure({
  ...measureInfo(18),
  slug: 'litigation-integrity',
  params: PARAMS,
  shardParams: SHARD_PARAMS,
  units: (params) => params.cases,
  runUnits: runShardUnits,
  accumulator: SHARD_ACCUMULATOR,
  report(params, merged, { seed }) {
    const first = merged.objectionCase.min;
    return {
      kpis: kpisOf(totals(scenarioRun(merged)), params, (varied, driver) =>
        totals(endRun(merged, driver, varied)),
      ),
      series: [],
      samples: samplesOf(first === null ? undefined : caseAt(params, seed, first)),
      notes: [
        {
          zh: `模拟 ${params.cases} 件一审民事案件；改革前后使用同一案件与随机数。`,
          en: `${params.cases} civil first-instance cases; baseline and reform share cases and draws.`,
        },
      ],
    };
  },
});
