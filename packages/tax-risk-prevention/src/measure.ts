import { defineMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS } from './params';
import { kpisOf, seriesOf } from './report';
import { samplesOf } from './samples';
import { runBatch } from './simulate';

/**
 * The Measure descriptor of measure 2 (企业涉税风险智慧防控新机制): the same synthetic taxpayers under
 * the annual 纳税评估 sample (baseline) and under monthly scoring with blue/yellow/red responses,
 * self-checks and real-name registration (reform).
 * @example
 * import { measure } from '@gd-ftz/tax-risk-prevention';
 * const report = measure.simulate({ taxpayers: 500 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'interventions-compliant')?.reform // e.g. '4.00'
 */
export const measure = defineMeasure({
  ...measureInfo(2),
  slug: 'tax-risk-prevention',
  params: PARAMS,
  run(params, { seed, onProgress, eventLog }) {
    const result = runBatch(params, seed, { onProgress, eventLog });
    return {
      kpis: kpisOf(result, params, seed),
      series: seriesOf(result),
      samples: samplesOf(result),
      notes: [
        {
          zh: `模拟 ${result.taxpayers.length} 户纳税人 × 12 个月（2024年）；改革前后使用同一人群与随机数。指标阈值、权重与分档均为假设（内部模型未公开）。`,
          en: `${result.taxpayers.length} taxpayers × 12 months (2024); baseline and reform share population and draws. Indicator thresholds, weights and tiers are assumptions (internal models are unpublished).`,
        },
      ],
    };
  },
});
