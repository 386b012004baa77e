import { defineMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS } from './params';
import { kpisOf } from './report';
import { samplesOf } from './samples';
import { runBatch } from './simulate';

/**
 * The Measure descriptor of measure 11: identity from the seed catalog, the parameter schema,
 * and the simulation of the old process against the reform on the same population and seed.
 * @example
 * import { measure } from '@gd-ftz/digital-space-authorization';
 * const report = measure.simulate({ applications: 500 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'counter-visits')?.reform // '0.00'
 */
export const measure = defineMeasure({
  ...measureInfo(11),
  slug: 'digital-space-authorization',
  params: PARAMS,
  run(params, { seed, onProgress, eventLog }) {
    const result = runBatch(params, seed, { onProgress, eventLog });
    return {
      kpis: kpisOf(result, params, seed),
      series: [],
      samples: samplesOf(result),
      notes: [
        {
          zh: `模拟 ${result.applications.length} 件申请；改革前后使用同一人群与随机数。`,
          en: `${result.applications.length} applications; baseline and reform share population and draws.`,
        },
      ],
    };
  },
});
