import { defineShardedMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS, PROVINCE_PARAMS } from './params';
import { kpisOf } from './report';
import { samplesOf } from './samples';
import { endRun, runShardUnits, SHARD_ACCUMULATOR, scenarioRun } from './shard';
import { keptShips } from './simulate';

/**
 * The Measure descriptor of measure 14: the same synthetic ships through one application per
 * certificate (baseline) and the bundle with 容缺受理 (reform). It shards by ship: `runShard` runs a
 * block of ships (each drawn from the seed and its index alone), `mergeShards` gives `simulate`'s
 * report.
 * @example
 * import { measure } from '@gd-ftz/ship-certificate-bundle';
 * const report = measure.simulate({ ships: 500 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'submissions-per-ship')?.reform // about '1.10'
 * const parts = [0, 1].map((shard) => measure.runShard({ ships: 500 }, { seed: 42, shard, shards: 2 }));
 * measure.mergeShards({ ships: 500 }, { seed: 42 }, parts); // the same report, byte for byte
 */
export const measure = defineShardedMeasure({
  ...measureInfo(14),
  slug: 'ship-certificate-bundle',
  params: PARAMS,
  shardParams: PROVINCE_PARAMS,
  units: (params) => params.ships,
  runUnits: runShardUnits,
  accumulator: SHARD_ACCUMULATOR,
  report(params, merged, { seed }) {
    const run = scenarioRun(merged);
    const r = run.reform;
    return {
      kpis: kpisOf(run, params, (varied, driver) => endRun(merged, driver, varied)),
      series: [],
      samples: samplesOf(keptShips(params, seed)),
      notes: [
        {
          zh: `模拟 ${params.ships} 艘船；改革前后使用同一批船舶与随机数。改革后 ${r.oneSubmission} 艘（${((100 * r.oneSubmission) / r.ships).toFixed(1)}%）一次提交即办结（一事通办）。`,
          en: `${params.ships} ships; baseline and reform share ships and draws. After the reform ${r.oneSubmission} (${((100 * r.oneSubmission) / r.ships).toFixed(1)}%) needed a single application (一事通办).`,
        },
      ],
    };
  },
});
