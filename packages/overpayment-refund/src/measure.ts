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
 * report.kpis.find((k) => k.id === 'taxpayer-actions'); // baseline ≈ 4.0 (notice, visit, form, proof), reform ≈ 2.2 (log in, confirm)
 */
export const measure = defineMeasure({
  ...measureInfo(1),
  slug: 'overpayment-refund',
  params: PARAMS,
  run(params, { seed, onProgress, eventLog }) {
    const result = runBatch(params, seed, onProgress, eventLog);
    return {
      kpis: kpisOf(result, { params, seed }),
      series: seriesOf(result),
      samples: samplesOf(result.pairs),
      coverage: result.coverage,
      notes: [
        {
          zh: `模拟 ${result.taxpayers} 户 × 12 个月（${result.taxpayerMonths} 户月），${result.baseline.cases} 笔多缴；改革前后使用同一人群与随机数。`,
          en: `${result.taxpayers} taxpayers × 12 months (${result.taxpayerMonths} taxpayer-months), ${result.baseline.cases} overpayments; baseline and reform share population and draws.`,
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
