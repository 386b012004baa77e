import { defineShardedMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS } from './params';
import { kpisOf } from './report';
import { samplesOf } from './samples';
import { areaWorld, endPass, runShardUnits, SHARD_ACCUMULATOR, SHARD_PARAMS, scenarioPass } from './shard';

/**
 * The Measure descriptor of measure 13: identity from the seed catalog, the parameter schema, and
 * one year of sick or injured crew in one or more port areas handled the old way (12395, agent,
 * office-hours clinic, calls in turn) and through the 24-hour line (duty doctor at once, parallel
 * alerts), on the same seeded ships, events and draws.
 * @example
 * import { measure } from '@gd-ftz/crew-medical-line';
 * const report = measure.simulate({}, { seed: 42 });
 * report.kpis.find((k) => k.id === 'remote-guidance-share')?.reform // e.g. '93.1'
 * const parts = [0, 1].map((shard) => measure.runShard({ portAreas: 4 }, { seed: 42, shard, shards: 2 }));
 * measure.mergeShards({ portAreas: 4 }, { seed: 42 }, parts); // the same report as simulate, byte for byte
 */
export const measure = defineShardedMeasure({
  ...measureInfo(13),
  slug: 'crew-medical-line',
  params: PARAMS,
  shardParams: SHARD_PARAMS,
  units: (params) => params.portAreas,
  runUnits: runShardUnits,
  accumulator: SHARD_ACCUMULATOR,
  report(params, merged, { seed }) {
    const result = scenarioPass(merged);
    return {
      kpis: kpisOf(result, params, (driver, varied) => endPass(merged, driver, varied)),
      series: [],
      samples: samplesOf(areaWorld(params, seed, 0)),
      notes: [
        {
          zh: `模拟 ${result.baseline.cases} 件伤病船员求助（${params.portAreas} 个港区，${params.year} 年）；改革前后使用同一批船舶、病例与随机数。`,
          en: `${result.baseline.cases} medical cases (${params.portAreas} port area(s), ${params.year}); baseline and reform share ships, events and draws.`,
        },
        {
          zh: '所有时长和比例均为假设参数（事实材料无响应时间数据）；救助人数按南沙36个月167人校准。',
          en: 'Every duration and share is an assumption (the fact pack has no response times); rescues are calibrated to Nansha’s 167 in 36 months.',
        },
      ],
    };
  },
});
