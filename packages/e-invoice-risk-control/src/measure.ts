import { defineMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS } from './params';
import { kpisOf } from './report';
import { samplesOf } from './samples';
import { runBatch } from './simulate';

/**
 * The Measure descriptor of measure 6 (数字化电子发票全周期智慧风控模式): the same taxpayers and
 * invoices under the paper-era supply and under the 数电 credit with the 事前/事中/事后 controls.
 * @example
 * import { measure } from '@gd-ftz/e-invoice-risk-control';
 * const report = measure.simulate({ taxpayers: 200 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'shells-stopped-at-source')?.baseline // '0.0'
 */
export const measure = defineMeasure({
  ...measureInfo(6),
  slug: 'e-invoice-risk-control',
  params: PARAMS,
  run(params, { seed, onProgress, eventLog }) {
    const result = runBatch(params, seed, { onProgress, eventLog });
    return {
      kpis: kpisOf(result, params, seed),
      series: [],
      samples: samplesOf(result, params.shellActiveMonths),
      notes: [
        {
          zh: `模拟 ${result.taxpayers} 户纳税人2024年12个月（其中空壳 ${result.baseline.shells} 户）；改革前后使用同一人群、发票与随机数。分类额度与调整比例为未经官方证实的内部规则（假设参数）。`,
          en: `${result.taxpayers} taxpayers over the 12 months of 2024 (${result.baseline.shells} shells); baseline and reform share the population, invoices and draws. The class limits and ratios are unconfirmed internal rules (assumptions).`,
        },
      ],
    };
  },
});
