import { defineMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS } from './params';
import { kpisOf } from './report';
import { samplesOf } from './samples';
import { runBatch } from './simulate';

/**
 * The Measure descriptor of measure 3 ("零窗口、全业务"税费服务模式): one hall district's year of
 * requests through the windows (baseline) and through e-tax, cloud seats and the lounge (reform),
 * on the same arrivals and draws.
 * @example
 * import { measure } from '@gd-ftz/zero-window-service';
 * const report = measure.simulate({ requests: 5000 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'windows')?.reform // '0'
 */
export const measure = defineMeasure({
  ...measureInfo(3),
  slug: 'zero-window-service',
  params: PARAMS,
  run(params, { seed, onProgress, eventLog }) {
    const result = runBatch(params, seed, { onProgress, eventLog });
    const plan = result.plans.reform;
    return {
      kpis: kpisOf(result, params, seed),
      series: [],
      samples: samplesOf(result),
      notes: [
        {
          zh: `模拟 ${String(result.pop.n)} 件请求；改革前后使用同一到达与随机数。改革后人员：云端坐席 ${String(plan.cloud)}、会客厅 ${String(plan.lounge)}、后台 ${String(plan.backOffice)}。`,
          en: `${String(result.pop.n)} requests; baseline and reform share arrivals and draws. Reform staff: ${String(plan.cloud)} cloud seats, ${String(plan.lounge)} lounge, ${String(plan.backOffice)} back office.`,
        },
      ],
    };
  },
});
