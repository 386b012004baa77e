import { defineMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS } from './params';
import { kpisOf, seriesOf } from './report';
import { samplesOf } from './samples';
import { runBatch } from './simulate';

/**
 * The Measure descriptor of measure 1 (多缴退税E管家): identity from the seed catalog, the parameter
 * schema, and the simulation of the old process (the taxpayer must notice an overpayment alone)
 * against the reform (detection at filing, same-day reminder, pre-filled claim, auto-review) on
 * the same synthetic population and seed.
 * @example
 * import { measure } from '@gd-ftz/overpayment-refund';
 * const report = measure.simulate({ population: 500 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'taxpayer-actions'); // baseline ≈ 4.x, reform ≈ 1.x
 */
export const measure = defineMeasure({
  ...measureInfo(1),
  slug: 'overpayment-refund',
  params: PARAMS,
  run(params, { seed, onProgress }) {
    const result = runBatch(params, seed, onProgress);
    return {
      measure: { id: 1, slug: 'overpayment-refund' },
      seed,
      params,
      kpis: kpisOf(result),
      series: seriesOf(result),
      samples: samplesOf(result.pairs),
      coverage: result.coverage,
      notes: [
        {
          zh: `模拟 ${result.taxpayers} 户 × 12 个月（${result.taxpayerMonths} 户月），${result.baseline.cases} 笔多缴；改革前后使用同一人群与随机数。`,
          en: `${result.taxpayers} taxpayers × 12 months (${result.taxpayerMonths} taxpayer-months), ${result.baseline.cases} overpayments; baseline and reform share population and draws.`,
        },
        {
          zh: '利率历史与按360天计息为假设参数（事实包未证实），见 README 法律依据表。',
          en: 'The demand-deposit rate history and the ÷360 day count are assumption parameters (unconfirmed in the fact pack); see the README legal basis table.',
        },
      ],
    };
  },
});
