import { defineShardedMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS } from './params';
import { kpisOf, seriesOf } from './report';
import { samplesOf } from './samples';
import { runShardUnits, SHARD_ACCUMULATOR, SHARD_PARAMS, sampleStories, scenarioOf } from './shard';

/**
 * The Measure descriptor of measure 20 (以"互动"促"主动"特种设备安全监察模式): the same seeded
 * units and hazards through one year of passive supervision (registration, periodic inspections,
 * 双随机 checks) and one year of the shared ledger (reminders to user and regulator, online orders,
 * weekly self-checks with courses, risk-targeted checks, hazards reported at once). It shards by
 * unit: `runShard` runs a block of units (each drawn from the seed and its number alone),
 * `mergeShards` gives `simulate`'s report.
 * @example
 * import { measure } from '@gd-ftz/special-equipment-ledger';
 * const report = measure.simulate({ units: 5000 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'self-found-share'); // baseline ≈ 40 %, reform ≈ 73 %
 * const parts = [0, 1].map((shard) => measure.runShard({ units: 5000 }, { seed: 42, shard, shards: 2 }));
 * measure.mergeShards({ units: 5000 }, { seed: 42 }, parts); // the same report, byte for byte
 */
export const measure = defineShardedMeasure({
  ...measureInfo(20),
  slug: 'special-equipment-ledger',
  params: PARAMS,
  shardParams: SHARD_PARAMS,
  units: (params) => params.units,
  runUnits: runShardUnits,
  accumulator: SHARD_ACCUMULATOR,
  report(params, merged, { seed }) {
    const r = scenarioOf(params, merged);
    const { baseline, reform } = r.main;
    const { stories, kindOf } = sampleStories(params, merged, seed);
    return {
      kpis: kpisOf(r),
      series: seriesOf(r),
      samples: samplesOf(merged.samples, stories, kindOf),
      notes: [
        {
          zh: `${r.units} 台设备、年内新生隐患 ${r.hazards} 项，${params.year} 年；改革前后使用同一批设备、隐患与随机数（事件数：改革前 ${baseline.events}，改革后 ${reform.events}）。`,
          en: `${r.units} units and ${r.hazards} hazards arising in ${params.year}; baseline and reform share units, hazards and draws (events: baseline ${baseline.events}, reform ${reform.events}).`,
        },
        {
          zh: '全部行为参数（逾期申请、提醒效果、自查发现率、事故率等）均为假设，无公开数据；各指标注明其在合理范围两端的取值。',
          en: 'Every behavioural parameter (late requests, reminder effect, self-check detection, accident rate …) is an assumption with no published figure; each KPI gives its values at both ends of the plausible range.',
        },
      ],
    };
  },
});
