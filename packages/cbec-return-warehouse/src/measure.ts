import { defineMeasure, measureInfo } from '@gd-ftz/core';
import { yuan } from './fen';
import { PARAMS } from './params';
import { kpisOf } from './report';
import { samplesOf } from './samples';
import { runZoneYear } from './simulate';

/**
 * The Measure descriptor of measure 12: identity from the seed catalog, the parameter schema, and
 * a zone-year of 1210 orders and returns run the old way (out-of-zone sorting, batch re-entry) and
 * through the return centre warehouse, on the same population and seed.
 * @example
 * import { measure } from '@gd-ftz/cbec-return-warehouse';
 * const report = measure.simulate({ lines: 5000 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'resold-share')?.reform
 */
export const measure = defineMeasure({
  ...measureInfo(12),
  slug: 'cbec-return-warehouse',
  params: PARAMS,
  run(params, { seed, onProgress, eventLog }) {
    const result = runZoneYear(params, seed, { onProgress, eventLog });
    return {
      kpis: kpisOf(result, params, seed),
      series: [],
      samples: samplesOf(result),
      notes: [
        {
          zh: `模拟 ${result.lines} 个商品行、${result.consumers} 位消费者，退货 ${result.baseline.returns} 行；改革前后使用同一人群与随机数。`,
          en: `${result.lines} lines, ${result.consumers} consumers, ${result.baseline.returns} returned lines; baseline and reform share population and draws.`,
        },
        {
          zh: `年末税款台账（改革后）：代收 ${yuan(result.reform.collected)} = 已缴库 ${yuan(result.reform.remitted)} + 已退还 ${yuan(result.reform.refunded)} + 暂存 ${yuan(result.reform.held)} 元。`,
          en: `Tax ledger at year end (reform): collected ${yuan(result.reform.collected)} = remitted ${yuan(result.reform.remitted)} + refunded ${yuan(result.reform.refunded)} + held ${yuan(result.reform.held)} CNY.`,
        },
      ],
    };
  },
});
