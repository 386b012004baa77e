import { defineMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS } from './params';
import { kpisOf } from './report';
import { samplesOf } from './samples';
import { runBatch } from './simulate';

/**
 * The Measure descriptor of measure 18 (诚信诉讼行为奖惩制度改革): the same caseload handled the old
 * way (abuse seldom sanctioned, no fee shifting, uniform enforcement) and the reform way.
 * @example
 * import { measure } from '@gd-ftz/litigation-integrity';
 * const report = measure.simulate({ cases: 5000 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'abuser-paid-cost-share')?.reform
 */
export const measure = defineMeasure({
  ...measureInfo(18),
  slug: 'litigation-integrity',
  params: PARAMS,
  run(params, { seed, onProgress, eventLog }) {
    const result = runBatch(params, seed, { onProgress, eventLog });
    return {
      kpis: kpisOf(result, params, seed),
      series: [],
      samples: samplesOf(result),
      notes: [
        {
          zh: `模拟 ${result.cases} 件一审民事案件；改革前后使用同一案件与随机数。`,
          en: `${result.cases} civil first-instance cases; baseline and reform share cases and draws.`,
        },
      ],
    };
  },
});
