import { defineMeasure, measureInfo } from '@gd-ftz/core';
import { logRun } from './event-log';
import { PARAMS } from './params';
import { kpisOf } from './report';
import { samplesOf } from './samples';
import { runBatch } from './simulate';

/**
 * The Measure descriptor of measure 11: identity from the seed catalog, the parameter schema,
 * and the simulation of paper copies fetched by the principal against grants in the digital
 * space, on the same services and seed.
 * @example
 * import { measure } from '@gd-ftz/digital-space-authorization';
 * const report = measure.simulate({ services: 500 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'traced-share')?.reform // '100.0'
 */
export const measure = defineMeasure({
  ...measureInfo(11),
  slug: 'digital-space-authorization',
  params: PARAMS,
  run(params, { seed, onProgress, eventLog }) {
    const result = runBatch(params, seed);
    onProgress?.(0.5);
    if (eventLog) logRun(eventLog, result);
    const log = result.space.log;
    return {
      kpis: kpisOf(result, params, seed),
      series: [],
      samples: samplesOf(result),
      notes: [
        {
          zh: `模拟 ${result.services.length} 件服务；改革前后使用同一人群与随机数。数字空间审计链共 ${log.length} 条记录，校验${log.verify().ok ? '通过' : '失败'}。`,
          en: `${result.services.length} services; baseline and reform share population and draws. The space's audit chain holds ${log.length} records and ${log.verify().ok ? 'verifies' : 'fails verification'}.`,
        },
        {
          zh: '改革后天数以分钟计（应用内确认用时），改革前以整日计（到部门跑动与出具证明）。',
          en: 'Reform days are counted to the minute (in-app approval); baseline days in whole days (visits and copies).',
        },
      ],
    };
  },
});
