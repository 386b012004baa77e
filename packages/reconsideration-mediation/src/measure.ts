import { defineMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS } from './params';
import { kpisOf } from './report';
import { samplesOf } from './samples';
import { runBatch } from './simulate';

/**
 * The Measure descriptor of measure 17 (行政复议与调解有机衔接联动机制): a province year of
 * administrative disputes, handled without screening (baseline) and with screening, mediation first
 * and guidance into 行政复议 (reform), on the same disputes and seed.
 * @example
 * import { measure } from '@gd-ftz/reconsideration-mediation';
 * const report = measure.simulate({ disputes: 2000 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'resolution-rate')?.origin // 'assumption'
 */
export const measure = defineMeasure({
  ...measureInfo(17),
  slug: 'reconsideration-mediation',
  params: PARAMS,
  run(params, { seed, onProgress, eventLog }) {
    const result = runBatch(params, seed, { onProgress, eventLog });
    return {
      kpis: kpisOf(result, params, seed),
      series: [],
      samples: samplesOf(result),
      notes: [
        {
          zh: `模拟 ${result.disputes.n} 件行政争议；改革前后使用同一批争议与随机数。`,
          en: `${result.disputes.n} administrative disputes; baseline and reform share disputes and draws.`,
        },
      ],
    };
  },
});
