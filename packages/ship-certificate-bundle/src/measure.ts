import { defineMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS } from './params';
import { kpisOf } from './report';
import { samplesOf } from './samples';
import { runBatch } from './simulate';

/**
 * The Measure descriptor of measure 14: the same synthetic ships through one application per
 * certificate (baseline) and the bundle with 容缺受理 (reform).
 * @example
 * import { measure } from '@gd-ftz/ship-certificate-bundle';
 * const report = measure.simulate({ ships: 500 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'submissions-per-ship')?.reform // about '1.10'
 */
export const measure = defineMeasure({
  ...measureInfo(14),
  slug: 'ship-certificate-bundle',
  params: PARAMS,
  run(params, { seed, onProgress, eventLog }) {
    const result = runBatch(params, seed, { onProgress, eventLog });
    const r = result.tally.reform;
    return {
      kpis: kpisOf(result.tally, params, seed),
      series: [],
      samples: samplesOf(result.kept),
      notes: [
        {
          zh: `模拟 ${params.ships} 艘船；改革前后使用同一批船舶与随机数。改革后 ${r.oneSubmission} 艘（${((100 * r.oneSubmission) / r.ships).toFixed(1)}%）一次提交即办结（一事通办）。`,
          en: `${params.ships} ships; baseline and reform share ships and draws. After the reform ${r.oneSubmission} (${((100 * r.oneSubmission) / r.ships).toFixed(1)}%) needed a single application (一事通办).`,
        },
      ],
    };
  },
});
