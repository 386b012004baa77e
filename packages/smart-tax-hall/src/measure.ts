import { defineMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS } from './params';
import { kpisOf } from './report';
import { samplesOf } from './samples';
import { runBatch } from './simulate';

/**
 * The Measure descriptor of measure 5 (智慧办税服务): one tax hall over a year of the statutory
 * calendar, the take-a-number hall (baseline) against the smart hall with triage, terminals, the
 * learning plaza, 云税厅 agents and more booking slots (reform), on the same visitors and seed.
 * @example
 * import { measure } from '@gd-ftz/smart-tax-hall';
 * const report = measure.simulate({ visitsPerYear: 20_000 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'time-in-hall')?.origin // 'model'
 */
export const measure = defineMeasure({
  ...measureInfo(5),
  slug: 'smart-tax-hall',
  params: PARAMS,
  run(params, { seed, onProgress, eventLog }) {
    const result = runBatch(params, seed, { onProgress, eventLog });
    return {
      kpis: kpisOf(result, params, seed),
      series: [],
      samples: samplesOf(result),
      notes: [
        {
          zh: `模拟 ${String(result.visitors.length)} 名访客、${String(result.days.length)} 个工作日；改革前后使用同一批访客与随机数。`,
          en: `${String(result.visitors.length)} visitors over ${String(result.days.length)} working days; baseline and reform share visitors and draws.`,
        },
      ],
    };
  },
});
