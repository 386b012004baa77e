import { defineShardedMeasure, histogramCount, measureInfo } from '@gd-ftz/core';
import { PARAMS } from './params';
import { scenarioOf } from './population';
import { kpisOf, seriesOf } from './report';
import { samplesOf } from './samples';
import { endRun, runShardUnits, SHARD_ACCUMULATOR, SHARD_PARAMS, sampleRuns, scenarioRun } from './shard';
import { GRADE_ORDER } from './simulate';

/**
 * The Measure descriptor of measure 9 (信用数字化建模赋能纳税"放管服"改革): identity from the seed
 * catalog, the parameter schema, and the simulation of the annual grade set in April (external
 * data once a year) against monthly re-scoring on linked tax, social-insurance, market-regulation,
 * customs and judicial data, on the same synthetic firms and seed, each compared with the grade
 * the rules give the full current record. It shards by firm: `runShard` runs a block of firms
 * (each drawn from the seed and its index alone), `mergeShards` gives `simulate`'s report.
 * @example
 * import { measure } from '@gd-ftz/tax-credit-scoring';
 * const report = measure.simulate({ population: 300 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'facilitation-fit'); // baseline ≈ 70%, reform ≈ 99%
 * const parts = [0, 1].map((shard) => measure.runShard({ population: 300 }, { seed: 42, shard, shards: 2 }));
 * measure.mergeShards({ population: 300 }, { seed: 42 }, parts); // the same report, byte for byte
 */
export const measure = defineShardedMeasure({
  ...measureInfo(9),
  slug: 'tax-credit-scoring',
  params: PARAMS,
  shardParams: SHARD_PARAMS,
  units: (params) => params.population,
  runUnits: runShardUnits,
  accumulator: SHARD_ACCUMULATOR,
  report(params, merged, { seed }) {
    const result = scenarioRun(merged);
    const scenario = scenarioOf(params.regime);
    const truthClasses = GRADE_ORDER.map((g) => merged.truthClasses[g] ?? 0);
    const b = result.baseline;
    return {
      kpis: kpisOf(result, params, (driver, varied) => endRun(merged, driver, varied)),
      series: seriesOf(result, scenario),
      samples: samplesOf(sampleRuns(params, merged, seed), scenario, params),
      notes: [
        {
          zh: `模拟 ${merged.firms} 户 × 12 个使用月（${b.firmMonths} 户月，按登记后计），评价年度 ${scenario.year}；改革前后与"实时信用"使用同一批企业与随机数。`,
          en: `${merged.firms} firms × 12 months of use (${b.firmMonths} firm-months after registration), evaluation year ${scenario.year}; baseline, reform and the current record share firms and draws.`,
        },
        {
          zh: `"实时信用"：完整记录（全部数据、无延迟）滚动12个月按同一规则评定的级别，各级户月数 A/B/M/C/D = ${truthClasses.join('/')}。改革后在全联通、无延迟时与之一致（属性测试），差异只来自联通覆盖率与延迟（假设参数），故"相符比例"在改革后接近100%主要是定义使然。`,
          en: `Current record: the grade the same rules give the full rolling 12-month record (all data, no delay); firm-months A/B/M/C/D = ${truthClasses.join('/')}. Under full linkage and no delay the reform equals it (property test): its gap comes only from link coverage and delay (assumptions), so the reform's fit near 100% is largely by construction.`,
        },
        {
          zh: '改革前：4月按上年度记录确定级别（2014 第二十三条），其他部门数据每年交换一次（假设月份）；发现新的直接判D情形后按假设天数动态调整，信用修复后重新评价。',
          en: 'Baseline: the grade set in April from last year’s records (2014 art. 23), other departments’ data exchanged once a year (assumed month); a new direct-D case lowers the grade after an assumed number of days, and a repair re-rates it.',
        },
        {
          zh: `失信至失去A/B级便利：按"实时信用"在前一月末为A/B级的企业计（改革前 ${histogramCount(b.lossDays)} 例，期末仍未失去 ${b.lossCensored} 例按期末计）；外部门失信 ${b.externalCases} 例。`,
          en: `Breach to losing A/B: cases at firms the current record had at A/B the month before (${histogramCount(b.lossDays)} cases; ${b.lossCensored} baseline cases still A/B at the horizon count to the horizon); ${b.externalCases} external breaches.`,
        },
      ],
    };
  },
});
